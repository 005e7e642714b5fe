Feature: Guide for Social Workers - the conference report, participation and advocacy
  "An Initial/ Review Child Protection Conference report should be completed by the Social
  Worker prior to an ICPC/ RCPC. This should be completed with a physical copy being shared
  with the child (where appropriate) and family members a minimum of two working days prior
  to the ICPC/ RCPC. The report should make a recommendation in regards to whether a CP plan
  is required and should also detail the proposed plan." (sw-guide/what-is/4)

  Background:
    Given a sw-guide case

  # ---- completing the report (sw-guide/what-is/4) ----

  @rule:sw-guide.report.completed_before_icpc
  Scenario: The Social Worker's report completed on the day of the ICPC, before it, is in time
    "Prior to" is read as by the day of the conference; a report after it is not one
    completed before it, so there is no "late", and 0 days has no window for a bank holiday.
    Given a conference report on 2027-02-01 with conference initial_conference and author children_social_care
    And an initial conference on 2027-02-01 with outcome no_plan
    When the case is evaluated on 2027-02-10
    Then the duty social_care_report is due on 2027-02-01
    And the duty social_care_report is met

  @rule:sw-guide.report.completed_before_icpc
  Scenario: A report completed after the ICPC leaves the duty overdue
    Given an initial conference on 2027-02-01 with outcome no_plan
    And a conference report on 2027-02-02 with conference initial_conference and author children_social_care
    When the case is evaluated on 2027-02-10
    Then the duty social_care_report is overdue

  @rule:sw-guide.report.completed_before_icpc
  Scenario: Another agency's report does not stand in for the Social Worker's
    Given a conference report on 2027-01-27 with conference initial_conference and author police
    And an initial conference on 2027-02-01 with outcome no_plan
    When the case is evaluated on 2027-02-10
    Then the duty social_care_report is overdue

  @rule:sw-guide.report.completed_before_rcpc
  Scenario: The Social Worker's review report completed before the RCPC
    Given an initial conference on 2027-02-01 with outcome plan
    And a conference report on 2027-04-26 with conference review_conference and author children_social_care
    And a review conference on 2027-04-30 with outcome continue_plan
    When the case is evaluated on 2027-05-10
    Then the duty social_care_report is due on 2027-04-30
    And the duty social_care_report is met

  @rule:sw-guide.report.completed_before_rcpc
  Scenario: The ICPC report does not stand for the RCPC
    Given a conference report on 2027-01-27 with conference initial_conference and author children_social_care
    And an initial conference on 2027-02-01 with outcome plan
    And a review conference on 2027-04-30 with outcome continue_plan
    When the case is evaluated on 2027-05-10
    Then the duty social_care_report is overdue on 2027-04-30

  # ---- sharing the report two working days before (sw-guide/what-is/4) ----
  # The family's copy of the Social Worker's report is a conference report to family by
  # children_social_care, and the duty social_care_report_to_family, as in Hammersmith &
  # Fulham; conference_report is the copy sent to the chair.

  @rule:sw-guide.report.shared_before_icpc
  Scenario: The family's copy given two working days before the ICPC is on time
    Given a conference report on 2027-01-08 with conference initial_conference and author children_social_care
    And a conference report to family on 2027-01-11 with conference initial_conference and author children_social_care
    And an initial conference on 2027-01-13 with outcome no_plan
    When the case is evaluated on 2027-01-20
    Then the duty social_care_report_to_family is due on 2027-01-11
    And the duty social_care_report_to_family is met

  @rule:sw-guide.report.shared_before_icpc
  Scenario: The family's copy given one working day before the ICPC is late
    Given a conference report to family on 2027-01-12 with conference initial_conference and author children_social_care
    And an initial conference on 2027-01-13 with outcome no_plan
    When the case is evaluated on 2027-01-20
    Then the duty social_care_report_to_family is due on 2027-01-11
    And the duty social_care_report_to_family is late

  @rule:sw-guide.report.shared_before_icpc
  Scenario: Christmas and the Boxing Day substitute move the two working days back
    Given a conference report to family on 2026-12-23 with conference initial_conference and author children_social_care
    And an initial conference on 2026-12-29 with outcome no_plan
    When the case is evaluated on 2027-01-05
    Then the duty social_care_report_to_family is due on 2026-12-23
    And the duty social_care_report_to_family is met

  @rule:sw-guide.report.shared_before_icpc
  Scenario: A completed report never shared with the family leaves the duty overdue
    Given a conference report on 2027-01-08 with conference initial_conference and author children_social_care
    And an initial conference on 2027-01-13 with outcome no_plan
    When the case is evaluated on 2027-01-20
    Then the duty social_care_report_to_family is overdue

  @rule:sw-guide.report.shared_before_icpc
  Scenario: The family's copy of a review report does not stand for a later ICPC
    Two working days before a Wednesday ICPC after the Summer bank holiday is the Friday before it.
    Given a conference report to family on 2027-01-11 with conference initial_conference and author children_social_care
    And an initial conference on 2027-01-13 with outcome plan
    And a conference report to family on 2027-04-08 with conference review_conference and author children_social_care
    And a review conference on 2027-04-13 with outcome end_plan
    And an initial conference on 2027-09-01 with outcome plan
    When the case is evaluated on 2027-09-10
    Then the duty social_care_report_to_family is met on 2027-01-11
    And the duty social_care_report_to_family is overdue on 2027-08-27

  @rule:sw-guide.report.shared_before_icpc
  Scenario: Another agency's report given to the family is not the Social Worker's
    Two working days before Wednesday 13 January is Monday 11 January; the health report
    given to the family that day does not meet the Social Worker's duty.
    Given a conference report to family on 2027-01-11 with conference initial_conference and author health
    And an initial conference on 2027-01-13 with outcome no_plan
    When the case is evaluated on 2027-01-20
    Then the duty social_care_report_to_family is due on 2027-01-11
    And the duty social_care_report_to_family is overdue

  @rule:sw-guide.report.shared_before_icpc @rule:sw-guide.report.completed_before_icpc
  Scenario: The reports are due before the ICPC held, not the one stood down
    The ICPC of Wednesday 6 January was stood down and re-convened on Wednesday 13th; two
    working days before it is Monday 11th. The report and its copy name the conference held.
    Given an initial conference on 2027-01-06 with outcome stood_down
    And a conference report on 2027-01-11 with author children_social_care and for icpc2
    And a conference report to family on 2027-01-11 with author children_social_care and for icpc2
    And a reconvened conference on 2027-01-13 with outcome plan and id icpc2
    When the case is evaluated on 2027-01-20
    Then the duty social_care_report_to_family is graded 1 time
    And the duty social_care_report_to_family is due on 2027-01-11
    And the duty social_care_report_to_family for the reconvened conference on 2027-01-13 is met
    And the duty social_care_report for the reconvened conference on 2027-01-13 is met

  @rule:sw-guide.report.shared_before_rcpc
  Scenario: Good Friday and Easter Monday move the two working days before an RCPC
    Given an initial conference on 2027-01-04 with outcome plan
    And a conference report to family on 2027-03-24 with conference review_conference and author children_social_care
    And a review conference on 2027-03-30 with outcome continue_plan
    When the case is evaluated on 2027-04-05
    Then the duty social_care_report_to_family is due on 2027-03-24
    And the duty social_care_report_to_family is met

  @rule:sw-guide.report.shared_before_rcpc
  Scenario: The family's copy on the next working day is late for the RCPC
    Given an initial conference on 2027-01-04 with outcome plan
    And a conference report to family on 2027-03-25 with conference review_conference and author children_social_care
    And a review conference on 2027-03-30 with outcome continue_plan
    When the case is evaluated on 2027-04-05
    Then the duty social_care_report_to_family is due on 2027-03-24
    And the duty social_care_report_to_family is late

  @rule:sw-guide.report.shared_before_rcpc
  Scenario: The ICPC report shared with the family does not stand for the RCPC
    Given a conference report to family on 2026-12-30 with conference initial_conference and author children_social_care
    And an initial conference on 2027-01-04 with outcome plan
    And a review conference on 2027-03-30 with outcome continue_plan
    When the case is evaluated on 2027-04-05
    Then the duty social_care_report_to_family is overdue on 2027-03-24

  # ---- the report's content (sw-guide/what-is/4) ----

  @rule:sw-guide.report.recommends_on_plan @rule:sw-guide.report.details_proposed_plan
  Scenario: The Social Worker's report recommends on a plan and details the proposed plan
    The police report beside it is not asked for either.
    Given a conference report on 2027-01-08 with conference initial_conference and author police
    And a conference report on 2027-01-08 with:
      | conference | initial_conference                                       |
      | author     | children_social_care                                     |
      | done       | recommends_whether_plan_required, details_proposed_plan |
    When the case is evaluated on 2027-01-08
    Then the requirement recommends_whether_plan_required is met
    And the requirement details_proposed_plan is met

  @rule:sw-guide.report.recommends_on_plan @rule:sw-guide.report.details_proposed_plan
  Scenario: A Social Worker's review report with nothing recorded about its content
    Given a conference report on 2027-03-24 with conference review_conference and author children_social_care
    When the case is evaluated on 2027-03-24
    Then the requirement recommends_whether_plan_required is not_recorded
    And the requirement details_proposed_plan is not_recorded

  @rule:sw-guide.report.recommends_on_plan @rule:sw-guide.report.details_proposed_plan
  Scenario: Another agency's report is not asked to recommend on a plan
    Given a conference report on 2027-01-08 with conference initial_conference and author police
    When the case is evaluated on 2027-01-08
    Then there is no requirement recommends_whether_plan_required
    And there is no requirement details_proposed_plan

  # ---- exclusions, split conferences and interpreters (sw-guide/what-is/5) ----

  @rule:sw-guide.participation.exclusion_liaison
  Scenario: The Social Worker liaised with the chair about a possible exclusion
    "The Social Worker should liaise with the CPC to manage any circumstances where
    consideration may need to be given to excluding an individual from the conference process
    and/or receiving the conference minutes." (sw-guide/what-is/5)
    Given an exclusion considered on 2027-01-06 with done social_worker_liaised_with_cpc
    When the case is evaluated on 2027-01-06
    Then the requirement social_worker_liaised_with_cpc is met

  @rule:sw-guide.participation.exclusion_liaison
  Scenario: A possible exclusion with no liaison recorded
    Given an exclusion considered on 2027-01-06
    When the case is evaluated on 2027-01-06
    Then the requirement social_worker_liaised_with_cpc is not_recorded

  @rule:sw-guide.participation.split_conference_request
  Scenario: The chair considered a split conference request
    Given a split conference request on 2027-01-06 with done considered_by_cpc
    When the case is evaluated on 2027-01-06
    Then the requirement considered_by_cpc is met

  @rule:sw-guide.participation.split_conference_request
  Scenario: A split conference request with nothing recorded about it
    Given a split conference request on 2027-01-06
    When the case is evaluated on 2027-01-06
    Then the requirement considered_by_cpc is not_recorded

  @rule:sw-guide.participation.interpreters
  Scenario: The chair considered interpreters for a family whose first language is not English
    An earlier conference that records nothing about language asks nothing.
    Given an initial conference on 2027-01-06 with outcome stood_down
    And an initial conference on 2027-01-13 with:
      | outcome                    | no_plan                           |
      | english_not_first_language | true                              |
      | done                       | interpreter_requirement_considered |
    When the case is evaluated on 2027-01-13
    Then the requirement interpreter_requirement_considered is met

  @rule:sw-guide.participation.interpreters
  Scenario: A review for such a family with nothing recorded about interpreters
    Given a review conference on 2027-04-13 with:
      | outcome                    | continue_plan |
      | english_not_first_language | true          |
    When the case is evaluated on 2027-04-13
    Then the requirement interpreter_requirement_considered is not_recorded

  @rule:sw-guide.participation.interpreters
  Scenario: A conference whose record does not say English is not the family's first language
    Given an initial conference on 2027-01-13 with outcome no_plan and english_not_first_language false
    When the case is evaluated on 2027-01-13
    Then there is no requirement interpreter_requirement_considered

  # ---- advocacy (sw-guide/what-is/6) ----

  @rule:sw-guide.advocacy.offered
  Scenario: A child of 8 years and 11 months is over the age of 8 and was offered an advocate
    "Any children over the age of 8 should be offered the opportunity for their views to be
    represented via an independent advocate within the Banardo’s Advocacy service."
    (sw-guide/what-is/6) Born 1 February 2018, the child is 8 years and 11 months old at the
    ICPC of 13 January 2027: over the age of 8 in ordinary usage.
    Given the child was born on 2018-02-01
    And an initial conference on 2027-01-13 with outcome plan and done advocacy_offered
    When the case is evaluated on 2027-01-13
    Then the requirement advocacy_offered is met

  @rule:sw-guide.advocacy.offered
  Scenario: A child of 9 was offered an independent advocate for the RCPC
    Given the child was born on 2018-02-01
    And a review conference on 2027-04-13 with outcome continue_plan and done advocacy_offered
    When the case is evaluated on 2027-04-13
    Then the requirement advocacy_offered is met

  @rule:sw-guide.advocacy.offered
  Scenario: An ICPC for a child of 9 with no offer of advocacy recorded
    Given the child was born on 2017-06-01
    And an initial conference on 2027-01-13 with outcome plan
    When the case is evaluated on 2027-01-13
    Then the requirement advocacy_offered is not_recorded

  @rule:sw-guide.advocacy.offered
  Scenario: A review for a child of 9 with no offer of advocacy recorded
    Given the child was born on 2017-06-01
    And a review conference on 2027-04-13 with outcome continue_plan
    When the case is evaluated on 2027-04-13
    Then the requirement advocacy_offered is not_recorded

  @rule:sw-guide.advocacy.offered
  Scenario: A child of 8 years and 7 months at the ICPC with no offer recorded
    Given the child was born on 2018-06-01
    And an initial conference on 2027-01-13 with outcome plan
    When the case is evaluated on 2027-01-13
    Then the requirement advocacy_offered is not_recorded

  @rule:sw-guide.advocacy.offered
  Scenario: A child of 7 at the ICPC is not offered an advocate under this rule
    Given the child was born on 2019-06-01
    And an initial conference on 2027-01-13 with outcome plan
    When the case is evaluated on 2027-01-13
    Then there is no requirement advocacy_offered

  @rule:sw-guide.advocacy.consent_for_icpc
  Scenario: Once the decision to proceed is made, the Social Worker seeks the parents' consent for a child of 9
    "Once a decision has been made to proceed to ICPC, the Social Worker will speak to the
    parents to obtain consent for a referral to Banardo’s Advocacy." (sw-guide/what-is/6)
    Given the child was born on 2017-06-01
    And an icpc decision on 2027-01-04 with proceed true
    When the case is evaluated on 2027-01-20
    Then the duty advocacy_consent_sought has no due date
    And the duty advocacy_consent_sought is open

  @rule:sw-guide.advocacy.consent_for_icpc
  Scenario: The Social Worker spoke to the parents about advocacy
    Given the child was born on 2017-06-01
    And an icpc decision on 2027-01-04 with proceed true
    And an advocacy consent sought on 2027-01-06 with conference initial_conference and obtained true
    When the case is evaluated on 2027-01-20
    Then the duty advocacy_consent_sought is met

  @rule:sw-guide.advocacy.consent_for_icpc
  Scenario: A child of 8 years and 7 months is over the age of 8, so consent is sought
    Given the child was born on 2018-06-01
    And an icpc decision on 2027-01-04 with proceed true
    When the case is evaluated on 2027-01-20
    Then the duty advocacy_consent_sought has no due date
    And the duty advocacy_consent_sought is open

  @rule:sw-guide.advocacy.consent_for_icpc
  Scenario: A child of 7 is not over the age of 8
    Given the child was born on 2019-06-01
    And an icpc decision on 2027-01-04 with proceed true
    When the case is evaluated on 2027-01-20
    Then there is no duty advocacy_consent_sought

  @rule:sw-guide.advocacy.consent_for_icpc
  Scenario: No decision to proceed, no consent to seek
    Given the child was born on 2017-06-01
    And an icpc decision on 2027-01-04 with proceed false
    When the case is evaluated on 2027-01-20
    Then there is no duty advocacy_consent_sought

  @rule:sw-guide.advocacy.referral
  Scenario: With consent, the referral to advocacy follows
    "A referral will then take place (via the booking form submitted to the Safeguarding Unit)
    and arrangements will be made." (sw-guide/what-is/6)
    Given an advocacy consent sought on 2027-01-06 with obtained true
    When the case is evaluated on 2027-01-20
    Then the duty advocacy_referral has no due date
    And the duty advocacy_referral is open

  @rule:sw-guide.advocacy.referral
  Scenario: The referral made after consent meets the duty
    Given an advocacy consent sought on 2027-01-06 with obtained true
    And an advocacy referral on 2027-01-07
    When the case is evaluated on 2027-01-20
    Then the duty advocacy_referral is met

  @rule:sw-guide.advocacy.referral
  Scenario: Without consent there is no referral to make
    Given an advocacy consent sought on 2027-01-06 with obtained false
    When the case is evaluated on 2027-01-20
    Then there is no duty advocacy_referral

  @rule:sw-guide.advocacy.consent_before_rcpc
  Scenario: Consent obtained for the ICPC is not needed again for the RCPC
    "Consent does not need to be obtained for RCPC’s if obtained for an ICPC, however if
    consent of not obtained for an ICPC, attempts should be made to obtain this in advance of
    the RCPC." (sw-guide/what-is/6)
    Given the child was born on 2017-06-01
    And an advocacy consent sought on 2027-01-06 with conference initial_conference and obtained true
    And an initial conference on 2027-01-13 with outcome plan
    And a review conference on 2027-04-13 with outcome continue_plan
    When the case is evaluated on 2027-04-20
    Then there is no duty advocacy_consent_sought

  @rule:sw-guide.advocacy.consent_before_rcpc
  Scenario: A review stood down asks for no attempt; the review held does
    Given the child was born on 2017-06-01
    And an advocacy consent sought on 2027-01-06 with conference initial_conference and obtained false
    And an initial conference on 2027-01-13 with outcome plan
    And a review conference on 2027-04-06 with outcome stood_down
    And an advocacy consent sought on 2027-04-08 with conference review_conference and obtained false
    And a review conference on 2027-04-13 with outcome continue_plan
    When the case is evaluated on 2027-04-20
    Then the duty advocacy_consent_sought is graded 1 time
    And the duty advocacy_consent_sought for the review conference on 2027-04-13 is met

  @rule:sw-guide.advocacy.consent_before_rcpc
  Scenario: Consent refused for the ICPC, a new attempt before the RCPC
    Given the child was born on 2017-06-01
    And an advocacy consent sought on 2027-01-06 with conference initial_conference and obtained false
    And an initial conference on 2027-01-13 with outcome plan
    And an advocacy consent sought on 2027-04-06 with conference review_conference and obtained false
    And a review conference on 2027-04-13 with outcome continue_plan
    When the case is evaluated on 2027-04-20
    Then the duty advocacy_consent_sought is due on 2027-04-13
    And the duty advocacy_consent_sought is met

  @rule:sw-guide.advocacy.consent_before_rcpc
  Scenario: Consent refused for the ICPC and no attempt before the RCPC
    The attempt before the ICPC does not count for the RCPC, and consent obtained only after
    the RCPC does not excuse it.
    Given the child was born on 2017-06-01
    And an advocacy consent sought on 2027-01-06 with conference initial_conference and obtained false
    And an initial conference on 2027-01-13 with outcome plan
    And a review conference on 2027-04-13 with outcome continue_plan
    And an advocacy consent sought on 2027-04-20 with conference review_conference and obtained true
    When the case is evaluated on 2027-04-21
    Then the duty advocacy_consent_sought is overdue

  @rule:sw-guide.advocacy.consent_before_rcpc
  Scenario: A child of 8 years and 10 months at the RCPC is over the age of 8
    Consent was refused for the ICPC and no attempt was made before the review of 13 April.
    Given the child was born on 2018-06-01
    And an advocacy consent sought on 2027-01-06 with conference initial_conference and obtained false
    And an initial conference on 2027-01-13 with outcome plan
    And a review conference on 2027-04-13 with outcome continue_plan
    When the case is evaluated on 2027-04-21
    Then the duty advocacy_consent_sought is due on 2027-04-13
    And the duty advocacy_consent_sought is overdue

  @rule:sw-guide.advocacy.consent_before_rcpc
  Scenario: A child of 7 at the RCPC is not over the age of 8
    Given the child was born on 2019-06-01
    And an advocacy consent sought on 2027-01-06 with conference initial_conference and obtained false
    And an initial conference on 2027-01-13 with outcome plan
    And a review conference on 2027-04-13 with outcome continue_plan
    When the case is evaluated on 2027-04-21
    Then there is no duty advocacy_consent_sought
