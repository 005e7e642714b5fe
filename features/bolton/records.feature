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
    Given an initial conference on 2026-12-18 with outcome plan
    And a minutes shared on 2027-01-11
    And a minutes amendments on 2027-02-01
    When the case is evaluated on 2027-03-01
    Then the duty minutes_amendments is due on 2027-02-01
    And the duty minutes_amendments is met

  @rule:bolton.records.minutes_amendments
  Scenario: Amendments sent on the 22nd day are late
    Given an initial conference on 2026-12-18 with outcome plan
    And a minutes shared on 2027-01-11
    And a minutes amendments on 2027-02-02
    When the case is evaluated on 2027-03-01
    Then the duty minutes_amendments is late

  @rule:bolton.records.minutes_amendments
  Scenario: Without amendments there is nothing to send
    Given an initial conference on 2026-12-18 with outcome plan
    And a minutes shared on 2027-01-11
    When the case is evaluated on 2027-03-01
    Then there is no duty minutes_amendments

  @rule:bolton.records.minutes_completed @rule:bolton.records.minutes_amendments
  Scenario: Minutes and amendments belong to their own conference
    # Case C08 of the review. The initial conference's minutes (Thursday 24 December 2026)
    # are due on the 15th working day, 19 January 2027 (25 and 28 December and 1 January are
    # bank holidays); the review's (Monday 22 March 2027) on 14 April (Good Friday 26 March
    # and Easter Monday 29 March). The amendments of 20 April came after the review's
    # minutes were shared on 12 April: they are the review's, due 3 May, in time; the
    # initial conference's minutes had none.
    Given an initial conference on 2026-12-24 with outcome plan
    And a minutes completed on 2027-01-15
    And a minutes shared on 2027-01-18
    And a review conference on 2027-03-22 with outcome continue_plan
    And a minutes completed on 2027-04-09
    And a minutes shared on 2027-04-12
    And a minutes amendments on 2027-04-20
    When the case is evaluated on 2027-06-30
    Then the duty minutes_completed for the initial conference on 2026-12-24 is met
    And the duty minutes_completed is due on 2027-01-19
    And the duty minutes_completed for the review conference on 2027-03-22 is met
    And the duty minutes_completed is due on 2027-04-14
    And the minutes amendments on 2027-04-20 is taken to belong to the review conference on 2027-03-22
    And the duty minutes_amendments is graded 1 time
    And the duty minutes_amendments is due on 2027-05-03
    And the duty minutes_amendments is met

  @rule:bolton.records.minutes_amendments
  Scenario: Amendments named for the initial conference's minutes are graded against those
    Given an initial conference on 2026-12-24 with outcome plan and id icpc
    And a minutes shared on 2027-01-18
    And a review conference on 2027-03-22 with outcome continue_plan
    And a minutes amendments on 2027-04-20 with for icpc
    When the case is evaluated on 2027-06-30
    Then the duty minutes_amendments is due on 2027-02-08
    And the duty minutes_amendments is late

  @rule:bolton.records.minutes_completed
  Scenario: A conference stood down has no minutes to complete
    Given an initial conference on 2026-12-18 with outcome stood_down
    When the case is evaluated on 2027-01-15
    Then the duty minutes_completed is graded 0 times

  @rule:bolton.records.minutes_completed
  Scenario: The minutes of a missing-child conference are due too
    # "Minutes of the Child Protection Conference": every conference. Fifteen working days
    # from Monday 1 February 2027 is 22 February.
    Given a missing child conference on 2027-02-01
    When the case is evaluated on 2027-03-01
    Then the duty minutes_completed is due on 2027-02-22
    And the duty minutes_completed is overdue

  @rule:bolton.records.decision_circulated_content
  Scenario: The circulation gives the decision, the outline plan, the category, the lead professional and the core group
    Given an initial conference on 2026-12-18 with outcome plan
    And a decision circulated on 2026-12-21 with done decision_plan_category_lead_professional_and_core_group_circulated
    When the case is evaluated on 2027-01-15
    Then the requirement decision_plan_category_lead_professional_and_core_group_circulated is met

  @rule:bolton.records.minutes_read
  Scenario: Those attending read the minutes thoroughly
    Given an initial conference on 2026-12-18 with outcome plan
    And a minutes shared on 2027-01-11 with done minutes_read_thoroughly
    When the case is evaluated on 2027-03-01
    Then the requirement minutes_read_thoroughly is met

  @rule:bolton.records.copies_by_child_protection_unit @rule:bolton.records.copies_stamped
  Scenario: An additional copy of the minutes provided by the Child Protection Unit, stamped
    Given an initial conference on 2026-12-18 with outcome plan
    And a minutes copy provided on 2027-02-01 with done copy_provided_by_child_protection_unit, copy_stamped
    When the case is evaluated on 2027-03-01
    Then the requirement copy_provided_by_child_protection_unit is met
    And the requirement copy_stamped is met

  @rule:bolton.records.copies_by_child_protection_unit @rule:bolton.records.copies_stamped
  Scenario: A copy with nothing recorded about who provided it or the stamp
    Given a minutes copy provided on 2027-02-01
    When the case is evaluated on 2027-03-01
    Then the requirement copy_provided_by_child_protection_unit is not_recorded
    And the requirement copy_stamped is not_recorded
