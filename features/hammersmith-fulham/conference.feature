Feature: Hammersmith & Fulham - attendance, children, venue, the chair, confidentiality and the plan decision
  "A CPC should include: Parents or those with parental responsibility. The child/young
  person (when aged 12 and over) Social worker Carers e.g. foster carer Advocates Police
  representatives Relevant health representatives ... Relevant education professionals ...
  Where individuals are unable to attend, the agency should provide a written report for a
  CPC. Parents may send written comments." (hammersmith-fulham/attendance/1-10)
  "In most circumstances children/young people over the age of 12 years should attend."
  (hammersmith-fulham/children/1)

  Background:
    Given a hammersmith-fulham case

  # ---- What a conference does (what-is/3) ----

  @rule:hammersmith-fulham.conference.allegations_shared
  Scenario: The conference shares the facts of the allegations made
    "- Shares the facts of any allegations that have been made" (hammersmith-fulham/what-is/3)
    Given an initial conference on 2026-12-18 with outcome plan and done allegation_facts_shared
    When the case is evaluated on 2026-12-19
    Then the requirement allegation_facts_shared is met

  @rule:hammersmith-fulham.conference.allegations_shared
  Scenario: A review that does not record the facts of the allegations as shared
    Given a review conference on 2027-03-01 with outcome continue_plan
    When the case is evaluated on 2027-03-02
    Then the requirement allegation_facts_shared is not_recorded

  @rule:hammersmith-fulham.conference.allegations_shared
  Scenario: A conference stood down shares nothing and is not checked
    Given an initial conference on 2026-12-18 with outcome stood_down
    When the case is evaluated on 2026-12-19
    Then there is no requirement allegation_facts_shared

  # ---- Who should attend ----

  @rule:hammersmith-fulham.attendance.parents @rule:hammersmith-fulham.attendance.social_worker
  @rule:hammersmith-fulham.attendance.carers @rule:hammersmith-fulham.attendance.advocates
  @rule:hammersmith-fulham.attendance.police @rule:hammersmith-fulham.attendance.health
  @rule:hammersmith-fulham.attendance.education
  Scenario: An initial conference that records everyone on the list as included
    Given an initial conference on 2026-12-18 with:
      | outcome  | plan                                                                                                                           |
      | agencies | children_social_care, police, health, education                                                                                |
      | done     | parents_included, social_worker_included, carers_included, advocates_included, police_included, health_included, education_included |
    When the case is evaluated on 2026-12-19
    Then the requirement parents_included is met
    And the requirement social_worker_included is met
    And the requirement carers_included is met
    And the requirement advocates_included is met
    And the requirement police_included is met
    And the requirement health_included is met
    And the requirement education_included is met

  @rule:hammersmith-fulham.attendance.parents @rule:hammersmith-fulham.attendance.social_worker
  @rule:hammersmith-fulham.attendance.carers @rule:hammersmith-fulham.attendance.advocates
  @rule:hammersmith-fulham.attendance.police @rule:hammersmith-fulham.attendance.health
  @rule:hammersmith-fulham.attendance.education
  Scenario: A review conference that records no one as included
    Given a review conference on 2027-03-01 with:
      | outcome  | continue_plan                        |
      | agencies | children_social_care, police, health |
    When the case is evaluated on 2027-03-02
    Then the requirement parents_included is not_recorded
    And the requirement social_worker_included is not_recorded
    And the requirement carers_included is not_recorded
    And the requirement advocates_included is not_recorded
    And the requirement police_included is not_recorded
    And the requirement health_included is not_recorded
    And the requirement education_included is not_recorded

  @rule:hammersmith-fulham.attendance.parents @rule:hammersmith-fulham.attendance.social_worker
  @rule:hammersmith-fulham.venue.accessible @rule:hammersmith-fulham.chair.manages
  Scenario: A conference stood down is not checked for who attended; the re-convened one held is
    Given an initial conference on 2026-12-11 with outcome stood_down
    And a reconvened conference on 2026-12-18 with:
      | outcome | plan             |
      | done    | parents_included |
    When the case is evaluated on 2026-12-19
    Then the requirement parents_included is met
    And the requirement social_worker_included is not_recorded
    And the requirement venue_accessible_comfortable_welcoming is not_recorded
    And the requirement managed_by_chair is not_recorded

  @rule:hammersmith-fulham.attendance.child
  Scenario: A child aged 12 on the day of the conference is on the list
    Given the child was born on 2014-03-02
    And an initial conference on 2026-03-02 with:
      | outcome | plan           |
      | done    | child_included |
    When the case is evaluated on 2026-03-03
    Then the requirement child_included is met

  @rule:hammersmith-fulham.attendance.child
  Scenario: A child of 13 not recorded as included
    Given the child was born on 2014-03-02
    And a review conference on 2027-03-02 with outcome continue_plan
    When the case is evaluated on 2027-03-03
    Then the requirement child_included is not_recorded

  @rule:hammersmith-fulham.attendance.child @rule:hammersmith-fulham.children.attend
  @rule:hammersmith-fulham.children.advocate @rule:hammersmith-fulham.children.communicate_with_chair
  Scenario: A child of 12 years and 9 months is on the attendance list and over the age of 12
    Born 2 March 2014, the child is 12 on 18 December 2026 - 12 years and 9 months, over the
    age of 12 in ordinary usage, and "aged 12 and over" too.
    Given the child was born on 2014-03-02
    And an initial conference on 2026-12-18 with:
      | outcome | plan           |
      | done    | child_included |
    When the case is evaluated on 2026-12-19
    Then the requirement child_included is met
    And the requirement child_attends is not_recorded
    And the decision child_may_communicate_with_chair is true on 2026-12-18
    And the decision child_may_attend_with_advocate is true on 2026-12-18

  @rule:hammersmith-fulham.attendance.child @rule:hammersmith-fulham.children.attend
  @rule:hammersmith-fulham.children.advocate @rule:hammersmith-fulham.children.communicate_with_chair
  @rule:hammersmith-fulham.children.views_sought
  Scenario: A child of 11 years and 11 months is not over the age of 12
    Given the child was born on 2015-01-10
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2026-12-19
    Then there is no requirement child_included
    And there is no requirement child_attends
    And there is no requirement child_views_sought
    And there is no decision child_may_communicate_with_chair
    And there is no decision child_may_attend_with_advocate

  @rule:hammersmith-fulham.attendance.child
  Scenario: An 11-year-old is not on the list
    Given the child was born on 2015-03-02
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2026-12-19
    Then there is no requirement child_included

  @rule:hammersmith-fulham.attendance.written_report_if_absent
  Scenario: An agency whose worker cannot attend provides a written report
    Given a worker unable to attend on 2026-12-15 with done written_report_submitted
    When the case is evaluated on 2026-12-19
    Then the requirement written_report_submitted is met

  @rule:hammersmith-fulham.attendance.written_report_if_absent
  Scenario: No written report recorded from an agency whose worker cannot attend
    Given a worker unable to attend on 2026-12-15
    When the case is evaluated on 2026-12-19
    Then the requirement written_report_submitted is not_recorded

  @rule:hammersmith-fulham.attendance.parents_written_comments
  Scenario: Parents may send written comments for a conference
    Given a review conference on 2027-03-01 with outcome continue_plan
    When the case is evaluated on 2027-03-02
    Then the decision parents_may_send_written_comments is true on 2027-03-01

  @rule:hammersmith-fulham.attendance.parents_written_comments
  Scenario: No conference, nothing to comment on
    Given a conference request on 2026-12-02
    When the case is evaluated on 2026-12-03
    Then there is no decision parents_may_send_written_comments

  # ---- Children and young people ----

  @rule:hammersmith-fulham.children.attend
  Scenario: A child of 13 recorded as attending
    Given the child was born on 2014-03-02
    And a review conference on 2027-03-02 with:
      | outcome | continue_plan |
      | done    | child_attends |
    When the case is evaluated on 2027-03-03
    Then the requirement child_attends is met

  @rule:hammersmith-fulham.children.attend
  Scenario: A child of 13 not recorded as attending
    Given the child was born on 2014-03-02
    And a review conference on 2027-03-02 with outcome continue_plan
    When the case is evaluated on 2027-03-03
    Then the requirement child_attends is not_recorded

  @rule:hammersmith-fulham.children.advocate
  Scenario: A young person over 12 may attend with a children's advocate
    Given the child was born on 2014-03-02
    And a review conference on 2027-03-02 with outcome continue_plan
    When the case is evaluated on 2027-03-03
    Then the decision child_may_attend_with_advocate is true on 2027-03-02

  @rule:hammersmith-fulham.children.advocate
  Scenario: Without a known age the advocate sentence does not apply
    Given a review conference on 2027-03-02 with outcome continue_plan
    When the case is evaluated on 2027-03-03
    Then there is no decision child_may_attend_with_advocate

  @rule:hammersmith-fulham.children.communicate_with_chair
  Scenario: A young person over 12 can communicate directly with the chair
    Given the child was born on 2013-05-01
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2026-12-19
    Then the decision child_may_communicate_with_chair is true on 2026-12-18

  @rule:hammersmith-fulham.children.communicate_with_chair @rule:hammersmith-fulham.children.views_sought
  @rule:hammersmith-fulham.children.views_communicated @rule:hammersmith-fulham.children.advocate
  Scenario: A four-week-old baby is not one of the children over 12 the paragraph is about (four-h2)
    "Children/young people can communicate directly with the chair if they prefer."
    (hammersmith-fulham/children/1) The baby born on 15 March is four weeks old at the
    review of 12 April.
    Given the child was born on 2027-03-15
    And an initial conference on 2027-01-10 with outcome plan
    And a review conference on 2027-04-12 with outcome continue_plan
    When the case is evaluated on 2027-06-01
    Then there is no decision child_may_communicate_with_chair
    And there is no decision child_may_attend_with_advocate
    And there is no requirement child_views_sought
    And there is no requirement child_views_communicated_to_conference

  @rule:hammersmith-fulham.children.communicate_with_chair @rule:hammersmith-fulham.children.views_sought
  Scenario: A child of 6 is not over the age of 12 either
    Given the child was born on 2020-05-01
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2026-12-19
    Then there is no decision child_may_communicate_with_chair
    And there is no requirement child_views_sought

  @rule:hammersmith-fulham.children.communicate_with_chair @rule:hammersmith-fulham.children.views_sought
  @rule:hammersmith-fulham.children.views_communicated
  Scenario: A conference before the birth has no child to communicate with the chair
    Given the child is expected to be born on 2027-04-10
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2026-12-19
    Then there is no decision child_may_communicate_with_chair
    And there is no requirement child_views_sought
    And there is no requirement child_views_communicated_to_conference

  @rule:hammersmith-fulham.children.written_comments
  Scenario: A young person who does not wish to attend is given the opportunity to send written comments
    Given the child was born on 2013-05-01
    And a child not attending on 2026-12-10 with done written_comments_opportunity_given
    When the case is evaluated on 2026-12-19
    Then the requirement written_comments_opportunity_given is met

  @rule:hammersmith-fulham.children.written_comments
  Scenario: The opportunity to send written comments is not recorded
    Given the child was born on 2013-05-01
    And a child not attending on 2026-12-10
    When the case is evaluated on 2026-12-19
    Then the requirement written_comments_opportunity_given is not_recorded

  @rule:hammersmith-fulham.children.written_comments
  Scenario: A child of 8 not attending is not asked for written comments under this paragraph
    Given the child was born on 2018-05-01
    And a child not attending on 2026-12-10
    When the case is evaluated on 2026-12-19
    Then there is no requirement written_comments_opportunity_given

  @rule:hammersmith-fulham.children.views_sought @rule:hammersmith-fulham.children.views_communicated
  Scenario: In any event the social worker seeks the child's views and makes sure they reach the conference
    Given the child was born on 2013-05-01
    And an initial conference on 2026-12-18 with:
      | outcome | plan                                                    |
      | done    | child_views_sought, child_views_communicated_to_conference |
    When the case is evaluated on 2026-12-19
    Then the requirement child_views_sought is met
    And the requirement child_views_communicated_to_conference is met

  @rule:hammersmith-fulham.children.views_sought @rule:hammersmith-fulham.children.views_communicated
  Scenario: The child's views are not recorded as sought or communicated
    Given the child was born on 2013-05-01
    And a review conference on 2027-03-01 with:
      | outcome | continue_plan      |
      | done    | child_views_sought |
    When the case is evaluated on 2027-03-02
    Then the requirement child_views_sought is met
    And the requirement child_views_communicated_to_conference is not_recorded

  # ---- Venue ----

  @rule:hammersmith-fulham.venue.accessible
  Scenario: The venue is recorded as accessible, comfortable and welcoming
    Given an initial conference on 2026-12-18 with:
      | outcome | plan                                   |
      | done    | venue_accessible_comfortable_welcoming |
    When the case is evaluated on 2026-12-19
    Then the requirement venue_accessible_comfortable_welcoming is met

  @rule:hammersmith-fulham.venue.accessible
  Scenario: The venue is not recorded
    Given a review conference on 2027-03-01 with outcome continue_plan
    When the case is evaluated on 2027-03-02
    Then the requirement venue_accessible_comfortable_welcoming is not_recorded

  # ---- The chair's conduct ----

  @rule:hammersmith-fulham.chair.manages @rule:hammersmith-fulham.chair.procedures_and_agenda
  @rule:hammersmith-fulham.chair.references
  Scenario: The chair manages the conference, explains procedures and agenda and makes the references
    Given an initial conference on 2026-12-18 with:
      | outcome | plan                                                                                        |
      | done    | managed_by_chair, attendees_aware_of_procedures_and_agenda, procedures_policy_and_complaints_referenced |
    When the case is evaluated on 2026-12-19
    Then the requirement managed_by_chair is met
    And the requirement attendees_aware_of_procedures_and_agenda is met
    And the requirement procedures_policy_and_complaints_referenced is met

  @rule:hammersmith-fulham.chair.manages @rule:hammersmith-fulham.chair.procedures_and_agenda
  @rule:hammersmith-fulham.chair.references
  Scenario: The references to procedures, policy and complaints are not recorded
    Given a review conference on 2027-03-01 with:
      | outcome | continue_plan    |
      | done    | managed_by_chair |
    When the case is evaluated on 2027-03-02
    Then the requirement managed_by_chair is met
    And the requirement attendees_aware_of_procedures_and_agenda is not_recorded
    And the requirement procedures_policy_and_complaints_referenced is not_recorded

  # ---- Confidentiality ----

  @rule:hammersmith-fulham.confidentiality.kept_securely @rule:hammersmith-fulham.confidentiality.permissions
  Scenario: Information kept securely and permissions sought before disclosure
    Given an initial conference on 2026-12-18 with:
      | outcome | plan                                                        |
      | done    | information_kept_securely, permissions_sought_before_disclosure |
    When the case is evaluated on 2026-12-19
    Then the requirement information_kept_securely is met
    And the requirement permissions_sought_before_disclosure is met

  @rule:hammersmith-fulham.confidentiality.kept_securely @rule:hammersmith-fulham.confidentiality.permissions
  Scenario: Confidentiality arrangements not recorded
    Given a review conference on 2027-03-01 with:
      | outcome | continue_plan             |
      | done    | information_kept_securely |
    When the case is evaluated on 2027-03-02
    Then the requirement information_kept_securely is met
    And the requirement permissions_sought_before_disclosure is not_recorded

  # ---- What happens at the conference ----

  @rule:hammersmith-fulham.conference.needs_shared @rule:hammersmith-fulham.conference.parenting_capacity
  @rule:hammersmith-fulham.conference.future_harm @rule:hammersmith-fulham.conference.continuing_risk
  Scenario: The conference shares information, discusses parenting capacity and judges future and continuing risk
    "Information about the child/children's needs is shared between the family members and
    professionals present. The parents' capacity to meet those needs and ensure their safety
    is discussed in the context of their wider family and environment."
    (hammersmith-fulham/what-happens/1)
    Given an initial conference on 2026-12-18 with:
      | outcome | plan                                                                                        |
      | done    | child_needs_information_shared, parenting_capacity_discussed, future_harm_judged, continuing_risk_considered |
    When the case is evaluated on 2026-12-19
    Then the requirement child_needs_information_shared is met
    And the requirement parenting_capacity_discussed is met
    And the requirement future_harm_judged is met
    And the requirement continuing_risk_considered is met

  @rule:hammersmith-fulham.conference.needs_shared @rule:hammersmith-fulham.conference.parenting_capacity
  @rule:hammersmith-fulham.conference.future_harm @rule:hammersmith-fulham.conference.continuing_risk
  Scenario: A review conference whose record shows none of it
    Given a review conference on 2027-03-01 with outcome end_plan
    When the case is evaluated on 2027-03-02
    Then the requirement child_needs_information_shared is not_recorded
    And the requirement parenting_capacity_discussed is not_recorded
    And the requirement future_harm_judged is not_recorded
    And the requirement continuing_risk_considered is not_recorded

  @rule:hammersmith-fulham.conference.needs_shared @rule:hammersmith-fulham.conference.parenting_capacity
  @rule:hammersmith-fulham.conference.future_harm @rule:hammersmith-fulham.conference.continuing_risk
  @rule:hammersmith-fulham.conference.plan_decision
  Scenario: A conference stood down did not meet, so nothing is checked of what happens at it
    Given an initial conference on 2026-12-18 with outcome stood_down
    When the case is evaluated on 2026-12-19
    Then there is no requirement child_needs_information_shared
    And there is no requirement parenting_capacity_discussed
    And there is no requirement future_harm_judged
    And there is no requirement continuing_risk_considered
    And there is no decision child_protection_plan

  @rule:hammersmith-fulham.conference.plan_decision
  Scenario: The initial conference decides a child protection plan is needed
    "A decision is then made as to what future action is required ... ie whether a child
    protection plan is needed or whether a child in need plan will suffice"
    (hammersmith-fulham/fragment/1)
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2026-12-19
    Then the decision child_protection_plan is true on 2026-12-18

  @rule:hammersmith-fulham.conference.plan_decision
  Scenario: The initial conference decides a child in need plan will suffice
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2026-12-19
    Then the decision child_protection_plan is false on 2026-12-18

  @rule:hammersmith-fulham.conference.plan_decision
  Scenario: A review conference continues the plan
    Given an initial conference on 2026-12-18 with outcome plan
    And a review conference on 2027-03-01 with outcome continue_plan
    When the case is evaluated on 2027-03-02
    Then the decision child_protection_plan is true on 2027-03-01

  @rule:hammersmith-fulham.conference.plan_decision
  Scenario: A deferred conference decides nothing
    Given an initial conference on 2026-12-18 with outcome deferred
    When the case is evaluated on 2026-12-19
    Then there is no decision child_protection_plan
