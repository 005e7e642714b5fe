Feature: Bolton - the lead professional, the core group, the child protection plan and urgent re-convening
  Section 3, "Action following the initial child protection conference", and section 4,
  "Urgently re-convened child protection conferences", of the Bolton procedure.

  Background:
    Given a bolton case

  # ---- The conference that makes the plan ----

  @rule:bolton.lead_professional.named
  @rule:bolton.core_group.members_professionals
  @rule:bolton.core_group.members_family
  @rule:bolton.plan.outline_at_initial_conference
  Scenario: A re-convened conference that made the plan recorded its lead professional, core group and outline plan
    "Every child who is the subject of a Child Protection Plan should have a named Lead
    Professional." (lead-professional/1) "Members of the Core Group will include the Lead
    Professional and other workers involved directly with the child, their parents or carers."
    (members/2) "Parents, carers and the child (where age appropriate) are members of the Core
    group." (members/3) "An outline Child Protection Plan will be drawn up at the Initial
    Conference" (plan/1). The earlier conference made no plan, so nothing is asked of it.
    Given an initial conference on 2027-01-04 with outcome no_plan
    And a reconvened conference on 2027-02-01 with:
      | outcome | plan |
      | done    | lead_professional_named, core_group_includes_lead_professional_and_direct_workers, core_group_includes_parents_carers_and_child, outline_plan_drawn_up |
    When the case is evaluated on 2027-02-15
    Then the requirement lead_professional_named is met
    And the requirement core_group_includes_lead_professional_and_direct_workers is met
    And the requirement core_group_includes_parents_carers_and_child is met
    And the requirement outline_plan_drawn_up is met

  @rule:bolton.lead_professional.named
  @rule:bolton.core_group.members_professionals
  @rule:bolton.core_group.members_family
  @rule:bolton.plan.outline_at_initial_conference
  Scenario: Only the conference that made the plan is asked; a later conference is not
    Given an initial conference on 2027-01-04 with:
      | outcome | plan |
      | done    | lead_professional_named, core_group_includes_lead_professional_and_direct_workers, core_group_includes_parents_carers_and_child, outline_plan_drawn_up |
    And a reconvened conference on 2027-02-15 with outcome deferred
    When the case is evaluated on 2027-03-01
    Then the requirement lead_professional_named is met
    And the requirement core_group_includes_lead_professional_and_direct_workers is met
    And the requirement core_group_includes_parents_carers_and_child is met
    And the requirement outline_plan_drawn_up is met

  @rule:bolton.lead_professional.named
  @rule:bolton.core_group.members_professionals
  @rule:bolton.core_group.members_family
  @rule:bolton.plan.outline_at_initial_conference
  Scenario: A conference that made the plan without recording these is not recorded
    Given an initial conference on 2027-01-04 with outcome plan
    When the case is evaluated on 2027-02-15
    Then the requirement lead_professional_named is not_recorded
    And the requirement core_group_includes_lead_professional_and_direct_workers is not_recorded
    And the requirement core_group_includes_parents_carers_and_child is not_recorded
    And the requirement outline_plan_drawn_up is not_recorded

  @rule:bolton.lead_professional.named
  @rule:bolton.core_group.members_professionals
  @rule:bolton.core_group.members_family
  @rule:bolton.plan.outline_at_initial_conference
  Scenario: A review's decision on the day of a re-convened conference does not make that conference the plan's
    Given an initial conference on 2027-01-04 with:
      | outcome | plan |
      | done    | lead_professional_named, core_group_includes_lead_professional_and_direct_workers, core_group_includes_parents_carers_and_child, outline_plan_drawn_up |
    And a review conference on 2027-04-01 with outcome continue_plan
    And a reconvened conference on 2027-04-01 with outcome deferred
    When the case is evaluated on 2027-04-15
    Then the requirement lead_professional_named is met
    And the requirement core_group_includes_lead_professional_and_direct_workers is met
    And the requirement core_group_includes_parents_carers_and_child is met
    And the requirement outline_plan_drawn_up is met

  @rule:bolton.lead_professional.named @rule:bolton.dissent.split_vote_plan
  Scenario: A plan made by a split vote also needs a named lead professional
    Given an initial conference on 2027-01-04 with:
      | agencies | children_social_care, police, health |
      | votes    | plan 3, no_plan 3                    |
    When the case is evaluated on 2027-02-15
    Then the decision child_protection_plan is true
    And the requirement lead_professional_named is not_recorded

  @rule:bolton.lead_professional.wishes_and_feelings
  @rule:bolton.lead_professional.child_kept_up_to_date
  Scenario: On a visit the lead professional ascertained the child's wishes and feelings and updated the child on the plan
    "The Lead Professional should regularly ascertain the child’s wishes and feelings and keep
    the child up-to-date with the progress of the Child Protection Plan." (lead-professional/2)
    Given an initial conference on 2027-01-04 with outcome plan
    And a child protection visit on 2027-01-20 with done child_wishes_and_feelings_ascertained, child_kept_up_to_date_on_plan
    When the case is evaluated on 2027-02-15
    Then the requirement child_wishes_and_feelings_ascertained is met
    And the requirement child_kept_up_to_date_on_plan is met

  @rule:bolton.lead_professional.wishes_and_feelings
  @rule:bolton.lead_professional.child_kept_up_to_date
  Scenario: A visit with no record of the child's wishes and feelings or of updating the child
    Given an initial conference on 2027-01-04 with outcome plan
    And a child protection visit on 2027-01-20
    When the case is evaluated on 2027-02-15
    Then the requirement child_wishes_and_feelings_ascertained is not_recorded
    And the requirement child_kept_up_to_date_on_plan is not_recorded

  # ---- Core group meetings ----

  @rule:bolton.lead_professional.coordinates
  @rule:bolton.core_group.verbal_reports
  @rule:bolton.core_group.written_reports_if_absent
  @rule:bolton.core_group.chaired_by_lead_professional
  @rule:bolton.core_group.information_shared
  @rule:bolton.plan.meeting_record
  Scenario: A core group meeting that recorded how it was run meets each requirement
    "At each Core group meeting members should be prepared to give a verbal report of their
    involvement with the child, their parents or carers. If they cannot attend, they should
    send a written report in advance." (core-group/9) "The Core Group should be chaired by the
    Lead Professional" (members/1) "A written record must be made of the meetings" (plan/4)
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-14 with:
      | done | contributions_coordinated_by_lead_professional, verbal_reports_from_members, written_reports_from_absent_members, chaired_by_lead_professional_or_deputy, members_shared_information, written_record_made |
    When the case is evaluated on 2027-01-20
    Then the requirement contributions_coordinated_by_lead_professional is met
    And the requirement verbal_reports_from_members is met
    And the requirement written_reports_from_absent_members is met
    And the requirement chaired_by_lead_professional_or_deputy is met
    And the requirement members_shared_information is met
    And the requirement written_record_made is met

  @rule:bolton.lead_professional.coordinates
  @rule:bolton.core_group.verbal_reports
  @rule:bolton.core_group.written_reports_if_absent
  @rule:bolton.core_group.chaired_by_lead_professional
  @rule:bolton.core_group.information_shared
  @rule:bolton.plan.meeting_record
  Scenario: A core group meeting with nothing recorded leaves each requirement not recorded
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-14
    When the case is evaluated on 2027-01-20
    Then the requirement contributions_coordinated_by_lead_professional is not_recorded
    And the requirement verbal_reports_from_members is not_recorded
    And the requirement written_reports_from_absent_members is not_recorded
    And the requirement chaired_by_lead_professional_or_deputy is not_recorded
    And the requirement members_shared_information is not_recorded
    And the requirement written_record_made is not_recorded

  @rule:bolton.plan.detailed_at_first_core_group
  @rule:bolton.plan.roles_and_responsibilities
  @rule:bolton.plan.aims_and_objectives
  @rule:bolton.plan.signed_by_members
  @rule:bolton.core_group.deputy_appointed
  Scenario: The first core group meeting draws up, and signs, the detailed plan; later meetings are not asked
    "An outline Child Protection Plan will be drawn up at the Initial Conference which will
    form the basis for the detailed Plan drawn up at the first Core Group Meeting." (plan/1)
    "The Child Protection Plan will identify specific roles and responsibilities of each Core
    Group member, and agree aims and objectives, which the family needs to attain." (plan/2)
    "The Child Protection Plan must be signed by each Core Group member" (plan/3)
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-14 with:
      | done | detailed_plan_drawn_up, plan_identifies_roles_and_responsibilities, plan_agrees_aims_and_objectives, plan_signed_by_each_member, deputy_lead_professional_appointed |
    And a core group meeting on 2027-02-11
    When the case is evaluated on 2027-02-15
    Then the requirement detailed_plan_drawn_up is met
    And the requirement plan_identifies_roles_and_responsibilities is met
    And the requirement plan_agrees_aims_and_objectives is met
    And the requirement plan_signed_by_each_member is met
    And the requirement deputy_lead_professional_appointed is met

  @rule:bolton.plan.detailed_at_first_core_group
  @rule:bolton.plan.roles_and_responsibilities
  @rule:bolton.plan.aims_and_objectives
  @rule:bolton.plan.signed_by_members
  @rule:bolton.core_group.deputy_appointed
  Scenario: A first core group meeting that did not record the detailed plan is not recorded
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-14
    When the case is evaluated on 2027-02-15
    Then the requirement detailed_plan_drawn_up is not_recorded
    And the requirement plan_identifies_roles_and_responsibilities is not_recorded
    And the requirement plan_agrees_aims_and_objectives is not_recorded
    And the requirement plan_signed_by_each_member is not_recorded
    And the requirement deputy_lead_professional_appointed is not_recorded

  @rule:bolton.plan.brought_to_meetings
  @rule:bolton.plan.reviewed_at_meetings
  Scenario: Subsequent core group meetings review the plan that all members bring; the first is not asked
    "The Child Protection Plan should be taken to each subsequent Core Group Meeting by all
    members. It should be reviewed and updated as necessary at each Meeting." (plan/5)
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-14
    And a core group meeting on 2027-02-11 with done plan_brought_by_all_members, plan_reviewed_and_updated_as_necessary
    When the case is evaluated on 2027-02-15
    Then the requirement plan_brought_by_all_members is met
    And the requirement plan_reviewed_and_updated_as_necessary is met

  @rule:bolton.plan.brought_to_meetings
  @rule:bolton.plan.reviewed_at_meetings
  Scenario: A subsequent meeting that did not record the plan's review is not recorded
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-14
    And a core group meeting on 2027-02-11
    When the case is evaluated on 2027-02-15
    Then the requirement plan_brought_by_all_members is not_recorded
    And the requirement plan_reviewed_and_updated_as_necessary is not_recorded

  @rule:bolton.core_group.meet_regularly
  Scenario: After a core group meeting the next one is due "sufficiently regularly", with no date
    "The Core Group should meet sufficiently regularly to facilitate working together, monitor
    actions and measure outcomes, and make any necessary alterations to the Child Protection
    Plan, as circumstances change." (core-group/6)
    Given the child was born on 2015-06-01
    And an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-14
    When the case is evaluated on 2027-06-01
    Then the duty core_group_meets_regularly has no due date
    And the duty core_group_meets_regularly is open

  @rule:bolton.core_group.meet_regularly
  Scenario: A core group meeting without a plan gives no duty to meet regularly
    Given a core group meeting on 2027-01-14
    When the case is evaluated on 2027-06-01
    Then there is no duty core_group_meets_regularly

  @rule:bolton.core_group.meet_regularly
  Scenario: A core group meeting after a decision of no plan, and before a later plan, gives no duty
    Given an initial conference on 2027-01-04 with outcome no_plan
    And a core group meeting on 2027-01-14
    And a reconvened conference on 2027-02-01 with outcome plan
    When the case is evaluated on 2027-06-01
    Then there is no duty core_group_meets_regularly

  # ---- Concerns in the core group ----

  @rule:bolton.core_group.earlier_review_request
  Scenario: A member whose concerns continue can request an earlier review
    "Each Core Group member has an equal responsibility towards the safety and welfare of the
    child and can request an earlier case conference review if concerns continue, or if the
    Child Protection Plan is not working." (core-group/7)
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group concern on 2027-02-01 with concern concerns_continue
    When the case is evaluated on 2027-02-15
    Then the decision may_request_earlier_review is true

  @rule:bolton.core_group.earlier_review_request
  Scenario: Without a concern there is no decision about an earlier review
    Given an initial conference on 2027-01-04 with outcome plan
    When the case is evaluated on 2027-02-15
    Then there is no decision may_request_earlier_review

  @rule:bolton.plan.concern_discussed
  Scenario: A member who believes the plan is not keeping the child safe discussed it
    "If at any time any member of the Core group believes the Child Protection Plan is not
    keeping the child safe, it is their responsibility to discuss with the Lead Professional,
    the team manager of the chair of conference." (plan/8) A concern of another kind asks
    nothing here.
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group concern on 2027-01-25 with concern plan_not_working
    And a core group concern on 2027-02-01 with:
      | concern | plan_not_keeping_child_safe |
      | done    | concern_discussed_with_lead_professional_team_manager_or_chair |
    When the case is evaluated on 2027-02-15
    Then the requirement concern_discussed_with_lead_professional_team_manager_or_chair is met

  @rule:bolton.plan.concern_discussed
  Scenario: A concern that the plan is not keeping the child safe, not recorded as discussed
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group concern on 2027-02-01 with concern plan_not_keeping_child_safe
    When the case is evaluated on 2027-02-15
    Then the requirement concern_discussed_with_lead_professional_team_manager_or_chair is not_recorded

  @rule:bolton.plan.review_brought_forward
  Scenario: Where it is necessary, the review conference is brought forward
    "Where it is necessary the review conference should be brought forward." (plan/8)
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group concern on 2027-02-01 with concern plan_not_keeping_child_safe and earlier_review_necessary true
    When the case is evaluated on 2027-02-15
    Then the decision review_brought_forward is true

  @rule:bolton.plan.review_brought_forward
  Scenario: Where it is not necessary, the review keeps its date
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group concern on 2027-02-01 with concern plan_not_keeping_child_safe and earlier_review_necessary false
    When the case is evaluated on 2027-02-15
    Then the decision review_brought_forward is false

  @rule:bolton.plan.review_brought_forward
  Scenario: No decision when necessity is not recorded, or the concern is not that the plan fails to keep the child safe
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group concern on 2027-02-01 with concern plan_not_keeping_child_safe
    And a core group concern on 2027-02-08 with concern concerns_continue and earlier_review_necessary true
    When the case is evaluated on 2027-02-15
    Then there is no decision review_brought_forward

  # ---- The plan and the Child Protection Unit ----

  @rule:bolton.plan.signed_copy_to_cpu
  Scenario: The signed plan is forwarded to the Child Protection Unit after the first core group meeting; later meetings ask nothing
    "The Child Protection Plan must be signed by each Core Group member and a signed copy
    forwarded to the Child Protection Unit by the Lead Professional." (plan/3)
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-14
    And a plan sent to child protection unit on 2027-01-19
    And a core group meeting on 2027-02-11
    When the case is evaluated on 2027-02-15
    Then the duty signed_plan_to_child_protection_unit has no due date
    And the duty signed_plan_to_child_protection_unit is met

  @rule:bolton.plan.signed_copy_to_cpu
  Scenario: A copy sent before the first core group meeting is not the signed plan
    Given an initial conference on 2027-01-04 with outcome plan
    And a plan sent to child protection unit on 2027-01-05
    And a core group meeting on 2027-01-14
    When the case is evaluated on 2027-06-01
    Then the duty signed_plan_to_child_protection_unit is open

  @rule:bolton.plan.meeting_record_circulated
  Scenario: The record of a core group meeting is circulated to all members
    "A written record must be made of the meetings and circulated to all members" (plan/4)
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-14
    And a core group record circulated on 2027-01-18
    When the case is evaluated on 2027-01-20
    Then the duty core_group_record_circulated has no due date
    And the duty core_group_record_circulated is met

  @rule:bolton.plan.meeting_record_circulated
  Scenario: A record not yet circulated stays open, never overdue
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-14
    When the case is evaluated on 2027-06-01
    Then the duty core_group_record_circulated is open

  @rule:bolton.plan.updated_copy_to_cpu
  Scenario: A copy of the updated plan is forwarded to the Child Protection Unit
    "A copy of the updated plan should be forwarded to the Child Protection Unit." (plan/5)
    Given a plan updated on 2027-02-11
    And a plan sent to child protection unit on 2027-02-12
    When the case is evaluated on 2027-02-15
    Then the duty updated_plan_to_child_protection_unit has no due date
    And the duty updated_plan_to_child_protection_unit is met

  @rule:bolton.plan.updated_copy_to_cpu
  Scenario: An updated plan not yet forwarded stays open
    Given a plan updated on 2027-02-11
    When the case is evaluated on 2027-06-01
    Then the duty updated_plan_to_child_protection_unit is open

  @rule:bolton.plan.explained_to_child
  Scenario: The plan is explained to and agreed with the child
    "The Child Protection Plan should be explained and agreed with the child in a manner
    appropriate to their age and understanding." (plan/6)
    A review that continues the plan does not ask for it again.
    Given an initial conference on 2027-01-04 with outcome plan
    And a plan explained to child on 2027-01-20
    And a review conference on 2027-04-01 with outcome continue_plan
    When the case is evaluated on 2027-06-01
    Then the duty plan_explained_to_child has no due date
    And the duty plan_explained_to_child is met

  @rule:bolton.plan.explained_to_child
  Scenario: A plan not yet explained to the child leaves the duty open, never overdue
    Given the child was born on 2015-06-01
    And an initial conference on 2027-01-04 with outcome plan
    When the case is evaluated on 2027-06-01
    Then the duty plan_explained_to_child is open

  @rule:bolton.plan.explained_to_child
  Scenario: No plan, nothing to explain
    Given an initial conference on 2027-01-04 with outcome no_plan
    When the case is evaluated on 2027-02-15
    Then there is no duty plan_explained_to_child

  # ---- Informing the lead professional ----

  @rule:bolton.plan.lead_professional_told_of_change
  Scenario: The lead professional is told of a significant change the same day
    "The Lead Professional should be informed immediately of any significant change or
    incident in respect of the child." (plan/7) Immediately is read as the same day.
    Given an initial conference on 2027-01-04 with outcome plan
    And a significant change on 2027-02-01
    And a lead professional informed on 2027-02-01 with about significant_change
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is due on 2027-02-01
    And the duty lead_professional_informed is met

  @rule:bolton.plan.lead_professional_told_of_change
  Scenario: Telling the lead professional the next working day is late
    Given an initial conference on 2027-01-04 with outcome plan
    And a significant change on 2027-02-05
    And a lead professional informed on 2027-02-08 with about significant_change
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is due on 2027-02-05
    And the duty lead_professional_informed is late

  @rule:bolton.plan.lead_professional_told_of_change
  Scenario: A change on Christmas Day is still due that day; a bank holiday does not move "immediately"
    Given an initial conference on 2026-12-04 with outcome plan
    And a significant change on 2026-12-25
    And a lead professional informed on 2026-12-29 with about significant_change
    When the case is evaluated on 2027-01-15
    Then the duty lead_professional_informed is due on 2026-12-25
    And the duty lead_professional_informed is late

  @rule:bolton.plan.lead_professional_told_of_change
  Scenario: Telling the lead professional about something else does not discharge the duty
    Given an initial conference on 2027-01-04 with outcome plan
    And a significant change on 2027-02-01
    And a lead professional informed on 2027-02-01 with about address_changed
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is overdue

  @rule:bolton.plan.lead_professional_told_of_change @rule:bolton.review.decides_end
  Scenario: A change after the plan has ended is no longer the lead professional's to be told of
    # Case C19 of the review: the plan ended at the review of 11 October 2027; the change
    # of 2 July 2028 concerns a child no longer subject of a plan.
    Given an initial conference on 2027-01-15 with outcome plan
    And a review conference on 2027-04-12 with outcome continue_plan
    And a review conference on 2027-10-11 with outcome end_plan
    And a significant change on 2028-07-02
    When the case is evaluated on 2028-12-31
    Then there is no duty lead_professional_informed

  @rule:bolton.plan.lead_professional_told_of_change
  Scenario: A change with no plan in force asks nothing of a lead professional
    Given a significant change on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then there is no duty lead_professional_informed

  # ---- Urgent re-convening ----

  @rule:bolton.urgent.reconvene_on_major_change
  Scenario: A major change from the agreed direction re-convenes the conference
    "A child protection conference should be re-convened if there is a major change from the
    previously agreed direction of the case." (urgent-reconvening/1)
    Given an initial conference on 2027-01-04 with outcome plan
    And a major change on 2027-02-01
    And a reconvened conference on 2027-02-03 with outcome continue_plan
    When the case is evaluated on 2027-02-15
    Then the duty reconvened_conference has no due date
    And the duty reconvened_conference is met

  @rule:bolton.urgent.reconvene_on_major_change
  Scenario: Until the conference is re-convened the duty is open, never overdue
    Given an initial conference on 2027-01-04 with outcome plan
    And a major change on 2027-02-01
    When the case is evaluated on 2027-06-01
    Then the duty reconvened_conference is open

  @rule:bolton.core_group.cooperative_work
  Scenario: Each core group meeting during the plan says whether the group worked co-operatively towards the child's safety
    "The Core Group cannot guarantee the safety of the child but should aim to work
    co-operatively towards this." (core-group/7)
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-14 with done core_group_worked_cooperatively_towards_safety
    And a core group meeting on 2027-02-18
    When the case is evaluated on 2027-03-01
    Then the requirement core_group_worked_cooperatively_towards_safety is asked 2 times

  @rule:bolton.core_group.cooperative_work
  Scenario: A core group meeting with no plan in force is not asked
    Given a core group meeting on 2027-01-14
    When the case is evaluated on 2027-03-01
    Then there is no requirement core_group_worked_cooperatively_towards_safety
