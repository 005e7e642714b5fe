Feature: Hammersmith & Fulham - the key worker, core group meetings and complaints
  "If the professionals present at the conference conclude that a child is in need of a child
  protection plan a designated key worker, who should be a qualified social worker will
  oversee the child protection plan. The plan includes maintaining a minimum standard of
  visits to the child, convening Core Group Meetings (CGM's) and chairing second and
  subsequent CGM's." (hammersmith-fulham/key-worker/1)

  Background:
    Given a hammersmith-fulham case

  @rule:hammersmith-fulham.key_worker.designated @rule:hammersmith-fulham.key_worker.qualified_social_worker
  Scenario: The conference that makes the plan designates a key worker who is a qualified social worker
    Given an initial conference on 2026-12-18 with:
      | outcome | plan                                                      |
      | done    | key_worker_designated, key_worker_qualified_social_worker |
    When the case is evaluated on 2026-12-19
    Then the requirement key_worker_designated is met
    And the requirement key_worker_qualified_social_worker is met

  @rule:hammersmith-fulham.key_worker.designated @rule:hammersmith-fulham.key_worker.qualified_social_worker
  Scenario: A key worker designated, but not recorded as a qualified social worker
    Given an initial conference on 2026-12-18 with:
      | outcome | plan                  |
      | done    | key_worker_designated |
    When the case is evaluated on 2026-12-19
    Then the requirement key_worker_designated is met
    And the requirement key_worker_qualified_social_worker is not_recorded

  @rule:hammersmith-fulham.key_worker.designated
  Scenario: No key worker recorded for the plan
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2026-12-19
    Then the requirement key_worker_designated is not_recorded

  @rule:hammersmith-fulham.key_worker.designated @rule:hammersmith-fulham.key_worker.qualified_social_worker
  Scenario: A conference that concludes no plan is needed designates no key worker
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2026-12-19
    Then there is no requirement key_worker_designated
    And there is no requirement key_worker_qualified_social_worker

  @rule:hammersmith-fulham.key_worker.designated @rule:hammersmith-fulham.key_worker.qualified_social_worker
  Scenario: Only the conference that made the plan is checked for the key worker
    Given an initial conference on 2026-12-18 with:
      | outcome | plan                                                      |
      | done    | key_worker_designated, key_worker_qualified_social_worker |
    And an initial conference on 2027-02-01 with outcome no_plan
    When the case is evaluated on 2027-02-02
    Then the requirement key_worker_designated is met
    And the requirement key_worker_qualified_social_worker is met

  @rule:hammersmith-fulham.key_worker.designated @rule:hammersmith-fulham.key_worker.qualified_social_worker
  Scenario: A conference that made no plan is not checked because of a later plan
    Given an initial conference on 2026-12-18 with outcome no_plan
    And an initial conference on 2027-02-01 with:
      | outcome | plan                                                      |
      | done    | key_worker_designated, key_worker_qualified_social_worker |
    When the case is evaluated on 2027-02-02
    Then the requirement key_worker_designated is met
    And the requirement key_worker_qualified_social_worker is met

  @rule:hammersmith-fulham.key_worker.understands_collaboration
  Scenario: The key worker designated for the plan understands that child protection is collaborative
    "A key worker must understand that child protection is a collaborative process and
    should be conducted with key agencies and families wherever possible."
    (hammersmith-fulham/key-worker/1)
    Given an initial conference on 2026-12-18 with outcome plan and done key_worker_understands_collaborative_process
    When the case is evaluated on 2026-12-19
    Then the requirement key_worker_understands_collaborative_process is met

  @rule:hammersmith-fulham.key_worker.understands_collaboration
  Scenario: The key worker's understanding is not recorded
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2026-12-19
    Then the requirement key_worker_understands_collaborative_process is not_recorded

  @rule:hammersmith-fulham.key_worker.understands_collaboration @rule:hammersmith-fulham.key_worker.designated
  Scenario: No plan, no key worker, nothing to understand; a stood-down conference designates none
    Given an initial conference on 2026-12-11 with outcome stood_down
    And an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2026-12-19
    Then there is no requirement key_worker_understands_collaborative_process
    And there is no requirement key_worker_designated

  @rule:hammersmith-fulham.key_worker.designated @rule:hammersmith-fulham.key_worker.understands_collaboration
  Scenario: A conference re-convened at the initial stage that makes the plan designates the key worker
    Given an initial conference on 2026-12-11 with outcome deferred
    And a reconvened conference on 2026-12-18 with outcome plan and done key_worker_designated
    When the case is evaluated on 2026-12-19
    Then the requirement key_worker_designated is met
    And the requirement key_worker_understands_collaborative_process is not_recorded

  # ---- Visits ----

  @rule:hammersmith-fulham.key_worker.visits
  Scenario: Visits to a minimum standard - the standard is not given, so there is no due date
    Given an initial conference on 2026-12-18 with outcome plan
    And a child protection visit on 2026-12-22
    When the case is evaluated on 2027-01-05
    Then the duty child_protection_visit has no due date
    And the duty child_protection_visit is met

  @rule:hammersmith-fulham.key_worker.visits
  Scenario: Without a visit the duty stays open, never overdue
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-06-01
    Then the duty child_protection_visit is open

  @rule:hammersmith-fulham.key_worker.visits
  Scenario: The plan ends before any visit
    Given an initial conference on 2026-12-18 with outcome plan
    And a review conference on 2027-03-01 with outcome end_plan
    When the case is evaluated on 2027-06-01
    Then the duty child_protection_visit is ended

  @rule:hammersmith-fulham.key_worker.visits
  Scenario: No plan, no visits
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-01-05
    Then there is no duty child_protection_visit

  # ---- Core group meetings ----

  @rule:hammersmith-fulham.key_worker.convenes_core_groups
  Scenario: The key worker convenes core group meetings; no time is given for the first, and a review does not start another first one
    Given an initial conference on 2026-12-18 with outcome plan
    And a core group meeting on 2027-01-20
    And a review conference on 2027-03-15 with outcome continue_plan
    When the case is evaluated on 2027-06-01
    Then the duty first_core_group_meeting has no due date
    And the duty first_core_group_meeting is met

  @rule:hammersmith-fulham.key_worker.convenes_core_groups
  Scenario: No core group meeting yet - open, never overdue
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-06-01
    Then the duty first_core_group_meeting is open

  @rule:hammersmith-fulham.key_worker.convenes_core_groups
  Scenario: No plan, no core group
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-06-01
    Then there is no duty first_core_group_meeting

  @rule:hammersmith-fulham.key_worker.chairs_later_core_groups
  Scenario: The key worker chairs the second core group meeting
    Given an initial conference on 2026-12-18 with outcome plan
    And a core group meeting on 2027-01-05
    And a core group meeting on 2027-02-05 with done chaired_by_key_worker
    When the case is evaluated on 2027-02-06
    Then the requirement chaired_by_key_worker is met

  @rule:hammersmith-fulham.key_worker.chairs_later_core_groups
  Scenario: Who chairs the first core group meeting is not said
    Given an initial conference on 2026-12-18 with outcome plan
    And a core group meeting on 2027-01-05
    When the case is evaluated on 2027-01-06
    Then there is no requirement chaired_by_key_worker

  @rule:hammersmith-fulham.key_worker.chairs_later_core_groups
  Scenario: Who chaired the second core group meeting is not recorded
    Given an initial conference on 2026-12-18 with outcome plan
    And a core group meeting on 2027-01-05 with done chaired_by_key_worker
    And a core group meeting on 2027-02-05
    When the case is evaluated on 2027-02-06
    Then the requirement chaired_by_key_worker is not_recorded

  @rule:hammersmith-fulham.core_group.involve_family_and_professionals @rule:hammersmith-fulham.core_group.work_through_plan
  @rule:hammersmith-fulham.key_worker.collaborative
  Scenario: A core group meeting with the family and professionals works through the plan
    "These meetings involve family members and professionals involved, and look to work
    through the Child Protection Plan recommendation by recommendation to help move the plan
    forward." (hammersmith-fulham/key-worker/1)
    Given a core group meeting on 2027-01-05 with done family_and_professionals_involved, plan_worked_through_by_recommendation, conducted_with_agencies_and_families
    When the case is evaluated on 2027-01-06
    Then the requirement family_and_professionals_involved is met
    And the requirement plan_worked_through_by_recommendation is met
    And the requirement conducted_with_agencies_and_families is met

  @rule:hammersmith-fulham.core_group.involve_family_and_professionals @rule:hammersmith-fulham.core_group.work_through_plan
  @rule:hammersmith-fulham.key_worker.collaborative
  Scenario: A core group meeting with nothing recorded
    Given a core group meeting on 2027-01-05
    When the case is evaluated on 2027-01-06
    Then the requirement family_and_professionals_involved is not_recorded
    And the requirement plan_worked_through_by_recommendation is not_recorded
    And the requirement conducted_with_agencies_and_families is not_recorded

  # ---- Complaints ----

  @rule:hammersmith-fulham.complaints.form
  Scenario: A complaints form given to a parent who asked
    "There is a complaints' procedure in the council, please ask the Chair Person or your
    social worker to give you a form." (hammersmith-fulham/key-worker/1)
    Given a conference complaint on 2027-01-10 with done complaint_form_given
    When the case is evaluated on 2027-01-11
    Then the requirement complaint_form_given is met

  @rule:hammersmith-fulham.complaints.form
  Scenario: No form recorded as given
    Given a conference complaint on 2027-01-10
    When the case is evaluated on 2027-01-11
    Then the requirement complaint_form_given is not_recorded
