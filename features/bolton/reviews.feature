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

  @rule:bolton.review.plan_kept_at_first_review @rule:bolton.review.decides_end
  Scenario: A first review that ends the plan without exceptional circumstances conflicts with the policy
    # The policy says the child will remain subject of the plan at the first review; the
    # review recorded the end. Both are reported, as a conflict; the plan ends as recorded.
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome end_plan
    When the case is evaluated on 2026-12-01
    Then the decision child_protection_plan is true on 2026-11-30
    And the decision child_protection_plan is false on 2026-11-30
    And a conflict is reported for the decision child_protection_plan
    And the child is subject of a child protection plan from 2026-08-31 to 2026-11-30

  @rule:bolton.review.plan_kept_at_first_review @rule:bolton.review.decides_end
  Scenario: A first review that keeps the plan agrees with the policy
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome continue_plan
    When the case is evaluated on 2026-12-01
    Then the decision child_protection_plan is true on 2026-11-30
    And no conflict is reported

  @rule:bolton.review.plan_kept_at_first_review @rule:bolton.review.decides_end
  Scenario: Exceptional circumstances recorded at the first review let it end the plan
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with:
      | outcome                   | end_plan |
      | exceptional_circumstances | true     |
    When the case is evaluated on 2026-12-01
    Then the decision child_protection_plan is false on 2026-11-30
    And the decision child_protection_plan is made 1 time
    And no conflict is reported
    And there is no duty review_conference

  @rule:bolton.review.plan_kept_at_first_review @rule:bolton.review.decides_end
  Scenario: A looked-after child's first review may end the plan: becoming looked after is the policy's own example
    # Case C13 of the review.
    Given the child is looked after
    And an initial conference on 2027-01-15 with outcome plan
    And a review conference on 2027-04-12 with outcome end_plan
    When the case is evaluated on 2027-12-31
    Then the decision child_protection_plan is false on 2027-04-12
    And the decision child_protection_plan is made 1 time
    And no conflict is reported
    And the child is subject of a child protection plan from 2027-01-15 to 2027-04-12

  @rule:bolton.review.plan_kept_at_first_review @rule:bolton.review.decides_end
  Scenario: A child who moved out of the area before the first review may have the plan ended there
    Given an initial conference on 2027-01-15 with outcome plan
    And a moved permanently on 2027-03-01
    And a review conference on 2027-04-12 with outcome end_plan
    When the case is evaluated on 2027-12-31
    Then the decision child_protection_plan is made 1 time
    And no conflict is reported

  @rule:bolton.review.plan_kept_at_first_review @rule:bolton.review.decides_end
  Scenario: The policy is about the first review only
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome continue_plan
    And a review conference on 2027-05-20 with outcome end_plan
    When the case is evaluated on 2027-06-01
    Then the decision child_protection_plan is false on 2027-05-20
    And no conflict is reported

  @rule:bolton.review.first_review_explores_progress
  Scenario: The first review explores and consolidates the plan's progress; later reviews are not asked
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome continue_plan and done plan_progress_explored_and_consolidated
    And a review conference on 2027-05-20 with outcome continue_plan
    When the case is evaluated on 2027-06-01
    Then the requirement plan_progress_explored_and_consolidated is met

  @rule:bolton.review.first @rule:bolton.review.further @rule:bolton.review.plan_kept_at_first_review @rule:bolton.review.decides_end
  Scenario: A review that was stood down is not the review; the re-convened review is, late
    # Case C03b of the review: the first review was due three months after 20 November
    # 2026, on 20 February 2027. The review of 18 February was stood down; the re-convened
    # review on 10 March kept the plan, late, and starts the next six months (10 September).
    Given an initial conference on 2026-11-20 with outcome plan
    And a review conference on 2027-02-18 with outcome stood_down
    And a reconvened conference on 2027-03-10 with outcome continue_plan
    When the case is evaluated on 2027-12-31
    Then the duty first_review_conference is due on 2027-02-20
    And the duty first_review_conference is late
    And the duty review_conference is due on 2027-09-10
    And the duty review_conference is overdue
    And the child is subject of a child protection plan from 2026-11-20

  @rule:bolton.review.first @rule:bolton.review.further @rule:bolton.review.plan_kept_at_first_review @rule:bolton.review.decides_end
  Scenario: A re-convened review can end the plan
    # Case C03 of the review, with exceptional circumstances recorded: the re-convened review
    # of 10 March 2027 is the first review held, and it ends the plan.
    Given an initial conference on 2026-11-20 with outcome plan
    And a review conference on 2027-02-18 with outcome stood_down
    And a reconvened conference on 2027-03-10 with:
      | outcome                   | end_plan |
      | exceptional_circumstances | true     |
    When the case is evaluated on 2027-12-31
    Then the decision child_protection_plan is false on 2027-03-10
    And the child is subject of a child protection plan from 2026-11-20 to 2027-03-10
    And there is no duty review_conference

  @rule:bolton.review.further @rule:bolton.review.decides_end
  Scenario: A later review stood down and re-convened: the re-convened review is the one held
    # Six months from the review of 30 November 2026 is 30 May 2027; the review of 20 May
    # was stood down and re-convened on 1 June, after the six months: late.
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome continue_plan
    And a review conference on 2027-05-20 with outcome stood_down
    And a reconvened conference on 2027-06-01 with outcome end_plan
    When the case is evaluated on 2027-12-31
    Then the duty review_conference is due on 2027-05-30
    And the duty review_conference is late
    And the child is subject of a child protection plan from 2026-08-31 to 2027-06-01

  @rule:bolton.review.first
  Scenario: A review dated after the evaluation date is not used
    # Case C05 of the review: evaluated on 1 March 2027; the first review (due 20 May 2027,
    # three months from 20 February) is booked for 10 May, which is not yet known to have
    # been held.
    Given a strategy discussion on 2027-02-01
    And an initial conference on 2027-02-20 with outcome plan
    And a review conference on 2027-05-10 with outcome end_plan
    When the case is evaluated on 2027-03-01
    Then the review conference on 2027-05-10 is not used
    And the duty first_review_conference is due on 2027-05-20
    And the duty first_review_conference is open

  @rule:bolton.review.report
  Scenario: The collective report is available the day before the review
    Given a conference report on 2027-02-26 with conference review_conference and collective true
    And a review conference on 2027-02-27 with outcome continue_plan
    When the case is evaluated on 2027-03-01
    Then the duty conference_report is due on 2027-02-26
    And the duty conference_report is met

  @rule:bolton.review.report
  Scenario: A single agency's report is not the collective report
    Given a conference report on 2027-02-26 with conference review_conference and author police
    And a review conference on 2027-02-27 with outcome continue_plan
    When the case is evaluated on 2027-03-01
    Then the duty conference_report is overdue

  @rule:bolton.review.report
  Scenario: A report for the initial conference does not serve the review
    Given a conference report on 2027-02-26 with conference initial_conference and collective true
    And a review conference on 2027-02-27 with outcome continue_plan
    When the case is evaluated on 2027-03-01
    Then the duty conference_report is overdue

  @rule:bolton.review.collective_report_developed @rule:bolton.review.collective_report_coordinated
  Scenario: The core group meeting before the review develops the collective report
    Given an initial conference on 2026-08-31 with outcome plan
    And a core group meeting on 2026-09-10
    And a core group meeting on 2026-11-20 with done collective_report_developed, collective_report_coordinated_by_lead_professional
    And a review conference on 2026-11-30 with outcome continue_plan
    When the case is evaluated on 2026-12-01
    Then the requirement collective_report_developed is met
    And the requirement collective_report_coordinated_by_lead_professional is met

  @rule:bolton.review.collective_report_developed
  Scenario: Only the last core group meeting before a review is asked for the collective report
    Given an initial conference on 2026-08-31 with outcome plan
    And a core group meeting on 2026-09-10
    And a core group meeting on 2026-11-20
    And a review conference on 2026-11-30 with outcome continue_plan
    When the case is evaluated on 2026-12-01
    Then the requirement collective_report_developed is not_recorded
    And the requirement collective_report_developed is asked 1 time

  @rule:bolton.review.plan_kept_at_first_review @rule:bolton.review.decides_end
  Scenario: A child who became looked after before the first review may have the plan ended there
    Given the child has been looked after since 2027-03-01
    And an initial conference on 2027-01-15 with outcome plan
    And a review conference on 2027-04-12 with outcome end_plan
    When the case is evaluated on 2027-12-31
    Then the decision child_protection_plan is made 1 time
    And no conflict is reported

  @rule:bolton.review.plan_kept_at_first_review @rule:bolton.review.decides_end
  Scenario: Becoming looked after after the first review does not excuse it
    Given the child has been looked after since 2027-05-01
    And an initial conference on 2027-01-15 with outcome plan
    And a review conference on 2027-04-12 with outcome end_plan
    When the case is evaluated on 2027-12-31
    Then a conflict is reported for the decision child_protection_plan
