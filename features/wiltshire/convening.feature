Feature: Wiltshire convening a child protection conference
  "If concerns relate to an unborn child, consideration should be given as to whether to hold
  a child protection conference prior to the child's birth." (wiltshire/intro/2)
  "The Local Authority children's social care manager is responsible for making the decision
  to convene a child protection conference and the reasons for calling the conference (or
  not calling a conference) following completion of a S47 enquiry must be recorded."
  (wiltshire/intro/12)
  "A conference should be also be convened, if requested by a professional, supported by a
  senior manager / named or designated professional unless there is evidence that the child
  is not at risk of or suffering significant harm. If there is disagreement about the
  decision to hold the conference between agencies, the escalation procedures should be
  applied." (wiltshire/intro/13)
  "An initial child protection conference must be convened when the outcome of the s47
  enquiry confirms that the child is suffering, or is likely to suffer, significant harm. The
  Local Authority children's social care manager is responsible for making the decision on
  the completion of the s47 enquiry." (wiltshire/types/1)

  Background:
    Given a wiltshire case

  # -- An unborn child ------------------------------------------------------------------

  @rule:wiltshire.convening.unborn_child_considered
  Scenario: Concerns about an unborn child, with a pre-birth conference considered
    Given the child is expected to be born on 2027-04-01
    And an unborn child concern on 2026-12-01 with done pre_birth_conference_considered
    When the case is evaluated on 2026-12-15
    Then the requirement pre_birth_conference_considered is met
    And there is no duty pre_birth_conference

  @rule:wiltshire.convening.unborn_child_considered
  Scenario: Concerns about an unborn child with no record of considering a pre-birth conference
    Given the child is expected to be born on 2027-04-01
    And an unborn child concern on 2026-12-01
    When the case is evaluated on 2026-12-15
    Then the requirement pre_birth_conference_considered is not_recorded

  @rule:wiltshire.convening.unborn_child_considered
  Scenario: Concerns first raised after the child was born are not concerns about an unborn child
    Given the child was born on 2026-11-01
    And an unborn child concern on 2026-12-01
    When the case is evaluated on 2026-12-15
    Then there is no requirement pre_birth_conference_considered

  # -- The manager's decision after the s47 enquiry ----------------------------------------

  @rule:wiltshire.convening.manager_decides @rule:wiltshire.convening.reasons_recorded
  Scenario: The manager decides to convene and the reasons are recorded
    Given a section 47 outcome on 2026-12-01 with outcome significant_harm
    And a convening decision on 2026-12-01 with:
      | done | made_by_social_care_manager, convening_reasons_recorded |
    When the case is evaluated on 2026-12-15
    Then the requirement made_by_social_care_manager is met
    And the requirement convening_reasons_recorded is met

  @rule:wiltshire.convening.manager_decides @rule:wiltshire.convening.reasons_recorded
  Scenario: A decision not to convene with no record of who made it or why
    Given a section 47 outcome on 2026-12-01 with outcome no_significant_harm
    And a convening decision on 2026-12-02
    When the case is evaluated on 2026-12-15
    Then the requirement made_by_social_care_manager is not_recorded
    And the requirement convening_reasons_recorded is not_recorded

  @rule:wiltshire.convening.reasons_recorded
  Scenario: Reasons recorded for not calling a conference
    Given a section 47 outcome on 2026-12-01 with outcome no_significant_harm
    And a convening decision on 2026-12-02 with done convening_reasons_recorded
    When the case is evaluated on 2026-12-15
    Then the requirement convening_reasons_recorded is met

  @rule:wiltshire.convening.decision_on_completion
  Scenario: The convening decision made on the completion of the s47 enquiry has no due date and is met
    Given a section 47 outcome on 2026-12-01 with outcome significant_harm
    And a convening decision on 2026-12-01
    When the case is evaluated on 2026-12-15
    Then the duty convening_decision has no due date
    And the duty convening_decision is met

  @rule:wiltshire.convening.decision_on_completion
  Scenario: A convening decision is owed whatever the outcome, and is never overdue
    Given a section 47 outcome on 2026-12-01 with outcome no_significant_harm
    When the case is evaluated on 2027-06-01
    Then the duty convening_decision has no due date
    And the duty convening_decision is open

  @rule:wiltshire.convening.decision_on_completion
  Scenario: No s47 enquiry completed, no convening decision owed
    Given a strategy discussion on 2026-12-01
    When the case is evaluated on 2026-12-15
    Then there is no duty convening_decision

  # -- The initial conference -------------------------------------------------------------

  @rule:wiltshire.convening.significant_harm_requires_conference
  Scenario: An s47 outcome of significant harm requires a conference
    Given a section 47 outcome on 2026-12-01 with outcome significant_harm
    When the case is evaluated on 2026-12-15
    Then the decision conference_required is true on 2026-12-01

  @rule:wiltshire.convening.significant_harm_requires_conference
  Scenario: An s47 outcome of no significant harm does not require a conference
    Given a section 47 outcome on 2026-12-01 with outcome no_significant_harm
    When the case is evaluated on 2026-12-15
    Then there is no decision conference_required

  @rule:wiltshire.convening.initial_conference
  Scenario: The initial conference after a significant harm outcome has no due date, and is met when held
    Given a strategy discussion on 2026-11-20
    And a section 47 outcome on 2026-12-01 with outcome significant_harm
    And an initial conference on 2027-01-29 with outcome plan
    When the case is evaluated on 2027-02-01
    Then the duty initial_conference has no due date
    And the duty initial_conference is met

  @rule:wiltshire.convening.initial_conference
  Scenario: No number of days is given, so an initial conference not yet held is open, never overdue
    Given a strategy discussion on 2026-11-20
    And a section 47 outcome on 2026-12-01 with outcome significant_harm
    When the case is evaluated on 2027-06-01
    Then the duty initial_conference is open

  @rule:wiltshire.convening.initial_conference
  Scenario: No initial conference is owed when the s47 enquiry finds no significant harm
    Given a section 47 outcome on 2026-12-01 with outcome no_significant_harm
    When the case is evaluated on 2026-12-15
    Then there is no duty initial_conference

  # -- A professional's request; disagreement -----------------------------------------------

  @rule:wiltshire.convening.professional_request
  Scenario: A professional's request supported by a senior manager requires a conference
    Given a professional conference request on 2026-12-01 with supported_by senior_manager
    When the case is evaluated on 2026-12-15
    Then the decision conference_required is true on 2026-12-01

  @rule:wiltshire.convening.professional_request
  Scenario: A supported request where the evidence does not show the child is not at risk
    Given a professional conference request on 2026-12-01 with:
      | supported_by               | designated_professional |
      | evidence_child_not_at_risk | false                   |
    When the case is evaluated on 2026-12-15
    Then the decision conference_required is true on 2026-12-01

  @rule:wiltshire.convening.professional_request
  Scenario: A request without the support of a senior manager or named or designated professional
    Given a professional conference request on 2026-12-01
    When the case is evaluated on 2026-12-15
    Then there is no decision conference_required

  @rule:wiltshire.convening.professional_request
  Scenario: A supported request where there is evidence that the child is not at risk
    Given a professional conference request on 2026-12-01 with:
      | supported_by               | named_professional |
      | evidence_child_not_at_risk | true               |
    When the case is evaluated on 2026-12-15
    Then there is no decision conference_required

  @rule:wiltshire.convening.professional_request_conference
  Scenario: A supported professional's request is a conference to convene - met when it is held
    Review case four-w1: the request on 2026-11-02, supported by a senior manager, and the
    initial conference on 2026-11-30. No number of days is given.
    Given the child was born on 2015-01-10
    And a professional conference request on 2026-11-02 with supported_by senior_manager
    And an initial conference on 2026-11-30 with outcome plan
    When the case is evaluated on 2027-06-01
    Then the duty initial_conference has no due date
    And the duty initial_conference is met

  @rule:wiltshire.convening.professional_request_conference
  Scenario: No conference yet after a supported request - open, never overdue
    Given a professional conference request on 2026-11-02 with supported_by named_professional
    When the case is evaluated on 2027-06-01
    Then the duty initial_conference is open

  @rule:wiltshire.convening.professional_request_conference
  Scenario: A conference stood down after the request is not the conference convened
    Given a professional conference request on 2026-11-02 with supported_by designated_professional
    And an initial conference on 2026-11-30 with outcome stood_down
    When the case is evaluated on 2027-01-10
    Then the duty initial_conference is open

  @rule:wiltshire.convening.professional_request_conference
  Scenario: An unsupported request, or one with evidence that the child is not at risk, owes no conference
    Given a professional conference request on 2026-11-02
    And a professional conference request on 2026-11-09 with:
      | supported_by               | senior_manager |
      | evidence_child_not_at_risk | true           |
    When the case is evaluated on 2026-12-15
    Then there is no duty initial_conference

  @rule:wiltshire.convening.escalation
  Scenario: Agencies disagree about holding the conference and the escalation procedures are applied
    Given an agency disagreement on 2026-12-03 with done escalation_procedures_applied
    When the case is evaluated on 2026-12-15
    Then the requirement escalation_procedures_applied is met

  @rule:wiltshire.convening.escalation
  Scenario: Agencies disagree with no record of escalation
    Given an agency disagreement on 2026-12-03
    When the case is evaluated on 2026-12-15
    Then the requirement escalation_procedures_applied is not_recorded
