Feature: Wiltshire transfer-in conferences
  "Transfer in conferences should take place when a child ,who is the subject of a child
  protection plan, moves from one Local Authority (Referring LA) area to another LA area to
  live there permanently e.g. for a period of more than 3 months. Children’s social care,
  designated health professionals and the police should be notified promptly by the
  referring LA of the fact that a child on a child protection plan has moved into their
  area." (wiltshire/types/transfer-in/1)
  "Consideration of what is a permanent move will vary with each case. However the following
  may indicate the family’s intention to remain in the area:" permanent accommodation (with
  proof of tenancy or a family member's written confirmation); the child registered and
  attending children's centre/nursery or school ("MASH will confirm this directly with the
  school"); the family registered with a GP practice or similar; family networks and links
  to the area "should also be considered". (wiltshire/types/transfer-in/2 to 6)

  Background:
    Given a wiltshire case

  # -- The transfer-in conference ------------------------------------------------------------

  @rule:wiltshire.transfer_in.conference
  Scenario: Once a permanent move is established a transfer-in conference is owed, with no due date
    Given a moved into area on 2026-11-02
    And a permanent move established on 2026-11-20
    And a transfer in conference on 2027-01-05
    When the case is evaluated on 2027-01-15
    Then the duty transfer_in_conference has no due date
    And the duty transfer_in_conference is met

  @rule:wiltshire.transfer_in.conference
  Scenario: No number of days is given, so a transfer-in conference not yet held is open, never overdue
    Given a moved into area on 2026-11-02
    And a permanent move established on 2026-11-20
    When the case is evaluated on 2027-11-20
    Then the duty transfer_in_conference is open

  @rule:wiltshire.transfer_in.conference
  Scenario: A transfer-in conference stood down is not the conference held
    Given a moved into area on 2026-11-02
    And a permanent move established on 2026-11-20
    And a transfer in conference on 2027-01-05 with outcome stood_down
    When the case is evaluated on 2027-01-15
    Then the duty transfer_in_conference is open

  @rule:wiltshire.transfer_in.conference
  Scenario: A move not (yet) established as permanent owes no transfer-in conference
    Given a moved into area on 2026-11-02
    When the case is evaluated on 2026-12-15
    Then there is no duty transfer_in_conference

  # -- Notification by the referring authority ----------------------------------------------

  @rule:wiltshire.transfer_in.notify_social_care @rule:wiltshire.transfer_in.notify_health @rule:wiltshire.transfer_in.notify_police
  Scenario: Children's social care, health and the police are all notified of the move
    Given a moved into area on 2026-11-02
    And a move in notified on 2026-11-03 with recipient children_social_care
    And a move in notified on 2026-11-03 with recipient designated_health_professionals
    And a move in notified on 2026-11-04 with recipient police
    When the case is evaluated on 2026-12-15
    Then the duty move_in_notified has no due date
    And the duty move_in_notified is met

  @rule:wiltshire.transfer_in.notify_police
  Scenario: The police notified, the police duty is met
    Given a moved into area on 2026-11-02
    And a move in notified on 2026-11-04 with recipient police
    When the case is evaluated on 2026-12-15
    Then the duty move_in_notified is met

  @rule:wiltshire.transfer_in.notify_social_care @rule:wiltshire.transfer_in.notify_health
  Scenario: Only the police notified - children's social care and health are still to be notified
    Given a moved into area on 2026-11-02
    And a move in notified on 2026-11-04 with recipient police
    When the case is evaluated on 2026-12-15
    Then the duty move_in_notified is open

  @rule:wiltshire.transfer_in.notify_social_care
  Scenario: Children's social care notified, its duty is met
    Given a moved into area on 2026-11-02
    And a move in notified on 2026-11-02 with recipient children_social_care
    When the case is evaluated on 2026-12-15
    Then the duty move_in_notified is met

  @rule:wiltshire.transfer_in.notify_health @rule:wiltshire.transfer_in.notify_police
  Scenario: Only children's social care notified - health and the police are still to be notified
    Given a moved into area on 2026-11-02
    And a move in notified on 2026-11-02 with recipient children_social_care
    When the case is evaluated on 2026-12-15
    Then the duty move_in_notified is open

  @rule:wiltshire.transfer_in.notify_health
  Scenario: The designated health professionals notified, their duty is met
    Given a moved into area on 2026-11-02
    And a move in notified on 2026-11-05 with recipient designated_health_professionals
    When the case is evaluated on 2026-12-15
    Then the duty move_in_notified is met

  @rule:wiltshire.transfer_in.notify_social_care @rule:wiltshire.transfer_in.notify_health @rule:wiltshire.transfer_in.notify_police
  Scenario: No move into the area, nobody to notify
    Given a permanent move established on 2026-11-20
    When the case is evaluated on 2026-12-15
    Then there is no duty move_in_notified

  # -- What may indicate the family's intention to remain ----------------------------------

  @rule:wiltshire.transfer_in.permanent_accommodation
  Scenario: Permanent accommodation with proof of tenancy indicates a permanent move
    Given a moved into area on 2026-11-02
    And a permanent accommodation on 2026-11-10 with proof proof_of_tenancy
    When the case is evaluated on 2026-12-15
    Then the decision permanent_move_indicated is true on 2026-11-10

  @rule:wiltshire.transfer_in.permanent_accommodation
  Scenario: Permanent accommodation with a family member's written confirmation indicates a permanent move
    Given a moved into area on 2026-11-02
    And a permanent accommodation on 2026-11-12 with proof written_confirmation_from_family_member
    When the case is evaluated on 2026-12-15
    Then the decision permanent_move_indicated is true on 2026-11-12

  @rule:wiltshire.transfer_in.permanent_accommodation
  Scenario: Permanent accommodation without proof does not count
    Given a moved into area on 2026-11-02
    And a permanent accommodation on 2026-11-10
    When the case is evaluated on 2026-12-15
    Then there is no decision permanent_move_indicated

  @rule:wiltshire.transfer_in.education_setting
  Scenario: The child registered and attending school indicates a permanent move
    Given a moved into area on 2026-11-02
    And an education setting registration on 2026-11-16
    When the case is evaluated on 2026-12-15
    Then the decision permanent_move_indicated is true on 2026-11-16

  @rule:wiltshire.transfer_in.permanent_accommodation @rule:wiltshire.transfer_in.education_setting @rule:wiltshire.transfer_in.gp_registration
  Scenario: A move with no evidence recorded indicates nothing
    Given a moved into area on 2026-11-02
    When the case is evaluated on 2026-12-15
    Then there is no decision permanent_move_indicated

  @rule:wiltshire.transfer_in.school_confirmed_directly
  Scenario: MASH confirmed the registration directly with the school
    Given an education setting registration on 2026-11-16 with done confirmed_directly_with_school
    When the case is evaluated on 2026-12-15
    Then the requirement confirmed_directly_with_school is met

  @rule:wiltshire.transfer_in.school_confirmed_directly
  Scenario: No record that MASH confirmed the registration with the school (e.g. relying on Impulse)
    Given an education setting registration on 2026-11-16
    When the case is evaluated on 2026-12-15
    Then the requirement confirmed_directly_with_school is not_recorded

  @rule:wiltshire.transfer_in.gp_registration
  Scenario: The family registered with a GP practice indicates a permanent move
    Given a moved into area on 2026-11-02
    And a gp registration on 2026-11-09
    When the case is evaluated on 2026-12-15
    Then the decision permanent_move_indicated is true on 2026-11-09

  @rule:wiltshire.transfer_in.family_links
  Scenario: Family networks and links to the area are considered when the permanent move is established
    "Family networks and links to the area should also be considered."
    (wiltshire/types/transfer-in/6)
    Given a moved into area on 2026-11-02
    And a family links to area on 2026-11-02
    And a permanent move established on 2026-11-20 with done family_networks_and_links_considered
    When the case is evaluated on 2026-12-15
    Then the requirement family_networks_and_links_considered is met

  @rule:wiltshire.transfer_in.family_links
  Scenario: A permanent move established with no record that family networks and links were considered
    Given a moved into area on 2026-11-02
    And a permanent move established on 2026-11-20
    When the case is evaluated on 2026-12-15
    Then the requirement family_networks_and_links_considered is not_recorded

  @rule:wiltshire.transfer_in.family_links @rule:wiltshire.transfer_in.permanent_accommodation @rule:wiltshire.transfer_in.education_setting @rule:wiltshire.transfer_in.gp_registration
  Scenario: Family networks and links are to be considered - they are not by themselves an indicator of a permanent move
    Given a moved into area on 2026-11-02
    And a family links to area on 2026-11-02
    When the case is evaluated on 2026-12-15
    Then there is no decision permanent_move_indicated
    And there is no requirement family_networks_and_links_considered
