Feature: Bolton record keeping
  "The decision of the conference, an outline of the Child Protection Plan (where
  appropriate), category of the abuse or neglect, the name of the Lead Professional and the
  core group membership, should be circulated to all those invited to the conference within
  on working day." (bolton/initial/record-keeping/1)
  "Minutes of the Child Protection Conference, including decisions and recommendations,
  should be completed within fifteen working days and forwarded to those present at the
  Conference ..." (bolton/initial/record-keeping/2)

  Background:
    Given a bolton case

  @rule:bolton.records.decision_circulated
  Scenario: A decision circulated on the next working day after a Friday conference is on time
    Given an initial conference on 2026-12-18 with outcome plan
    And a decision circulated on 2026-12-21
    When the case is evaluated on 2027-01-15
    Then the duty decision_circulated is due on 2026-12-21
    And the duty decision_circulated is met

  @rule:bolton.records.decision_circulated
  Scenario: Christmas Day and the Boxing Day substitute move the one working day
    Given an initial conference on 2026-12-24 with outcome no_plan
    And a decision circulated on 2026-12-30
    When the case is evaluated on 2027-01-15
    Then the duty decision_circulated is due on 2026-12-29
    And the duty decision_circulated is late

  @rule:bolton.records.decision_circulated
  Scenario: A stood-down conference made no decision to circulate
    Given an initial conference on 2026-12-18 with outcome stood_down
    When the case is evaluated on 2027-01-15
    Then there is no duty decision_circulated

  @rule:bolton.records.minutes_completed
  Scenario: Minutes completed on the fifteenth working day are on time, Easter moving the date
    Given an initial conference on 2027-03-19 with outcome plan
    And a minutes completed on 2027-04-13
    When the case is evaluated on 2027-05-01
    Then the duty minutes_completed is due on 2027-04-13
    And the duty minutes_completed is met

  @rule:bolton.records.minutes_completed
  Scenario: Minutes completed a working day later are late
    Given a review conference on 2027-03-19 with outcome continue_plan
    And a minutes completed on 2027-04-14
    When the case is evaluated on 2027-05-01
    Then the duty minutes_completed is late

  @rule:bolton.records.minutes_completed
  Scenario: Minutes not completed in time are overdue
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-01-14
    Then the duty minutes_completed is overdue on 2027-01-13

  @rule:bolton.records.minutes_forwarded
  Scenario: The source gives no time for forwarding the minutes
    Given an initial conference on 2026-12-18 with outcome no_plan
    And a minutes completed on 2027-01-08
    When the case is evaluated on 2027-03-01
    Then the duty minutes_shared has no due date
    And the duty minutes_shared is open

  @rule:bolton.records.minutes_forwarded
  Scenario: Minutes forwarded after completion meet the duty
    Given a minutes completed on 2027-01-08
    And a minutes shared on 2027-01-11
    When the case is evaluated on 2027-03-01
    Then the duty minutes_shared is met

  @rule:bolton.records.minutes_amendments
  Scenario: Amendments sent on the 21st day are in time
    Given a minutes shared on 2027-01-11
    And a minutes amendments on 2027-02-01
    When the case is evaluated on 2027-03-01
    Then the duty minutes_amendments is due on 2027-02-01
    And the duty minutes_amendments is met

  @rule:bolton.records.minutes_amendments
  Scenario: Amendments sent on the 22nd day are late
    Given a minutes shared on 2027-01-11
    And a minutes amendments on 2027-02-02
    When the case is evaluated on 2027-03-01
    Then the duty minutes_amendments is late

  @rule:bolton.records.minutes_amendments
  Scenario: Without amendments there is nothing to send
    Given a minutes shared on 2027-01-11
    When the case is evaluated on 2027-03-01
    Then there is no duty minutes_amendments
