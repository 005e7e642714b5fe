Feature: Derby and Derbyshire - the tasks for all conferences
  "The tasks for all conferences are to:" (derby-derbyshire/why/1) decide whether the child
  is suffering or likely to suffer significant harm; bring together and analyse the
  information about the child's developmental needs, wishes and feelings and the parents'
  capacity; recommend future actions, "including the child becoming the subject of a child
  protection plan"; "Confirm a lead Social Worker ... for the child, or any child in the same
  family who requires a Child Protection Plan"; identify a core group; and "Put in place a
  contingency plan" (derby-derbyshire/why/2 to why/10).

  Background:
    Given a derby-derbyshire case

  @rule:derby-derbyshire.tasks.significant_harm @rule:derby-derbyshire.tasks.developmental_needs
  @rule:derby-derbyshire.tasks.wishes_and_feelings @rule:derby-derbyshire.tasks.parenting_capacity
  @rule:derby-derbyshire.tasks.recommend_future_actions @rule:derby-derbyshire.tasks.lead_social_worker
  @rule:derby-derbyshire.tasks.social_worker_responsible_for_plan @rule:derby-derbyshire.tasks.core_group
  @rule:derby-derbyshire.tasks.contingency_plan
  Scenario: An initial conference that makes a plan and records every task done
    Given the child was born on 2018-04-02
    And an initial conference on 2026-12-18 with:
      | outcome | plan                                                                                                                                                                                                                                        |
      | done    | significant_harm_decided, developmental_needs_analysed, wishes_and_feelings_analysed, parenting_capacity_analysed, future_actions_recommended, lead_social_worker_confirmed, plan_developed_coordinated_and_implemented_to_timescale, core_group_identified, contingency_plan_in_place |
    When the case is evaluated on 2027-01-15
    Then the requirement significant_harm_decided is met
    And the requirement developmental_needs_analysed is met
    And the requirement wishes_and_feelings_analysed is met
    And the requirement parenting_capacity_analysed is met
    And the requirement future_actions_recommended is met
    And the requirement lead_social_worker_confirmed is met
    And the requirement plan_developed_coordinated_and_implemented_to_timescale is met
    And the requirement core_group_identified is met
    And the requirement contingency_plan_in_place is met

  @rule:derby-derbyshire.tasks.significant_harm @rule:derby-derbyshire.tasks.developmental_needs
  @rule:derby-derbyshire.tasks.wishes_and_feelings @rule:derby-derbyshire.tasks.parenting_capacity
  @rule:derby-derbyshire.tasks.recommend_future_actions @rule:derby-derbyshire.tasks.lead_social_worker
  @rule:derby-derbyshire.tasks.social_worker_responsible_for_plan @rule:derby-derbyshire.tasks.core_group
  @rule:derby-derbyshire.tasks.contingency_plan
  Scenario: A review conference that continues the plan, with no task recorded
    "All conferences": the tasks are asked of a review as of an initial conference.
    Given a review conference on 2027-03-10 with outcome continue_plan
    When the case is evaluated on 2027-03-11
    Then the requirement significant_harm_decided is not_recorded
    And the requirement developmental_needs_analysed is not_recorded
    And the requirement wishes_and_feelings_analysed is not_recorded
    And the requirement parenting_capacity_analysed is not_recorded
    And the requirement future_actions_recommended is not_recorded
    And the requirement lead_social_worker_confirmed is not_recorded
    And the requirement plan_developed_coordinated_and_implemented_to_timescale is not_recorded
    And the requirement core_group_identified is not_recorded
    And the requirement contingency_plan_in_place is not_recorded

  @rule:derby-derbyshire.tasks.contingency_plan @rule:derby-derbyshire.tasks.significant_harm
  Scenario: A conference that makes no plan still puts a contingency plan in place
    Given an initial conference on 2026-12-18 with outcome no_plan and done contingency_plan_in_place
    When the case is evaluated on 2027-01-15
    Then the requirement contingency_plan_in_place is met
    And the requirement significant_harm_decided is not_recorded

  @rule:derby-derbyshire.tasks.plan
  Scenario: An initial conference recommending a plan makes the child the subject of one
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the decision child_protection_plan is true on 2026-12-18

  @rule:derby-derbyshire.tasks.plan
  Scenario: An initial conference recommending no plan
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-01-15
    Then the decision child_protection_plan is false on 2026-12-18

  @rule:derby-derbyshire.tasks.plan
  Scenario: Reviews continue and then end the plan
    Given an initial conference on 2026-12-18 with outcome plan
    And a review conference on 2027-03-10 with outcome continue_plan
    And a review conference on 2027-09-08 with outcome end_plan
    When the case is evaluated on 2027-09-09
    Then the decision child_protection_plan is true on 2027-03-10
    And the decision child_protection_plan is false on 2027-09-08

  @rule:derby-derbyshire.tasks.plan
  Scenario: A deferred or stood-down conference decides nothing about a plan
    Given an initial conference on 2026-12-18 with outcome deferred
    And a reconvened conference on 2027-01-08 with outcome stood_down
    When the case is evaluated on 2027-01-15
    Then there is no decision child_protection_plan

  @rule:derby-derbyshire.tasks.lead_social_worker @rule:derby-derbyshire.tasks.core_group
  @rule:derby-derbyshire.tasks.social_worker_responsible_for_plan
  Scenario: Without a plan no lead Social Worker or core group is asked for
    The conference records them done, but only the conferences that decided a plan produce
    these requirements; the plan made at the reconvened conference is the one asked.
    Given an initial conference on 2026-12-18 with outcome no_plan and done lead_social_worker_confirmed
    And a reconvened conference on 2027-02-01 with outcome plan
    When the case is evaluated on 2027-02-02
    Then the requirement lead_social_worker_confirmed is not_recorded
    And the requirement core_group_identified is not_recorded
    And the requirement plan_developed_coordinated_and_implemented_to_timescale is not_recorded

  @rule:derby-derbyshire.tasks.significant_harm @rule:derby-derbyshire.tasks.developmental_needs
  @rule:derby-derbyshire.tasks.wishes_and_feelings @rule:derby-derbyshire.tasks.parenting_capacity
  @rule:derby-derbyshire.tasks.recommend_future_actions @rule:derby-derbyshire.tasks.contingency_plan
  Scenario: A conference stood down has no tasks; the reconvened conference has them
    There is no step for "no requirement": "is met" fails if the stood-down conference, with
    nothing recorded, were asked too.
    Given an initial conference on 2026-12-18 with outcome stood_down
    And a reconvened conference on 2027-01-08 with:
      | outcome | no_plan                                                                                                                                                      |
      | done    | significant_harm_decided, developmental_needs_analysed, wishes_and_feelings_analysed, parenting_capacity_analysed, future_actions_recommended, contingency_plan_in_place |
    When the case is evaluated on 2027-01-15
    Then the requirement significant_harm_decided is met
    And the requirement developmental_needs_analysed is met
    And the requirement wishes_and_feelings_analysed is met
    And the requirement parenting_capacity_analysed is met
    And the requirement future_actions_recommended is met
    And the requirement contingency_plan_in_place is met

  @rule:derby-derbyshire.tasks.significant_harm @rule:derby-derbyshire.tasks.contingency_plan
  @rule:derby-derbyshire.tasks.plan
  Scenario: A deferred conference did not meet and has no tasks
    Given an initial conference on 2026-12-18 with outcome deferred
    When the case is evaluated on 2027-01-15
    Then there is no requirement significant_harm_decided
    And there is no requirement contingency_plan_in_place
    And there is no decision child_protection_plan

  @rule:derby-derbyshire.tasks.plan @rule:derby-derbyshire.tasks.lead_social_worker
  @rule:derby-derbyshire.tasks.core_group
  Scenario: A review re-convened after a stood-down review continues the plan and has the plan tasks
    "All conferences": the review held on 2027-03-24 in place of the one stood down on
    2027-03-10 is a conference, and keeps the plan.
    Given an initial conference on 2026-12-18 with outcome plan and done lead_social_worker_confirmed
    And a review conference on 2027-03-10 with outcome stood_down
    And a reconvened conference on 2027-03-24 with outcome continue_plan and done lead_social_worker_confirmed
    When the case is evaluated on 2027-03-25
    Then the decision child_protection_plan is true on 2027-03-24
    And the requirement lead_social_worker_confirmed is met
    And the requirement core_group_identified is not_recorded
    And the child is subject of a child protection plan from 2026-12-18

  @rule:derby-derbyshire.tasks.plan @rule:derby-derbyshire.tasks.significant_harm
  Scenario: A transfer-in conference is one of all conferences
    Given a transfer in conference on 2027-02-01 with outcome plan and done significant_harm_decided
    When the case is evaluated on 2027-02-02
    Then the decision child_protection_plan is true on 2027-02-01
    And the requirement significant_harm_decided is met
    And the child is subject of a child protection plan from 2027-02-01
