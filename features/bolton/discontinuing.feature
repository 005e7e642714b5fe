Feature: Bolton discontinuing the child protection plan
  "The child has reached 18 years of age, has died or has permanently left the UK."
  "The child gets married." "In these circumstances a Review Conference is not necessary to
  discontinue the Child Protection Plan ..." (bolton/discontinuing/8-10)

  Background:
    Given a bolton case

  @rule:bolton.discontinuing.age_18 @rule:bolton.discontinuing.no_review_needed
  Scenario: The plan ends on the 18th birthday without a review conference
    Given the child was born on 2009-03-02
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-04-01
    Then the decision plan_ends_without_review_conference is true on 2027-03-02
    And the decision child_protection_plan is false on 2027-03-02
    And the duty first_review_conference is ended

  @rule:bolton.discontinuing.age_18
  Scenario: No plan, nothing to end at 18
    Given the child was born on 2009-03-02
    And an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-04-01
    Then there is no decision plan_ends_without_review_conference

  @rule:bolton.discontinuing.died @rule:bolton.discontinuing.no_review_needed
  Scenario: The plan ends when the child dies
    Given an initial conference on 2026-12-18 with outcome plan
    And a died on 2027-01-20
    When the case is evaluated on 2027-04-01
    Then the decision plan_ends_without_review_conference is true on 2027-01-20
    And the decision child_protection_plan is false on 2027-01-20
    And the duty first_review_conference is ended

  @rule:bolton.discontinuing.left_uk
  Scenario: The plan ends when the child permanently leaves the UK
    Given an initial conference on 2026-12-18 with outcome plan
    And a left uk on 2027-02-01
    When the case is evaluated on 2027-04-01
    Then the decision plan_ends_without_review_conference is true on 2027-02-01

  @rule:bolton.discontinuing.married
  Scenario: The plan ends when the child marries
    Given the child was born on 2009-06-01
    And an initial conference on 2026-12-18 with outcome plan
    And a married on 2027-02-10
    When the case is evaluated on 2027-04-01
    Then the decision plan_ends_without_review_conference is true on 2027-02-10

  @rule:bolton.discontinuing.married
  Scenario: A marriage before any plan ends nothing
    Given a married on 2026-10-10
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-01
    Then there is no decision plan_ends_without_review_conference

  @rule:bolton.discontinuing.moved_permanently
  Scenario: After a permanent move the plan ends only after the receiving authority's conference
    Given an initial conference on 2026-09-01 with outcome plan
    And a moved permanently on 2026-11-02
    And a receiving authority conference on 2026-11-20
    When the case is evaluated on 2027-01-15
    Then the decision plan_ends_without_review_conference is true on 2026-11-20
    And the duty first_review_conference is ended

  @rule:bolton.discontinuing.moved_permanently
  Scenario: A permanent move alone does not end the plan
    Given an initial conference on 2026-09-01 with outcome plan
    And a moved permanently on 2026-11-02
    When the case is evaluated on 2026-11-10
    Then there is no decision plan_ends_without_review_conference
    And the duty first_review_conference is open

  @rule:bolton.discontinuing.receiving_authority_conference
  Scenario: As the receiving authority, Bolton holds its conference on the 15th working day
    Given a transfer in notified on 2026-12-01
    And a transfer in conference on 2026-12-22
    When the case is evaluated on 2027-01-15
    Then the duty transfer_in_conference is due on 2026-12-22
    And the duty transfer_in_conference is met

  @rule:bolton.discontinuing.receiving_authority_conference
  Scenario: Bank holidays move the receiving authority's due date; a day later is late
    Given a transfer in notified on 2026-12-15
    And a transfer in conference on 2027-01-11
    When the case is evaluated on 2027-01-15
    Then the duty transfer_in_conference is due on 2027-01-08
    And the duty transfer_in_conference is late
