Feature: Guide for Social Workers - during and after a child protection conference
  "If the child has been made the subject to a Child Protection Plan, prior to the end of the
  meeting, the Chair will ensure that arrangements are made for the next Core Group meeting
  (within 10 working days of the ICPC and within 28 days of an RCPC) the Child Protection
  Visit (within 48 hours of the ICPC) and the RCPC which is within 3 months of the ICPC and
  within 6 monthly thereafter." (sw-guide/during-after/2)

  Background:
    Given a sw-guide case

  # ---- attendance (sw-guide/during-after/1) ----

  @rule:sw-guide.conference.attendance @rule:sw-guide.conference.social_worker_attends
  Scenario: The family and professionals attended, and the allocated Social Worker discussed the report
    "The Conference will be attended by the family (child where appropriate) health, the
    Police, Social Care education and any other professionals who are supporting the family.
    The allocated Social Worker will attend to discuss their report and the circumstances that
    have initiated the ICPC." (sw-guide/during-after/1)
    Given an initial conference on 2027-01-13 with:
      | outcome | plan                                                                                         |
      | done    | attended_by_family_and_supporting_professionals, allocated_social_worker_attended_and_discussed_report |
    When the case is evaluated on 2027-01-13
    Then the requirement attended_by_family_and_supporting_professionals is met
    And the requirement allocated_social_worker_attended_and_discussed_report is met

  @rule:sw-guide.conference.attendance @rule:sw-guide.conference.social_worker_attends
  Scenario: An ICPC with nothing recorded about who attended
    Given an initial conference on 2027-01-13 with outcome plan
    When the case is evaluated on 2027-01-13
    Then the requirement attended_by_family_and_supporting_professionals is not_recorded
    And the requirement allocated_social_worker_attended_and_discussed_report is not_recorded

  @rule:sw-guide.conference.attendance
  Scenario: A review conference is attended by the family and professionals too; one stood down asks nothing
    Given a review conference on 2027-04-06 with outcome stood_down
    And a review conference on 2027-04-13 with outcome continue_plan and done attended_by_family_and_supporting_professionals
    When the case is evaluated on 2027-04-13
    Then the requirement attended_by_family_and_supporting_professionals is met

  @rule:sw-guide.conference.cypt_representative
  Scenario: A family in the Assessment Service, with the Child and Young Persons Team at the ICPC
    An earlier ICPC, stood down, recorded nothing about the Assessment Service and asks nothing.
    Given an initial conference on 2027-01-06 with outcome stood_down
    And an initial conference on 2027-01-13 with:
      | outcome                         | plan                                 |
      | allocated_in_assessment_service | true                                 |
      | done                            | child_and_young_persons_team_attended |
    When the case is evaluated on 2027-01-13
    Then the requirement child_and_young_persons_team_attended is met

  @rule:sw-guide.conference.attendance @rule:sw-guide.records.immediate_actions
  Scenario: A conference stood down is not asked about attendance or immediate actions
    Given a review conference on 2027-04-06 with outcome stood_down
    When the case is evaluated on 2027-04-06
    Then there is no requirement attended_by_family_and_supporting_professionals
    And there is no requirement immediate_actions_given_to_family_in_writing

  @rule:sw-guide.conference.cypt_representative
  Scenario: A family not in the Assessment Service needs no Child and Young Persons Team representative
    Given an initial conference on 2027-01-13 with outcome plan and allocated_in_assessment_service false
    When the case is evaluated on 2027-01-13
    Then there is no requirement child_and_young_persons_team_attended

  @rule:sw-guide.conference.cypt_representative
  Scenario: A family in the Assessment Service with no Child and Young Persons Team attendance recorded
    Given an initial conference on 2027-01-13 with outcome plan and allocated_in_assessment_service true
    When the case is evaluated on 2027-01-13
    Then the requirement child_and_young_persons_team_attended is not_recorded

  # ---- the plan and the chair's arrangements (sw-guide/during-after/2) ----

  @rule:sw-guide.plan.subject_of_plan
  Scenario: An ICPC that makes a plan makes the child the subject of a plan
    Given an initial conference on 2027-01-13 with outcome plan
    When the case is evaluated on 2027-01-13
    Then the decision child_protection_plan is true on 2027-01-13

  @rule:sw-guide.plan.subject_of_plan
  Scenario: An ICPC without a plan, and a review that ends a plan
    Given an initial conference on 2027-01-13 with outcome no_plan
    And a review conference on 2027-04-13 with outcome end_plan
    When the case is evaluated on 2027-04-13
    Then the decision child_protection_plan is false on 2027-01-13
    And the decision child_protection_plan is false on 2027-04-13

  @rule:sw-guide.plan.subject_of_plan
  Scenario: A conference stood down decides nothing about a plan
    Given an initial conference on 2027-01-13 with outcome stood_down
    When the case is evaluated on 2027-01-13
    Then there is no decision child_protection_plan

  @rule:sw-guide.plan.arrangements_before_end_of_meeting
  Scenario: The chair made the arrangements before the end of the ICPC; one stood down asks nothing
    Given an initial conference on 2027-01-06 with outcome stood_down
    And an initial conference on 2027-01-13 with outcome plan and done core_group_visit_and_review_arranged
    When the case is evaluated on 2027-01-13
    Then the requirement core_group_visit_and_review_arranged is met

  @rule:sw-guide.plan.arrangements_before_end_of_meeting
  Scenario: A review keeping the plan with no arrangements recorded
    Given a review conference on 2027-04-13 with outcome continue_plan
    When the case is evaluated on 2027-04-13
    Then the requirement core_group_visit_and_review_arranged is not_recorded

  @rule:sw-guide.plan.arrangements_before_end_of_meeting
  Scenario: An ICPC that makes no plan has no core group, visit or review to arrange
    Given an initial conference on 2027-01-13 with outcome no_plan
    When the case is evaluated on 2027-01-13
    Then there is no requirement core_group_visit_and_review_arranged

  @rule:sw-guide.plan.first_core_group
  Scenario: A first core group on the tenth working day, with Good Friday and Easter Monday inside, is on time
    Given an initial conference on 2027-03-22 with outcome plan
    And a core group meeting on 2027-04-07
    When the case is evaluated on 2027-04-20
    Then the duty first_core_group_meeting is due on 2027-04-07
    And the duty first_core_group_meeting is met

  @rule:sw-guide.plan.first_core_group
  Scenario: A first core group on the eleventh working day is late
    Given an initial conference on 2027-01-11 with outcome plan
    And a core group meeting on 2027-01-26
    When the case is evaluated on 2027-02-01
    Then the duty first_core_group_meeting is due on 2027-01-25
    And the duty first_core_group_meeting is late

  @rule:sw-guide.plan.first_core_group @rule:sw-guide.plan.subject_of_plan
  Scenario: An ICPC re-convened after one stood down makes the plan, and the ten working days run from it
    Ten working days after Wednesday 13 January 2027: 14, 15, 18, 19, 20, 21, 22, 25, 26, 27
    - Wednesday 27 January.
    Given an initial conference on 2027-01-06 with outcome stood_down
    And a reconvened conference on 2027-01-13 with outcome plan
    And a core group meeting on 2027-01-27
    When the case is evaluated on 2027-02-01
    Then the decision child_protection_plan is true on 2027-01-13
    And the child is subject of a child protection plan from 2027-01-13
    And the duty first_core_group_meeting is graded 1 time
    And the duty first_core_group_meeting is due on 2027-01-27
    And the duty first_core_group_meeting is met

  @rule:sw-guide.plan.first_core_group
  Scenario: No core group ten working days after the ICPC
    Given an initial conference on 2027-01-11 with outcome plan
    When the case is evaluated on 2027-01-26
    Then the duty first_core_group_meeting is overdue

  @rule:sw-guide.plan.first_core_group
  Scenario: A plan ended at an early review before any core group ends the duty
    Given an initial conference on 2027-01-11 with outcome plan
    And a review conference on 2027-01-20 with outcome end_plan
    When the case is evaluated on 2027-02-01
    Then the duty first_core_group_meeting is ended

  @rule:sw-guide.plan.first_core_group @rule:sw-guide.plan.visit_within_48_hours
  @rule:sw-guide.visits.first_within_2_working_days @rule:sw-guide.plan.first_review
  Scenario: A record that begins at a review sets no first core group, first visit or first review
    Given a review conference on 2027-04-13 with outcome continue_plan
    When the case is evaluated on 2027-05-20
    Then there is no duty first_core_group_meeting
    And there is no duty first_child_protection_visit
    And there is no duty first_review_conference

  @rule:sw-guide.plan.first_core_group
  Scenario: No plan, no core group
    Given an initial conference on 2027-01-11 with outcome no_plan
    When the case is evaluated on 2027-01-26
    Then there is no duty first_core_group_meeting

  @rule:sw-guide.plan.core_group_after_rcpc
  Scenario: A core group on the 28th day after an RCPC is on time
    Given an initial conference on 2027-01-13 with outcome plan
    And a review conference on 2027-04-13 with outcome continue_plan
    And a core group meeting on 2027-05-11
    When the case is evaluated on 2027-05-20
    Then the duty core_group_meeting is due on 2027-05-11
    And the duty core_group_meeting is met on 2027-05-11

  @rule:sw-guide.plan.core_group_after_rcpc
  Scenario: A core group on the next working day after the 28 days from an RCPC is late
    Given an initial conference on 2027-01-13 with outcome plan
    And a review conference on 2027-04-13 with outcome continue_plan
    And a core group meeting on 2027-05-12
    When the case is evaluated on 2027-05-20
    Then the duty core_group_meeting is late on 2027-05-11

  @rule:sw-guide.plan.core_group_after_rcpc
  Scenario: A bank holiday inside the 28 days does not move them, the period being in days
    Given an initial conference on 2027-02-04 with outcome plan
    And a review conference on 2027-05-04 with outcome continue_plan
    When the case is evaluated on 2027-06-02
    Then the duty core_group_meeting is due on 2027-06-01
    And the duty core_group_meeting is overdue on 2027-06-01

  @rule:sw-guide.plan.core_group_after_rcpc
  Scenario: A plan ended at a later review before the core group ends the duty
    Given an initial conference on 2027-01-13 with outcome plan
    And a review conference on 2027-04-13 with outcome continue_plan
    And a review conference on 2027-04-27 with outcome end_plan
    When the case is evaluated on 2027-05-20
    Then the duty core_group_meeting is ended on 2027-05-11

  @rule:sw-guide.plan.core_group_after_rcpc
  Scenario: An RCPC that ends the plan asks for no further core group
    Given an initial conference on 2027-01-13 with outcome plan
    And a review conference on 2027-04-13 with outcome end_plan
    When the case is evaluated on 2027-05-20
    Then there is no duty core_group_meeting

  @rule:sw-guide.plan.visit_within_48_hours @rule:sw-guide.visits.first_within_2_working_days
  Scenario: The guide contradicts itself on the first visit - 48 hours or 2 working days
    "... the Child Protection Visit (within 48 hours of the ICPC) ..." (sw-guide/during-after/2)
    against "The initial Child Protection Visit should take place within 2 working days of the
    ICPC." (sw-guide/social-worker/2). After a Thursday ICPC, 48 hours ends on the Saturday and
    2 working days on the Monday; a visit on the Monday meets one and is late for the other.
    Given an initial conference on 2027-01-14 with outcome plan
    And a child protection visit on 2027-01-18
    When the case is evaluated on 2027-01-20
    Then a conflict is reported for the duty first_child_protection_visit
    And the duty first_child_protection_visit is due on 2027-01-16
    And the duty first_child_protection_visit is due on 2027-01-18
    And the duty first_child_protection_visit is late on 2027-01-16
    And the duty first_child_protection_visit is met on 2027-01-18

  @rule:sw-guide.plan.visit_within_48_hours @rule:sw-guide.visits.first_within_2_working_days
  Scenario: After a Monday ICPC the two readings agree and no conflict is reported
    Given an initial conference on 2027-01-11 with outcome plan
    And a child protection visit on 2027-01-13
    When the case is evaluated on 2027-01-20
    Then no conflict is reported
    And the duty first_child_protection_visit is due on 2027-01-13
    And the duty first_child_protection_visit is met

  @rule:sw-guide.plan.visit_within_48_hours @rule:sw-guide.visits.first_within_2_working_days
  Scenario: A visit the next working day after both due dates is late under both
    Given an initial conference on 2027-01-11 with outcome plan
    And a child protection visit on 2027-01-14
    When the case is evaluated on 2027-01-20
    Then the duty first_child_protection_visit is due on 2027-01-13
    And the duty first_child_protection_visit is late

  @rule:sw-guide.plan.visit_within_48_hours @rule:sw-guide.visits.first_within_2_working_days
  Scenario: Christmas moves the 2 working days but not the 48 hours
    Given an initial conference on 2026-12-24 with outcome plan
    And a child protection visit on 2026-12-30
    When the case is evaluated on 2027-01-05
    Then a conflict is reported for the duty first_child_protection_visit
    And the duty first_child_protection_visit is met on 2026-12-30
    And the duty first_child_protection_visit is late on 2026-12-26

  @rule:sw-guide.plan.visit_within_48_hours @rule:sw-guide.visits.first_within_2_working_days
  Scenario: No plan, no child protection visit
    Given an initial conference on 2027-01-14 with outcome no_plan
    When the case is evaluated on 2027-01-20
    Then there is no duty first_child_protection_visit

  @rule:sw-guide.plan.first_review
  Scenario: An RCPC on the last day of the three months is on time (clipped to the end of February)
    A period in months does not move for bank holidays (Christmas and New Year fall inside).
    Given an initial conference on 2026-11-30 with outcome plan
    And a review conference on 2027-02-28 with outcome continue_plan
    When the case is evaluated on 2027-03-15
    Then the duty first_review_conference is due on 2027-02-28
    And the duty first_review_conference is met

  @rule:sw-guide.plan.first_review
  Scenario: An RCPC the next working day after the three months is late
    Given an initial conference on 2026-11-30 with outcome plan
    And a review conference on 2027-03-01 with outcome continue_plan
    When the case is evaluated on 2027-03-15
    Then the duty first_review_conference is late

  @rule:sw-guide.plan.first_review
  Scenario: A review stood down is not the RCPC held
    Three months from 30 November 2026 is 28 February 2027; the review of 26 February was
    stood down, and the review held on 3 March is late.
    Given an initial conference on 2026-11-30 with outcome plan
    And a review conference on 2027-02-26 with outcome stood_down
    And a review conference on 2027-03-03 with outcome continue_plan
    When the case is evaluated on 2027-03-15
    Then the duty first_review_conference is due on 2027-02-28
    And the duty first_review_conference is late

  @rule:sw-guide.plan.first_review
  Scenario: No plan, no RCPC
    Given an initial conference on 2026-11-30 with outcome no_plan
    When the case is evaluated on 2027-03-15
    Then there is no duty first_review_conference

  @rule:sw-guide.plan.further_reviews
  Scenario: The next RCPC within 6 months of the last
    Given an initial conference on 2026-10-13 with outcome plan
    And a review conference on 2027-01-13 with outcome continue_plan
    And a review conference on 2027-07-13 with outcome continue_plan
    When the case is evaluated on 2027-07-20
    Then the duty review_conference is due on 2027-07-13
    And the duty review_conference is met on 2027-07-13

  @rule:sw-guide.plan.further_reviews
  Scenario: An RCPC the day after the 6 months is late
    Given an initial conference on 2026-10-13 with outcome plan
    And a review conference on 2027-01-13 with outcome continue_plan
    And a review conference on 2027-07-14 with outcome continue_plan
    When the case is evaluated on 2027-07-20
    Then the duty review_conference is late on 2027-07-13

  @rule:sw-guide.plan.further_reviews
  Scenario: A review stood down neither meets the six months nor starts them again
    Given an initial conference on 2026-10-13 with outcome plan
    And a review conference on 2027-01-13 with outcome continue_plan
    And a review conference on 2027-07-08 with outcome stood_down
    When the case is evaluated on 2027-07-20
    Then the duty review_conference is graded 1 time
    And the duty review_conference is due on 2027-07-13
    And the duty review_conference is overdue

  @rule:sw-guide.plan.further_reviews
  Scenario: An RCPC that ends the plan sets no further review
    Given an initial conference on 2026-10-13 with outcome plan
    And a review conference on 2027-01-13 with outcome end_plan
    When the case is evaluated on 2027-07-20
    Then there is no duty review_conference

  # ---- immediate actions and minutes (sw-guide/during-after/3) ----

  @rule:sw-guide.records.immediate_actions
  Scenario: The family were given the immediate actions in writing; a conference stood down agreed none
    "The CPC will provide to the family members a written copy of the immediate actions that
    were agreed at Conference." (sw-guide/during-after/3)
    Given an initial conference on 2027-01-06 with outcome stood_down
    And an initial conference on 2027-01-13 with outcome plan and done immediate_actions_given_to_family_in_writing
    When the case is evaluated on 2027-01-13
    Then the requirement immediate_actions_given_to_family_in_writing is met

  @rule:sw-guide.records.immediate_actions
  Scenario: A review with nothing recorded about immediate actions
    Given a review conference on 2027-04-13 with outcome continue_plan
    When the case is evaluated on 2027-04-13
    Then the requirement immediate_actions_given_to_family_in_writing is not_recorded

  @rule:sw-guide.records.minutes_completed
  Scenario: Minutes completed on the eleventh working day are on time
    Given an initial conference on 2027-01-11 with outcome plan
    And a minutes completed on 2027-01-26
    When the case is evaluated on 2027-02-10
    Then the duty minutes_completed is due on 2027-01-26
    And the duty minutes_completed is met

  @rule:sw-guide.records.minutes_completed
  Scenario: Minutes completed on the next working day are late
    Given an initial conference on 2027-01-11 with outcome plan
    And a minutes completed on 2027-01-27
    When the case is evaluated on 2027-02-10
    Then the duty minutes_completed is late

  @rule:sw-guide.records.minutes_completed
  Scenario: Good Friday and Easter Monday move the eleven working days after an RCPC
    Given a review conference on 2027-03-18 with outcome continue_plan
    And a minutes completed on 2027-04-06
    When the case is evaluated on 2027-04-20
    Then the duty minutes_completed is due on 2027-04-06
    And the duty minutes_completed is met

  @rule:sw-guide.records.minutes_completed @rule:sw-guide.records.minutes_shared
  Scenario: A conference deferred has no minutes to complete or share
    Given an initial conference on 2027-01-11 with outcome deferred
    When the case is evaluated on 2027-02-10
    Then there is no duty minutes_completed
    And there is no duty minutes_shared

  @rule:sw-guide.records.minutes_completed
  Scenario: The minutes of another conference do not complete these
    The minutes of 13 January belong to the ICPC of 11 January; the review of 18 March has
    none by its due date, 6 April (eleven working days, Good Friday and Easter Monday skipped).
    Given an initial conference on 2027-01-11 with outcome plan
    And a minutes completed on 2027-01-13
    And a review conference on 2027-03-18 with outcome continue_plan
    When the case is evaluated on 2027-04-20
    Then the duty minutes_completed for the initial conference on 2027-01-11 is met
    And the duty minutes_completed for the review conference on 2027-03-18 is overdue

  @rule:sw-guide.records.minutes_completed @rule:sw-guide.records.minutes_shared
  Scenario: A conference stood down has no minutes to complete or share
    Given an initial conference on 2027-01-11 with outcome stood_down
    When the case is evaluated on 2027-02-10
    Then there is no duty minutes_completed
    And there is no duty minutes_shared

  @rule:sw-guide.records.minutes_shared
  Scenario: Minutes shared on the twentieth working day after the conference are on time
    "The minutes will be completed within 11 working days of the Conference and Shared by the
    Social Worker within 20 working days of the Conference." (sw-guide/during-after/3)
    Given an initial conference on 2027-01-11 with outcome plan
    And a minutes completed on 2027-01-26
    And a minutes shared on 2027-02-08
    When the case is evaluated on 2027-02-20
    Then the duty minutes_shared is due on 2027-02-08
    And the duty minutes_shared is met

  @rule:sw-guide.records.minutes_shared
  Scenario: Minutes shared on the next working day are late
    Given an initial conference on 2027-01-11 with outcome plan
    And a minutes shared on 2027-02-09
    When the case is evaluated on 2027-02-20
    Then the duty minutes_shared is late

  @rule:sw-guide.records.minutes_shared
  Scenario: Easter moves the twenty working days
    Given a review conference on 2027-03-10 with outcome continue_plan
    And a minutes shared on 2027-04-09
    When the case is evaluated on 2027-04-20
    Then the duty minutes_shared is due on 2027-04-09
    And the duty minutes_shared is met

  # ---- escalation (sw-guide/during-after/4) ----

  @rule:sw-guide.escalation.low_grading
  Scenario: A grading of 2 escalated to the Service Manager the next day is on time
    "The CPC is responsible for escalating to the Service Manager any children whereby the
    overall grading is between 0-2. This should be done within 24 hours of the ICPC/ RCPC."
    (sw-guide/during-after/4)
    Given an initial conference on 2027-01-14 with outcome plan and grading 2
    And an escalated to service manager on 2027-01-15
    When the case is evaluated on 2027-01-20
    Then the duty escalated_to_service_manager is due on 2027-01-15
    And the duty escalated_to_service_manager is met

  @rule:sw-guide.escalation.low_grading
  Scenario: Escalation on the next working day after the 24 hours is late
    Given a review conference on 2027-01-14 with outcome continue_plan and grading 0
    And an escalated to service manager on 2027-01-18
    When the case is evaluated on 2027-01-20
    Then the duty escalated_to_service_manager is due on 2027-01-15
    And the duty escalated_to_service_manager is late

  @rule:sw-guide.escalation.low_grading
  Scenario: Christmas Day does not move 24 hours, which are read as the next calendar day
    Given an initial conference on 2026-12-24 with outcome plan and grading 1
    And an escalated to service manager on 2026-12-29
    When the case is evaluated on 2027-01-05
    Then the duty escalated_to_service_manager is due on 2026-12-25
    And the duty escalated_to_service_manager is late

  @rule:sw-guide.escalation.low_grading
  Scenario: A grading of 3 is not escalated, nor a conference without a grading
    Given an initial conference on 2027-01-14 with outcome plan and grading 3
    And a review conference on 2027-04-14 with outcome continue_plan
    When the case is evaluated on 2027-04-20
    Then there is no duty escalated_to_service_manager

  # ---- mid-way meetings and drift (sw-guide/during-after/5) ----

  @rule:sw-guide.mid_way.held
  Scenario: After an ICPC that makes a plan, a mid-way meeting is to be held
    "The CPC will hold a ‘mid-way meeting’ between each Child Protection Conference and the
    allocated Social Worker will be invited to attend." (sw-guide/during-after/5)
    Given an initial conference on 2027-01-13 with outcome plan
    When the case is evaluated on 2027-02-20
    Then the duty mid_way_meeting has no due date
    And the duty mid_way_meeting is open

  @rule:sw-guide.mid_way.held
  Scenario: The mid-way meeting held before the review meets the duty
    Given an initial conference on 2027-01-13 with outcome plan
    And a mid way meeting on 2027-02-24
    When the case is evaluated on 2027-03-01
    Then the duty mid_way_meeting is met

  @rule:sw-guide.mid_way.held
  Scenario: A plan ended at review before any mid-way meeting ends the duty
    Given an initial conference on 2027-01-13 with outcome plan
    And a review conference on 2027-04-13 with outcome end_plan
    When the case is evaluated on 2027-04-20
    Then the duty mid_way_meeting is ended

  @rule:sw-guide.mid_way.held
  Scenario: A review that keeps the plan asks for a mid-way meeting before the next
    Given a review conference on 2027-04-13 with outcome continue_plan
    When the case is evaluated on 2027-05-20
    Then the duty mid_way_meeting is open

  @rule:sw-guide.mid_way.held
  Scenario: No plan, no next conference and no mid-way meeting
    Given an initial conference on 2027-01-13 with outcome no_plan
    When the case is evaluated on 2027-02-20
    Then there is no duty mid_way_meeting

  @rule:sw-guide.mid_way.social_worker_invited
  Scenario: The allocated Social Worker was invited to the mid-way meeting
    Given a mid way meeting on 2027-02-24 with done allocated_social_worker_invited
    When the case is evaluated on 2027-02-24
    Then the requirement allocated_social_worker_invited is met

  @rule:sw-guide.mid_way.social_worker_invited
  Scenario: A mid-way meeting with no invitation recorded
    Given a mid way meeting on 2027-02-24
    When the case is evaluated on 2027-02-24
    Then the requirement allocated_social_worker_invited is not_recorded

  @rule:sw-guide.mid_way.purpose
  Scenario: The mid-way meeting considered the progress of the plan and any barriers
    "The purpose of this meeting is to consider the progress of the plan and any barriers."
    (sw-guide/during-after/5)
    Given a mid way meeting on 2027-02-24 with done plan_progress_and_barriers_considered
    When the case is evaluated on 2027-02-24
    Then the requirement plan_progress_and_barriers_considered is met

  @rule:sw-guide.mid_way.purpose
  Scenario: A mid-way meeting that does not record the progress of the plan
    Given a mid way meeting on 2027-02-24 with done allocated_social_worker_invited
    When the case is evaluated on 2027-02-24
    Then the requirement plan_progress_and_barriers_considered is not_recorded

  @rule:sw-guide.mid_way.drift_response
  Scenario: The chair found drift and asked to meet the Social Worker and Team Manager
    Given a drift identified on 2027-03-01 with done meeting_requested_or_escalated
    When the case is evaluated on 2027-03-01
    Then the requirement meeting_requested_or_escalated is met

  @rule:sw-guide.mid_way.drift_response
  Scenario: Drift found with no response recorded
    Given a drift identified on 2027-03-01
    When the case is evaluated on 2027-03-01
    Then the requirement meeting_requested_or_escalated is not_recorded
