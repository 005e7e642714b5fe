Feature: Derby and Derbyshire - a conference about an unborn child, before the birth and before 28 weeks
  "If concerns relate to an unborn, conference should be held prior to birth and before 28
  weeks." (derby-derbyshire/what-is/2)

  The duty arises only where concerns relate to an unborn child: a concern recorded before
  the birth (unborn child concern), or a conference held about the child before the birth.
  Two limits, each its own rule: 28 weeks of a 40-week pregnancy is read as 12 calendar weeks
  before the expected birth (bank holidays do not move it); "prior to birth" is the day
  before the birth at the latest. Only an initial conference actually held (not stood down
  or deferred) does either.

  Background:
    Given a derby-derbyshire case

  # -- Before 28 weeks ----------------------------------------------------------------------

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: The conference is due 12 weeks before the expected birth
    2027-06-10 less 12 weeks (84 days) is Thursday 2027-03-18.
    Given the child is expected to be born on 2027-06-10
    And an unborn child concern on 2027-01-11
    When the case is evaluated on 2027-02-01
    Then the duty pre_birth_conference is due on 2027-03-18
    And the duty pre_birth_conference is open

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: No conference by 28 weeks is overdue
    Given the child is expected to be born on 2027-06-10
    And an unborn child concern on 2027-01-11
    When the case is evaluated on 2027-03-19
    Then the duty pre_birth_conference is overdue on 2027-03-18

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: For a child not yet born, a conference at 28 weeks is in time
    Given the child is expected to be born on 2027-06-10
    And an unborn child concern on 2027-01-11
    And an initial conference on 2027-03-18 with outcome plan
    When the case is evaluated on 2027-04-01
    Then the duty pre_birth_conference is due on 2027-03-18
    And the duty pre_birth_conference is met

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: For a child not yet born, a conference the day after 28 weeks is late
    Given the child is expected to be born on 2027-06-10
    And an unborn child concern on 2027-01-11
    And an initial conference on 2027-03-19 with outcome plan
    When the case is evaluated on 2027-04-01
    Then the duty pre_birth_conference is late on 2027-03-18

  @rule:derby-derbyshire.pre_birth.before_28_weeks @rule:derby-derbyshire.pre_birth.prior_to_birth
  Scenario: A conference on the day the pregnancy reaches 28 weeks is in time, and before the birth
    Born 2027-06-05: "prior to birth" is due 2027-06-04, the day before.
    Given the child is expected to be born on 2027-06-10
    And the child was born on 2027-06-05
    And an unborn child concern on 2027-01-11
    And an initial conference on 2027-03-18 with outcome plan
    And a birth on 2027-06-05
    When the case is evaluated on 2027-07-01
    Then the duty pre_birth_conference is met on 2027-03-18
    And the duty pre_birth_conference is met on 2027-06-04

  @rule:derby-derbyshire.pre_birth.before_28_weeks @rule:derby-derbyshire.pre_birth.prior_to_birth
  Scenario: A conference the day after 28 weeks is late, though still before the birth
    Given the child is expected to be born on 2027-06-10
    And the child was born on 2027-06-05
    And an unborn child concern on 2027-01-11
    And an initial conference on 2027-03-19 with outcome plan
    And a birth on 2027-06-05
    When the case is evaluated on 2027-07-01
    Then the duty pre_birth_conference is late on 2027-03-18
    And the duty pre_birth_conference is met on 2027-06-04

  @rule:derby-derbyshire.pre_birth.before_28_weeks @rule:derby-derbyshire.pre_birth.prior_to_birth
  Scenario: A conference only after the birth is not a conference held prior to birth
    Given the child is expected to be born on 2027-06-10
    And the child was born on 2027-06-05
    And an unborn child concern on 2027-01-11
    And a birth on 2027-06-05
    And an initial conference on 2027-06-20 with outcome plan
    When the case is evaluated on 2027-07-01
    Then the duty pre_birth_conference is overdue on 2027-03-18
    And the duty pre_birth_conference is overdue on 2027-06-04

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: Bank holidays between 28 weeks and the birth do not move the date
    Christmas Day, the Boxing Day substitute and New Year's Day 2027 fall inside the 12
    weeks; the weeks are calendar weeks, so the due date is still 12 weeks before, a
    Saturday (Boxing Day).
    Given the child is expected to be born on 2027-03-20
    And an unborn child concern on 2026-11-02
    When the case is evaluated on 2026-12-01
    Then the duty pre_birth_conference is due on 2026-12-26

  @rule:derby-derbyshire.pre_birth.before_28_weeks @rule:derby-derbyshire.pre_birth.prior_to_birth
  Scenario: A child already born with no expected date recorded has no pre-birth duty
    Given the child was born on 2020-05-01
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-15
    Then there is no duty pre_birth_conference

  # -- Only where concerns relate to an unborn child (review F2) -----------------------------

  @rule:derby-derbyshire.pre_birth.before_28_weeks @rule:derby-derbyshire.pre_birth.prior_to_birth
  Scenario: A child with an expected birth date but concerns only after the birth is owed no pre-birth conference
    Review case four-d3: born 2026-01-10 (expected 2026-01-15), the concerns and the
    conference come in the autumn, months after the birth.
    Given the child is expected to be born on 2026-01-15
    And the child was born on 2026-01-10
    And a birth on 2026-01-10
    And an unborn child concern on 2026-08-20
    And an initial conference on 2026-09-01 with outcome plan
    When the case is evaluated on 2026-10-01
    Then there is no duty pre_birth_conference

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: An expected birth date alone is no concern about an unborn child
    Given the child is expected to be born on 2027-06-10
    When the case is evaluated on 2027-04-01
    Then there is no duty pre_birth_conference

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: A conference held before the birth shows the concerns related to an unborn child
    Review case four-d2: no concern recorded, but an initial conference on 2027-03-09 for a
    child expected on 2027-06-01; 2027-06-01 less 12 weeks is Tuesday 2027-03-09.
    Given the child is expected to be born on 2027-06-01
    And an initial conference on 2027-03-09 with outcome plan
    When the case is evaluated on 2027-07-01
    Then the duty pre_birth_conference is due on 2027-03-09
    And the duty pre_birth_conference is met

  # -- Prior to birth: a premature birth (review F3) ----------------------------------------

  @rule:derby-derbyshire.pre_birth.prior_to_birth
  Scenario: A baby born before the 28-week date - a conference after the birth is not prior to birth
    Review case four-d1 with the concern recorded: expected 2027-06-01, so 28 weeks is
    2027-03-09; born 2027-02-20, so "prior to birth" is due 2027-02-19. The conference on
    2027-02-25 is after the birth. (The 28-week rule cannot yet tell that this conference
    was after the birth: see the rule's notes.)
    Given the child is expected to be born on 2027-06-01
    And the child was born on 2027-02-20
    And an unborn child concern on 2027-01-20
    And a birth on 2027-02-20
    And an initial conference on 2027-02-25 with outcome plan
    When the case is evaluated on 2027-07-01
    Then the duty pre_birth_conference is overdue on 2027-02-19

  @rule:derby-derbyshire.pre_birth.before_28_weeks @rule:derby-derbyshire.pre_birth.prior_to_birth
  Scenario: Once the baby is born early, the conference is overdue from the birth, before the 28-week date
    Given the child is expected to be born on 2027-06-01
    And the child was born on 2027-02-20
    And an unborn child concern on 2027-01-20
    And a birth on 2027-02-20
    When the case is evaluated on 2027-02-22
    Then the duty pre_birth_conference is overdue on 2027-02-19
    And the duty pre_birth_conference is open on 2027-03-09

  @rule:derby-derbyshire.pre_birth.prior_to_birth
  Scenario: A conference on the day of the birth is not shown to be prior to it - late
    Given the child is expected to be born on 2027-06-10
    And the child was born on 2027-06-05
    And an unborn child concern on 2027-01-11
    And an initial conference on 2027-06-05 with outcome plan
    When the case is evaluated on 2027-07-01
    Then the duty pre_birth_conference is late on 2027-06-04

  @rule:derby-derbyshire.pre_birth.prior_to_birth
  Scenario: No date of birth yet, no "prior to birth" date
    Given the child is expected to be born on 2027-06-10
    And an unborn child concern on 2027-01-11
    When the case is evaluated on 2027-02-01
    Then the duty pre_birth_conference is graded 0 times

  # -- The conference actually held ------------------------------------------------------------

  @rule:derby-derbyshire.pre_birth.before_28_weeks
  Scenario: A pre-birth conference stood down does not meet the duty; the reconvened one after 28 weeks is late
    Given the child is expected to be born on 2027-06-10
    And an unborn child concern on 2027-01-11
    And an initial conference on 2027-03-01 with outcome stood_down
    And a reconvened conference on 2027-03-25 with outcome plan
    When the case is evaluated on 2027-04-01
    Then the duty pre_birth_conference is late on 2027-03-18

  @rule:derby-derbyshire.pre_birth.before_28_weeks @rule:derby-derbyshire.pre_birth.prior_to_birth
  Scenario: A conference after an early birth is in time for neither the 28 weeks nor the birth
    # Case T-D1 of the review, with a concern recorded before the birth. Expected 1 June
    # 2027: 12 weeks before is 9 March. Born early on 20 February: the conference of 25
    # February is after the birth, so it is no conference held prior to birth, and by the
    # evaluation date both duties are overdue (9 March, and 19 February, the day before the
    # birth).
    Given the child is expected to be born on 2027-06-01
    And the child was born on 2027-02-20
    And an unborn child concern on 2027-01-20
    And a birth on 2027-02-20
    And an initial conference on 2027-02-25 with outcome plan
    When the case is evaluated on 2027-07-01
    Then the duty pre_birth_conference is due on 2027-03-09
    And the duty pre_birth_conference is overdue on 2027-03-09
    And the duty pre_birth_conference is due on 2027-02-19
    And the duty pre_birth_conference is overdue on 2027-02-19
