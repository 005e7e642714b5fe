Feature: Bolton pre-birth conferences
  "Where a Core Assessment gives rise to sufficient concerns about the future risk to an
  unborn child, a Child Protection Conference should be convened." (bolton/pre-birth/1)
  "The timing of the conference should take into account the expected delivery date, and
  anticipated date of first review, to avoid the review taking place prior to the baby’s
  birth." (bolton/pre-birth/2)

  Background:
    Given a bolton case

  @rule:bolton.pre_birth.convene
  Scenario: A core assessment with sufficient concerns about an unborn child calls for a conference
    Given the child is expected to be born on 2027-04-10
    And a core assessment on 2026-12-01 with sufficient_concerns true
    When the case is evaluated on 2026-12-02
    Then the decision conference_required is true on 2026-12-01

  @rule:bolton.pre_birth.convene @rule:bolton.pre_birth.in_time
  Scenario: A core assessment without sufficient concerns calls for nothing
    Given the child is expected to be born on 2027-04-10
    And a core assessment on 2026-12-01 with sufficient_concerns false
    When the case is evaluated on 2026-12-02
    Then there is no decision conference_required
    And there is no duty pre_birth_conference

  @rule:bolton.pre_birth.convene @rule:bolton.pre_birth.in_time
  Scenario: A core assessment after the birth is not a pre-birth one
    Given the child was born on 2026-11-20
    And a core assessment on 2026-12-01 with sufficient_concerns true
    When the case is evaluated on 2026-12-02
    Then there is no decision conference_required
    And there is no duty pre_birth_conference

  @rule:bolton.pre_birth.in_time
  Scenario: The pre-birth conference follows the assessment; no number of days is given
    "The conference should be convened in time to pool and share information and identify a
    Child Protection Plan where necessary." (bolton/pre-birth/2)
    Given the child is expected to be born on 2027-06-10
    And a core assessment on 2026-12-01 with sufficient_concerns true
    And an initial conference on 2027-01-05 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the duty pre_birth_conference has no due date
    And the duty pre_birth_conference is met

  @rule:bolton.pre_birth.in_time
  Scenario: Without a conference the duty stays open
    Given the child is expected to be born on 2027-06-10
    And a core assessment on 2026-12-01 with sufficient_concerns true
    When the case is evaluated on 2027-03-01
    Then the duty pre_birth_conference is open

  @rule:bolton.pre_birth.anticipated_first_review @rule:bolton.pre_birth.expected_delivery_date
  @rule:bolton.pre_birth.review_before_birth
  Scenario: A conference whose first review would fall before the expected birth is timed too early
    Given the child is expected to be born on 2027-04-10
    And an initial conference on 2027-01-05 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the decision anticipated_first_review is true on 2027-04-05
    And the decision expected_delivery_date is true on 2027-04-10
    And the decision first_review_before_expected_birth is true on 2027-04-05

  @rule:bolton.pre_birth.review_before_birth
  Scenario: A first review anticipated on the expected delivery date is not before the birth
    At the boundary the rule for "before" gives nothing, and the false comes from
    bolton.pre_birth.review_not_before_birth; a true here would mean the boundary is wrong.
    Given the child is expected to be born on 2027-03-10
    And an initial conference on 2026-12-10 with outcome plan
    When the case is evaluated on 2026-12-15
    Then the decision first_review_before_expected_birth is false on 2027-03-10

  @rule:bolton.pre_birth.review_before_birth
  Scenario: A day later for the expected delivery date makes the same review one day before the birth
    Given the child is expected to be born on 2027-03-11
    And an initial conference on 2026-12-10 with outcome plan
    When the case is evaluated on 2026-12-15
    Then the decision first_review_before_expected_birth is true on 2027-03-10

  @rule:bolton.pre_birth.review_not_before_birth @rule:bolton.pre_birth.anticipated_first_review
  Scenario: A conference timed so that its first review falls after the expected birth
    Given the child is expected to be born on 2027-02-20
    And an initial conference on 2026-12-15 with outcome no_plan
    When the case is evaluated on 2026-12-16
    Then the decision anticipated_first_review is true on 2027-03-15
    And the decision first_review_before_expected_birth is false on 2027-03-15

  @rule:bolton.pre_birth.anticipated_first_review @rule:bolton.pre_birth.review_before_birth
  @rule:bolton.pre_birth.review_not_before_birth
  Scenario: A pre-birth conference stood down has no review to anticipate
    Given the child is expected to be born on 2027-04-10
    And an initial conference on 2027-01-05 with outcome stood_down
    When the case is evaluated on 2027-01-15
    Then there is no decision anticipated_first_review
    And there is no decision first_review_before_expected_birth

  @rule:bolton.pre_birth.anticipated_first_review @rule:bolton.pre_birth.expected_delivery_date
  @rule:bolton.pre_birth.review_before_birth @rule:bolton.pre_birth.review_not_before_birth
  Scenario: A conference after the birth is not a pre-birth conference
    Given the child was born on 2026-12-01
    And an initial conference on 2027-01-05 with outcome plan
    When the case is evaluated on 2027-01-15
    Then there is no decision anticipated_first_review
    And there is no decision expected_delivery_date
    And there is no decision first_review_before_expected_birth

  @rule:bolton.pre_birth.category
  Scenario: The primary cause for concern determines the category of an unborn child's plan
    "If a decision is made that the unborn child should be the subject of a Child Protection
    Plan, the primary cause for concern should determine the category." (bolton/pre-birth/3)
    Only the conference before the birth that made the plan is asked: not the deferral before
    it, nor a conference held after the birth.
    Given the child was born on 2027-02-01
    And an initial conference on 2026-12-18 with outcome deferred
    And a reconvened conference on 2027-01-05 with:
      | outcome  | plan                          |
      | category | neglect                       |
      | done     | category_from_primary_concern |
    And a reconvened conference on 2027-02-15 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the requirement category_from_primary_concern is met

  @rule:bolton.pre_birth.category
  Scenario: An unborn child's plan with nothing recorded about the category
    Given the child is expected to be born on 2027-06-10
    And an initial conference on 2027-01-05 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the requirement category_from_primary_concern is not_recorded
