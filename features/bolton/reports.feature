Feature: Bolton information for the initial conference
  "Children’s Social Care should provide the conference with a written report."
  (bolton/initial/information/1) "All reports should distinguish between fact, observation,
  allegation and professional opinion." (bolton/initial/information/5)

  Background:
    Given a bolton case

  @rule:bolton.reports.social_care_report
  Scenario: The Children's Social Care report has no time of its own
    "Children's Social Care should provide the conference with a written report" gives no
    time: the duty is done by a report of Children's Social Care for the conference.
    Given a conference report on 2026-12-18 with conference initial_conference and author children_social_care
    And an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-01-15
    Then the duty social_care_report has no due date
    And the duty social_care_report is met

  @rule:bolton.reports.social_care_report
  Scenario: A Children's Social Care report sent after the conference was not provided to it
    Given an initial conference on 2026-12-18 with outcome no_plan
    And a conference report on 2026-12-21 with conference initial_conference and author children_social_care
    When the case is evaluated on 2027-01-15
    Then the duty social_care_report is open

  @rule:bolton.reports.social_care_report
  Scenario: Reports from other agencies do not stand in for the Children's Social Care report
    Given a conference report on 2026-12-16 with conference initial_conference and author health
    And an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-01-15
    Then the duty social_care_report is open

  @rule:bolton.reports.lead_time @rule:bolton.reports.social_care_report
  Scenario: Every report is graded against the 24 hours, the Children's Social Care report too
    # Case C17 of the review: 24 hours before the conference of Friday 15 January 2027 is
    # Thursday 14 January. The police report of 14 January is in time; the Children's
    # Social Care and health reports of 15 January are late.
    Given a strategy discussion on 2027-01-04
    And a conference report on 2027-01-14 with conference initial_conference and author police
    And a conference report on 2027-01-15 with conference initial_conference and author children_social_care
    And a conference report on 2027-01-15 with conference initial_conference and author health
    And an initial conference on 2027-01-15 with outcome no_plan
    When the case is evaluated on 2027-12-31
    Then the duty conference_report is graded 3 times
    And the duty conference_report is due on 2027-01-14
    And the duty conference_report for the conference report on 2027-01-14 is met
    And the duty conference_report for the conference report on 2027-01-15 is late
    And the duty social_care_report is met

  @rule:bolton.reports.social_care_report_content
  Scenario: The Children's Social Care report summarises and analyses the section 47 information
    "This should summarise and analyse the information obtained during the Section 47
    investigation and any subsequent assessment to date as well as information in existing
    records." (bolton/initial/information/1)
    Given a conference report on 2026-12-16 with:
      | conference | initial_conference                             |
      | author     | children_social_care                           |
      | done       | summarises_and_analyses_section_47_information |
    And a conference report on 2026-12-16 with conference initial_conference and author police
    When the case is evaluated on 2027-01-15
    Then the requirement summarises_and_analyses_section_47_information is met

  @rule:bolton.reports.social_care_report_content
  Scenario: A Children's Social Care report with nothing recorded about its content
    Given a conference report on 2026-12-16 with conference initial_conference and author children_social_care
    When the case is evaluated on 2027-01-15
    Then the requirement summarises_and_analyses_section_47_information is not_recorded

  @rule:bolton.reports.inter_agency_proforma
  Scenario: Another agency's report on the inter agency proforma; the Children's Social Care report is not asked
    "All other workers who are involved with the child, parents or carers should prepare a
    written report using the inter agency proforma." (bolton/initial/information/2)
    Given a conference report on 2026-12-15 with conference initial_conference and author children_social_care
    And a conference report on 2026-12-16 with:
      | conference | initial_conference        |
      | author     | health                    |
      | done       | inter_agency_proforma_used |
    When the case is evaluated on 2027-01-15
    Then the requirement inter_agency_proforma_used is met

  @rule:bolton.reports.inter_agency_proforma
  Scenario: A report whose author and form are not recorded
    Given a conference report on 2026-12-16 with conference initial_conference
    When the case is evaluated on 2027-01-15
    Then the requirement inter_agency_proforma_used is not_recorded

  @rule:bolton.reports.shared_with_family @rule:bolton.reports.fact_and_opinion
  @rule:bolton.reports.shared_with_attendees @rule:bolton.reports.criminal_convictions
  Scenario: A report shared beforehand, distinguishing fact from opinion, shared with attendees and without convictions
    "All reports must be forwarded to the chair and the Child Protection Unit 24 hours before
    the conference and must have been shared by the authors with the parents or carers and,
    where appropriate, the child prior to the Conference." (bolton/initial/information/3)
    "Information relating to criminal convictions should not be placed within a report
    without gaining the consent of the individual concerned." (bolton/initial/information/7)
    Given a conference report on 2026-12-16 with:
      | conference | initial_conference |
      | author     | education          |
      | done       | shared_with_parents_before_conference, distinguish_fact_and_opinion, shared_with_parents_and_attendees, no_criminal_convictions_without_consent |
    When the case is evaluated on 2027-01-15
    Then the requirement shared_with_parents_before_conference is met
    And the requirement distinguish_fact_and_opinion is met
    And the requirement shared_with_parents_and_attendees is met
    And the requirement no_criminal_convictions_without_consent is met

  @rule:bolton.reports.shared_with_family @rule:bolton.reports.fact_and_opinion
  @rule:bolton.reports.shared_with_attendees @rule:bolton.reports.criminal_convictions
  Scenario: A report with none of these recorded
    Given a conference report on 2026-12-16 with conference initial_conference and author children_social_care
    When the case is evaluated on 2027-01-15
    Then the requirement shared_with_parents_before_conference is not_recorded
    And the requirement distinguish_fact_and_opinion is not_recorded
    And the requirement shared_with_parents_and_attendees is not_recorded
    And the requirement no_criminal_convictions_without_consent is not_recorded

  @rule:bolton.reports.absent_worker_report @rule:bolton.reports.absent_worker_discusses_with_chair
  @rule:bolton.reports.absent_worker_deputy
  Scenario: A worker who cannot attend sends a report, discusses it with the chair, and may send a deputy
    "If a worker who has important information is unable to attend the conference, they must
    submit a written report and discuss the contents with the chair. If they wish, they can
    arrange for a deputy to attend on their behalf who has been briefed on the
    circumstances." (bolton/initial/information/4)
    Given a worker unable to attend on 2026-12-14 with done written_report_submitted, report_discussed_with_chair
    When the case is evaluated on 2027-01-15
    Then the requirement written_report_submitted is met
    And the requirement report_discussed_with_chair is met
    And the decision may_send_deputy is true on 2026-12-14

  @rule:bolton.reports.absent_worker_report @rule:bolton.reports.absent_worker_discusses_with_chair
  Scenario: A worker who cannot attend, with nothing recorded
    Given a worker unable to attend on 2026-12-14
    When the case is evaluated on 2027-01-15
    Then the requirement written_report_submitted is not_recorded
    And the requirement report_discussed_with_chair is not_recorded

  @rule:bolton.reports.absent_worker_deputy
  Scenario: Workers who attend have no deputy to send
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-01-15
    Then there is no decision may_send_deputy

  @rule:bolton.reports.withholding @rule:bolton.reports.withholding_discussed_with_chair
  @rule:bolton.reports.confidential_sharing_agreed
  Scenario: Information withheld in exceptional circumstances, with the reasons discussed and sharing agreed
    "In exceptional circumstances information can be withheld from parents or carers. The
    reasons for this should be discussed with the Conference chair and agreement reached
    about how to share the confidential information." (bolton/initial/information/6)
    Given an information withheld on 2026-12-16 with:
      | exceptional_circumstances | true                                                                       |
      | done                      | withholding_reasons_discussed_with_chair, confidential_information_sharing_agreed |
    When the case is evaluated on 2027-01-15
    Then the decision may_withhold_information is true on 2026-12-16
    And the requirement withholding_reasons_discussed_with_chair is met
    And the requirement confidential_information_sharing_agreed is met

  @rule:bolton.reports.withholding @rule:bolton.reports.withholding_discussed_with_chair
  @rule:bolton.reports.confidential_sharing_agreed
  Scenario: Information withheld without exceptional circumstances, and nothing recorded
    Given an information withheld on 2026-12-16 with exceptional_circumstances false
    When the case is evaluated on 2027-01-15
    Then the decision may_withhold_information is false on 2026-12-16
    And the requirement withholding_reasons_discussed_with_chair is not_recorded
    And the requirement confidential_information_sharing_agreed is not_recorded

  @rule:bolton.reports.withholding
  Scenario: A withholding that does not say whether circumstances were exceptional
    Given an information withheld on 2026-12-16
    When the case is evaluated on 2027-01-15
    Then there is no decision may_withhold_information

  @rule:bolton.reports.police_information
  Scenario: The police officer attending shares relevant information; a conference without police is not asked
    "The police officer attending the Conference will share relevant information during the
    case conference." (bolton/initial/information/7)
    Given an initial conference on 2026-12-11 with:
      | outcome  | stood_down                   |
      | agencies | children_social_care, health |
    And an initial conference on 2026-12-18 with:
      | outcome  | no_plan                               |
      | agencies | children_social_care, police, health  |
      | done     | police_shared_relevant_information    |
    When the case is evaluated on 2027-01-15
    Then the requirement police_shared_relevant_information is met

  @rule:bolton.reports.police_information
  Scenario: Police attending with nothing recorded
    Given an initial conference on 2026-12-18 with:
      | outcome  | no_plan                              |
      | agencies | children_social_care, police, health |
    When the case is evaluated on 2027-01-15
    Then the requirement police_shared_relevant_information is not_recorded
