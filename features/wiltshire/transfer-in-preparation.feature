Feature: Wiltshire preparing for a transfer-in conference, and statutory responsibility
  "Once a permanent move is established, the MASH will accept the referral and send a request
  to convene a child protection conference to the Conferencing and Reviewing Service."
  (wiltshire/preparation/1)
  "MASH will add Wiltshire agencies to the invitation form and send this to the allocated
  Social Worker from the other Local Authority to add other relevant agencies and they will
  be required to forward this directly to the conference and reviewing service (CRS) to
  organise the conference." (wiltshire/preparation/2)
  "The referring Local Authority shall be requested to submit a child protection conference
  report to the CP Chair 5 working days before the transfer-in conference which should
  include a chronology, most recent Single Assessment and CP Plan." (wiltshire/preparation/3)
  "The MASH will message the relevant Safeguarding & Assessment Team desktop to ensure a
  social worker and where relevant, a manager, attends the transfer-in conference and the CRS
  will confirm the date/time/venue of the conference." (wiltshire/preparation/4)
  "Until there is confirmation that the move is considered permanent, the child/family
  remains the statutory responsibility of the referring Local Authority until the date of the
  transfer-in conference when Wiltshire Council will take responsibility. However Wiltshire
  Council may agree to undertake visits to the child on behalf of the referring LA by
  agreement ... This decision will be made on a case by case basis." (wiltshire/preparation/5)
  The duty the report sentence puts on Wiltshire is to request the report; the date it gives
  (5 working days before the conference) is the date the report is requested for.

  Background:
    Given a wiltshire case

  # -- MASH accepts the referral and requests the conference --------------------------------

  @rule:wiltshire.preparation.accept_referral @rule:wiltshire.preparation.request_conference
  Scenario: Once the move is established MASH accepts the referral and requests the conference
    Given a moved into area on 2026-11-02
    And a permanent move established on 2026-11-20
    And a referral accepted on 2026-11-20
    And a conference request on 2026-11-23
    When the case is evaluated on 2026-12-15
    Then the duty referral_accepted has no due date
    And the duty referral_accepted is met
    And the duty conference_request has no due date
    And the duty conference_request is met

  @rule:wiltshire.preparation.accept_referral @rule:wiltshire.preparation.request_conference
  Scenario: The referral not yet accepted nor the conference requested - open, never overdue
    Given a moved into area on 2026-11-02
    And a permanent move established on 2026-11-20
    When the case is evaluated on 2027-06-01
    Then the duty referral_accepted is open
    And the duty conference_request is open

  @rule:wiltshire.preparation.accept_referral @rule:wiltshire.preparation.request_conference
  Scenario: Before a permanent move is established MASH has no referral to accept
    Given a moved into area on 2026-11-02
    When the case is evaluated on 2026-12-15
    Then there is no duty referral_accepted
    And there is no duty conference_request

  # -- The invitation form ---------------------------------------------------------------

  @rule:wiltshire.preparation.invitation_form_sent @rule:wiltshire.preparation.invitation_form_forwarded
  Scenario: MASH sends the invitation form and the referring social worker forwards it to the CRS
    Given a permanent move established on 2026-11-20
    And an invitation form sent on 2026-11-24
    And an invitation form forwarded on 2026-11-27
    When the case is evaluated on 2026-12-15
    Then the duty invitation_form_sent is met
    And the duty invitation_form_forwarded has no due date
    And the duty invitation_form_forwarded is met

  @rule:wiltshire.preparation.invitation_form_sent
  Scenario: The invitation form not yet sent is open, never overdue
    Given a permanent move established on 2026-11-20
    When the case is evaluated on 2027-06-01
    Then the duty invitation_form_sent has no due date
    And the duty invitation_form_sent is open

  @rule:wiltshire.preparation.invitation_form_forwarded
  Scenario: The form sent but not forwarded to the CRS
    Given a permanent move established on 2026-11-20
    And an invitation form sent on 2026-11-24
    When the case is evaluated on 2027-06-01
    Then the duty invitation_form_forwarded is open

  @rule:wiltshire.preparation.invitation_form_forwarded
  Scenario: No form sent, nothing to forward
    Given a permanent move established on 2026-11-20
    When the case is evaluated on 2026-12-15
    Then there is no duty invitation_form_forwarded

  @rule:wiltshire.preparation.invitation_form_agencies @rule:wiltshire.preparation.other_agencies_added
  Scenario: Wiltshire agencies added by MASH, other relevant agencies by the referring social worker
    Given an invitation form sent on 2026-11-24 with done wiltshire_agencies_added
    And an invitation form forwarded on 2026-11-27 with done other_relevant_agencies_added
    When the case is evaluated on 2026-12-15
    Then the requirement wiltshire_agencies_added is met
    And the requirement other_relevant_agencies_added is met

  @rule:wiltshire.preparation.invitation_form_agencies @rule:wiltshire.preparation.other_agencies_added
  Scenario: No record of agencies added to the invitation form
    Given an invitation form sent on 2026-11-24
    And an invitation form forwarded on 2026-11-27
    When the case is evaluated on 2026-12-15
    Then the requirement wiltshire_agencies_added is not_recorded
    And the requirement other_relevant_agencies_added is not_recorded

  # -- The referring authority's report: 5 working days before -----------------------------

  @rule:wiltshire.preparation.transfer_in_report
  Scenario: The report reaches the CP Chair on the 5th working day before the conference
    Given a transfer in report received on 2027-02-08
    And a transfer in conference on 2027-02-15
    When the case is evaluated on 2027-02-20
    Then the duty transfer_in_report is due on 2027-02-08
    And the duty transfer_in_report is met

  @rule:wiltshire.preparation.transfer_in_report
  Scenario: A report a working day later is late
    Given a transfer in report received on 2027-02-09
    And a transfer in conference on 2027-02-15
    When the case is evaluated on 2027-02-20
    Then the duty transfer_in_report is late

  @rule:wiltshire.preparation.transfer_in_report
  Scenario: Christmas, Boxing Day (substitute) and New Year bank holidays move the date back to 24 December
    Given a transfer in report received on 2026-12-24
    And a transfer in conference on 2027-01-05
    When the case is evaluated on 2027-01-10
    Then the duty transfer_in_report is due on 2026-12-24
    And the duty transfer_in_report is met

  @rule:wiltshire.preparation.transfer_in_report
  Scenario: Over Christmas the next working day after 24 December is 29 December - late
    Given a transfer in report received on 2026-12-29
    And a transfer in conference on 2027-01-05
    When the case is evaluated on 2027-01-10
    Then the duty transfer_in_report is due on 2026-12-24
    And the duty transfer_in_report is late

  @rule:wiltshire.preparation.transfer_in_report
  Scenario: Good Friday and Easter Monday inside the window
    Given a transfer in report received on 2027-03-22
    And a transfer in conference on 2027-03-31
    When the case is evaluated on 2027-04-05
    Then the duty transfer_in_report is due on 2027-03-22
    And the duty transfer_in_report is met

  @rule:wiltshire.preparation.transfer_in_report
  Scenario: No report received by the due date - overdue once the conference is held
    5 working days before Monday 2027-02-15: Fri 12, Thu 11, Wed 10, Tue 9, Mon 8 February.
    Given a transfer in conference on 2027-02-15
    When the case is evaluated on 2027-02-20
    Then the duty transfer_in_report is due on 2027-02-08
    And the duty transfer_in_report is overdue

  @rule:wiltshire.preparation.transfer_in_report
  Scenario: A transfer-in conference after the evaluation date is not yet known, so no report is due yet
    On 2027-02-10 the conference of 2027-02-15 has not happened: the case file's record of
    it is not used, and nothing is due for it.
    Given a transfer in conference on 2027-02-15
    When the case is evaluated on 2027-02-10
    Then the transfer in conference on 2027-02-15 is not used
    And there is no duty transfer_in_report

  @rule:wiltshire.preparation.transfer_in_report
  Scenario: A report received after the conference is not the report for it
    Given a transfer in conference on 2027-02-15
    And a transfer in report received on 2027-02-16
    When the case is evaluated on 2027-02-20
    Then the duty transfer_in_report is overdue on 2027-02-08

  @rule:wiltshire.preparation.transfer_in_report_requested
  Scenario: Once the permanent move is established, the referring authority is requested to submit its report
    "The referring Local Authority shall be requested to submit a child protection
    conference report to the CP Chair 5 working days before the transfer-in conference"
    (wiltshire/preparation/3): the duty is the request; no date is given for it.
    Given a moved into area on 2026-11-02
    And a permanent move established on 2026-11-20
    And a transfer in report requested on 2026-11-24
    When the case is evaluated on 2026-12-15
    Then the duty transfer_in_report_requested has no due date
    And the duty transfer_in_report_requested is met

  @rule:wiltshire.preparation.transfer_in_report_requested @rule:wiltshire.preparation.transfer_in_report
  Scenario: A report that arrived without a recorded request - the request is still open
    Review case four-w2: the report reached the CP Chair on 2026-12-22, within the 5 working
    days before the conference of 2027-01-05 (due 2026-12-24: 25 and 28 December and
    1 January are bank holidays), but no request is recorded.
    Given a moved into area on 2026-11-02
    And a permanent move established on 2026-11-20
    And a transfer in report received on 2026-12-22
    And a transfer in conference on 2027-01-05
    When the case is evaluated on 2027-06-01
    Then the duty transfer_in_report_requested is open
    And the duty transfer_in_report is due on 2026-12-24
    And the duty transfer_in_report is met

  @rule:wiltshire.preparation.transfer_in_report_requested
  Scenario: Before a permanent move is established there is no report to request
    Given a moved into area on 2026-11-02
    When the case is evaluated on 2026-12-15
    Then there is no duty transfer_in_report_requested

  @rule:wiltshire.preparation.transfer_in_report
  Scenario: No transfer-in conference, no report due
    Given a permanent move established on 2026-11-20
    When the case is evaluated on 2026-12-15
    Then there is no duty transfer_in_report

  @rule:wiltshire.preparation.transfer_in_report_contents
  Scenario: The report includes a chronology, the most recent Single Assessment and the CP Plan
    Given a transfer in report received on 2027-02-08 with done includes_chronology_single_assessment_and_plan
    When the case is evaluated on 2027-02-20
    Then the requirement includes_chronology_single_assessment_and_plan is met

  @rule:wiltshire.preparation.transfer_in_report_contents
  Scenario: No record of what the report includes
    Given a transfer in report received on 2027-02-08
    When the case is evaluated on 2027-02-20
    Then the requirement includes_chronology_single_assessment_and_plan is not_recorded

  # -- Attendance and arrangements --------------------------------------------------------

  @rule:wiltshire.preparation.message_assessment_team @rule:wiltshire.preparation.social_worker_attends
  Scenario: MASH messages the Safeguarding & Assessment Team desktop and a social worker is secured to attend
    Given a permanent move established on 2026-11-20
    And an assessment team messaged on 2026-11-24 with done social_worker_attendance_ensured
    When the case is evaluated on 2026-12-15
    Then the duty assessment_team_messaged has no due date
    And the duty assessment_team_messaged is met
    And the requirement social_worker_attendance_ensured is met

  @rule:wiltshire.preparation.social_worker_attends
  Scenario: A message with no record that a social worker will attend
    Given an assessment team messaged on 2026-11-24
    When the case is evaluated on 2026-12-15
    Then the requirement social_worker_attendance_ensured is not_recorded

  @rule:wiltshire.preparation.message_assessment_team
  Scenario: The team not yet messaged is open, never overdue
    Given a permanent move established on 2026-11-20
    When the case is evaluated on 2027-06-01
    Then the duty assessment_team_messaged is open

  @rule:wiltshire.preparation.arrangements_confirmed
  Scenario: The CRS confirms the date, time and venue after MASH's request
    Given a permanent move established on 2026-11-20
    And a conference request on 2026-11-23
    And a conference arrangements confirmed on 2026-12-01
    When the case is evaluated on 2026-12-15
    Then the duty conference_arrangements_confirmed has no due date
    And the duty conference_arrangements_confirmed is met

  @rule:wiltshire.preparation.arrangements_confirmed
  Scenario: Arrangements not yet confirmed are open, never overdue
    Given a permanent move established on 2026-11-20
    And a conference request on 2026-11-23
    When the case is evaluated on 2027-06-01
    Then the duty conference_arrangements_confirmed is open

  @rule:wiltshire.preparation.arrangements_confirmed
  Scenario: A conference request with no permanent move established is not a transfer-in request
    Given a conference request on 2026-11-23
    When the case is evaluated on 2026-12-15
    Then there is no duty conference_arrangements_confirmed

  @rule:wiltshire.preparation.arrangements_confirmed
  Scenario: A conference request made before the permanent move was established is not the transfer-in request
    Given a conference request on 2026-11-16
    And a permanent move established on 2026-11-20
    When the case is evaluated on 2026-12-15
    Then there is no duty conference_arrangements_confirmed

  # -- Statutory responsibility and visits ------------------------------------------------

  @rule:wiltshire.responsibility.referring_authority @rule:wiltshire.responsibility.wiltshire
  Scenario: The referring authority is responsible from the move, Wiltshire from the date of the transfer-in conference
    Given a moved into area on 2026-11-02
    And a permanent move established on 2026-11-20
    And a transfer in conference on 2027-01-05
    When the case is evaluated on 2027-01-15
    Then the decision receiving_authority_responsible is false on 2026-11-02
    And the decision receiving_authority_responsible is true on 2027-01-05

  @rule:wiltshire.responsibility.referring_authority
  Scenario: After the move is confirmed as permanent, the referring authority is still responsible until the conference
    Given a moved into area on 2026-11-02
    And a permanent move established on 2026-11-20
    When the case is evaluated on 2026-12-15
    Then the decision receiving_authority_responsible is false on 2026-11-02

  @rule:wiltshire.responsibility.referring_authority @rule:wiltshire.responsibility.wiltshire
  Scenario: No move into the area, no question of responsibility
    Given a section 47 outcome on 2026-11-02 with outcome significant_harm
    When the case is evaluated on 2026-12-15
    Then there is no decision receiving_authority_responsible

  @rule:wiltshire.responsibility.wiltshire
  Scenario: A transfer-in conference stood down does not hand responsibility to Wiltshire
    Given a transfer in conference on 2027-01-05 with outcome stood_down
    When the case is evaluated on 2027-01-15
    Then there is no decision receiving_authority_responsible

  @rule:wiltshire.responsibility.wiltshire
  Scenario: Wiltshire takes responsibility at the transfer-in conference held after one stood down
    Given a transfer in conference on 2027-01-05 with outcome stood_down
    And a transfer in conference on 2027-01-19
    When the case is evaluated on 2027-01-25
    Then the decision receiving_authority_responsible is true on 2027-01-19

  @rule:wiltshire.responsibility.visits_on_behalf
  Scenario: A move into the area decides nothing about visits on the referring authority's behalf
    Review case four-w2: "may agree ... This decision will be made on a case by case basis"
    (wiltshire/preparation/5) - the move alone is no decision.
    Given a moved into area on 2026-11-02
    And a permanent move established on 2026-11-20
    When the case is evaluated on 2026-12-15
    Then there is no decision may_visit_on_behalf_of_referring_authority
    And there is no decision visits_on_behalf_of_referring_authority

  @rule:wiltshire.responsibility.visits_on_behalf
  Scenario: Wiltshire agrees, for this case, to visit the child on behalf of the referring authority
    Given a moved into area on 2026-11-02
    And a visits on behalf decided on 2026-11-09 with agreed true
    When the case is evaluated on 2026-12-15
    Then the decision visits_on_behalf_of_referring_authority is true on 2026-11-09

  @rule:wiltshire.responsibility.visits_on_behalf
  Scenario: Wiltshire decides, for this case, not to visit on the referring authority's behalf
    Given a moved into area on 2026-11-02
    And a visits on behalf decided on 2026-11-09 with agreed false
    When the case is evaluated on 2026-12-15
    Then the decision visits_on_behalf_of_referring_authority is false on 2026-11-09

  @rule:wiltshire.responsibility.visits_on_behalf
  Scenario: No child has moved in, no visits on the referring authority's behalf
    Given a visits on behalf decided on 2026-11-09 with agreed true
    When the case is evaluated on 2026-12-15
    Then there is no decision visits_on_behalf_of_referring_authority
