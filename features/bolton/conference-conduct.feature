Feature: Bolton initial conference - purpose, convening, attendance, the family, the plan decision, deferment and dissent
  "The Conference is required to consider the evidence presented, make judgments about the
  likelihood of significant harm in the future, and decide whether the child is a continuing
  risk of significant harm." (bolton/initial/purpose/2) "It is the responsibility of the
  Conference to:- Appoint a Lead Professional. ..." (bolton/initial/continuing-risk/2-10)

  Background:
    Given a bolton case

  # -- Purpose and the continuing risk test ----------------------------------------------

  @rule:bolton.purpose.consider_evidence @rule:bolton.purpose.judge_future_harm
  @rule:bolton.purpose.future_action @rule:bolton.actions.continuing_risk
  Scenario: A conference that decided records the evidence considered, the judgment, the continuing risk and the future action
    "The Conference will decide what future action is needed to safeguard the child and
    promote his or her welfare, how that action will be taken forward, and with what intended
    outcomes." (bolton/initial/purpose/3) A conference stood down before it is not asked.
    Given an initial conference on 2026-12-11 with outcome stood_down
    And a reconvened conference on 2026-12-18 with:
      | outcome | plan                                                                                  |
      | done    | evidence_considered, future_harm_judged, continuing_risk_considered, future_action_decided |
    When the case is evaluated on 2027-01-15
    Then the requirement evidence_considered is met
    And the requirement future_harm_judged is met
    And the requirement continuing_risk_considered is met
    And the requirement future_action_decided is met

  @rule:bolton.purpose.consider_evidence @rule:bolton.purpose.judge_future_harm
  @rule:bolton.purpose.future_action @rule:bolton.actions.continuing_risk
  Scenario: A conference that decided no plan without recording them leaves them not recorded
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-01-15
    Then the requirement evidence_considered is not_recorded
    And the requirement future_harm_judged is not_recorded
    And the requirement continuing_risk_considered is not_recorded
    And the requirement future_action_decided is not_recorded

  @rule:bolton.purpose.consider_evidence @rule:bolton.purpose.judge_future_harm
  Scenario: A conference that deferred its decision still considered the evidence
    Given an initial conference on 2026-12-18 with:
      | outcome | deferred                                |
      | done    | evidence_considered, future_harm_judged |
    When the case is evaluated on 2027-01-15
    Then the requirement evidence_considered is met
    And the requirement future_harm_judged is met

  @rule:bolton.actions.continuing_risk @rule:bolton.purpose.future_action
  @rule:bolton.purpose.consider_evidence @rule:bolton.purpose.judge_future_harm
  Scenario: The decision is asked of the conference re-convened after a deferral, not of the one that deferred
    Given an initial conference on 2026-12-18 with:
      | outcome | deferred                                |
      | done    | evidence_considered, future_harm_judged |
    And a reconvened conference on 2027-01-05 with:
      | outcome | plan                                                                                       |
      | done    | evidence_considered, future_harm_judged, continuing_risk_considered, future_action_decided |
    When the case is evaluated on 2027-01-15
    Then the requirement evidence_considered is met
    And the requirement future_harm_judged is met
    And the requirement continuing_risk_considered is met
    And the requirement future_action_decided is met

  @rule:bolton.actions.significant_harm_test
  Scenario: A plan recorded as resting on one of the two tests meets the test; the deferral before it is not asked
    "The test should be that either:- ..." (bolton/initial/actions/3-5)
    Given an initial conference on 2026-12-11 with outcome deferred
    And a reconvened conference on 2026-12-18 with:
      | outcome | plan                      |
      | done    | significant_harm_test_met |
    When the case is evaluated on 2027-01-15
    Then the requirement significant_harm_test_met is met

  @rule:bolton.actions.significant_harm_test
  Scenario: A plan reached by a majority vote without a recorded test leaves it not recorded
    Given an initial conference on 2026-12-18 with:
      | outcome | plan              |
      | votes   | plan 4, no_plan 2 |
    When the case is evaluated on 2027-01-15
    Then the child is subject of a child protection plan from 2026-12-18
    And the requirement significant_harm_test_met is not_recorded

  @rule:bolton.looked_after.plan_needs_exceptional_circumstances
  Scenario: A looked-after child is not to be identified as needing a plan without exceptional circumstances
    "... the names of children who are in the Looked After Children's System will not be
    identified as being in need of a Child Protection Plan unless there are exceptional
    circumstances." (bolton/initial/actions/6) The decision reports the breach of the
    policy; the plan the conference made stands.
    Given the child is looked after
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the decision plan_allowed_for_looked_after_child is false on 2026-12-18
    And the child is subject of a child protection plan from 2026-12-18

  @rule:bolton.looked_after.plan_needs_exceptional_circumstances
  Scenario: A looked-after child for whom the conference made no plan was not identified as needing one
    Review case c14: the conference decided no plan, so the policy was kept and there is
    nothing to report.
    Given the child is looked after
    And an initial conference on 2027-01-15 with outcome no_plan
    When the case is evaluated on 2027-12-31
    Then there is no decision plan_allowed_for_looked_after_child

  @rule:bolton.looked_after.plan_needs_exceptional_circumstances
  Scenario: A plan made for a looked-after child by a split vote is a plan made without exceptional circumstances
    "Should the vote be split equally, the child will be the subject of a Child Protection
    Plan" (bolton/initial/dissent/3): the vote identified the child as needing a plan. The
    stood-down conference before it made no plan and is not asked.
    Given the child is looked after
    And an initial conference on 2026-12-11 with outcome stood_down
    And a reconvened conference on 2026-12-18 with votes plan 3, no_plan 3
    When the case is evaluated on 2027-01-15
    Then the decision plan_allowed_for_looked_after_child is false on 2026-12-18

  @rule:bolton.looked_after.plan_needs_exceptional_circumstances
  Scenario: Exceptional circumstances recorded for a looked-after child lift the bar
    Given the child is looked after
    And an initial conference on 2026-12-18 with:
      | outcome                   | plan |
      | exceptional_circumstances | true |
    When the case is evaluated on 2027-01-15
    Then there is no decision plan_allowed_for_looked_after_child

  @rule:bolton.looked_after.plan_needs_exceptional_circumstances
  Scenario: The policy does not apply to a child who is not looked after
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-15
    Then there is no decision plan_allowed_for_looked_after_child

  # -- Convening --------------------------------------------------------------------------

  @rule:bolton.convening.request
  Scenario: The social worker's request follows the section 47 outcome; no days are given
    "A Child Protection Conference request will be initiated by the social worker following
    the Section 47 discussion and outcome." (bolton/initial/convening/1)
    Given a section 47 outcome on 2026-12-01 with outcome significant_harm
    And a conference request on 2026-12-02
    When the case is evaluated on 2027-01-15
    Then the duty conference_request has no due date
    And the duty conference_request is met

  @rule:bolton.convening.request
  Scenario: Without a request the duty stays open and never becomes overdue
    Given a section 47 outcome on 2026-12-01 with outcome significant_harm
    When the case is evaluated on 2027-06-01
    Then the duty conference_request is open

  @rule:bolton.convening.request
  Scenario: An enquiry that found no significant harm asks for no conference request
    Given a section 47 outcome on 2026-12-01 with outcome no_significant_harm
    When the case is evaluated on 2027-01-15
    Then there is no duty conference_request

  @rule:bolton.convening.request_to_iro_team @rule:bolton.involvement.discussed_when_convening
  Scenario: The request is sent to the Independent Reviewing Officers Team and the child's involvement discussed
    "This information will be sent electronically to the Independent Reviewing Officers Team
    for agreement of the need for an Initial Child Protection Conference."
    (bolton/initial/convening/1) "This should be discussed with the Conference and Reviewing
    Team when convening the Conference." (bolton/initial/involving-family/1)
    Given a conference request on 2026-12-02 with done sent_to_iro_team, child_involvement_discussed_with_conference_team
    When the case is evaluated on 2027-01-15
    Then the requirement sent_to_iro_team is met
    And the requirement child_involvement_discussed_with_conference_team is met

  @rule:bolton.convening.request_to_iro_team @rule:bolton.involvement.discussed_when_convening
  Scenario: A request with nothing recorded leaves both not recorded
    Given a conference request on 2026-12-02
    When the case is evaluated on 2027-01-15
    Then the requirement sent_to_iro_team is not_recorded
    And the requirement child_involvement_discussed_with_conference_team is not_recorded

  # -- Chairing, preparation, attendance and the family ----------------------------------

  @rule:bolton.convening.iro_chair @rule:bolton.convening.preparation
  @rule:bolton.attendance.contribution @rule:bolton.attendance.sufficient_information
  @rule:bolton.attendance.invitations @rule:bolton.involvement.explained
  @rule:bolton.involvement.child_invited @rule:bolton.involvement.helped_to_prepare
  @rule:bolton.involvement.parent_participation
  Scenario: An initial conference recorded as chaired, prepared, attended and with the family involved
    "The conference will be chaired by an Independent Reviewing Officer, based at the Child
    Protection Unit." (bolton/initial/convening/2)
    Given an initial conference on 2026-12-18 with:
      | outcome | no_plan |
      | done    | chaired_by_iro, adequately_prepared, attendees_have_significant_contribution, sufficient_information_and_expertise, invitations_sent, conference_explained_to_child_and_parents, child_invited_with_supporter, family_helped_to_prepare, parent_involvement_planned |
    When the case is evaluated on 2027-01-15
    Then the requirement chaired_by_iro is met
    And the requirement adequately_prepared is met
    And the requirement attendees_have_significant_contribution is met
    And the requirement sufficient_information_and_expertise is met
    And the requirement invitations_sent is met
    And the requirement conference_explained_to_child_and_parents is met
    And the requirement child_invited_with_supporter is met
    And the requirement family_helped_to_prepare is met
    And the requirement parent_involvement_planned is met

  @rule:bolton.convening.iro_chair @rule:bolton.convening.preparation
  @rule:bolton.attendance.contribution @rule:bolton.attendance.sufficient_information
  @rule:bolton.attendance.invitations @rule:bolton.involvement.explained
  @rule:bolton.involvement.child_invited @rule:bolton.involvement.helped_to_prepare
  @rule:bolton.involvement.parent_participation
  Scenario: An initial conference with nothing recorded leaves each of them not recorded
    Given an initial conference on 2026-12-18 with outcome stood_down
    When the case is evaluated on 2027-01-15
    Then the requirement chaired_by_iro is not_recorded
    And the requirement adequately_prepared is not_recorded
    And the requirement attendees_have_significant_contribution is not_recorded
    And the requirement sufficient_information_and_expertise is not_recorded
    And the requirement invitations_sent is not_recorded
    And the requirement conference_explained_to_child_and_parents is not_recorded
    And the requirement child_invited_with_supporter is not_recorded
    And the requirement family_helped_to_prepare is not_recorded
    And the requirement parent_involvement_planned is not_recorded

  @rule:bolton.convening.iro_chair @rule:bolton.convening.preparation
  @rule:bolton.attendance.contribution @rule:bolton.attendance.sufficient_information
  @rule:bolton.involvement.explained @rule:bolton.involvement.child_invited
  @rule:bolton.involvement.helped_to_prepare @rule:bolton.involvement.parent_participation
  Scenario: A conference re-convened at the initial stage is an initial conference for chairing, preparation, attendance and the family
    The re-convened conference decided a plan, so it is at the initial stage; nothing is
    recorded for it.
    Given a reconvened conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the requirement chaired_by_iro is not_recorded
    And the requirement adequately_prepared is not_recorded
    And the requirement attendees_have_significant_contribution is not_recorded
    And the requirement sufficient_information_and_expertise is not_recorded
    And the requirement conference_explained_to_child_and_parents is not_recorded
    And the requirement child_invited_with_supporter is not_recorded
    And the requirement family_helped_to_prepare is not_recorded
    And the requirement parent_involvement_planned is not_recorded

  @rule:bolton.attendance.invitations
  Scenario: The Child Protection Unit's invitations cover review conferences too
    "The Child Protection Unit will invite ... to attend Child Protection Conferences."
    (bolton/initial/attendance/2)
    Given a review conference on 2027-03-10 with outcome continue_plan
    And a reconvened conference on 2027-04-10 with outcome continue_plan
    When the case is evaluated on 2027-05-01
    Then the requirement invitations_sent is not_recorded

  @rule:bolton.attendance.invitations
  Scenario: A transfer-in conference and a missing-child conference are Child Protection Conferences too
    Neither records the invitations, so both are not recorded.
    Given a transfer in conference on 2027-02-01 with outcome continue_plan
    And a missing notified on 2027-03-02
    And a missing child conference on 2027-03-09
    When the case is evaluated on 2027-06-01
    Then the requirement invitations_sent is not_recorded

  @rule:bolton.attendance.invitations
  Scenario: Invitations recorded for a review conference are met
    Given a review conference on 2027-03-10 with:
      | outcome | continue_plan    |
      | done    | invitations_sent |
    When the case is evaluated on 2027-05-01
    Then the requirement invitations_sent is met

  @rule:bolton.involvement.wishes_and_feelings
  Scenario: Where the child will not attend, the child's wishes and feelings are made known
    "Where a child does not wish to attend the Conference, or their attendance is not
    appropriate, every effort should be made to ensure their wishes and feelings are made
    known" (bolton/initial/involving-family/2)
    Given a child not attending on 2026-12-18 with done wishes_and_feelings_made_known
    When the case is evaluated on 2027-01-15
    Then the requirement wishes_and_feelings_made_known is met

  @rule:bolton.involvement.wishes_and_feelings
  Scenario: Where the child will not attend and nothing is recorded
    Given a child not attending on 2026-12-18
    When the case is evaluated on 2027-01-15
    Then the requirement wishes_and_feelings_made_known is not_recorded

  # -- If the child is assessed to be at continuing risk ---------------------------------

  @rule:bolton.category.determined
  Scenario: The chair determines the category when the child is made subject to a plan
    "The chair should determine which category of abuse or neglect the child has suffered or
    is suffering." (bolton/initial/continuing-risk/1)
    Given an initial conference on 2026-12-18 with:
      | outcome  | plan    |
      | category | neglect |
    When the case is evaluated on 2027-01-15
    Then the decision category_determined is true on 2026-12-18

  @rule:bolton.category.determined
  Scenario: A plan with no category recorded
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the decision category_determined is false on 2026-12-18

  @rule:bolton.category.determined
  Scenario: A split vote makes a plan, and the category is determined
    Given an initial conference on 2026-12-18 with:
      | votes    | plan 3, no_plan 3 |
      | category | emotional         |
    When the case is evaluated on 2027-01-15
    Then the decision category_determined is true on 2026-12-18

  @rule:bolton.category.determined
  Scenario: No plan, no category to determine
    Given an initial conference on 2026-12-18 with:
      | outcome  | no_plan |
      | category | neglect |
    When the case is evaluated on 2027-01-15
    Then there is no decision category_determined

  @rule:bolton.responsibilities.lead_professional @rule:bolton.responsibilities.outline_plan
  @rule:bolton.responsibilities.further_assessments @rule:bolton.responsibilities.family_involvement
  @rule:bolton.responsibilities.contingency_plan @rule:bolton.responsibilities.core_group
  @rule:bolton.responsibilities.first_core_group_date @rule:bolton.responsibilities.first_review_date
  Scenario: A re-convened conference that made a plan records each of its responsibilities; the deferral before it is not asked
    Given an initial conference on 2026-12-11 with outcome deferred
    And a reconvened conference on 2026-12-18 with:
      | outcome | plan |
      | done    | lead_professional_appointed, plan_outlined, further_assessments_identified, family_involvement_and_support_established, contingency_plan_in_place, core_group_identified, first_core_group_date_set, first_review_date_set |
    When the case is evaluated on 2027-01-15
    Then the requirement lead_professional_appointed is met
    And the requirement plan_outlined is met
    And the requirement further_assessments_identified is met
    And the requirement family_involvement_and_support_established is met
    And the requirement contingency_plan_in_place is met
    And the requirement core_group_identified is met
    And the requirement first_core_group_date_set is met
    And the requirement first_review_date_set is met

  @rule:bolton.responsibilities.lead_professional @rule:bolton.responsibilities.outline_plan
  @rule:bolton.responsibilities.further_assessments @rule:bolton.responsibilities.family_involvement
  @rule:bolton.responsibilities.contingency_plan @rule:bolton.responsibilities.core_group
  @rule:bolton.responsibilities.first_core_group_date @rule:bolton.responsibilities.first_review_date
  Scenario: A conference that made a plan and recorded none of them
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the requirement lead_professional_appointed is not_recorded
    And the requirement plan_outlined is not_recorded
    And the requirement further_assessments_identified is not_recorded
    And the requirement family_involvement_and_support_established is not_recorded
    And the requirement contingency_plan_in_place is not_recorded
    And the requirement core_group_identified is not_recorded
    And the requirement first_core_group_date_set is not_recorded
    And the requirement first_review_date_set is not_recorded

  # -- If the child is assessed NOT to be at continuing risk ------------------------------

  @rule:bolton.not_at_risk.additional_services @rule:bolton.not_at_risk.service_access
  @rule:bolton.not_at_risk.needs_review @rule:bolton.not_at_risk.action_plan
  Scenario: A conference that found no continuing risk records what it considered; the deferral before it is not asked
    "Where a child is deemed not to be at continuing risk, the Conference should consider:-"
    (bolton/initial/not-continuing-risk/1)
    Given an initial conference on 2026-12-11 with outcome deferred
    And a reconvened conference on 2026-12-18 with:
      | outcome | no_plan |
      | done    | additional_services_considered, service_access_considered, needs_review_considered, action_plan_drawn_up |
    When the case is evaluated on 2027-01-15
    Then the requirement additional_services_considered is met
    And the requirement service_access_considered is met
    And the requirement needs_review_considered is met
    And the requirement action_plan_drawn_up is met

  @rule:bolton.not_at_risk.additional_services @rule:bolton.not_at_risk.service_access
  @rule:bolton.not_at_risk.needs_review @rule:bolton.not_at_risk.action_plan
  Scenario: A majority vote against a plan with nothing recorded
    Given an initial conference on 2026-12-18 with:
      | outcome | no_plan           |
      | votes   | plan 1, no_plan 4 |
    When the case is evaluated on 2027-01-15
    Then the child is never subject of a child protection plan
    And the requirement additional_services_considered is not_recorded
    And the requirement service_access_considered is not_recorded
    And the requirement needs_review_considered is not_recorded
    And the requirement action_plan_drawn_up is not_recorded

  @rule:bolton.not_at_risk.action_plan_review
  Scenario: A review six months after the action plan is in time, and the next review has no latest date
    "Where appropriate, an Action Plan will be drawn up and reviewed at regular intervals (no
    less than 6 month intervals)." (bolton/initial/not-continuing-risk/5) Read as the words
    say, each interval is at least six calendar months: 15 December 2026 + 6 months is 15
    June 2027, the earliest day of the first review. No latest date is given.
    Given an action plan on 2026-12-15
    And an action plan review on 2027-06-15
    When the case is evaluated on 2027-07-01
    Then the duty action_plan_review has no due date
    And the duty action_plan_review for the action plan on 2026-12-15 is met
    And the duty action_plan_review for the action plan review on 2027-06-15 is open

  @rule:bolton.not_at_risk.action_plan_review
  Scenario: A review a day short of six months is sooner than the interval allows
    Given an action plan on 2026-12-15
    And an action plan review on 2027-06-14
    When the case is evaluated on 2027-07-01
    Then the duty action_plan_review for the action plan on 2026-12-15 is early

  @rule:bolton.not_at_risk.action_plan_review
  Scenario: The six months are calendar months - the earliest day on a bank holiday does not move
    3 November 2026 + 6 months is Monday 3 May 2027, the early May bank holiday; a review
    that day is not early.
    Given an action plan on 2026-11-03
    And an action plan review on 2027-05-03
    When the case is evaluated on 2027-06-01
    Then the duty action_plan_review for the action plan on 2026-11-03 is met

  @rule:bolton.not_at_risk.action_plan_review
  Scenario: Six months from the last day of August end on the last day of February
    31 August 2026 + 6 months is clipped to 28 February 2027; a review on 27 February is
    early, one on 28 February is not.
    Given an action plan on 2026-08-31
    And an action plan review on 2027-02-27
    And an action plan review on 2027-02-28
    When the case is evaluated on 2027-03-15
    Then the duty action_plan_review for the action plan on 2026-08-31 is early
    And the duty action_plan_review for the action plan review on 2027-02-27 is early

  @rule:bolton.not_at_risk.action_plan_review
  Scenario: An action plan never reviewed is not overdue - the source gives no latest date
    Under the other reading ("at least every 6 months") it would be overdue after 3 May
    2027; the rule does not pick that reading.
    Given an action plan on 2026-11-03
    When the case is evaluated on 2027-12-01
    Then the duty action_plan_review is open

  @rule:bolton.not_at_risk.action_plan_review
  Scenario: The review case c18 - a review after six weeks is early, the next after seven months in time
    Action plan 15 January 2027: earliest review 15 July; the review of 1 March is early.
    From 1 March the earliest is 1 September; the review of 1 October is in time. After it
    the next review is open.
    Given an initial conference on 2027-01-15 with outcome no_plan
    And an action plan on 2027-01-15
    And an action plan review on 2027-03-01
    And an action plan review on 2027-10-01
    When the case is evaluated on 2027-12-31
    Then the duty action_plan_review for the action plan on 2027-01-15 is early
    And the duty action_plan_review for the action plan review on 2027-03-01 is met
    And the duty action_plan_review for the action plan review on 2027-10-01 is open

  # -- Deferment ---------------------------------------------------------------------------

  @rule:bolton.deferment.decision_reached
  Scenario: A conference that decides reaches the decision the guidance expects
    "In the majority of case conferences a decision about whether a Child Protection Plan is
    required should always be reached." (bolton/initial/deferment/1)
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-01-15
    Then the decision plan_decision_reached is true on 2026-12-18

  @rule:bolton.deferment.decision_reached @rule:bolton.deferment.critical_information
  Scenario: A deferred conference reached no decision; critical information was not available
    "Deferring a decision should only be considered when critical information is not
    available" (bolton/initial/deferment/1)
    Given an initial conference on 2026-12-18 with:
      | outcome | deferred                         |
      | done    | critical_information_unavailable |
    And a reconvened conference on 2027-01-08 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the decision plan_decision_reached is false on 2026-12-18
    And the decision plan_decision_reached is true on 2027-01-08
    And the requirement critical_information_unavailable is met

  @rule:bolton.deferment.critical_information
  Scenario: A deferral without a record that critical information was missing
    Given an initial conference on 2026-12-18 with outcome deferred
    When the case is evaluated on 2027-01-15
    Then the requirement critical_information_unavailable is not_recorded

  @rule:bolton.deferment.critical_information_responsibility
  Scenario: The deferring conference made the Lead Professional and the Chair responsible for the critical information
    "The Conference should reconvene within 3 months with the Lead professional and Chair
    responsible for securing the critical information." (bolton/initial/deferment/2)
    Given an initial conference on 2026-12-18 with:
      | outcome | deferred                                     |
      | done    | critical_information_responsibility_assigned |
    When the case is evaluated on 2027-01-15
    Then the requirement critical_information_responsibility_assigned is met

  @rule:bolton.deferment.critical_information_responsibility
  Scenario: A deferral with no record of who is to secure the critical information
    The conference stood down before it deferred nothing and is not asked.
    Given an initial conference on 2026-12-11 with outcome stood_down
    And a reconvened conference on 2026-12-18 with outcome deferred
    When the case is evaluated on 2027-01-15
    Then the requirement critical_information_responsibility_assigned is not_recorded

  @rule:bolton.deferment.critical_information_responsibility
  Scenario: A conference that decided has no critical information to secure
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-01-15
    Then there is no requirement critical_information_responsibility_assigned

  @rule:bolton.deferment.decision_reached
  Scenario: A conference stood down is not one that failed to decide
    Given an initial conference on 2026-12-18 with outcome stood_down
    When the case is evaluated on 2027-01-15
    Then there is no decision plan_decision_reached

  # -- Disagreement and dissent -----------------------------------------------------------

  @rule:bolton.dissent.consensus @rule:bolton.dissent.each_agency_asked
  @rule:bolton.dissent.supporters_excluded
  Scenario: A vote taken after seeking consensus, asking each agency and excluding supporters; the conference stood down before it had no vote
    "Every effort should be made, through discussion and explanation, to reach a consensus in
    the conference." (bolton/initial/dissent/1) "As a last resort, the chair will ask each
    agency representative with different line management structures to offer their view
    (those attending to support staff will be excluded from the voting process)."
    (bolton/initial/dissent/2)
    Given an initial conference on 2026-12-11 with outcome stood_down
    And a reconvened conference on 2026-12-18 with:
      | outcome | plan                                                                              |
      | votes   | plan 4, no_plan 2                                                                 |
      | done    | consensus_sought, each_agency_representative_asked, supporters_excluded_from_vote |
    When the case is evaluated on 2027-01-15
    Then the requirement consensus_sought is met
    And the requirement each_agency_representative_asked is met
    And the requirement supporters_excluded_from_vote is met

  @rule:bolton.dissent.consensus @rule:bolton.dissent.each_agency_asked
  @rule:bolton.dissent.supporters_excluded
  Scenario: A vote with none of it recorded
    Given an initial conference on 2026-12-18 with:
      | outcome | no_plan           |
      | votes   | plan 2, no_plan 4 |
    When the case is evaluated on 2027-01-15
    Then the requirement consensus_sought is not_recorded
    And the requirement each_agency_representative_asked is not_recorded
    And the requirement supporters_excluded_from_vote is not_recorded

  @rule:bolton.dissent.dissents_recorded
  Scenario: A majority vote for a plan with the dissents recorded
    "The majority view will be taken and dissents recorded." (bolton/initial/dissent/2)
    Given an initial conference on 2026-12-18 with:
      | outcome | plan              |
      | votes   | plan 4, no_plan 2 |
      | done    | dissents_recorded |
    When the case is evaluated on 2027-01-15
    Then the requirement dissents_recorded is met

  @rule:bolton.dissent.dissents_recorded
  Scenario: A majority vote against a plan with no record of the dissent
    Given an initial conference on 2026-12-18 with:
      | outcome | no_plan           |
      | votes   | plan 1, no_plan 4 |
    When the case is evaluated on 2027-01-15
    Then the requirement dissents_recorded is not_recorded

  @rule:bolton.dissent.dissents_recorded
  Scenario: A review that votes records its dissents too
    Given an initial conference on 2027-01-15 with outcome plan
    And a review conference on 2027-04-12 with:
      | outcome | continue_plan     |
      | votes   | plan 3, no_plan 1 |
    When the case is evaluated on 2027-05-01
    Then the requirement dissents_recorded is not_recorded

  @rule:bolton.dissent.dissents_recorded
  Scenario: A unanimous vote has no dissent, and a vote split equally has no majority view
    Given an initial conference on 2026-12-11 with:
      | outcome | plan              |
      | votes   | plan 5, no_plan 0 |
    And a reconvened conference on 2027-02-01 with votes plan 3, no_plan 3
    When the case is evaluated on 2027-03-01
    Then there is no requirement dissents_recorded

  @rule:bolton.looked_after.plan_needs_exceptional_circumstances @rule:bolton.plan.decide
  Scenario: A child who became looked after only after the conference was not a looked-after child at it
    Given the child has been looked after since 2027-03-01
    And an initial conference on 2027-01-15 with outcome plan
    When the case is evaluated on 2027-06-01
    Then there is no decision plan_allowed_for_looked_after_child
