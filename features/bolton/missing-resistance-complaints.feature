Feature: Bolton - a child who goes missing, resistance to seeing the child, and complaints
  Sections 9, "Children subject to a child protection plan who go missing", 10, "Resistance
  to allowing the child to be seen", and 11, "Complaints about a child protection conference",
  of the Bolton procedure.

  Background:
    Given a bolton case

  # ---- Going missing (bolton/missing/3-7) ----
  # Section 9 is about "Children subject to a child protection plan who go missing": each
  # rule applies while the child is subject of a plan on the day of its trigger.

  @rule:bolton.missing.report_to_lead_professional
  Scenario: A concern that the child has gone missing is reported to the lead professional the same day
    "If anyone becomes concerned that a child has gone missing, this should be immediately
    reported to the Lead Professional" (missing/3). Immediately is read as the same day.
    Given an initial conference on 2027-01-15 with outcome plan
    And a missing concern on 2027-02-01
    And a lead professional informed on 2027-02-01 with about missing
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is due on 2027-02-01
    And the duty lead_professional_informed is met

  @rule:bolton.missing.report_to_lead_professional
  Scenario: Reporting the concern the next working day is late
    Given an initial conference on 2027-01-15 with outcome plan
    And a missing concern on 2027-02-05
    And a lead professional informed on 2027-02-08 with about missing
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is due on 2027-02-05
    And the duty lead_professional_informed is late

  @rule:bolton.missing.report_to_lead_professional
  Scenario: A concern on the spring bank holiday is due that day
    Given an initial conference on 2027-01-15 with outcome plan
    And a missing concern on 2027-05-31
    And a lead professional informed on 2027-06-01 with about missing
    When the case is evaluated on 2027-06-15
    Then the duty lead_professional_informed is due on 2027-05-31
    And the duty lead_professional_informed is late

  @rule:bolton.missing.report_to_lead_professional
  Scenario: Telling the lead professional about something else does not report the missing child
    Given an initial conference on 2027-01-15 with outcome plan
    And a missing concern on 2027-02-01
    And a lead professional informed on 2027-02-01 with about resistance_to_seeing_child
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is overdue

  @rule:bolton.missing.report_to_lead_professional
  Scenario: A concern about a child who is not subject of a plan asks nothing of this section
    The initial conference decided no plan, so there is no Lead Professional to report to.
    Given an initial conference on 2027-01-15 with outcome no_plan
    And a missing concern on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then there is no duty lead_professional_informed

  @rule:bolton.missing.lead_professional_reports_to_managers
  Scenario: The lead professional then reports to their line manager and the Quality Assurance Team Manager
    "who will then report their concerns to their line manager and the Quality Assurance Team
    Manager." (missing/3)
    Given an initial conference on 2027-01-15 with outcome plan
    And a lead professional informed on 2027-02-01 with about missing
    And a missing reported to managers on 2027-02-02
    When the case is evaluated on 2027-02-15
    Then the duty missing_reported_to_managers has no due date
    And the duty missing_reported_to_managers is met

  @rule:bolton.missing.lead_professional_reports_to_managers
  Scenario: Not yet reported to the managers, the duty is open, never overdue
    Given an initial conference on 2027-01-15 with outcome plan
    And a lead professional informed on 2027-02-01 with about missing
    When the case is evaluated on 2027-06-01
    Then the duty missing_reported_to_managers is open

  @rule:bolton.missing.lead_professional_reports_to_managers
  Scenario: The lead professional told of a move has nothing to report to the managers
    Given an initial conference on 2027-01-15 with outcome plan
    And a lead professional informed on 2027-02-01 with about address_changed
    When the case is evaluated on 2027-02-15
    Then there is no duty missing_reported_to_managers

  @rule:bolton.missing.lead_professional_reports_to_managers
  Scenario: After the plan has ended the section asks nothing of the lead professional
    The first review ended the plan on 2027-04-12; the report on 2027-05-03 is after it.
    Given an initial conference on 2027-01-15 with outcome plan
    And a review conference on 2027-04-12 with outcome end_plan
    And a lead professional informed on 2027-05-03 with about missing
    When the case is evaluated on 2027-06-01
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
    Given an initial conference on 2027-01-15 with outcome plan
    And a missing notified on 2027-02-01
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
    Given an initial conference on 2027-01-15 with outcome plan
    And an agencies contacted to locate on 2027-01-29
    And a health tracing invoked on 2027-01-29
    And a local authorities informed on 2027-01-29
    And a missing notified on 2027-02-01
    When the case is evaluated on 2027-06-01
    Then the duty agencies_contacted_to_locate is open
    And the duty health_tracing_invoked is open
    And the duty local_authorities_informed is open

  @rule:bolton.missing.contact_agencies
  @rule:bolton.missing.health_tracing
  @rule:bolton.missing.write_to_local_authorities
  Scenario: A second notification of the same disappearance does not start the search again
    The two notifications come before any conference about them, so they are one episode
    (review case c09): one search, one tracing, one letter to the local authorities.
    Given an initial conference on 2027-01-15 with outcome plan
    And a missing notified on 2027-03-02
    And a missing notified on 2027-03-04
    When the case is evaluated on 2027-06-30
    Then the duty agencies_contacted_to_locate is graded 1 time
    And the duty health_tracing_invoked is graded 1 time
    And the duty local_authorities_informed is graded 1 time

  @rule:bolton.missing.contact_agencies
  @rule:bolton.missing.health_tracing
  @rule:bolton.missing.write_to_local_authorities
  @rule:bolton.missing.lead_professional_reports_to_managers
  Scenario: The duties owed for a missing child subject of a plan end with the plan
    The review of 12 April 2027 ended the plan before anything was done about the
    notification of 1 March.
    Given an initial conference on 2027-01-15 with outcome plan
    And a lead professional informed on 2027-03-01 with about missing
    And a missing notified on 2027-03-01
    And a review conference on 2027-04-12 with outcome end_plan
    When the case is evaluated on 2027-05-01
    Then the duty agencies_contacted_to_locate is ended
    And the duty health_tracing_invoked is ended
    And the duty local_authorities_informed is ended
    And the duty missing_reported_to_managers is ended

  @rule:bolton.missing.contact_agencies
  @rule:bolton.missing.health_tracing
  @rule:bolton.missing.write_to_local_authorities
  Scenario: A notification about a child with no plan asks nothing of this section
    Review case c10: no conference has made the child subject of a plan.
    Given a missing notified on 2027-03-02
    When the case is evaluated on 2027-06-30
    Then there is no duty agencies_contacted_to_locate
    And there is no duty health_tracing_invoked
    And there is no duty local_authorities_informed

  @rule:bolton.missing.conference
  Scenario: A conference on the 5th working day after the first notification is on time
    "A conference will be convened within 5 working days from first notification to ensure
    effective co-ordination of information and action." (missing/7) Monday 4 January 2027:
    Tue 5 (1), Wed 6 (2), Thu 7 (3), Fri 8 (4), Mon 11 (5).
    Given an initial conference on 2026-12-01 with outcome plan
    And a missing notified on 2027-01-04
    And a missing child conference on 2027-01-11
    When the case is evaluated on 2027-01-20
    Then the duty missing_child_conference is due on 2027-01-11
    And the duty missing_child_conference is met

  @rule:bolton.missing.conference
  Scenario: A conference the next working day is late
    Given an initial conference on 2026-12-01 with outcome plan
    And a missing notified on 2027-01-04
    And a missing child conference on 2027-01-12
    When the case is evaluated on 2027-01-20
    Then the duty missing_child_conference is due on 2027-01-11
    And the duty missing_child_conference is late

  @rule:bolton.missing.conference
  Scenario: Christmas, Boxing Day and New Year bank holidays move the due date
    Wednesday 23 December 2026: Thu 24 (1), Fri 25 and Mon 28 bank holidays, Tue 29 (2),
    Wed 30 (3), Thu 31 (4), Fri 1 January bank holiday, Mon 4 January (5).
    Given an initial conference on 2026-12-01 with outcome plan
    And a missing notified on 2026-12-23
    And a missing child conference on 2027-01-04
    When the case is evaluated on 2027-01-20
    Then the duty missing_child_conference is due on 2027-01-04
    And the duty missing_child_conference is met

  @rule:bolton.missing.conference
  Scenario: The Easter bank holidays move the due date; no conference by then is overdue
    Wednesday 24 March 2027: Thu 25 (1), Good Friday 26 and Easter Monday 29, Tue 30 (2),
    Wed 31 (3), Thu 1 April (4), Fri 2 April (5).
    Given an initial conference on 2027-01-15 with outcome plan
    And a missing notified on 2027-03-24
    When the case is evaluated on 2027-04-05
    Then the duty missing_child_conference is due on 2027-04-02
    And the duty missing_child_conference is overdue

  @rule:bolton.missing.conference
  Scenario: Only the first notification starts the 5 working days
    Review case c09. "from first notification": the second notification, two days later and
    before any conference, is the same disappearance. Tuesday 2 March 2027: Wed 3 (1), Thu 4
    (2), Fri 5 (3), Mon 8 (4), Tue 9 (5).
    Given an initial conference on 2027-01-15 with outcome plan
    And a missing notified on 2027-03-02
    And a missing notified on 2027-03-04
    And a missing child conference on 2027-03-09
    When the case is evaluated on 2027-06-30
    Then the duty missing_child_conference is due on 2027-03-09
    And the duty missing_child_conference is met
    And the duty missing_child_conference is graded 1 time

  @rule:bolton.missing.conference
  Scenario: A later notification of the same disappearance does not excuse a late conference
    First notification Tuesday 2 March 2027, due Tuesday 9 March; a second notification on
    Monday 8 March does not give the conference on Friday 12 March until Monday 15 March.
    Given an initial conference on 2027-01-15 with outcome plan
    And a missing notified on 2027-03-02
    And a missing notified on 2027-03-08
    And a missing child conference on 2027-03-12
    When the case is evaluated on 2027-06-30
    Then the duty missing_child_conference is due on 2027-03-09
    And the duty missing_child_conference is late

  @rule:bolton.missing.conference
  Scenario: A new disappearance after the conference is a new first notification
    The conference of 9 March closes the first episode; the notification on Monday 10 May
    starts another: Tue 11 (1), Wed 12 (2), Thu 13 (3), Fri 14 (4), Mon 17 (5).
    Given an initial conference on 2027-01-15 with outcome plan
    And a missing notified on 2027-03-02
    And a missing child conference on 2027-03-09
    And a missing notified on 2027-05-10
    And a missing child conference on 2027-05-17
    When the case is evaluated on 2027-06-30
    Then the duty missing_child_conference is graded 2 times
    And the duty missing_child_conference is due on 2027-03-09
    And the duty missing_child_conference is due on 2027-05-17
    And the duty missing_child_conference is met

  @rule:bolton.missing.conference
  Scenario: A missing-child conference that was stood down has not been convened
    "Convened" is read as held: the conference stood down on 5 March does not do it, and on
    20 March, past the due day of 9 March, the duty is overdue.
    Given an initial conference on 2027-01-15 with outcome plan
    And a missing notified on 2027-03-02
    And a missing child conference on 2027-03-05 with outcome stood_down
    When the case is evaluated on 2027-03-20
    Then the duty missing_child_conference is due on 2027-03-09
    And the duty missing_child_conference is overdue

  @rule:bolton.missing.conference
  Scenario: A plan that ends before the missing-child conference falls due ends the duty
    Notified on Tuesday 2 March 2027, due Tuesday 9 March; the review of Wednesday 3 March
    ended the plan.
    Given an initial conference on 2027-01-15 with outcome plan
    And a missing notified on 2027-03-02
    And a review conference on 2027-03-03 with outcome end_plan
    When the case is evaluated on 2027-03-20
    Then the duty missing_child_conference is due on 2027-03-09
    And the duty missing_child_conference is ended

  @rule:bolton.missing.conference
  Scenario: A child who is not subject of a plan is not asked for a missing-child conference
    Review case c10: a notification, and no conference has ever made a plan.
    Given a missing notified on 2027-03-02
    When the case is evaluated on 2027-06-30
    Then there is no duty missing_child_conference

  @rule:bolton.missing.conference
  Scenario: A notification after the plan has ended asks for no conference
    The first review ended the plan on Monday 12 April 2027; the notification is after it.
    Given an initial conference on 2027-01-15 with outcome plan
    And a review conference on 2027-04-12 with outcome end_plan
    And a missing notified on 2027-05-03
    When the case is evaluated on 2027-06-30
    Then there is no duty missing_child_conference

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
  Scenario: Professionals saw the child subject of a plan on a child protection visit
    "It is vital that professionals see the child who is the subject of a Child Protection
    Plan" (resistance/2)
    Given an initial conference on 2027-01-15 with outcome plan
    And a child protection visit on 2027-02-01 with done child_seen
    When the case is evaluated on 2027-02-15
    Then the requirement child_seen is met

  @rule:bolton.resistance.child_seen
  Scenario: A visit with no record that the child was seen
    Given an initial conference on 2027-01-15 with outcome plan
    And a child protection visit on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the requirement child_seen is not_recorded

  @rule:bolton.resistance.child_seen
  Scenario: A visit before any plan is not a visit to a child subject of a plan
    Given a child protection visit on 2027-01-10
    And an initial conference on 2027-01-15 with outcome plan
    When the case is evaluated on 2027-02-15
    Then there is no requirement child_seen

  @rule:bolton.resistance.contact_lead_professional
  Scenario: Workers meeting resistance contact the lead professional the same day
    "When there is resistance to seeing the child, workers must immediately contact the Lead
    Professional." (resistance/3) Immediately is read as the same day.
    Given an initial conference on 2027-01-15 with outcome plan
    And a resistance to seeing child on 2027-02-01
    And a lead professional informed on 2027-02-01 with about resistance_to_seeing_child
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is due on 2027-02-01
    And the duty lead_professional_informed is met

  @rule:bolton.resistance.contact_lead_professional
  Scenario: Contacting the lead professional the next working day is late
    Given an initial conference on 2027-01-15 with outcome plan
    And a resistance to seeing child on 2027-02-05
    And a lead professional informed on 2027-02-08 with about resistance_to_seeing_child
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is due on 2027-02-05
    And the duty lead_professional_informed is late

  @rule:bolton.resistance.contact_lead_professional
  Scenario: Resistance on the August bank holiday is still due that day
    Given an initial conference on 2027-01-15 with outcome plan
    And a resistance to seeing child on 2027-08-30
    And a lead professional informed on 2027-08-31 with about resistance_to_seeing_child
    When the case is evaluated on 2027-09-15
    Then the duty lead_professional_informed is due on 2027-08-30
    And the duty lead_professional_informed is late

  @rule:bolton.resistance.contact_lead_professional
  Scenario: Telling the lead professional about a move does not report the resistance
    Given an initial conference on 2027-01-15 with outcome plan
    And a resistance to seeing child on 2027-02-01
    And a lead professional informed on 2027-02-01 with about address_changed
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is overdue

  @rule:bolton.resistance.contact_lead_professional
  Scenario: Resistance after the plan has ended asks nothing of the Lead Professional
    Review case c19: the second review ended the plan on Monday 11 October 2027; the
    resistance is met on 1 July 2028, when the child has no plan and no Lead Professional.
    Given an initial conference on 2027-01-15 with outcome plan
    And a review conference on 2027-04-12 with outcome continue_plan
    And a review conference on 2027-10-11 with outcome end_plan
    And a resistance to seeing child on 2028-07-01
    When the case is evaluated on 2028-12-31
    Then there is no duty lead_professional_informed

  @rule:bolton.resistance.contact_lead_professional
  Scenario: Resistance on the day the plan ends is still resistance to seeing a child subject of a plan
    The plan is in force up to and including the review that ends it (11 October 2027).
    Given an initial conference on 2027-01-15 with outcome plan
    And a review conference on 2027-04-12 with outcome continue_plan
    And a review conference on 2027-10-11 with outcome end_plan
    And a resistance to seeing child on 2027-10-11
    When the case is evaluated on 2027-10-20
    Then the duty lead_professional_informed is due on 2027-10-11
    And the duty lead_professional_informed is overdue

  @rule:bolton.resistance.contact_lead_professional
  Scenario: Resistance where no plan was ever made asks nothing of the Lead Professional
    Given an initial conference on 2027-01-15 with outcome no_plan
    And a resistance to seeing child on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then there is no duty lead_professional_informed

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
