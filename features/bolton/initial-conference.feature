Feature: Bolton initial child protection conference
  "Consequently all Initial Child Protection Case Conferences should take place within 15
  working days of a strategy discussion, or the last strategy discussion if more than one
  has been held." (bolton/initial/timing/3)

  Background:
    Given a bolton case

  @rule:bolton.icpc.timing
  Scenario: A conference on the 15th working day after the strategy discussion is on time
    Given a strategy discussion on 2026-12-01
    And an initial conference on 2026-12-22 with outcome no_plan
    When the case is evaluated on 2027-01-15
    Then the duty initial_conference is due on 2026-12-22
    And the duty initial_conference is met

  @rule:bolton.icpc.timing
  Scenario: The Christmas and New Year bank holidays move the due date; a day later is late
    Given a strategy discussion on 2026-12-15
    And an initial conference on 2027-01-11 with outcome no_plan
    When the case is evaluated on 2027-01-15
    Then the duty initial_conference is due on 2027-01-08
    And the duty initial_conference is late
