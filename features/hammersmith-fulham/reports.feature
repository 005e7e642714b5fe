Feature: Hammersmith & Fulham - what to provide for a conference
  "It is the social worker's responsibility to provide an invitation list and addresses of
  these requested to attend the initial CPC to the review and quality assurance unit 15 days
  before the CPC." (hammersmith-fulham/providing/1)
  "The social worker should provide a (translated) written report to the family two days in
  advance of an Initial Conference and five working days in advance of a Review Conference,
  and the same report should be provided to the chair of the conference two days in advance
  of an Initial Conference and five working days in advance of a review conference."
  (hammersmith-fulham/providing/2)
  "All other professionals are to provide a written (translated) report to the family and the
  chair, two days in advance of Initial Conferences and five days before Review Conferences."
  (hammersmith-fulham/providing/3)

  Background:
    Given a hammersmith-fulham case

  # ---- The invitation list: 15 (calendar) days before the initial conference ----

  @rule:hammersmith-fulham.providing.invitation_list
  Scenario: The list sent 15 days before the initial conference is on time
    Given an invitation list sent on 2027-01-05
    And an initial conference on 2027-01-20 with outcome plan
    When the case is evaluated on 2027-01-21
    Then the duty invitation_list_to_unit is due on 2027-01-05
    And the duty invitation_list_to_unit is met

  @rule:hammersmith-fulham.providing.invitation_list
  Scenario: The list sent 14 days before is late
    Given an invitation list sent on 2027-01-06
    And an initial conference on 2027-01-20 with outcome plan
    When the case is evaluated on 2027-01-21
    Then the duty invitation_list_to_unit is late

  @rule:hammersmith-fulham.providing.invitation_list
  Scenario: The days are calendar days - Christmas and New Year inside the window do not move the date
    Given an invitation list sent on 2026-12-28
    And an initial conference on 2027-01-08 with outcome plan
    When the case is evaluated on 2027-01-09
    Then the duty invitation_list_to_unit is due on 2026-12-24
    And the duty invitation_list_to_unit is late

  @rule:hammersmith-fulham.providing.invitation_list
  Scenario: No list sent before the conference
    Given an initial conference on 2027-01-20 with outcome plan
    When the case is evaluated on 2027-01-21
    Then the duty invitation_list_to_unit is overdue

  @rule:hammersmith-fulham.providing.review_list_updated @rule:hammersmith-fulham.providing.review_newly_relevant_invited
  Scenario: For a review the social worker updates the list and invites those who have become relevant
    Given a review conference on 2027-03-01 with:
      | outcome | continue_plan                                   |
      | done    | invitation_list_updated, newly_relevant_invited |
    When the case is evaluated on 2027-03-02
    Then the requirement invitation_list_updated is met
    And the requirement newly_relevant_invited is met

  @rule:hammersmith-fulham.providing.review_list_updated @rule:hammersmith-fulham.providing.review_newly_relevant_invited
  Scenario: The review list is updated but nobody new is recorded as invited
    Given a review conference on 2027-03-01 with:
      | outcome | continue_plan           |
      | done    | invitation_list_updated |
    When the case is evaluated on 2027-03-02
    Then the requirement invitation_list_updated is met
    And the requirement newly_relevant_invited is not_recorded

  # ---- The social worker's report: 2 days before an initial conference ----

  @rule:hammersmith-fulham.providing.social_worker_to_family_initial @rule:hammersmith-fulham.providing.social_worker_to_chair_initial
  Scenario: The social worker's report reaches the family and the chair two days before the initial conference
    Given a conference report to family on 2027-01-18 with:
      | conference | initial_conference |
      | author     | children_social_care |
    And a conference report on 2027-01-18 with:
      | conference | initial_conference |
      | author     | children_social_care |
    And an initial conference on 2027-01-20 with outcome plan
    When the case is evaluated on 2027-01-21
    Then the duty social_care_report_to_family is due on 2027-01-18
    And the duty social_care_report_to_family is met
    And the duty social_care_report is due on 2027-01-18
    And the duty social_care_report is met

  @rule:hammersmith-fulham.providing.social_worker_to_family_initial @rule:hammersmith-fulham.providing.social_worker_to_chair_initial
  Scenario: The social worker's report one day before the initial conference is late
    Given a conference report to family on 2027-01-19 with:
      | conference | initial_conference |
      | author     | children_social_care |
    And a conference report on 2027-01-19 with:
      | conference | initial_conference |
      | author     | children_social_care |
    And an initial conference on 2027-01-20 with outcome plan
    When the case is evaluated on 2027-01-21
    Then the duty social_care_report_to_family is late
    And the duty social_care_report is late

  @rule:hammersmith-fulham.providing.social_worker_to_family_initial @rule:hammersmith-fulham.providing.social_worker_to_chair_initial
  Scenario: Two days are calendar days - a Sunday or a bank holiday is not skipped
    Given a conference report to family on 2026-12-24 with:
      | conference | initial_conference |
      | author     | children_social_care |
    And an initial conference on 2026-12-29 with outcome plan
    When the case is evaluated on 2026-12-30
    Then the duty social_care_report_to_family is due on 2026-12-27
    And the duty social_care_report_to_family is met
    And the duty social_care_report is due on 2026-12-27
    And the duty social_care_report is overdue

  @rule:hammersmith-fulham.providing.social_worker_to_family_initial
  Scenario: A report by another professional is not the social worker's
    Given a conference report to family on 2027-01-15 with:
      | conference | initial_conference |
      | author     | health             |
    And an initial conference on 2027-01-20 with outcome plan
    When the case is evaluated on 2027-01-21
    Then the duty social_care_report_to_family is overdue

  # ---- The social worker's report: 5 working days before a review conference ----

  @rule:hammersmith-fulham.providing.social_worker_to_family_review @rule:hammersmith-fulham.providing.social_worker_to_chair_review
  Scenario: The social worker's report five working days before the review is on time
    Given a conference report to family on 2027-02-03 with:
      | conference | review_conference |
      | author     | children_social_care |
    And a conference report on 2027-02-03 with:
      | conference | review_conference |
      | author     | children_social_care |
    And a review conference on 2027-02-10 with outcome continue_plan
    When the case is evaluated on 2027-02-11
    Then the duty social_care_report_to_family is due on 2027-02-03
    And the duty social_care_report_to_family is met
    And the duty social_care_report is due on 2027-02-03
    And the duty social_care_report is met

  @rule:hammersmith-fulham.providing.social_worker_to_family_review @rule:hammersmith-fulham.providing.social_worker_to_chair_review
  Scenario: Four working days before the review is late
    Given a conference report to family on 2027-02-04 with:
      | conference | review_conference |
      | author     | children_social_care |
    And a conference report on 2027-02-04 with:
      | conference | review_conference |
      | author     | children_social_care |
    And a review conference on 2027-02-10 with outcome continue_plan
    When the case is evaluated on 2027-02-11
    Then the duty social_care_report_to_family is late
    And the duty social_care_report is late

  @rule:hammersmith-fulham.providing.social_worker_to_family_review @rule:hammersmith-fulham.providing.social_worker_to_chair_review
  Scenario: The New Year bank holiday moves the social worker's review date back
    Given a conference report to family on 2026-12-29 with:
      | conference | review_conference |
      | author     | children_social_care |
    And a conference report on 2026-12-30 with:
      | conference | review_conference |
      | author     | children_social_care |
    And a review conference on 2027-01-06 with outcome continue_plan
    When the case is evaluated on 2027-01-07
    Then the duty social_care_report_to_family is due on 2026-12-29
    And the duty social_care_report_to_family is met
    And the duty social_care_report is due on 2026-12-29
    And the duty social_care_report is late

  # ---- Other professionals' reports ----

  @rule:hammersmith-fulham.providing.professionals_to_family_initial @rule:hammersmith-fulham.providing.professionals_to_chair_initial
  Scenario: Another professional's report reaches the family and the chair two days before the initial conference
    Given a conference report to family on 2027-01-18 with:
      | conference | initial_conference |
      | author     | health             |
    And a conference report on 2027-01-18 with:
      | conference | initial_conference |
      | author     | health             |
    And an initial conference on 2027-01-20 with outcome plan
    When the case is evaluated on 2027-01-21
    Then the duty conference_report_to_family is due on 2027-01-18
    And the duty conference_report_to_family is met
    And the duty conference_report is due on 2027-01-18
    And the duty conference_report is met

  @rule:hammersmith-fulham.providing.professionals_to_family_initial @rule:hammersmith-fulham.providing.professionals_to_chair_initial
  Scenario: Another professional's report one day before the initial conference is late
    Given a conference report to family on 2027-01-19 with:
      | conference | initial_conference |
      | author     | police             |
    And a conference report on 2027-01-19 with:
      | conference | initial_conference |
      | author     | police             |
    And an initial conference on 2027-01-20 with outcome plan
    When the case is evaluated on 2027-01-21
    Then the duty conference_report_to_family is late
    And the duty conference_report is late

  @rule:hammersmith-fulham.providing.professionals_to_family_initial @rule:hammersmith-fulham.providing.professionals_to_chair_initial
  Scenario: Two calendar days before a conference on 29 December is Sunday 27th; the bank holidays do not move it
    Given a conference report on 2026-12-28 with:
      | conference | initial_conference |
      | author     | education          |
    And an initial conference on 2026-12-29 with outcome plan
    When the case is evaluated on 2026-12-30
    Then the duty conference_report is due on 2026-12-27
    And the duty conference_report is late
    And the duty conference_report_to_family is overdue

  @rule:hammersmith-fulham.providing.professionals_to_chair_initial @rule:hammersmith-fulham.providing.social_worker_to_chair_initial
  Scenario: The social worker's own report does not meet the other professionals' duty
    "All other professionals" are the authors other than the social worker
    (children_social_care). Two days before Wednesday 20 January is Monday 18 January.
    Given a conference report on 2027-01-18 with:
      | conference | initial_conference   |
      | author     | children_social_care |
    And an initial conference on 2027-01-20 with outcome plan
    When the case is evaluated on 2027-01-21
    Then the duty social_care_report is due on 2027-01-18
    And the duty social_care_report is met
    And the duty conference_report is due on 2027-01-18
    And the duty conference_report is overdue

  @rule:hammersmith-fulham.providing.professionals_to_chair_initial
  Scenario: Each other professional's report is graded - one on time does not cover another's late report
    The duty is on all other professionals: the health report on Monday 18 January is on
    time for the conference on Wednesday 20 January, the police report on Tuesday 19th is late.
    Given a conference report on 2027-01-18 with conference initial_conference and author health
    And a conference report on 2027-01-19 with conference initial_conference and author police
    And an initial conference on 2027-01-20 with outcome plan
    When the case is evaluated on 2027-01-21
    Then the duty conference_report is graded 2 times
    And the duty conference_report is due on 2027-01-18
    And the duty conference_report for the conference report on 2027-01-18 is met
    And the duty conference_report for the conference report on 2027-01-19 is late

  @rule:hammersmith-fulham.providing.professionals_to_family_initial
  Scenario: Each other professional's copy to the family is graded, and the social worker's is not one of them
    Given a conference report to family on 2027-01-18 with conference initial_conference and author education
    And a conference report to family on 2027-01-18 with conference initial_conference and author children_social_care
    And a conference report to family on 2027-01-19 with conference initial_conference and author health
    And an initial conference on 2027-01-20 with outcome plan
    When the case is evaluated on 2027-01-21
    Then the duty conference_report_to_family is graded 2 times
    And the duty conference_report_to_family is due on 2027-01-18
    And the duty conference_report_to_family for the conference report to family on 2027-01-19 is late

  @rule:hammersmith-fulham.providing.social_worker_to_family_initial @rule:hammersmith-fulham.providing.social_worker_to_chair_initial
  Scenario: A report by children_social_care is the social worker's report (four-h1)
    The social worker's agency is children_social_care; an older case file's author
    social_worker is read as that agency. Two days before Monday 25 January is Saturday 23rd.
    Given a conference report on 2027-01-20 with conference initial_conference and author children_social_care
    And a conference report to family on 2027-01-20 with conference initial_conference and author social_worker
    And an initial conference on 2027-01-25 with outcome plan
    When the case is evaluated on 2027-06-01
    Then the duty social_care_report is due on 2027-01-23
    And the duty social_care_report is met
    And the duty social_care_report_to_family is due on 2027-01-23
    And the duty social_care_report_to_family is met

  @rule:hammersmith-fulham.providing.social_worker_to_family_initial
  Scenario: The report is due before the conference that is held, and only a report of that conference counts
    The initial conference of 18 January was stood down and re-convened on Monday 1 February,
    where a plan was made. The social worker's report names the re-convened conference; two
    days before it is Saturday 30 January. The conference stood down was not held and asks
    for no report of its own.
    Given an initial conference on 2027-01-18 with outcome stood_down and id icpc1
    And a conference report to family on 2027-01-15 with author children_social_care and for icpc2
    And a reconvened conference on 2027-02-01 with outcome plan and id icpc2
    When the case is evaluated on 2027-02-05
    Then the duty social_care_report_to_family is graded 1 time
    And the duty social_care_report_to_family is due on 2027-01-30
    And the duty social_care_report_to_family for the reconvened conference on 2027-02-01 is met

  @rule:hammersmith-fulham.providing.professionals_to_chair_review
  Scenario: A review stood down asks for no reports; the review held does
    The review of Wednesday 10 February was stood down and held on Wednesday 17th; the health
    report of Friday 12th belongs to the review held, and five days before it is the 12th.
    Given a review conference on 2027-02-10 with outcome stood_down
    And a conference report on 2027-02-12 with conference review_conference and author health
    And a review conference on 2027-02-17 with outcome continue_plan
    When the case is evaluated on 2027-02-18
    Then the duty conference_report is graded 1 time
    And the duty conference_report is due on 2027-02-12
    And the duty conference_report for the review conference on 2027-02-17 is met
    And the conference report on 2027-02-12 is taken to belong to the review conference on 2027-02-17

  @rule:hammersmith-fulham.providing.professionals_to_family_review @rule:hammersmith-fulham.providing.professionals_to_chair_review
  Scenario: Other professionals' reports five days before the review are on time
    Given a conference report to family on 2027-02-05 with:
      | conference | review_conference |
      | author     | health            |
    And a conference report on 2027-02-05 with:
      | conference | review_conference |
      | author     | health            |
    And a review conference on 2027-02-10 with outcome continue_plan
    When the case is evaluated on 2027-02-11
    Then the duty conference_report_to_family is due on 2027-02-05
    And the duty conference_report_to_family is met
    And the duty conference_report is due on 2027-02-05
    And the duty conference_report is met

  @rule:hammersmith-fulham.providing.professionals_to_family_review @rule:hammersmith-fulham.providing.professionals_to_chair_review
  Scenario: Four days before the review is late
    Given a conference report to family on 2027-02-06 with:
      | conference | review_conference |
      | author     | health            |
    And a conference report on 2027-02-06 with:
      | conference | review_conference |
      | author     | health            |
    And a review conference on 2027-02-10 with outcome continue_plan
    When the case is evaluated on 2027-02-11
    Then the duty conference_report_to_family is late
    And the duty conference_report is late

  @rule:hammersmith-fulham.providing.professionals_to_family_review @rule:hammersmith-fulham.providing.professionals_to_chair_review
  @rule:hammersmith-fulham.providing.social_worker_to_chair_review
  Scenario: For one review the social worker's date (5 working days) and the professionals' (5 days) differ
    Five working days before Wednesday 6 January 2027 skip New Year's Day: 5th, 4th, 31st,
    30th, 29th - Tuesday 29 December. Five days before it is Friday 1 January. The social
    worker's report does not count for the other professionals.
    Given a conference report on 2026-12-29 with:
      | conference | review_conference |
      | author     | children_social_care |
    And a conference report on 2027-01-01 with:
      | conference | review_conference |
      | author     | police            |
    And a conference report to family on 2027-01-01 with:
      | conference | review_conference |
      | author     | police            |
    And a review conference on 2027-01-06 with outcome continue_plan
    When the case is evaluated on 2027-01-07
    Then the duty social_care_report is due on 2026-12-29
    And the duty social_care_report is met
    And the duty conference_report is graded 1 time
    And the duty conference_report is due on 2027-01-01
    And the duty conference_report is met
    And the duty conference_report_to_family is due on 2027-01-01
    And the duty conference_report_to_family is met
    And no conflict is reported

  @rule:hammersmith-fulham.providing.professionals_to_chair_review
  Scenario: A report for an initial conference does not serve the review
    Given a conference report on 2027-02-05 with:
      | conference | initial_conference |
      | author     | health             |
    And a review conference on 2027-02-10 with outcome continue_plan
    When the case is evaluated on 2027-02-11
    Then the duty conference_report is overdue

  # ---- Translation and meeting the chair ----

  @rule:hammersmith-fulham.providing.reports_translated
  Scenario: A report given to the family recorded as translated
    Given a conference report to family on 2027-01-18 with:
      | conference | initial_conference |
      | author     | children_social_care |
      | done       | report_translated  |
    When the case is evaluated on 2027-01-21
    Then the requirement report_translated is met

  @rule:hammersmith-fulham.providing.reports_translated
  Scenario: Translation not recorded
    Given a conference report to family on 2027-02-05 with:
      | conference | review_conference |
      | author     | health            |
    When the case is evaluated on 2027-02-11
    Then the requirement report_translated is not_recorded

  @rule:hammersmith-fulham.providing.parents_meet_chair
  Scenario: Parents had the opportunity to meet the chair before the conference
    Given an initial conference on 2027-01-20 with:
      | outcome | plan                               |
      | done    | parents_offered_meeting_with_chair |
    When the case is evaluated on 2027-01-21
    Then the requirement parents_offered_meeting_with_chair is met

  @rule:hammersmith-fulham.providing.parents_meet_chair
  Scenario: The opportunity to meet the chair is not recorded
    Given a review conference on 2027-02-10 with outcome continue_plan
    When the case is evaluated on 2027-02-11
    Then the requirement parents_offered_meeting_with_chair is not_recorded
