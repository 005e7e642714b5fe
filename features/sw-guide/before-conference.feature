Feature: Guide for Social Workers - before a child protection conference
  "A consultation should take place between the Social Worker, Team Manager and a duty CPC
  (Child Protection Conference Chair) when it is considered that an ICPC is required. This
  should be requested by the Social Worker completing the ‘ICPC booking and consultation
  form’. The consultation will take place within 2 working days of this being requested. The
  CPC will make a recommendation as to whether they consider that an ICPC should take place.
  The Social Work Team Manager will make the final decision whether to proceed to ICPC or
  not." (sw-guide/before/1)

  Background:
    Given a sw-guide case

  # ---- the consultation (sw-guide/before/1) ----

  @rule:sw-guide.consultation.within_2_working_days
  Scenario: A consultation on the second working day after the request is on time
    Given an icpc consultation requested on 2027-01-13
    And an icpc consultation on 2027-01-15
    When the case is evaluated on 2027-01-20
    Then the duty icpc_consultation is due on 2027-01-15
    And the duty icpc_consultation is met

  @rule:sw-guide.consultation.within_2_working_days
  Scenario: A consultation on the next working day after that is late
    Given an icpc consultation requested on 2027-01-13
    And an icpc consultation on 2027-01-18
    When the case is evaluated on 2027-01-20
    Then the duty icpc_consultation is due on 2027-01-15
    And the duty icpc_consultation is late

  @rule:sw-guide.consultation.within_2_working_days
  Scenario: Christmas Day and the Boxing Day substitute move the two working days
    Given an icpc consultation requested on 2026-12-23
    And an icpc consultation on 2026-12-29
    When the case is evaluated on 2027-01-05
    Then the duty icpc_consultation is due on 2026-12-29
    And the duty icpc_consultation is met

  @rule:sw-guide.consultation.within_2_working_days
  Scenario: No consultation by the due date is overdue
    Given an icpc consultation requested on 2027-01-13
    When the case is evaluated on 2027-01-18
    Then the duty icpc_consultation is overdue

  @rule:sw-guide.consultation.within_2_working_days
  Scenario: Without a request there is no consultation to hold
    Given an icpc consultation on 2027-01-15
    When the case is evaluated on 2027-01-20
    Then there is no duty icpc_consultation

  @rule:sw-guide.consultation.requested_on_form
  Scenario: The Social Worker requested the consultation on the ICPC booking and consultation form
    Given an icpc consultation requested on 2027-01-13 with done requested_by_social_worker_on_booking_and_consultation_form
    When the case is evaluated on 2027-01-13
    Then the requirement requested_by_social_worker_on_booking_and_consultation_form is met

  @rule:sw-guide.consultation.requested_on_form
  Scenario: A request with nothing recorded about how it was made
    Given an icpc consultation requested on 2027-01-13
    When the case is evaluated on 2027-01-13
    Then the requirement requested_by_social_worker_on_booking_and_consultation_form is not_recorded

  @rule:sw-guide.consultation.participants @rule:sw-guide.consultation.cpc_recommendation
  Scenario: A consultation between the Social Worker, Team Manager and duty chair, who recommends on the ICPC
    Given an icpc consultation on 2027-01-15 with:
      | done | consultation_between_social_worker_team_manager_and_duty_cpc, cpc_recommendation_on_icpc |
    When the case is evaluated on 2027-01-15
    Then the requirement consultation_between_social_worker_team_manager_and_duty_cpc is met
    And the requirement cpc_recommendation_on_icpc is met

  @rule:sw-guide.consultation.participants @rule:sw-guide.consultation.cpc_recommendation
  Scenario: A consultation with nothing recorded about who took part or a recommendation
    Given an icpc consultation on 2027-01-15
    When the case is evaluated on 2027-01-15
    Then the requirement consultation_between_social_worker_team_manager_and_duty_cpc is not_recorded
    And the requirement cpc_recommendation_on_icpc is not_recorded

  @rule:sw-guide.consultation.team_manager_decides
  Scenario: The Team Manager decides to proceed to ICPC
    Given an icpc consultation on 2027-01-15
    And an icpc decision on 2027-01-18 with proceed true
    When the case is evaluated on 2027-01-18
    Then the decision conference_required is true on 2027-01-18

  @rule:sw-guide.consultation.team_manager_decides
  Scenario: The Team Manager decides not to proceed, whatever the chair recommended
    Given an icpc consultation on 2027-01-15 with done cpc_recommendation_on_icpc
    And an icpc decision on 2027-01-18 with proceed false
    When the case is evaluated on 2027-01-18
    Then the decision conference_required is false on 2027-01-18

  @rule:sw-guide.consultation.team_manager_decides
  Scenario: A consultation alone decides nothing
    Given an icpc consultation on 2027-01-15 with done cpc_recommendation_on_icpc
    When the case is evaluated on 2027-01-18
    Then there is no decision conference_required

  # ---- arrangements and the family (sw-guide/before/2) ----

  @rule:sw-guide.arrangements.safeguarding_unit @rule:sw-guide.arrangements.letter
  Scenario: The ICPC was arranged with the Safeguarding Unit, which sent a letter
    "Once a decision to progress to ICPC has been confirmed, arrangements for the Child
    Protection Conference should be made with the Safeguarding Unit. A letter will be sent by
    the Safeguarding Unit ..." (sw-guide/before/2)
    Given an initial conference on 2027-02-01 with:
      | outcome | no_plan                                                            |
      | done    | arranged_with_safeguarding_unit, letter_sent_by_safeguarding_unit |
    When the case is evaluated on 2027-02-01
    Then the requirement arranged_with_safeguarding_unit is met
    And the requirement letter_sent_by_safeguarding_unit is met

  @rule:sw-guide.arrangements.safeguarding_unit @rule:sw-guide.arrangements.letter
  Scenario: An ICPC with nothing recorded about its arrangements or letter
    Given an initial conference on 2027-02-01 with outcome no_plan
    When the case is evaluated on 2027-02-01
    Then the requirement arranged_with_safeguarding_unit is not_recorded
    And the requirement letter_sent_by_safeguarding_unit is not_recorded

  @rule:sw-guide.family.told_as_soon_as_possible
  Scenario: Once the decision to go to ICPC is made, the family are to be told as soon as possible
    "... the allocated Social Worker should ensure that family members are aware of the plan to
    present to ICPC as soon as possible ..." (sw-guide/before/2)
    Given an icpc decision on 2027-01-18 with proceed true
    When the case is evaluated on 2027-03-01
    Then the duty family_told_of_conference has no due date
    And the duty family_told_of_conference is open

  @rule:sw-guide.family.told_as_soon_as_possible
  Scenario: The family were told after the decision
    Given an icpc decision on 2027-01-18 with proceed true
    And a family told of conference on 2027-01-19
    When the case is evaluated on 2027-01-20
    Then the duty family_told_of_conference is met

  @rule:sw-guide.family.told_as_soon_as_possible
  Scenario: No ICPC, nothing to tell the family
    Given an icpc decision on 2027-01-18 with proceed false
    When the case is evaluated on 2027-01-20
    Then there is no duty family_told_of_conference

  @rule:sw-guide.family.discussion_before_icpc
  Scenario: The discussion with the family on the day of the ICPC, before it, is in time
    No time is given, so the discussion is due by the day of the ICPC; one after the
    conference is not a discussion before it, so there is no "late", and a period of 0 days
    has no window for a bank holiday to fall in.
    Given a family conference discussion on 2027-02-01 with conference initial_conference
    And an initial conference on 2027-02-01 with outcome no_plan
    When the case is evaluated on 2027-02-10
    Then the duty family_conference_discussion is due on 2027-02-01
    And the duty family_conference_discussion is met

  @rule:sw-guide.family.discussion_before_icpc
  Scenario: A discussion only after the ICPC leaves the duty overdue
    Given an initial conference on 2027-02-01 with outcome no_plan
    And a family conference discussion on 2027-02-02 with conference initial_conference
    When the case is evaluated on 2027-02-10
    Then the duty family_conference_discussion is overdue

  @rule:sw-guide.family.discussion_before_icpc
  Scenario: A discussion about a review does not stand for a later ICPC
    Given a family conference discussion on 2027-01-08 with conference initial_conference
    And an initial conference on 2027-01-13 with outcome plan
    And a family conference discussion on 2027-04-08 with conference review_conference
    And a review conference on 2027-04-13 with outcome end_plan
    And an initial conference on 2027-09-01 with outcome plan
    When the case is evaluated on 2027-09-10
    Then the duty family_conference_discussion is met on 2027-01-13
    And the duty family_conference_discussion is overdue on 2027-09-01

  @rule:sw-guide.family.discussion_before_rcpc
  Scenario: The same discussion in advance of the RCPC
    "The same discussions should take place by the Social Worker in advance of any RCPC."
    (sw-guide/before/2)
    Given an initial conference on 2027-02-01 with outcome plan
    And a family conference discussion on 2027-04-26 with conference review_conference
    And a review conference on 2027-04-30 with outcome continue_plan
    When the case is evaluated on 2027-05-10
    Then the duty family_conference_discussion is due on 2027-04-30
    And the duty family_conference_discussion is met

  @rule:sw-guide.family.discussion_before_rcpc
  Scenario: The discussion before the ICPC does not stand for the RCPC
    Given a family conference discussion on 2027-01-28 with conference initial_conference
    And an initial conference on 2027-02-01 with outcome plan
    And a review conference on 2027-04-30 with outcome continue_plan
    When the case is evaluated on 2027-05-10
    Then the duty family_conference_discussion is overdue on 2027-04-30

  @rule:sw-guide.family.discussion_before_rcpc
  Scenario: A review stood down asks for no discussion of its own; the review held does
    The discussion of 8 April belongs to the next review on or after it, the one held on
    13 April.
    Given an initial conference on 2027-02-01 with outcome plan
    And a review conference on 2027-04-06 with outcome stood_down
    And a family conference discussion on 2027-04-08 with conference review_conference
    And a review conference on 2027-04-13 with outcome continue_plan
    When the case is evaluated on 2027-04-20
    Then the duty family_conference_discussion is graded 1 time
    And the duty family_conference_discussion is due on 2027-04-13
    And the duty family_conference_discussion is met
    And the family conference discussion on 2027-04-08 is taken to belong to the review conference on 2027-04-13

  @rule:sw-guide.family.discussion_before_rcpc
  Scenario: A discussion before the first review does not stand for the second
    Given an initial conference on 2027-02-01 with outcome plan
    And a family conference discussion on 2027-04-26 with conference review_conference
    And a review conference on 2027-04-30 with outcome continue_plan
    And a review conference on 2027-10-29 with outcome continue_plan
    When the case is evaluated on 2027-11-10
    Then the duty family_conference_discussion is met on 2027-04-30
    And the duty family_conference_discussion is overdue on 2027-10-29

  @rule:sw-guide.family.non_resident_parents_considered
  Scenario: Non-resident parents' attendance considered for the ICPC and the RCPC
    "The Social Worker must give consideration to the attendance and participation of any
    non-resident parents ..." (sw-guide/before/2)
    Given an initial conference on 2027-02-01 with:
      | outcome | plan                                      |
      | done    | non_resident_parents_attendance_considered |
    And a review conference on 2027-04-30 with:
      | outcome | continue_plan                             |
      | done    | non_resident_parents_attendance_considered |
    When the case is evaluated on 2027-05-01
    Then the requirement non_resident_parents_attendance_considered is met

  @rule:sw-guide.family.non_resident_parents_considered
  Scenario: An ICPC with nothing recorded about non-resident parents
    Given an initial conference on 2027-02-01 with outcome plan
    When the case is evaluated on 2027-02-01
    Then the requirement non_resident_parents_attendance_considered is not_recorded

  @rule:sw-guide.family.non_resident_parents_considered
  Scenario: An RCPC with nothing recorded about non-resident parents
    Given a review conference on 2027-04-30 with outcome continue_plan
    When the case is evaluated on 2027-05-01
    Then the requirement non_resident_parents_attendance_considered is not_recorded

  @rule:sw-guide.family.non_resident_parents_exclusion_articulated
  Scenario: A decision not to include a non-resident parent, explained in the case file and ICPC report
    "... a decision to not to include any non-resident parents must be clearly articulated
    within the case file and ICPC report." (sw-guide/before/2)
    Given a non resident parents not included on 2027-01-25 with done articulated_in_case_file_and_icpc_report
    When the case is evaluated on 2027-01-25
    Then the requirement articulated_in_case_file_and_icpc_report is met

  @rule:sw-guide.family.non_resident_parents_exclusion_articulated
  Scenario: A decision not to include a non-resident parent with no explanation recorded
    Given a non resident parents not included on 2027-01-25
    When the case is evaluated on 2027-01-25
    Then the requirement articulated_in_case_file_and_icpc_report is not_recorded

  # ---- the section 47 enquiry (sw-guide/before/3) ----

  @rule:sw-guide.section_47.before_icpc
  Scenario: The section 47 enquiry was carried out before the ICPC
    "A Section 47 enquiry will have been carried out to determine if it is necessary to hold
    an ICPC and whether a Child Protection Plan is required." (sw-guide/before/3)
    Given a section 47 outcome on 2027-01-12 with outcome significant_harm
    And an initial conference on 2027-02-01 with outcome plan
    When the case is evaluated on 2027-02-10
    Then the duty section_47_enquiry_completed is due on 2027-02-01
    And the duty section_47_enquiry_completed is met

  @rule:sw-guide.section_47.before_icpc
  Scenario: An ICPC stood down asks for nothing; the enquiry is due by the ICPC held
    Given an initial conference on 2027-01-25 with outcome stood_down
    And a section 47 outcome on 2027-01-27 with outcome significant_harm
    And a reconvened conference on 2027-02-01 with outcome plan
    When the case is evaluated on 2027-02-10
    Then the duty section_47_enquiry_completed is graded 1 time
    And the duty section_47_enquiry_completed is due on 2027-02-01
    And the duty section_47_enquiry_completed is met

  @rule:sw-guide.section_47.before_icpc
  Scenario: An ICPC with no section 47 enquiry behind it
    Given an initial conference on 2027-02-01 with outcome plan
    When the case is evaluated on 2027-02-10
    Then the duty section_47_enquiry_completed is overdue

  @rule:sw-guide.section_47.talk_to_parents_and_practitioners
  Scenario: The Social Worker talked to the parents, non-resident parents and other practitioners
    Given a section 47 enquiry on 2027-01-04 with done parents_carers_and_practitioners_spoken_to
    When the case is evaluated on 2027-01-12
    Then the requirement parents_carers_and_practitioners_spoken_to is met

  @rule:sw-guide.section_47.talk_to_parents_and_practitioners
  Scenario: An enquiry with nothing recorded about who was spoken to
    Given a section 47 enquiry on 2027-01-04
    When the case is evaluated on 2027-01-12
    Then the requirement parents_carers_and_practitioners_spoken_to is not_recorded

  @rule:sw-guide.section_47.child_seen_alone
  Scenario: A child of 4 years and 9 months is over the age of 4 and was seen alone
    "During a S47 enquiry any children over the age of 4 should be seen alone."
    (sw-guide/before/3) Born 10 January 2022, the child is 4 years and 9 months old when the
    enquiry begins on 2 November 2026: over the age of 4 in ordinary usage.
    Given the child was born on 2022-01-10
    And a section 47 enquiry on 2026-11-02 with done child_seen_alone
    When the case is evaluated on 2026-11-12
    Then the requirement child_seen_alone is met

  @rule:sw-guide.section_47.child_seen_alone
  Scenario: A child of 5 not recorded as seen alone
    Given the child was born on 2021-06-01
    And a section 47 enquiry on 2027-01-04
    When the case is evaluated on 2027-01-12
    Then the requirement child_seen_alone is not_recorded

  @rule:sw-guide.section_47.child_seen_alone
  Scenario: A child of 4 years and 7 months not recorded as seen alone
    Given the child was born on 2022-06-01
    And a section 47 enquiry on 2027-01-04
    When the case is evaluated on 2027-01-12
    Then the requirement child_seen_alone is not_recorded

  @rule:sw-guide.section_47.child_seen_alone
  Scenario: A child of 3 is not over the age of 4
    Given the child was born on 2023-06-01
    And a section 47 enquiry on 2027-01-04
    When the case is evaluated on 2027-01-12
    Then there is no requirement child_seen_alone

  @rule:sw-guide.section_47.shared_before_icpc
  Scenario: The enquiry shared with the family before the ICPC
    "This enquiry should be shared with the child (where appropriate) and family members prior
    to the ICPC." (sw-guide/before/3)
    Given a section 47 shared with family on 2027-01-28
    And an initial conference on 2027-02-01 with outcome plan
    When the case is evaluated on 2027-02-10
    Then the duty section_47_shared_with_family is due on 2027-02-01
    And the duty section_47_shared_with_family is met

  @rule:sw-guide.section_47.shared_before_icpc
  Scenario: The enquiry shared only after the ICPC leaves the duty overdue
    Given an initial conference on 2027-02-01 with outcome plan
    And a section 47 shared with family on 2027-02-03
    When the case is evaluated on 2027-02-10
    Then the duty section_47_shared_with_family is overdue
