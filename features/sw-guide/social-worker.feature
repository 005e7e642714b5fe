Feature: Guide for Social Workers - expectations of the Social Worker
  "The initial Child Protection Visit should take place within 2 working days of the ICPC.
  Child Protection Visits are every 10 working days thereafter." (sw-guide/social-worker/2)
  "Core Group meetings take place within 10 working days of the ICPC and every 28 days
  thereafter." (sw-guide/social-worker/4)

  Background:
    Given a sw-guide case

  # ---- allocation (sw-guide/social-worker/1) ----

  @rule:sw-guide.allocation.after_icpc
  Scenario: A family in the Assessment Service allocated to a team on the day of the ICPC
    "Where the family are allocated within the Assessment Service, the family will be
    allocated to the appropriate team immediately after the ICPC." (sw-guide/social-worker/1)
    "Immediately" is read as the same day, so there is no window for a bank holiday to fall in.
    Given an initial conference on 2027-01-13 with outcome plan and allocated_in_assessment_service true
    And a family allocated to team on 2027-01-13
    When the case is evaluated on 2027-01-20
    Then the duty family_allocated_to_team is due on 2027-01-13
    And the duty family_allocated_to_team is met

  @rule:sw-guide.allocation.after_icpc
  Scenario: Allocation the next working day is late
    Given an initial conference on 2027-01-13 with outcome plan and allocated_in_assessment_service true
    And a family allocated to team on 2027-01-14
    When the case is evaluated on 2027-01-20
    Then the duty family_allocated_to_team is late

  @rule:sw-guide.allocation.after_icpc
  Scenario: A family not in the Assessment Service needs no new allocation
    Given an initial conference on 2027-01-13 with outcome plan and allocated_in_assessment_service false
    When the case is evaluated on 2027-01-20
    Then there is no duty family_allocated_to_team

  # ---- visits (sw-guide/social-worker/2) ----

  @rule:sw-guide.visits.first_within_2_working_days
  Scenario: The initial visit on the second working day after a Wednesday ICPC is on time
    Given an initial conference on 2027-01-13 with outcome plan
    And a child protection visit on 2027-01-15
    When the case is evaluated on 2027-01-20
    Then the duty first_child_protection_visit is due on 2027-01-15
    And the duty first_child_protection_visit is met

  @rule:sw-guide.visits.first_within_2_working_days
  Scenario: No visit two working days after the ICPC
    Given an initial conference on 2027-01-13 with outcome plan
    When the case is evaluated on 2027-01-18
    Then the duty first_child_protection_visit is overdue on 2027-01-15

  @rule:sw-guide.visits.every_10_working_days
  Scenario: The next visit on the tenth working day is on time
    Given an initial conference on 2027-01-13 with outcome plan
    And a child protection visit on 2027-01-14
    And a child protection visit on 2027-01-28
    When the case is evaluated on 2027-02-01
    Then the duty child_protection_visit is due on 2027-01-28
    And the duty child_protection_visit is met on 2027-01-28
    And the duty child_protection_visit is open on 2027-02-11

  @rule:sw-guide.visits.every_10_working_days
  Scenario: A visit on the eleventh working day is late
    Given an initial conference on 2027-01-13 with outcome plan
    And a child protection visit on 2027-01-14
    And a child protection visit on 2027-01-29
    When the case is evaluated on 2027-02-01
    Then the duty child_protection_visit is late on 2027-01-28

  @rule:sw-guide.visits.every_10_working_days
  Scenario: Good Friday and Easter Monday move the ten working days
    Given an initial conference on 2027-03-23 with outcome plan
    And a child protection visit on 2027-03-25
    And a child protection visit on 2027-04-12
    When the case is evaluated on 2027-04-13
    Then the duty child_protection_visit is due on 2027-04-12
    And the duty child_protection_visit is met on 2027-04-12

  @rule:sw-guide.visits.every_10_working_days
  Scenario: Visits end with the plan
    Given an initial conference on 2027-01-13 with outcome plan
    And a review conference on 2027-04-13 with outcome end_plan
    And a child protection visit on 2027-04-08
    When the case is evaluated on 2027-05-01
    Then the duty child_protection_visit is ended on 2027-04-22

  @rule:sw-guide.visits.every_10_working_days
  Scenario: A visit before the plan was made starts no cycle of visits
    Given a child protection visit on 2027-01-05
    And an initial conference on 2027-01-13 with outcome plan
    When the case is evaluated on 2027-02-01
    Then there is no duty child_protection_visit

  @rule:sw-guide.visits.every_10_working_days
  Scenario: A visit to a child with no plan starts no cycle of visits
    Given an initial conference on 2027-01-13 with outcome no_plan
    And a child protection visit on 2027-01-14
    When the case is evaluated on 2027-02-01
    Then there is no duty child_protection_visit

  # ---- what a visit covers (sw-guide/social-worker/3) ----

  @rule:sw-guide.visits.home_environment @rule:sw-guide.visits.child_seen_alone
  @rule:sw-guide.visits.bedrooms_observed @rule:sw-guide.visits.discussions_about_plan
  Scenario: A visit at home, the child of 5 seen alone, bedrooms observed, discussions about the plan
    "Child Protection visits should take place within the child’s home environment, children
    over 4 should be seen alone every visit and babies should be seen awake. Children’s
    sleeping arrangements and bedrooms should also be observed every visit and discussions
    during Child Protection Visits should relate to the Child Protection Plan."
    (sw-guide/social-worker/3)
    Given the child was born on 2022-01-10
    And a child protection visit on 2027-01-14 with:
      | done | in_child_home_environment, child_seen_alone, sleeping_arrangements_and_bedrooms_observed, discussions_related_to_plan |
    When the case is evaluated on 2027-01-14
    Then the requirement in_child_home_environment is met
    And the requirement child_seen_alone is met
    And the requirement sleeping_arrangements_and_bedrooms_observed is met
    And the requirement discussions_related_to_plan is met

  @rule:sw-guide.visits.home_environment @rule:sw-guide.visits.child_seen_alone
  @rule:sw-guide.visits.bedrooms_observed @rule:sw-guide.visits.discussions_about_plan
  Scenario: A visit to a child of 5 with nothing recorded about it
    Given the child was born on 2021-06-01
    And a child protection visit on 2027-01-14
    When the case is evaluated on 2027-01-14
    Then the requirement in_child_home_environment is not_recorded
    And the requirement child_seen_alone is not_recorded
    And the requirement sleeping_arrangements_and_bedrooms_observed is not_recorded
    And the requirement discussions_related_to_plan is not_recorded

  @rule:sw-guide.visits.baby_seen_awake
  Scenario: A baby seen awake
    Given the child was born on 2026-09-01
    And a child protection visit on 2027-01-14 with done baby_seen_awake
    When the case is evaluated on 2027-01-14
    Then the requirement baby_seen_awake is met

  @rule:sw-guide.visits.child_seen_alone
  Scenario: A child of 4 years and 11 months is over 4 and was seen alone
    Born 10 January 2022, the child is 4 years and 11 months old on 7 January 2027: over 4 in
    ordinary usage.
    Given the child was born on 2022-01-10
    And a child protection visit on 2027-01-07 with done child_seen_alone
    When the case is evaluated on 2027-01-07
    Then the requirement child_seen_alone is met

  @rule:sw-guide.visits.child_seen_alone
  Scenario: A child of 4 years and 11 months not recorded as seen alone
    Given the child was born on 2022-01-10
    And a child protection visit on 2027-01-07
    When the case is evaluated on 2027-01-07
    Then the requirement child_seen_alone is not_recorded

  @rule:sw-guide.visits.child_seen_alone
  Scenario: A child of 3 is not over 4
    Given the child was born on 2023-06-01
    And a child protection visit on 2027-01-07
    When the case is evaluated on 2027-01-07
    Then there is no requirement child_seen_alone

  @rule:sw-guide.visits.baby_seen_awake
  Scenario: Once the child is 1, a visit recording nothing about it is not asked to see a baby awake
    Given the child was born on 2026-01-20
    And a child protection visit on 2027-01-14 with done baby_seen_awake
    And a child protection visit on 2027-01-28
    When the case is evaluated on 2027-01-28
    Then the requirement baby_seen_awake is met

  @rule:sw-guide.visits.child_seen_alone @rule:sw-guide.visits.baby_seen_awake
  Scenario: A child of 2 is neither over 4 nor a baby
    Given the child was born on 2024-06-01
    And a child protection visit on 2027-01-14
    When the case is evaluated on 2027-01-14
    Then there is no requirement child_seen_alone
    And there is no requirement baby_seen_awake

  @rule:sw-guide.visits.baby_seen_awake
  Scenario: A visit to a baby with nothing recorded about seeing them awake
    Given the child was born on 2026-09-01
    And a child protection visit on 2027-01-14
    When the case is evaluated on 2027-01-14
    Then the requirement baby_seen_awake is not_recorded

  @rule:sw-guide.visits.direct_work
  Scenario: Direct work outside the family home is due, with no interval given
    "Direct work should take place on a regular basis, outside of the family home."
    (sw-guide/social-worker/3)
    Given an initial conference on 2027-01-13 with outcome plan
    When the case is evaluated on 2027-03-01
    Then the duty direct_work has no due date
    And the duty direct_work is open

  @rule:sw-guide.visits.direct_work
  Scenario: Direct work outside the family home meets it
    Given an initial conference on 2027-01-13 with outcome plan
    And a direct work on 2027-01-27 with outside_family_home true
    When the case is evaluated on 2027-03-01
    Then the duty direct_work is met

  @rule:sw-guide.visits.direct_work
  Scenario: Direct work in the family home does not
    Given an initial conference on 2027-01-13 with outcome plan
    And a direct work on 2027-01-27 with outside_family_home false
    When the case is evaluated on 2027-03-01
    Then the duty direct_work is open

  @rule:sw-guide.visits.direct_work
  Scenario: A plan ended before any direct work ends the duty
    Given an initial conference on 2027-01-13 with outcome plan
    And a review conference on 2027-04-13 with outcome end_plan
    When the case is evaluated on 2027-05-01
    Then the duty direct_work is ended

  @rule:sw-guide.visits.direct_work
  Scenario: A review that keeps the plan asks for direct work too
    Given a review conference on 2027-04-13 with outcome continue_plan
    When the case is evaluated on 2027-05-01
    Then the duty direct_work is open

  @rule:sw-guide.visits.direct_work
  Scenario: No plan, no direct work asked
    Given an initial conference on 2027-01-13 with outcome no_plan
    When the case is evaluated on 2027-03-01
    Then there is no duty direct_work

  # ---- core groups (sw-guide/social-worker/4) ----

  @rule:sw-guide.core_group.every_28_days
  Scenario: The next core group on the 28th day is on time
    Given an initial conference on 2027-01-11 with outcome plan
    And a core group meeting on 2027-01-25
    And a core group meeting on 2027-02-22
    When the case is evaluated on 2027-03-01
    Then the duty core_group_meeting is due on 2027-02-22
    And the duty core_group_meeting is met on 2027-02-22

  @rule:sw-guide.core_group.every_28_days
  Scenario: A core group on the next working day after the 28 days is late
    Given an initial conference on 2027-01-11 with outcome plan
    And a core group meeting on 2027-01-25
    And a core group meeting on 2027-02-23
    When the case is evaluated on 2027-03-01
    Then the duty core_group_meeting is late on 2027-02-22

  @rule:sw-guide.core_group.every_28_days
  Scenario: The Spring bank holiday inside the 28 days does not move them, the period being in days
    Given an initial conference on 2027-04-20 with outcome plan
    And a core group meeting on 2027-05-04
    When the case is evaluated on 2027-06-02
    Then the duty core_group_meeting is due on 2027-06-01
    And the duty core_group_meeting is overdue on 2027-06-01

  @rule:sw-guide.core_group.every_28_days
  Scenario: Core groups end with the plan
    Given an initial conference on 2027-01-11 with outcome plan
    And a core group meeting on 2027-04-01
    And a review conference on 2027-04-09 with outcome end_plan
    When the case is evaluated on 2027-05-10
    Then the duty core_group_meeting is ended on 2027-04-29

  @rule:sw-guide.core_group.every_28_days
  Scenario: A core group with no plan, or before the plan, sets no next meeting
    Given a core group meeting on 2027-01-05
    And an initial conference on 2027-01-13 with outcome no_plan
    And a core group meeting on 2027-01-20
    When the case is evaluated on 2027-03-01
    Then there is no duty core_group_meeting

  @rule:sw-guide.core_group.every_28_days
  Scenario: A core group before the ICPC that made the plan sets no next meeting
    Given a core group meeting on 2027-01-05
    And an initial conference on 2027-01-13 with outcome plan
    When the case is evaluated on 2027-03-01
    Then there is no duty core_group_meeting

  @rule:sw-guide.core_group.family_included @rule:sw-guide.core_group.plan_reviewed
  Scenario: A core group with the family and child, reviewing and developing the plan
    Given a core group meeting on 2027-01-25 with done family_and_child_included, plan_reviewed_and_developed
    When the case is evaluated on 2027-01-25
    Then the requirement family_and_child_included is met
    And the requirement plan_reviewed_and_developed is met

  @rule:sw-guide.core_group.family_included @rule:sw-guide.core_group.plan_reviewed
  Scenario: A core group with nothing recorded about who came or the plan
    Given a core group meeting on 2027-01-25
    When the case is evaluated on 2027-01-25
    Then the requirement family_and_child_included is not_recorded
    And the requirement plan_reviewed_and_developed is not_recorded

  @rule:sw-guide.core_group.plan_shared
  Scenario: The plan shared with the family before the first core group
    "The Social Worker must ensure that the Child Protection Plan is shared with the family and
    child at or before the first Core Group meeting." (sw-guide/social-worker/4) "At or
    before" has no "late" and no window for a bank holiday.
    Given an initial conference on 2027-01-11 with outcome plan
    And a plan shared with family on 2027-01-20
    And a core group meeting on 2027-01-25
    When the case is evaluated on 2027-02-01
    Then the duty plan_shared_with_family is due on 2027-01-25
    And the duty plan_shared_with_family is met

  @rule:sw-guide.core_group.plan_shared
  Scenario: The plan shared at the first core group
    Given an initial conference on 2027-01-11 with outcome plan
    And a plan shared with family on 2027-01-25
    And a core group meeting on 2027-01-25
    When the case is evaluated on 2027-02-01
    Then the duty plan_shared_with_family is met

  @rule:sw-guide.core_group.plan_shared
  Scenario: The plan shared only after the first core group leaves the duty overdue
    Given an initial conference on 2027-01-11 with outcome plan
    And a core group meeting on 2027-01-25
    And a plan shared with family on 2027-01-27
    And a core group meeting on 2027-02-22
    When the case is evaluated on 2027-03-01
    Then the duty plan_shared_with_family is due on 2027-01-25
    And the duty plan_shared_with_family is overdue

  @rule:sw-guide.core_group.minutes_shared
  Scenario: Core group minutes shared on the fifth working day are on time
    "Core Group minutes should be shared within 5 working days of the Core Group."
    (sw-guide/social-worker/4)
    Given a core group meeting on 2027-01-11
    And a core group record circulated on 2027-01-18
    When the case is evaluated on 2027-01-25
    Then the duty core_group_record_circulated is due on 2027-01-18
    And the duty core_group_record_circulated is met

  @rule:sw-guide.core_group.minutes_shared
  Scenario: Core group minutes shared on the sixth working day are late
    Given a core group meeting on 2027-01-11
    And a core group record circulated on 2027-01-19
    When the case is evaluated on 2027-01-25
    Then the duty core_group_record_circulated is late

  @rule:sw-guide.core_group.minutes_shared
  Scenario: Good Friday and Easter Monday move the five working days
    Given a core group meeting on 2027-03-24
    And a core group record circulated on 2027-04-02
    When the case is evaluated on 2027-04-05
    Then the duty core_group_record_circulated is due on 2027-04-02
    And the duty core_group_record_circulated is met

  @rule:sw-guide.core_group.rcpc_recommendations
  Scenario: A core group discussed recommendations before the RCPC
    "Prior to any RCPC, there is a discussion at Core Group meeting regarding recommendations
    for the RCPC." (sw-guide/social-worker/4)
    Given a review conference on 2027-04-13 with outcome continue_plan and done recommendations_discussed_at_core_group
    When the case is evaluated on 2027-04-13
    Then the requirement recommendations_discussed_at_core_group is met

  @rule:sw-guide.core_group.rcpc_recommendations
  Scenario: An RCPC with no such discussion recorded
    Given a review conference on 2027-04-13 with outcome continue_plan
    When the case is evaluated on 2027-04-13
    Then the requirement recommendations_discussed_at_core_group is not_recorded

  # ---- significant events (sw-guide/social-worker/5) ----

  @rule:sw-guide.significant_events.cpc_notified
  Scenario: The chair notified of a significant event on the next working day after a Friday
    "Between Child Protection Conference’s, the Social Worker should ensure that the CPC is
    notified of any significant events within 1 working day." (sw-guide/social-worker/5)
    Given an initial conference on 2027-01-04 with outcome plan
    And a significant change on 2027-01-15
    And a cpc notified on 2027-01-18
    When the case is evaluated on 2027-01-25
    Then the duty cpc_notified is due on 2027-01-18
    And the duty cpc_notified is met

  @rule:sw-guide.significant_events.cpc_notified
  Scenario: Notification the working day after that is late
    Given an initial conference on 2027-01-04 with outcome plan
    And a significant change on 2027-01-15
    And a cpc notified on 2027-01-19
    When the case is evaluated on 2027-01-25
    Then the duty cpc_notified is late

  @rule:sw-guide.significant_events.cpc_notified
  Scenario: Christmas Day and the Boxing Day substitute move the one working day
    Given an initial conference on 2026-12-01 with outcome plan
    And a significant change on 2026-12-24
    And a cpc notified on 2026-12-29
    When the case is evaluated on 2027-01-05
    Then the duty cpc_notified is due on 2026-12-29
    And the duty cpc_notified is met

  @rule:sw-guide.significant_events.cpc_notified
  Scenario: A significant event with no plan in place is not between child protection conferences
    Given a significant change on 2027-01-15
    When the case is evaluated on 2027-01-25
    Then there is no duty cpc_notified

  @rule:sw-guide.significant_events.cpc_notified
  Scenario: A significant event before the ICPC, or after a review ended the plan, asks nothing
    Given a significant change on 2027-01-05
    And an initial conference on 2027-01-13 with outcome plan
    And a review conference on 2027-04-13 with outcome end_plan
    And a significant change on 2027-05-03
    When the case is evaluated on 2027-05-20
    Then there is no duty cpc_notified

  @rule:sw-guide.significant_events.cpc_notified
  Scenario: A significant event between the ICPC and the review
    Monday 3 May 2027 is a bank holiday; one working day after Friday 30 April is Tuesday 4 May.
    Given an initial conference on 2027-01-13 with outcome plan
    And a significant change on 2027-04-30
    And a cpc notified on 2027-05-04
    When the case is evaluated on 2027-05-20
    Then the duty cpc_notified is due on 2027-05-04
    And the duty cpc_notified is met

  @rule:sw-guide.significant_events.legal_gateway_views
  Scenario: The chair's views obtained before paperwork went to the Legal Gateway Panel
    "... a decision to present to Legal Gateway Panel, where the CPC’s views should be
    obtained before paperwork is submitted." (sw-guide/social-worker/5) "Before" has no
    "late" and no window for a bank holiday.
    Given an initial conference on 2027-01-13 with outcome plan
    And a cpc views obtained on 2027-02-10
    And a legal gateway paperwork submitted on 2027-02-12
    When the case is evaluated on 2027-02-20
    Then the duty cpc_views_obtained is due on 2027-02-12
    And the duty cpc_views_obtained is met

  @rule:sw-guide.significant_events.legal_gateway_views
  Scenario: Views obtained only after the paperwork went leave the duty overdue
    Given an initial conference on 2027-01-13 with outcome plan
    And a legal gateway paperwork submitted on 2027-02-12
    And a cpc views obtained on 2027-02-15
    When the case is evaluated on 2027-02-20
    Then the duty cpc_views_obtained is overdue

  @rule:sw-guide.significant_events.legal_gateway_views
  Scenario: Paperwork for the Legal Gateway Panel for a child with no plan is not between conferences
    Given a legal gateway paperwork submitted on 2027-02-12
    When the case is evaluated on 2027-02-20
    Then there is no duty cpc_views_obtained
