Feature: Bolton - information about a child subject to a plan, and a child who moves
  Sections 7, "Managing and providing information about a child subject of a child protection
  plan", and 8, "Child subject to a child protection plan who moves", of the Bolton procedure.

  Background:
    Given a bolton case

  # ---- Every enquiry (bolton/information/about-child/2) ----
  # Whether the child is subject of a plan when an enquiry is made is the plan's state on the
  # day of the enquiry, worked out from the conferences of the case.

  @rule:bolton.information.legitimate_enquiries_only
  @rule:bolton.information.call_back
  @rule:bolton.information.confidential
  Scenario: An enquiry about a child subject to a plan answered only after a call back, confidentially
    "This information is only available to legitimate enquiries and all enquiries will be
    subject to a ‘call back’ procedure to ensure the authenticity of the caller. Information
    about a child subject to a Child Protection Plan must be treated confidentially."
    (about-child/2)
    Given an initial conference on 2027-01-15 with outcome plan
    And a child protection unit enquiry on 2027-02-01 with:
      | enquirer | agency |
      | done     | information_only_to_legitimate_enquirer, call_back_procedure_used, information_treated_confidentially |
    When the case is evaluated on 2027-02-15
    Then the requirement information_only_to_legitimate_enquirer is met
    And the requirement call_back_procedure_used is met
    And the requirement information_treated_confidentially is met

  @rule:bolton.information.legitimate_enquiries_only
  @rule:bolton.information.call_back
  @rule:bolton.information.confidential
  Scenario: An enquiry about a child subject to a plan with no record of the call back or confidentiality
    Given an initial conference on 2027-01-15 with outcome plan
    And a child protection unit enquiry on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the requirement information_only_to_legitimate_enquirer is not_recorded
    And the requirement call_back_procedure_used is not_recorded
    And the requirement information_treated_confidentially is not_recorded

  @rule:bolton.information.legitimate_enquiries_only
  @rule:bolton.information.call_back
  @rule:bolton.information.confidential
  Scenario: Every enquiry is called back; the plan's information is at stake only for a child subject of a plan
    "all enquiries will be subject to a ‘call back’ procedure" - but "This information" and
    "Information about a child subject to a Child Protection Plan" are about a child subject
    of a plan, and no conference has made one.
    Given a child protection unit enquiry on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the requirement call_back_procedure_used is not_recorded
    And there is no requirement information_only_to_legitimate_enquirer
    And there is no requirement information_treated_confidentially

  # ---- Making an enquiry (about-child/3) ----

  @rule:bolton.information.enquire_when_suspicious
  Scenario: An agency representative who suspects abuse enquires of the Child Protection Unit
    "Representatives of agencies involved with a child should make an enquiry to the Child
    Protection Unit as soon as they become suspicious of child abuse or neglect." (about-child/3)
    Given an abuse suspected on 2027-02-01
    And a child protection unit enquiry on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the duty child_protection_unit_enquiry has no due date
    And the duty child_protection_unit_enquiry is met

  @rule:bolton.information.enquire_when_suspicious
  Scenario: An enquiry made before the suspicion does not count; the duty stays open
    Given a child protection unit enquiry on 2027-01-15
    And an abuse suspected on 2027-02-01
    When the case is evaluated on 2027-06-01
    Then the duty child_protection_unit_enquiry is open

  # ---- Answers to an enquiry (about-child/4-7) ----

  @rule:bolton.information.advise_contact_lead_professional
  @rule:bolton.information.details_provided
  Scenario: An enquirer about a child subject to a plan is sent to the lead professional with the details
    "If the child’s name is subject of a Child Protection Plan when an enquiry is made, the
    enquirer will be advised to contact the Lead professional and relevant details provided."
    (about-child/4) The enquiry of 10 January, before the plan was made on 15 January, is not
    asked this.
    Given a child protection unit enquiry on 2027-01-10
    And an initial conference on 2027-01-15 with outcome plan
    And a child protection unit enquiry on 2027-02-01 with done enquirer_advised_to_contact_lead_professional, relevant_details_provided
    When the case is evaluated on 2027-02-15
    Then the requirement enquirer_advised_to_contact_lead_professional is met
    And the requirement relevant_details_provided is met

  @rule:bolton.information.advise_contact_lead_professional
  @rule:bolton.information.details_provided
  Scenario: No record that the enquirer was sent to the lead professional
    Given an initial conference on 2027-01-15 with outcome plan
    And a child protection unit enquiry on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the requirement enquirer_advised_to_contact_lead_professional is not_recorded
    And the requirement relevant_details_provided is not_recorded

  @rule:bolton.information.advise_contact_lead_professional
  @rule:bolton.information.details_provided
  @rule:bolton.information.record_enquiry_not_subject
  Scenario: An enquiry after the plan has ended is about a child not subject of a plan
    The first review ended the plan on 12 April 2027; on 3 May there is no Lead Professional
    to send the enquirer to, and the enquiry is recorded with the advice given instead.
    Given an initial conference on 2027-01-15 with outcome plan
    And a review conference on 2027-04-12 with outcome end_plan
    And a child protection unit enquiry on 2027-05-03
    When the case is evaluated on 2027-05-15
    Then there is no requirement enquirer_advised_to_contact_lead_professional
    And there is no requirement relevant_details_provided
    And the requirement enquiry_and_advice_recorded is not_recorded

  @rule:bolton.information.record_enquiry_not_subject
  Scenario: An enquiry about a child not subject to a plan is recorded with the advice given
    "If an enquiry is made, but the child is not subject of a Child protection Plan, this
    should be recorded by the Child Protection Unit together with the advice given to the
    enquirer." (about-child/5) The enquiry of 1 February, while the plan is in force, is not
    asked this.
    Given a child protection unit enquiry on 2027-01-10 with done enquiry_and_advice_recorded
    And an initial conference on 2027-01-15 with outcome plan
    And a child protection unit enquiry on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the requirement enquiry_and_advice_recorded is met

  @rule:bolton.information.record_enquiry_not_subject
  Scenario: An enquiry about a child not subject to a plan, not recorded
    Given a child protection unit enquiry on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the requirement enquiry_and_advice_recorded is not_recorded

  @rule:bolton.information.second_enquiry_referral
  @rule:bolton.information.second_enquiry_qa_manager_notified
  @rule:bolton.information.second_enquiry_future_action
  Scenario: A second enquiry about a child not subject to a plan is referred on; the first, and one while the child was subject to a plan, are not
    "In the event of there being a second enquiry about a child not subject of a Child
    protection Plan, the enquirer will be informed and requested to discuss his/her concerns
    with the appropriate social work team. Additionally, the Quality Assurance Manager will be
    notified and will discuss future action with the district social work team." (about-child/6)
    The plan was in force from 16 November 2026 to 11 January 2027: the enquiry of 1 December
    is about a child subject of a plan, that of 1 February the second about a child not
    subject of one.
    Given a child protection unit enquiry on 2026-11-02
    And an initial conference on 2026-11-16 with outcome plan
    And a child protection unit enquiry on 2026-12-01
    And a review conference on 2027-01-11 with outcome end_plan
    And a child protection unit enquiry on 2027-02-01 with done enquirer_informed_and_asked_to_discuss_with_social_work_team, quality_assurance_manager_notified, future_action_discussed_with_district_team
    When the case is evaluated on 2027-02-15
    Then the requirement enquirer_informed_and_asked_to_discuss_with_social_work_team is met
    And the requirement quality_assurance_manager_notified is met
    And the requirement future_action_discussed_with_district_team is met

  @rule:bolton.information.second_enquiry_referral
  @rule:bolton.information.second_enquiry_qa_manager_notified
  @rule:bolton.information.second_enquiry_future_action
  Scenario: A second enquiry with nothing recorded
    Given a child protection unit enquiry on 2027-01-15
    And a child protection unit enquiry on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the requirement enquirer_informed_and_asked_to_discuss_with_social_work_team is not_recorded
    And the requirement quality_assurance_manager_notified is not_recorded
    And the requirement future_action_discussed_with_district_team is not_recorded

  @rule:bolton.information.second_enquiry_referral
  @rule:bolton.information.second_enquiry_qa_manager_notified
  @rule:bolton.information.second_enquiry_future_action
  Scenario: An enquiry while the child was subject of a plan does not make a later one the second about a child not subject of one
    Given an initial conference on 2026-11-16 with outcome plan
    And a child protection unit enquiry on 2026-12-01
    And a review conference on 2027-01-11 with outcome end_plan
    And a child protection unit enquiry on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then there is no requirement enquirer_informed_and_asked_to_discuss_with_social_work_team
    And there is no requirement quality_assurance_manager_notified
    And there is no requirement future_action_discussed_with_district_team

  @rule:bolton.information.no_public_access
  Scenario: A member of the public is given no information about a child subject to a plan; other enquiries are not asked this
    "Members of the public do not have access to information about a child subject to a Child
    protection Plan." (about-child/7) Not asked: a member of the public before the plan was
    made, and an agency while it is in force.
    Given a child protection unit enquiry on 2027-01-10 with enquirer member_of_public
    And an initial conference on 2027-01-15 with outcome plan
    And a child protection unit enquiry on 2027-01-20 with enquirer agency
    And a child protection unit enquiry on 2027-02-01 with:
      | enquirer | member_of_public                   |
      | done     | no_information_to_member_of_public |
    When the case is evaluated on 2027-02-15
    Then the requirement no_information_to_member_of_public is met

  @rule:bolton.information.no_public_access
  Scenario: An enquiry from a member of the public with no record of the refusal
    Given an initial conference on 2027-01-15 with outcome plan
    And a child protection unit enquiry on 2027-02-01 with enquirer member_of_public
    When the case is evaluated on 2027-02-15
    Then the requirement no_information_to_member_of_public is not_recorded

  # ---- A move within Bolton (bolton/moves/within-bolton/1-2) ----
  # Section 8 is "Child subject to a child protection plan who moves": each rule applies
  # while the plan is in force on the day of its trigger.

  @rule:bolton.moves.all_involved_kept_informed
  Scenario: Everyone involved with a child subject to a plan is told the new address
    "It is vitally important that all those involved with a child subject of a Child
    Protection Plan are kept informed of the child’s current address." (within-bolton/1) No
    time is given.
    Given an initial conference on 2027-01-04 with outcome plan
    And an address changed on 2027-02-01
    And an address shared with all involved on 2027-02-03
    When the case is evaluated on 2027-02-15
    Then the duty address_shared_with_all_involved has no due date
    And the duty address_shared_with_all_involved is met

  @rule:bolton.moves.all_involved_kept_informed
  Scenario: Until those involved are told the new address the duty is open, never overdue
    Telling them before the move is not telling them of the current address.
    Given an initial conference on 2027-01-04 with outcome plan
    And an address shared with all involved on 2027-01-20
    And an address changed on 2027-02-01
    When the case is evaluated on 2027-06-01
    Then the duty address_shared_with_all_involved is open

  @rule:bolton.moves.all_involved_kept_informed
  Scenario: A move of a child with no plan asks nothing of this section
    Given an initial conference on 2027-01-04 with outcome no_plan
    And an address changed on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then there is no duty address_shared_with_all_involved

  @rule:bolton.moves.lead_professional_informed
  Scenario: The lead professional is told of the move the same day
    "Should a child move address the Lead Professional should be informed immediately"
    (within-bolton/2). Immediately is read as the same day.
    Given an initial conference on 2027-01-04 with outcome plan
    And an address changed on 2027-02-01
    And a lead professional informed on 2027-02-01 with about address_changed
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is due on 2027-02-01
    And the duty lead_professional_informed is met

  @rule:bolton.moves.lead_professional_informed
  Scenario: Telling the lead professional of the move the next working day is late
    Given an initial conference on 2027-01-04 with outcome plan
    And an address changed on 2027-02-05
    And a lead professional informed on 2027-02-08 with about address_changed
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is due on 2027-02-05
    And the duty lead_professional_informed is late

  @rule:bolton.moves.lead_professional_informed
  Scenario: A move on Good Friday is due that day; the Easter bank holidays do not move "immediately"
    Given an initial conference on 2027-01-04 with outcome plan
    And an address changed on 2027-03-26
    And a lead professional informed on 2027-03-30 with about address_changed
    When the case is evaluated on 2027-04-15
    Then the duty lead_professional_informed is due on 2027-03-26
    And the duty lead_professional_informed is late

  @rule:bolton.moves.lead_professional_informed
  Scenario: A move before the child was made subject to a plan asks nothing here
    Given an address changed on 2026-12-01
    And an initial conference on 2027-01-04 with outcome plan
    When the case is evaluated on 2027-02-15
    Then there is no duty lead_professional_informed

  @rule:bolton.moves.lead_professional_informed
  Scenario: A move after a decision of no plan asks nothing here
    Given an initial conference on 2027-01-04 with outcome no_plan
    And an address changed on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then there is no duty lead_professional_informed

  @rule:bolton.moves.lead_professional_informed
  Scenario: Telling the lead professional of something else does not tell them of the move
    Given an initial conference on 2027-01-04 with outcome plan
    And an address changed on 2027-02-01
    And a lead professional informed on 2027-02-01 with about significant_change
    When the case is evaluated on 2027-02-15
    Then the duty lead_professional_informed is overdue

  @rule:bolton.moves.lead_professional_informed @rule:bolton.moves.child_index_updated
  @rule:bolton.moves.all_involved_kept_informed
  Scenario: A move after the plan has ended asks nothing of the lead professional
    Review case c19: the second review ended the plan on Monday 11 October 2027; the family
    moves on 1 June 2028, when the child is no longer subject of a plan.
    Given an initial conference on 2027-01-15 with outcome plan
    And a review conference on 2027-04-12 with outcome continue_plan
    And a review conference on 2027-10-11 with outcome end_plan
    And an address changed on 2028-06-01
    When the case is evaluated on 2028-12-31
    Then there is no duty lead_professional_informed
    And there is no duty child_index_updated
    And there is no duty address_shared_with_all_involved

  @rule:bolton.moves.lead_professional_informed
  Scenario: A move after a re-convened review kept the plan is a move of a child subject of a plan
    The review of 12 April was stood down; the one re-convened on 19 April kept the plan.
    Given an initial conference on 2027-01-15 with outcome plan
    And a review conference on 2027-04-12 with outcome stood_down
    And a reconvened conference on 2027-04-19 with outcome continue_plan
    And an address changed on 2027-05-04
    And a lead professional informed on 2027-05-04 with about address_changed
    When the case is evaluated on 2027-05-15
    Then the duty lead_professional_informed is due on 2027-05-04
    And the duty lead_professional_informed is met

  @rule:bolton.moves.child_protection_unit_told
  Scenario: The lead professional tells the Child Protection Unit the same day
    "they should immediately contact the Child Protection Unit" (within-bolton/2), "they" read
    as the lead professional.
    Given an initial conference on 2027-01-04 with outcome plan
    And a lead professional informed on 2027-02-01 with about address_changed
    And an address reported to child protection unit on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the duty address_reported_to_child_protection_unit is due on 2027-02-01
    And the duty address_reported_to_child_protection_unit is met

  @rule:bolton.moves.child_protection_unit_told
  Scenario: Telling the Child Protection Unit the next working day is late
    Given an initial conference on 2027-01-04 with outcome plan
    And a lead professional informed on 2027-02-05 with about address_changed
    And an address reported to child protection unit on 2027-02-08
    When the case is evaluated on 2027-02-15
    Then the duty address_reported_to_child_protection_unit is due on 2027-02-05
    And the duty address_reported_to_child_protection_unit is late

  @rule:bolton.moves.child_protection_unit_told
  Scenario: On the early May bank holiday the duty is still due that day
    Given an initial conference on 2027-01-04 with outcome plan
    And a lead professional informed on 2027-05-03 with about address_changed
    And an address reported to child protection unit on 2027-05-04
    When the case is evaluated on 2027-05-15
    Then the duty address_reported_to_child_protection_unit is due on 2027-05-03
    And the duty address_reported_to_child_protection_unit is late

  @rule:bolton.moves.child_protection_unit_told
  Scenario: Telling the lead professional of something other than a move asks nothing of the Unit
    Given an initial conference on 2027-01-04 with outcome plan
    And a lead professional informed on 2027-02-01 with about significant_change
    When the case is evaluated on 2027-02-15
    Then there is no duty address_reported_to_child_protection_unit

  @rule:bolton.moves.child_protection_unit_told @rule:bolton.moves.attendees_notified
  Scenario: Without a plan in force the Unit is not asked to record or circulate a move
    Given a lead professional informed on 2027-02-01 with about address_changed
    And an address reported to child protection unit on 2027-02-02
    When the case is evaluated on 2027-02-15
    Then there is no duty address_reported_to_child_protection_unit
    And there is no duty address_change_circulated

  @rule:bolton.moves.attendees_notified
  Scenario: The Child Protection Unit notifies those who attended the initial conference
    "who will undertake to notify all those who attended the initial conference." (within-bolton/2)
    Given an initial conference on 2027-01-04 with outcome plan
    And an address reported to child protection unit on 2027-02-01
    And an address change circulated on 2027-02-03
    When the case is evaluated on 2027-02-15
    Then the duty address_change_circulated has no due date
    And the duty address_change_circulated is met

  @rule:bolton.moves.attendees_notified
  Scenario: Until the attendees are notified the duty is open, never overdue
    Given an initial conference on 2027-01-04 with outcome plan
    And an address reported to child protection unit on 2027-02-01
    When the case is evaluated on 2027-06-01
    Then the duty address_change_circulated is open

  @rule:bolton.moves.child_index_updated
  Scenario: The lead professional enters the new address on the Child Index
    "The updated address details should be entered onto the Child Index by the Lead
    Professional." (within-bolton/2)
    Given an initial conference on 2027-01-04 with outcome plan
    And an address changed on 2027-02-01
    And a child index updated on 2027-02-02
    When the case is evaluated on 2027-02-15
    Then the duty child_index_updated has no due date
    And the duty child_index_updated is met

  @rule:bolton.moves.child_index_updated
  Scenario: A Child Index not yet updated stays open
    Given an initial conference on 2027-01-04 with outcome plan
    And an address changed on 2027-02-01
    When the case is evaluated on 2027-06-01
    Then the duty child_index_updated is open

  @rule:bolton.moves.child_index_updated @rule:bolton.moves.attendees_notified
  @rule:bolton.moves.all_involved_kept_informed
  Scenario: The plan ending before the new address was passed on ends the duties; what is done after it does not count
    The move on 1 February 2027 was reported to the Unit the same day; the review of 12 April
    ended the plan before the Child Index, the attendees or those involved had the address.
    Given an initial conference on 2027-01-15 with outcome plan
    And an address changed on 2027-02-01
    And an address reported to child protection unit on 2027-02-01
    And a review conference on 2027-04-12 with outcome end_plan
    And a child index updated on 2027-04-20
    When the case is evaluated on 2027-05-01
    Then the duty child_index_updated is ended
    And the duty address_change_circulated is ended
    And the duty address_shared_with_all_involved is ended

  @rule:bolton.moves.child_index_updated
  Scenario: Without a plan a move asks nothing of the Child Index
    Given an address changed on 2027-02-01
    When the case is evaluated on 2027-06-01
    Then there is no duty child_index_updated

  @rule:bolton.moves.child_index_updated
  Scenario: A move after a decision of no plan, or before a later plan, asks nothing of the Child Index
    Given an initial conference on 2027-01-04 with outcome no_plan
    And an address changed on 2027-02-01
    And a reconvened conference on 2027-03-01 with outcome plan
    When the case is evaluated on 2027-06-01
    Then there is no duty child_index_updated

  # ---- A move into Bolton (bolton/moves/into-bolton/1) ----

  @rule:bolton.moves.into_bolton
  Scenario: A worker who learns of a move into Bolton tells the Quality Assurance Team Manager the same day
    "If a worker from any agency learns that a child known to be subject to a Child Protection
    Plan in another local authority has moved into Bolton, they should immediately inform the
    Quality Assurance Team Manager." (into-bolton/1)
    Given a move in learned on 2027-02-01
    And a quality assurance manager informed on 2027-02-01
    When the case is evaluated on 2027-02-15
    Then the duty quality_assurance_manager_informed is due on 2027-02-01
    And the duty quality_assurance_manager_informed is met

  @rule:bolton.moves.into_bolton
  Scenario: Telling the Quality Assurance Team Manager the next working day is late
    Given a move in learned on 2027-02-05
    And a quality assurance manager informed on 2027-02-08
    When the case is evaluated on 2027-02-15
    Then the duty quality_assurance_manager_informed is due on 2027-02-05
    And the duty quality_assurance_manager_informed is late

  @rule:bolton.moves.into_bolton
  Scenario: Learning of the move on Boxing Day's substitute bank holiday, the duty is due that day
    Given a move in learned on 2026-12-28
    And a quality assurance manager informed on 2026-12-29
    When the case is evaluated on 2027-01-15
    Then the duty quality_assurance_manager_informed is due on 2026-12-28
    And the duty quality_assurance_manager_informed is late

  @rule:bolton.moves.into_bolton
  Scenario: Not yet told, the duty is overdue the next day
    Given a move in learned on 2027-02-01
    When the case is evaluated on 2027-02-02
    Then the duty quality_assurance_manager_informed is overdue
