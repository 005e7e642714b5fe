Feature: Derby and Derbyshire - a conference about an unborn child before 28 weeks
  "If concerns relate to an unborn, conference should be held prior to birth and before 28
  weeks." (derby-derbyshire/what-is/2)

  28 weeks of a 40-week pregnancy is read as 12 weeks before the expected birth. Calendar
  weeks: bank holidays do not move the date.

  Background:
    Given a derby-derbyshire case

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: The conference is due 12 weeks before the expected birth
    Given the child is expected to be born on 2027-06-10
    When the case is evaluated on 2027-02-01
    Then the duty pre_birth_conference is due on 2027-03-18
    And the duty pre_birth_conference is open

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: No conference by 28 weeks is overdue
    Given the child is expected to be born on 2027-06-10
    When the case is evaluated on 2027-03-19
    Then the duty pre_birth_conference is overdue on 2027-03-18

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: For a child not yet born, a conference at 28 weeks is in time
    Given the child is expected to be born on 2027-06-10
    And an initial conference on 2027-03-18 with outcome plan
    When the case is evaluated on 2027-04-01
    Then the duty pre_birth_conference is due on 2027-03-18
    And the duty pre_birth_conference is met

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: For a child not yet born, a conference the day after 28 weeks is late
    Given the child is expected to be born on 2027-06-10
    And an initial conference on 2027-03-19 with outcome plan
    When the case is evaluated on 2027-04-01
    Then the duty pre_birth_conference is late

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: A conference on the day the pregnancy reaches 28 weeks is in time
    Given the child is expected to be born on 2027-06-10
    And the child was born on 2027-06-05
    And an initial conference on 2027-03-18 with outcome plan
    And a birth on 2027-06-05
    When the case is evaluated on 2027-07-01
    Then the duty pre_birth_conference is due on 2027-03-18
    And the duty pre_birth_conference is met

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: A conference the next day is late, though still before the birth
    Given the child is expected to be born on 2027-06-10
    And the child was born on 2027-06-05
    And an initial conference on 2027-03-19 with outcome plan
    And a birth on 2027-06-05
    When the case is evaluated on 2027-07-01
    Then the duty pre_birth_conference is late on 2027-03-18

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: A conference only after the birth is not a conference held prior to birth
    Given the child is expected to be born on 2027-06-10
    And the child was born on 2027-06-05
    And a birth on 2027-06-05
    And an initial conference on 2027-06-20 with outcome plan
    When the case is evaluated on 2027-07-01
    Then the duty pre_birth_conference is overdue on 2027-03-18

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: Bank holidays between 28 weeks and the birth do not move the date
    Christmas Day, the Boxing Day substitute and New Year's Day 2027 fall inside the 12
    weeks; the weeks are calendar weeks, so the due date is still 12 weeks before, a
    Saturday (Boxing Day).
    Given the child is expected to be born on 2027-03-20
    When the case is evaluated on 2026-12-01
    Then the duty pre_birth_conference is due on 2026-12-26

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: A child already born with no expected date recorded has no pre-birth duty
    Given the child was born on 2020-05-01
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-15
    Then there is no duty pre_birth_conference
