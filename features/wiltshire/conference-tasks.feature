Feature: Wiltshire the tasks for all conferences
  "The tasks for all conferences are to:" (wiltshire/intro/3) bring together and analyse the
  information; consider the evidence to decide whether the child has suffered, or is likely
  to suffer, significant harm; recommend what future action is required, "including the
  child becoming the subject of a child protection plan"; appoint a lead social worker;
  identify a core group; establish timescales; agree an outline child protection plan; put
  in place a contingency plan. (wiltshire/intro/4 to 11)

  Background:
    Given a wiltshire case

  @rule:wiltshire.tasks.analyse_information @rule:wiltshire.tasks.decide_significant_harm @rule:wiltshire.tasks.recommend_future_action
  Scenario: An initial conference records the tasks for all conferences
    Given an initial conference on 2026-12-18 with:
      | outcome | no_plan                                                                                |
      | done    | information_brought_together_and_analysed, significant_harm_decided, future_action_recommended |
    When the case is evaluated on 2027-01-15
    Then the requirement information_brought_together_and_analysed is met
    And the requirement significant_harm_decided is met
    And the requirement future_action_recommended is met

  @rule:wiltshire.tasks.analyse_information @rule:wiltshire.tasks.decide_significant_harm @rule:wiltshire.tasks.recommend_future_action
  Scenario: A review conference does not record the tasks for all conferences
    Given a review conference on 2027-03-12 with outcome end_plan
    When the case is evaluated on 2027-03-15
    Then the requirement information_brought_together_and_analysed is not_recorded
    And the requirement significant_harm_decided is not_recorded
    And the requirement future_action_recommended is not_recorded

  @rule:wiltshire.tasks.lead_social_worker @rule:wiltshire.tasks.core_group @rule:wiltshire.tasks.timescales @rule:wiltshire.tasks.outline_plan @rule:wiltshire.tasks.contingency_plan
  Scenario: A conference making a plan records the plan tasks
    Given an initial conference on 2026-12-18 with:
      | outcome | plan                                                                                                                      |
      | done    | lead_social_worker_appointed, core_group_identified, timescales_established, outline_plan_agreed, contingency_plan_in_place |
    When the case is evaluated on 2027-01-15
    Then the requirement lead_social_worker_appointed is met
    And the requirement core_group_identified is met
    And the requirement timescales_established is met
    And the requirement outline_plan_agreed is met
    And the requirement contingency_plan_in_place is met

  @rule:wiltshire.tasks.lead_social_worker @rule:wiltshire.tasks.core_group @rule:wiltshire.tasks.timescales @rule:wiltshire.tasks.outline_plan @rule:wiltshire.tasks.contingency_plan
  Scenario: A conference making a plan with none of the plan tasks recorded
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the requirement lead_social_worker_appointed is not_recorded
    And the requirement core_group_identified is not_recorded
    And the requirement timescales_established is not_recorded
    And the requirement outline_plan_agreed is not_recorded
    And the requirement contingency_plan_in_place is not_recorded

  @rule:wiltshire.tasks.lead_social_worker @rule:wiltshire.tasks.core_group @rule:wiltshire.tasks.timescales @rule:wiltshire.tasks.outline_plan @rule:wiltshire.tasks.contingency_plan
  Scenario: A review continuing the plan is a conference too, and has the same tasks
    Given a review conference on 2027-03-12 with:
      | outcome | continue_plan          |
      | done    | timescales_established |
    When the case is evaluated on 2027-03-15
    Then the requirement timescales_established is met
    And the requirement lead_social_worker_appointed is not_recorded
    And the requirement core_group_identified is not_recorded
    And the requirement outline_plan_agreed is not_recorded
    And the requirement contingency_plan_in_place is not_recorded

  @rule:wiltshire.tasks.analyse_information @rule:wiltshire.tasks.decide_significant_harm @rule:wiltshire.tasks.recommend_future_action @rule:wiltshire.tasks.lead_social_worker @rule:wiltshire.tasks.core_group @rule:wiltshire.tasks.timescales @rule:wiltshire.tasks.outline_plan @rule:wiltshire.tasks.contingency_plan
  Scenario: A re-convened conference making a plan has all the tasks
    Given a reconvened conference on 2027-01-08 with:
      | outcome | plan                                                                                                                      |
      | done    | information_brought_together_and_analysed, lead_social_worker_appointed, core_group_identified, outline_plan_agreed |
    When the case is evaluated on 2027-01-15
    Then the requirement information_brought_together_and_analysed is met
    And the requirement significant_harm_decided is not_recorded
    And the requirement future_action_recommended is not_recorded
    And the requirement lead_social_worker_appointed is met
    And the requirement core_group_identified is met
    And the requirement timescales_established is not_recorded
    And the requirement outline_plan_agreed is met
    And the requirement contingency_plan_in_place is not_recorded

  @rule:wiltshire.tasks.plan_decision
  Scenario: An initial conference recommending a plan makes the child subject to a plan
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the decision child_protection_plan is true on 2026-12-18

  @rule:wiltshire.tasks.plan_decision
  Scenario: An initial conference not recommending a plan
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-01-15
    Then the decision child_protection_plan is false on 2026-12-18

  @rule:wiltshire.tasks.plan_decision
  Scenario: A deferred conference decides nothing about a plan
    Given an initial conference on 2026-12-18 with outcome deferred
    When the case is evaluated on 2027-01-15
    Then there is no decision child_protection_plan

  @rule:wiltshire.tasks.plan_decision
  Scenario: A re-convened conference recommending a plan makes the child subject to a plan
    Given an initial conference on 2026-12-18 with outcome deferred
    And a reconvened conference on 2027-01-08 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the decision child_protection_plan is true on 2027-01-08

  @rule:wiltshire.tasks.analyse_information @rule:wiltshire.tasks.decide_significant_harm @rule:wiltshire.tasks.recommend_future_action @rule:wiltshire.tasks.plan_decision
  Scenario: A deferred conference did not meet and did none of the tasks
    Given an initial conference on 2026-12-18 with outcome deferred
    When the case is evaluated on 2027-01-15
    Then there is no requirement information_brought_together_and_analysed
    And there is no requirement significant_harm_decided
    And there is no requirement future_action_recommended
    And there is no decision child_protection_plan

  @rule:wiltshire.tasks.analyse_information @rule:wiltshire.tasks.decide_significant_harm @rule:wiltshire.tasks.plan_decision @rule:wiltshire.tasks.lead_social_worker
  Scenario: A transfer-in conference is one of all conferences
    Given a transfer in conference on 2027-01-05 with:
      | outcome | plan                                                                     |
      | done    | information_brought_together_and_analysed, lead_social_worker_appointed |
    When the case is evaluated on 2027-01-15
    Then the requirement information_brought_together_and_analysed is met
    And the requirement significant_harm_decided is not_recorded
    And the decision child_protection_plan is true on 2027-01-05
    And the requirement lead_social_worker_appointed is met
    And the child is subject of a child protection plan from 2027-01-05

  @rule:wiltshire.tasks.lead_social_worker @rule:wiltshire.tasks.core_group @rule:wiltshire.tasks.timescales @rule:wiltshire.tasks.outline_plan @rule:wiltshire.tasks.contingency_plan
  Scenario: A review re-convened after a stood-down review continues the plan and has the plan tasks
    The review stood down on 2027-03-12 did not meet; the conference re-convened on
    2027-03-26 continued the plan, for a child who still requires one.
    Given an initial conference on 2026-12-18 with outcome plan and done lead_social_worker_appointed
    And a review conference on 2027-03-12 with outcome stood_down
    And a reconvened conference on 2027-03-26 with outcome continue_plan and done lead_social_worker_appointed
    When the case is evaluated on 2027-03-29
    Then the requirement lead_social_worker_appointed is met
    And the requirement core_group_identified is not_recorded
    And the requirement timescales_established is not_recorded
    And the requirement outline_plan_agreed is not_recorded
    And the requirement contingency_plan_in_place is not_recorded

  @rule:wiltshire.tasks.plan_decision @rule:wiltshire.tasks.core_group
  Scenario: A transfer-in conference continuing the plan keeps the child subject to it
    Given a transfer in conference on 2027-01-05 with outcome continue_plan and done core_group_identified
    When the case is evaluated on 2027-01-15
    Then the decision child_protection_plan is true on 2027-01-05
    And the requirement core_group_identified is met
