Feature: Derby and Derbyshire - who decides to convene, and who chairs
  "The Local Authority Children Social Care Team Manager in consultation with a Child
  Protection Manager is responsible for making the decision to convene a child protection
  conference. The conference is chaired by a child protection manager on behalf of Derby and
  Derbyshire Safeguarding Children Partnership." (derby-derbyshire/what-is/1)

  Background:
    Given a derby-derbyshire case

  @rule:derby-derbyshire.convening.decision
  Scenario: The Team Manager decides to convene in consultation with a Child Protection Manager
    Given a decision to convene on 2026-12-01 with done decided_by_team_manager_with_child_protection_manager
    When the case is evaluated on 2026-12-02
    Then the requirement decided_by_team_manager_with_child_protection_manager is met

  @rule:derby-derbyshire.convening.decision
  Scenario: A decision to convene with nothing recorded about who made it
    Given a decision to convene on 2026-12-01
    When the case is evaluated on 2026-12-02
    Then the requirement decided_by_team_manager_with_child_protection_manager is not_recorded

  @rule:derby-derbyshire.convening.chair
  Scenario: An initial conference chaired by a child protection manager
    Given an initial conference on 2026-12-18 with outcome plan and done chaired_by_child_protection_manager
    When the case is evaluated on 2026-12-21
    Then the requirement chaired_by_child_protection_manager is met

  @rule:derby-derbyshire.convening.chair
  Scenario: A review conference with nothing recorded about its chair
    Given a review conference on 2027-03-10 with outcome continue_plan
    When the case is evaluated on 2027-03-11
    Then the requirement chaired_by_child_protection_manager is not_recorded

  @rule:derby-derbyshire.convening.chair
  Scenario: Every kind of conference held is chaired by a child protection manager
    The stood-down conference did not sit, so it is not asked; the re-convened conference,
    the review and the transfer-in conference are.
    Given an initial conference on 2026-12-18 with outcome stood_down
    And a reconvened conference on 2027-01-08 with outcome plan and done chaired_by_child_protection_manager
    And a review conference on 2027-04-01 with outcome continue_plan and done chaired_by_child_protection_manager
    And a transfer in conference on 2027-05-04 with outcome continue_plan and done chaired_by_child_protection_manager
    When the case is evaluated on 2027-05-05
    Then the requirement chaired_by_child_protection_manager is met

  @rule:derby-derbyshire.convening.chair
  Scenario: A conference stood down or deferred had no chair
    Given an initial conference on 2026-12-18 with outcome stood_down
    And an initial conference on 2027-01-08 with outcome deferred
    When the case is evaluated on 2027-01-15
    Then there is no requirement chaired_by_child_protection_manager
