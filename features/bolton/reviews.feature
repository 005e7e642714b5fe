Feature: Bolton review conferences
  "The first child protection review conference must be held within three months of the
  Initial Child Protection Conference, and further reviews must be held at intervals of not
  more than six months for as long as the child remains the subject of a Child Protection
  Plan." (bolton/review/timescale/1)

  Background:
    Given a bolton case

  @rule:bolton.review.first
  Scenario: A first review on the last day of the three months is on time (clipped to the end of February)
    Given an initial conference on 2026-11-30 with outcome plan
    And a review conference on 2027-02-28 with outcome continue_plan
    When the case is evaluated on 2027-03-15
    Then the duty first_review_conference is due on 2027-02-28
    And the duty first_review_conference is met

  @rule:bolton.review.first
  Scenario: A first review the day after the three months is late
    Given an initial conference on 2026-11-30 with outcome plan
    And a review conference on 2027-03-01 with outcome continue_plan
    When the case is evaluated on 2027-03-15
    Then the duty first_review_conference is late

  @rule:bolton.review.first
  Scenario: No plan, no review
    Given an initial conference on 2026-11-30 with outcome no_plan
    When the case is evaluated on 2027-03-15
    Then there is no duty first_review_conference

  @rule:bolton.review.further
  Scenario: Reviews follow at intervals of not more than six months while the plan lasts
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome continue_plan
    And a review conference on 2027-05-30 with outcome continue_plan
    When the case is evaluated on 2027-06-01
    Then the duty review_conference is due on 2027-05-30
    And the duty review_conference is met on 2027-05-30
    And the duty review_conference is due on 2027-11-30
    And the duty review_conference is open on 2027-11-30

  @rule:bolton.review.further
  Scenario: A review a day after six months is late
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome continue_plan
    And a review conference on 2027-05-31 with outcome continue_plan
    When the case is evaluated on 2027-06-01
    Then the duty review_conference is late on 2027-05-30

  @rule:bolton.review.further @rule:bolton.review.decides_end
  Scenario: A review that ends the plan sets no further review
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome continue_plan
    And a review conference on 2027-05-30 with outcome end_plan
    When the case is evaluated on 2028-01-01
    Then the decision child_protection_plan is false on 2027-05-30
    And the duty review_conference is met on 2027-05-30
    And the duty review_conference is due on 2027-05-30

  @rule:bolton.review.decides_end
  Scenario: The review conference decides to continue the plan
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome continue_plan
    When the case is evaluated on 2026-12-01
    Then the decision child_protection_plan is true on 2026-11-30

  @rule:bolton.review.plan_kept_at_first_review
  Scenario: The first review keeps the plan unless there are exceptional circumstances
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome end_plan
    When the case is evaluated on 2026-12-01
    Then the decision child_protection_plan is true on 2026-11-30

  @rule:bolton.review.plan_kept_at_first_review
  Scenario: Exceptional circumstances recorded at the first review let it end the plan
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with:
      | outcome                   | end_plan |
      | exceptional_circumstances | true     |
    When the case is evaluated on 2026-12-01
    Then the decision child_protection_plan is false on 2026-11-30
    And there is no duty review_conference

  @rule:bolton.review.report
  Scenario: The collective report is available the day before the review
    Given a conference report on 2027-02-26 with conference review_conference
    And a review conference on 2027-02-27 with outcome continue_plan
    When the case is evaluated on 2027-03-01
    Then the duty conference_report is due on 2027-02-26
    And the duty conference_report is met

  @rule:bolton.review.report
  Scenario: A report for the initial conference does not serve the review
    Given a conference report on 2027-02-26 with conference initial_conference
    And a review conference on 2027-02-27 with outcome continue_plan
    When the case is evaluated on 2027-03-01
    Then the duty conference_report is overdue
