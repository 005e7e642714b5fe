Feature: Bolton - a child who goes missing, resistance to seeing the child, and complaints
  Sections 9, "Children subject to a child protection plan who go missing", 10, "Resistance
  to allowing the child to be seen", and 11, "Complaints about a child protection conference",
  of the Bolton procedure.

  Background:
    Given a bolton case

  # ---- Going missing (bolton/missing/3-7) ----

  @rule:bolton.missing.report_to_lead_professional
  Scenario: A concern that the child has gone missing is reported to the lead professional the same day
    "If anyone becomes concerned that a child has gone missing, this should be immediately
    reported to the Lead Professional" (missing/3). Immediately is read as the same day.
    Given a missing concern on 2027-02-01
    And a lead professional informed on 2027-02-01 with about missing
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is due on 2027-02-01
    And the duty lead_professional_informed is met

  @rule:bolton.missing.report_to_lead_professional
  Scenario: Reporting the concern the next working day is late
    Given a missing concern on 2027-02-05
    And a lead professional informed on 2027-02-08 with about missing
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is due on 2027-02-05
    And the duty lead_professional_informed is late

  @rule:bolton.missing.report_to_lead_professional
  Scenario: A concern on the spring bank holiday is due that day
    Given a missing concern on 2027-05-31
    And a lead professional informed on 2027-06-01 with about missing
    When the case is evaluated on 2027-06-15
    Then the duty lead_professional_informed is due on 2027-05-31
    And the duty lead_professional_informed is late

  @rule:bolton.missing.report_to_lead_professional
  Scenario: Telling the lead professional about something else does not report the missing child
    Given a missing concern on 2027-02-01
    And a lead professional informed on 2027-02-01 with about resistance_to_seeing_child
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is overdue

  @rule:bolton.missing.lead_professional_reports_to_managers
  Scenario: The lead professional then reports to their line manager and the Quality Assurance Team Manager
    "who will then report their concerns to their line manager and the Quality Assurance Team
    Manager." (missing/3)
    Given a lead professional informed on 2027-02-01 with about missing
    And a missing reported to managers on 2027-02-02
    When the case is evaluated on 2027-02-15
    Then the duty missing_reported_to_managers has no due date
    And the duty missing_reported_to_managers is met

  @rule:bolton.missing.lead_professional_reports_to_managers
  Scenario: Not yet reported to the managers, the duty is open, never overdue
    Given a lead professional informed on 2027-02-01 with about missing
    When the case is evaluated on 2027-06-01
    Then the duty missing_reported_to_managers is open

  @rule:bolton.missing.lead_professional_reports_to_managers
  Scenario: The lead professional told of a move has nothing to report to the managers
    Given a lead professional informed on 2027-02-01 with about address_changed
    When the case is evaluated on 2027-02-15
    Then there is no duty missing_reported_to_managers

  @rule:bolton.missing.contact_agencies
  @rule:bolton.missing.health_tracing
  @rule:bolton.missing.write_to_local_authorities
  Scenario: After notification the agencies are contacted, tracing invoked and local authorities written to
    "The Quality Assurance Team Manager will contact other appropriate agencies to try to locate
    the child/family, e.g. Education, Health Authority, Police." (missing/4) "The Health
    Authority will invoke the procedure for tracing missing families." (missing/5) "The Quality
    Assurance Team Manager will write to all local authorities across the country informing
    them of the child’s details including parents/carers information." (missing/6)
    Given a missing notified on 2027-02-01
    And an agencies contacted to locate on 2027-02-01
    And a health tracing invoked on 2027-02-02
    And a local authorities informed on 2027-02-03
    When the case is evaluated on 2027-02-15
    Then the duty agencies_contacted_to_locate has no due date
    And the duty agencies_contacted_to_locate is met
    And the duty health_tracing_invoked is met
    And the duty local_authorities_informed is met

  @rule:bolton.missing.contact_agencies
  @rule:bolton.missing.health_tracing
  @rule:bolton.missing.write_to_local_authorities
  Scenario: Steps taken before the notification do not count; each duty stays open
    Given an agencies contacted to locate on 2027-01-29
    And a health tracing invoked on 2027-01-29
    And a local authorities informed on 2027-01-29
    And a missing notified on 2027-02-01
    When the case is evaluated on 2027-06-01
    Then the duty agencies_contacted_to_locate is open
    And the duty health_tracing_invoked is open
    And the duty local_authorities_informed is open

  @rule:bolton.missing.conference
  Scenario: A conference on the 5th working day after the first notification is on time
    "A conference will be convened within 5 working days from first notification to ensure
    effective co-ordination of information and action." (missing/7)
    Given a missing notified on 2027-01-04
    And a missing child conference on 2027-01-11
    When the case is evaluated on 2027-01-20
    Then the duty missing_child_conference is due on 2027-01-11
    And the duty missing_child_conference is met

  @rule:bolton.missing.conference
  Scenario: A conference the next working day is late
    Given a missing notified on 2027-01-04
    And a missing child conference on 2027-01-12
    When the case is evaluated on 2027-01-20
    Then the duty missing_child_conference is due on 2027-01-11
    And the duty missing_child_conference is late

  @rule:bolton.missing.conference
  Scenario: Christmas, Boxing Day and New Year bank holidays move the due date
    Given a missing notified on 2026-12-23
    And a missing child conference on 2027-01-04
    When the case is evaluated on 2027-01-20
    Then the duty missing_child_conference is due on 2027-01-04
    And the duty missing_child_conference is met

  @rule:bolton.missing.conference
  Scenario: The Easter bank holidays move the due date; no conference by then is overdue
    Given a missing notified on 2027-03-24
    When the case is evaluated on 2027-04-05
    Then the duty missing_child_conference is due on 2027-04-02
    And the duty missing_child_conference is overdue

  # ---- Resistance to seeing the child (bolton/resistance) ----

  @rule:bolton.resistance.immediate_concern
  Scenario: Resistance to allowing access to the child was treated as an immediate concern
    "In situations where workers can gain access to the house, and to the parents/carers, but
    where there is resistance to allowing access to the child, this must arouse immediate
    concern." (resistance/1)
    Given a resistance to seeing child on 2027-02-01 with done resistance_treated_as_immediate_concern
    When the case is evaluated on 2027-02-15
    Then the requirement resistance_treated_as_immediate_concern is met

  @rule:bolton.resistance.immediate_concern
  Scenario: Resistance with no record of concern
    Given a resistance to seeing child on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the requirement resistance_treated_as_immediate_concern is not_recorded

  @rule:bolton.resistance.child_seen
  Scenario: Professionals saw the child on a child protection visit
    "It is vital that professionals see the child who is the subject of a Child Protection
    Plan" (resistance/2)
    Given a child protection visit on 2027-02-01 with done child_seen
    When the case is evaluated on 2027-02-15
    Then the requirement child_seen is met

  @rule:bolton.resistance.child_seen
  Scenario: A visit with no record that the child was seen
    Given a child protection visit on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the requirement child_seen is not_recorded

  @rule:bolton.resistance.contact_lead_professional
  Scenario: Workers meeting resistance contact the lead professional the same day
    "When there is resistance to seeing the child, workers must immediately contact the Lead
    Professional." (resistance/3) Immediately is read as the same day.
    Given a resistance to seeing child on 2027-02-01
    And a lead professional informed on 2027-02-01 with about resistance_to_seeing_child
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is due on 2027-02-01
    And the duty lead_professional_informed is met

  @rule:bolton.resistance.contact_lead_professional
  Scenario: Contacting the lead professional the next working day is late
    Given a resistance to seeing child on 2027-02-05
    And a lead professional informed on 2027-02-08 with about resistance_to_seeing_child
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is due on 2027-02-05
    And the duty lead_professional_informed is late

  @rule:bolton.resistance.contact_lead_professional
  Scenario: Resistance on the August bank holiday is still due that day
    Given a resistance to seeing child on 2027-08-30
    And a lead professional informed on 2027-08-31 with about resistance_to_seeing_child
    When the case is evaluated on 2027-09-15
    Then the duty lead_professional_informed is due on 2027-08-30
    And the duty lead_professional_informed is late

  @rule:bolton.resistance.contact_lead_professional
  Scenario: Telling the lead professional about a move does not report the resistance
    Given a resistance to seeing child on 2027-02-01
    And a lead professional informed on 2027-02-01 with about address_changed
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is overdue

  @rule:bolton.resistance.emergency_action_considered
  Scenario: Continued unreasonable resistance led Children's Social Care to consider emergency action
    "If there continues to be unreasonable resistance to seeing the child, Children’s Social
    Care must consider emergency action to ensure the child’s well being." (resistance/4)
    The first episode, and resistance not judged unreasonable, are not asked this.
    Given a resistance to seeing child on 2027-02-01 with unreasonable true
    And a resistance to seeing child on 2027-02-03 with unreasonable false
    And a resistance to seeing child on 2027-02-05 with unreasonable true and done emergency_action_considered
    When the case is evaluated on 2027-02-15
    Then the requirement emergency_action_considered is met

  @rule:bolton.resistance.emergency_action_considered
  Scenario: Continued unreasonable resistance with no record of emergency action considered
    Given a resistance to seeing child on 2027-02-01
    And a resistance to seeing child on 2027-02-05 with unreasonable true
    When the case is evaluated on 2027-02-15
    Then the requirement emergency_action_considered is not_recorded

  # ---- Complaints about a conference (bolton/complaints/5-6) ----

  @rule:bolton.complaints.addressed_to_chair
  @rule:bolton.complaints.passed_to_head_of_service
  Scenario: A complaint addressed to the chair and passed to the Head of Service
    "Complaints about aspects of the functioning of conferences described above should be
    addressed to the chair of the conference. Such complaints should be passed on to the Head of
    Service Child Protection" (complaints/5)
    Given a conference complaint on 2027-02-01 with done addressed_to_chair, passed_to_head_of_service
    When the case is evaluated on 2027-02-15
    Then the requirement addressed_to_chair is met
    And the requirement passed_to_head_of_service is met

  @rule:bolton.complaints.addressed_to_chair
  @rule:bolton.complaints.passed_to_head_of_service
  Scenario: A complaint with no record of where it went
    Given a conference complaint on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the requirement addressed_to_chair is not_recorded
    And the requirement passed_to_head_of_service is not_recorded

  @rule:bolton.complaints.panel_convened
  Scenario: The Head of Service convenes the Appeals and Split Decisions Panel on the complaint
    "who will convene a meeting of the Appeals and Split Decisions Panel." (complaints/5)
    Given a conference complaint on 2027-02-01
    And a complaint panel on 2027-02-22
    When the case is evaluated on 2027-03-01
    Then the duty complaint_panel has no due date
    And the duty complaint_panel is met

  @rule:bolton.complaints.panel_convened
  Scenario: A panel meeting before the complaint does not count; the duty stays open
    Given a complaint panel on 2027-01-20
    And a conference complaint on 2027-02-01
    When the case is evaluated on 2027-06-01
    Then the duty complaint_panel is open

  @rule:bolton.complaints.procedures_observed
  @rule:bolton.complaints.complaint_justified
  @rule:bolton.complaints.sharing_findings
  Scenario: The Panel considered the procedures, the complaint and sharing its findings
    "The Panel should consider whether the relevant inter-agency protocols and procedures have
    been observed correctly, and whether the issue that is being complained about is justified.
    The Panel should further consider the appropriateness of sharing their findings with
    agencies to ensure lessons that learned from the process are acted on." (complaints/5)
    Given a conference complaint on 2027-02-01
    And a complaint panel on 2027-02-22 with done procedures_observed_considered, complaint_justified_considered, sharing_findings_considered
    When the case is evaluated on 2027-03-01
    Then the requirement procedures_observed_considered is met
    And the requirement complaint_justified_considered is met
    And the requirement sharing_findings_considered is met

  @rule:bolton.complaints.procedures_observed
  @rule:bolton.complaints.complaint_justified
  @rule:bolton.complaints.sharing_findings
  Scenario: A panel meeting with nothing recorded
    Given a conference complaint on 2027-02-01
    And a complaint panel on 2027-02-22
    When the case is evaluated on 2027-03-01
    Then the requirement procedures_observed_considered is not_recorded
    And the requirement complaint_justified_considered is not_recorded
    And the requirement sharing_findings_considered is not_recorded

  @rule:bolton.complaints.agency_process
  Scenario: A complaint to an agency about services is answered under its own process
    "Such concerns should be responded to by the relevant agency in accordance with its own
    processes for responding to such matters." (complaints/6)
    Given a service complaint on 2027-02-01 with done responded_under_agency_process
    When the case is evaluated on 2027-02-15
    Then the requirement responded_under_agency_process is met

  @rule:bolton.complaints.agency_process
  Scenario: A complaint to an agency with no record of the response
    Given a service complaint on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the requirement responded_under_agency_process is not_recorded
