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

  @rule:bolton.pre_birth.in_time
  Scenario: A pre-birth conference stood down was not held; the one re-convened before the birth is
    Given the child is expected to be born on 2027-06-10
    And a core assessment on 2026-12-01 with sufficient_concerns true
    And an initial conference on 2027-01-05 with outcome stood_down
    And a reconvened conference on 2027-01-12 with outcome no_plan
    When the case is evaluated on 2027-02-01
    Then the duty pre_birth_conference is met

  @rule:bolton.pre_birth.in_time
  Scenario: A pre-birth conference stood down, and none since, leaves the duty open
    Given the child is expected to be born on 2027-06-10
    And a core assessment on 2026-12-01 with sufficient_concerns true
    And an initial conference on 2027-01-05 with outcome stood_down
    When the case is evaluated on 2027-02-01
    Then the duty pre_birth_conference is open

  # ---- Timing against the expected delivery date and the first review (pre-birth/2) ----
  # The first review is held within 3 months of the conference that made the plan
  # (initial/continuing-risk/10): if the expected delivery date is later than that, every
  # date allowed for the first review is before the expected birth.

  @rule:bolton.pre_birth.first_review_due_by @rule:bolton.pre_birth.baby_due
  @rule:bolton.pre_birth.timing_allows_review_after_birth @rule:bolton.pre_birth.timing_too_early
  Scenario: A plan made more than 3 months before the expected birth cannot have its first review after it
    5 January 2027 + 3 months is 5 April 2027, before the expected delivery on 10 April. The
    two dates are still to come on 15 January.
    Given the child is expected to be born on 2027-04-10
    And an initial conference on 2027-01-05 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the decision first_review_due_by is upcoming on 2027-04-05
    And the decision baby_due is upcoming on 2027-04-10
    And the decision first_review_can_follow_expected_birth is false on 2027-01-05

  @rule:bolton.pre_birth.timing_allows_review_after_birth @rule:bolton.pre_birth.timing_too_early
  Scenario: A first review due by the expected delivery date can take place on it, after the birth
    10 December 2026 + 3 months is 10 March 2027, the expected delivery date itself.
    Given the child is expected to be born on 2027-03-10
    And an initial conference on 2026-12-10 with outcome plan
    When the case is evaluated on 2026-12-15
    Then the decision first_review_can_follow_expected_birth is true on 2026-12-10

  @rule:bolton.pre_birth.timing_allows_review_after_birth @rule:bolton.pre_birth.timing_too_early
  Scenario: A day later for the expected delivery date and the first review must come before it
    Given the child is expected to be born on 2027-03-11
    And an initial conference on 2026-12-10 with outcome plan
    When the case is evaluated on 2026-12-15
    Then the decision first_review_can_follow_expected_birth is false on 2026-12-10

  @rule:bolton.pre_birth.first_review_due_by @rule:bolton.pre_birth.timing_allows_review_after_birth
  @rule:bolton.pre_birth.timing_too_early
  Scenario: Three months from 30 November end on the last day of February
    30 November 2026 + 3 months is clipped to 28 February 2027: an expected delivery that day
    allows the first review after the birth, on 1 March it does not.
    Given the child is expected to be born on 2027-02-28
    And an initial conference on 2026-11-30 with outcome plan
    When the case is evaluated on 2026-12-15
    Then the decision first_review_due_by is upcoming on 2027-02-28
    And the decision first_review_can_follow_expected_birth is true on 2026-11-30

  @rule:bolton.pre_birth.timing_allows_review_after_birth @rule:bolton.pre_birth.timing_too_early
  Scenario: Three months from 30 November, an expected delivery on 1 March is too late for the first review
    Given the child is expected to be born on 2027-03-01
    And an initial conference on 2026-11-30 with outcome plan
    When the case is evaluated on 2026-12-15
    Then the decision first_review_can_follow_expected_birth is false on 2026-11-30

  @rule:bolton.pre_birth.first_review_due_by @rule:bolton.pre_birth.baby_due
  @rule:bolton.pre_birth.timing_allows_review_after_birth @rule:bolton.pre_birth.timing_too_early
  Scenario: A pre-birth conference that made no plan has no first review to time
    Given the child is expected to be born on 2027-02-20
    And an initial conference on 2026-12-15 with outcome no_plan
    When the case is evaluated on 2026-12-16
    Then there is no decision first_review_due_by
    And there is no decision baby_due
    And there is no decision first_review_can_follow_expected_birth

  @rule:bolton.pre_birth.first_review_due_by @rule:bolton.pre_birth.baby_due
  @rule:bolton.pre_birth.timing_allows_review_after_birth @rule:bolton.pre_birth.timing_too_early
  Scenario: A pre-birth conference stood down has no review to time
    Given the child is expected to be born on 2027-04-10
    And an initial conference on 2027-01-05 with outcome stood_down
    When the case is evaluated on 2027-01-15
    Then there is no decision first_review_due_by
    And there is no decision first_review_can_follow_expected_birth

  @rule:bolton.pre_birth.first_review_due_by @rule:bolton.pre_birth.baby_due
  @rule:bolton.pre_birth.timing_allows_review_after_birth @rule:bolton.pre_birth.timing_too_early
  @rule:bolton.pre_birth.first_review_after_birth
  Scenario: A conference after the birth is not a pre-birth conference
    Given the child was born on 2026-12-01
    And an initial conference on 2027-01-05 with outcome plan
    And a review conference on 2027-04-05 with outcome continue_plan
    When the case is evaluated on 2027-04-15
    Then there is no decision first_review_due_by
    And there is no decision baby_due
    And there is no decision first_review_can_follow_expected_birth
    And there is no decision first_review_after_birth

  # ---- The first review held, against the birth ----

  @rule:bolton.pre_birth.first_review_after_birth @rule:bolton.pre_birth.timing_too_early
  Scenario: The review case c15 - a plan on 1 February, the first review on 30 April, the baby born on 2 May
    1 February 2027 + 3 months is 1 May, before the expected delivery on 20 May: the timing
    did not avoid a first review before the birth, and the review on 30 April took place
    two days before it.
    Given the child is expected to be born on 2027-05-20
    And the child was born on 2027-05-02
    And a core assessment on 2027-01-10 with sufficient_concerns true
    And an initial conference on 2027-02-01 with outcome plan
    And a review conference on 2027-04-30 with outcome continue_plan
    When the case is evaluated on 2027-12-31
    Then the decision first_review_can_follow_expected_birth is false on 2027-02-01
    And the decision first_review_after_birth is false on 2027-04-30

  @rule:bolton.pre_birth.first_review_after_birth
  Scenario: A first review after the birth is what the timing is for
    Given the child was born on 2027-03-05
    And an initial conference on 2027-01-05 with outcome plan
    And a review conference on 2027-04-05 with outcome continue_plan
    When the case is evaluated on 2027-04-15
    Then the decision first_review_after_birth is true on 2027-04-05

  @rule:bolton.pre_birth.first_review_after_birth
  Scenario: Of two pre-birth conferences, the first review is set against the one that made the plan
    The conference of 1 December made no plan; the one of 5 January did, and no initial
    conference was held between it and the first review on 5 April, a month after the birth
    on 5 March: the review took place after the birth. The earlier conference, before the
    one that made the plan, does not stand between them.
    Given the child was born on 2027-03-05
    And an initial conference on 2026-12-01 with outcome no_plan
    And an initial conference on 2027-01-05 with outcome plan
    And a review conference on 2027-04-05 with outcome continue_plan
    When the case is evaluated on 2027-04-15
    Then the decision first_review_after_birth is true on 2027-04-05

  @rule:bolton.pre_birth.first_review_after_birth
  Scenario: A first review on the day of the birth is not prior to it
    Given the child was born on 2027-04-05
    And an initial conference on 2027-01-05 with outcome plan
    And a review conference on 2027-04-05 with outcome continue_plan
    When the case is evaluated on 2027-04-15
    Then the decision first_review_after_birth is true on 2027-04-05

  @rule:bolton.pre_birth.first_review_after_birth
  Scenario: A review stood down before the birth is not the first review; the one re-convened after the birth is
    Given the child was born on 2027-04-15
    And an initial conference on 2027-01-15 with outcome plan
    And a review conference on 2027-04-12 with outcome stood_down
    And a reconvened conference on 2027-04-19 with outcome continue_plan
    When the case is evaluated on 2027-05-01
    Then the decision first_review_after_birth is true on 2027-04-19

  @rule:bolton.pre_birth.first_review_after_birth
  Scenario: A review with no birth recorded is taken as before the birth
    Given the child is expected to be born on 2027-04-10
    And an initial conference on 2027-01-05 with outcome plan
    And a review conference on 2027-04-05 with outcome continue_plan
    When the case is evaluated on 2027-04-15
    Then the decision first_review_after_birth is false on 2027-04-05

  @rule:bolton.pre_birth.first_review_after_birth
  Scenario: The first review after a later initial conference is not the pre-birth conference's review
    The pre-birth conference of 10 December 2026 had no review before the initial conference
    of 1 June 2027; the review of 1 September is that conference's first review.
    Given the child was born on 2027-03-01
    And an initial conference on 2026-12-10 with outcome plan
    And an initial conference on 2027-06-01 with outcome plan
    And a review conference on 2027-09-01 with outcome continue_plan
    When the case is evaluated on 2027-09-15
    Then there is no decision first_review_after_birth

  @rule:bolton.pre_birth.first_review_after_birth
  Scenario: A pre-birth conference that made no plan has no first review
    Given the child was born on 2027-03-01
    And an initial conference on 2026-12-10 with outcome no_plan
    And a review conference on 2027-02-10 with outcome continue_plan
    When the case is evaluated on 2027-03-15
    Then there is no decision first_review_after_birth

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

  @rule:bolton.pre_birth.in_time
  Scenario: A conference after the birth is no pre-birth conference
    Given the child is expected to be born on 2027-03-01
    And a core assessment on 2026-12-01 with sufficient_concerns true
    And the child was born on 2027-01-10
    And an initial conference on 2027-01-15 with outcome plan
    When the case is evaluated on 2027-02-01
    Then the duty pre_birth_conference is open
