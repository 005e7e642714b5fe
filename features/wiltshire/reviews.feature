Feature: Wiltshire review conferences
  "Where a child has become subject of child protection plan a review child protection
  conference will be held within 3 months of the initial conference and six-monthly
  thereafter until such time as conference members consider the child/children to no longer
  be at risk of significant harm." (wiltshire/types/2)

  Background:
    Given a wiltshire case

  @rule:wiltshire.review.first
  Scenario: A first review on the last day of the 3 months is on time
    Given an initial conference on 2026-12-18 with outcome plan
    And a review conference on 2027-03-18 with outcome continue_plan
    When the case is evaluated on 2027-04-01
    Then the duty first_review_conference is due on 2027-03-18
    And the duty first_review_conference is met

  @rule:wiltshire.review.first
  Scenario: A first review the day after the 3 months is late
    Given an initial conference on 2026-12-18 with outcome plan
    And a review conference on 2027-03-19 with outcome continue_plan
    When the case is evaluated on 2027-04-01
    Then the duty first_review_conference is late

  @rule:wiltshire.review.first
  Scenario: Calendar months are not moved by a bank holiday - due on Early May bank holiday
    Given an initial conference on 2027-02-03 with outcome plan
    And a review conference on 2027-05-04 with outcome continue_plan
    When the case is evaluated on 2027-05-10
    Then the duty first_review_conference is due on 2027-05-03
    And the duty first_review_conference is late

  @rule:wiltshire.review.first
  Scenario: A first review not yet held after the 3 months is overdue
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-03-19
    Then the duty first_review_conference is overdue

  @rule:wiltshire.review.first
  Scenario: A plan made at a re-convened conference starts the 3 months from it
    Given an initial conference on 2026-12-18 with outcome deferred
    And a reconvened conference on 2027-01-08 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the duty first_review_conference is due on 2027-04-08

  @rule:wiltshire.review.first
  Scenario: No plan, no review
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-04-01
    Then there is no duty first_review_conference

  @rule:wiltshire.review.six_monthly
  Scenario: The next review six months after a review that continued the plan is on time
    Given an initial conference on 2026-08-03 with outcome plan
    And a review conference on 2026-11-03 with outcome continue_plan
    And a review conference on 2027-05-03 with outcome continue_plan
    When the case is evaluated on 2027-05-10
    Then the duty review_conference is due on 2027-05-03
    And the duty review_conference is met on 2027-05-03
    And the duty review_conference is due on 2027-11-03
    And the duty review_conference is open on 2027-11-03

  @rule:wiltshire.review.six_monthly
  Scenario: Six months are not moved by a bank holiday - a review the day after is late
    Given an initial conference on 2026-08-03 with outcome plan
    And a review conference on 2026-11-03 with outcome continue_plan
    And a review conference on 2027-05-04 with outcome continue_plan
    When the case is evaluated on 2027-05-10
    Then the duty review_conference is late on 2027-05-03

  @rule:wiltshire.review.six_monthly
  Scenario: Only an initial conference, no six-monthly review yet
    Given an initial conference on 2026-08-03 with outcome plan
    When the case is evaluated on 2026-09-01
    Then there is no duty review_conference

  @rule:wiltshire.review.until_no_longer_at_risk @rule:wiltshire.review.six_monthly
  Scenario: A review continuing the plan keeps the child subject to it
    Given an initial conference on 2026-12-18 with outcome plan
    And a review conference on 2027-03-12 with outcome continue_plan
    When the case is evaluated on 2027-03-15
    Then the decision child_protection_plan is true on 2027-03-12
    And the duty review_conference is due on 2027-09-12

  @rule:wiltshire.review.until_no_longer_at_risk @rule:wiltshire.review.six_monthly
  Scenario: Members consider the child no longer at risk - the plan and the reviews end
    Given an initial conference on 2026-08-03 with outcome plan
    And a review conference on 2026-11-03 with outcome continue_plan
    And a review conference on 2027-04-20 with outcome end_plan
    When the case is evaluated on 2028-01-01
    Then the decision child_protection_plan is false on 2027-04-20
    And the duty review_conference is met on 2027-05-03
    And the duty review_conference is met

  @rule:wiltshire.review.until_no_longer_at_risk @rule:wiltshire.review.first
  Scenario: A plan ended at the first review leaves no review to hold
    Given an initial conference on 2026-12-18 with outcome plan
    And a review conference on 2027-03-12 with outcome end_plan
    When the case is evaluated on 2027-12-01
    Then the decision child_protection_plan is false on 2027-03-12
    And the duty first_review_conference is met
    And there is no duty review_conference

  @rule:wiltshire.review.until_no_longer_at_risk
  Scenario: A review stood down decides nothing about the plan
    Given a review conference on 2027-03-12 with outcome stood_down
    When the case is evaluated on 2027-03-15
    Then there is no decision child_protection_plan

  @rule:wiltshire.review.first @rule:wiltshire.review.six_monthly @rule:wiltshire.review.until_no_longer_at_risk
  Scenario: A stood-down review is not the first review; the review re-convened after it is, and starts the six months
    Plan made 2026-08-03: the first review is due within 3 months, 2026-11-03. That review
    was stood down; the re-convened review on 2026-11-17 is late and continues the plan, so
    the next is due 6 months later, 2027-05-17.
    Given an initial conference on 2026-08-03 with outcome plan
    And a review conference on 2026-11-03 with outcome stood_down
    And a reconvened conference on 2026-11-17 with outcome continue_plan
    When the case is evaluated on 2027-01-10
    Then the duty first_review_conference is due on 2026-11-03
    And the duty first_review_conference is late
    And the decision child_protection_plan is true on 2026-11-17
    And the duty review_conference is due on 2027-05-17
    And the duty review_conference is open

  @rule:wiltshire.review.six_monthly @rule:wiltshire.review.until_no_longer_at_risk @rule:wiltshire.tasks.plan_decision
  Scenario: A re-convened review that considers the child no longer at risk ends the plan
    Reviews on 2026-11-03 (plan continued): next due 2027-05-03. The review of 2027-04-20
    was stood down; the one re-convened on 2027-04-27 ended the plan, in time.
    Given an initial conference on 2026-08-03 with outcome plan
    And a review conference on 2026-11-03 with outcome continue_plan
    And a review conference on 2027-04-20 with outcome stood_down
    And a reconvened conference on 2027-04-27 with outcome end_plan
    When the case is evaluated on 2028-01-01
    Then the decision child_protection_plan is false on 2027-04-27
    And the duty review_conference is met on 2027-05-03
    And the duty review_conference is graded 1 time
    And the child is subject of a child protection plan from 2026-08-03 to 2027-04-27
