Feature: Bolton discontinuing the child protection plan
  "A child should no longer be the subject of a Child Protection Plan in the following
  circumstances:- ... The child and family have moved permanently to another local authority
  area. In such cases, the receiving local authority should convene a child protection
  conference within 15 working days of being notified of the permanent move, only after
  which event may discontinuing the Child Protection Plan take place in Bolton. The child has
  reached 18 years of age, has died or has permanently left the UK. The child gets married.
  In these circumstances a Review Conference is not necessary to discontinue the Child
  Protection Plan, however notification should be sent, as a minimum, to all those agency
  representatives who were invited to attend the initial child protection conference which
  led to the registration." (bolton/discontinuing/1, 7-10)

  Background:
    Given a bolton case

  @rule:bolton.discontinuing.age_18 @rule:bolton.discontinuing.no_review_needed @rule:bolton.review.first
  Scenario: The plan ends on the 18th birthday without a review conference
    # Born 2 March 2009: 18 on 2 March 2027. The first review (3 months from 18 December
    # 2026: 18 March 2027) fell due after the plan had ended.
    Given the child was born on 2009-03-02
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-04-01
    Then the decision plan_ends_without_review_conference is true on 2027-03-02
    And the decision child_protection_plan is false on 2027-03-02
    And the child is subject of a child protection plan from 2026-12-18 to 2027-03-02
    And the duty first_review_conference is ended

  @rule:bolton.discontinuing.age_18 @rule:bolton.discontinuing.no_review_needed @rule:bolton.review.first
  Scenario: An 18th birthday after the evaluation date is upcoming, not in force
    # Case C04 of the review: born 1 April 2009, plan 20 February 2027, evaluated on 1 March
    # 2027. The plan ends on 1 April 2027, which is still to come; the first review (20 May
    # 2027) is open.
    Given the child was born on 2009-04-01
    And a strategy discussion on 2027-02-01
    And an initial conference on 2027-02-20 with outcome plan
    When the case is evaluated on 2027-03-01
    Then the decision plan_ends_without_review_conference is upcoming on 2027-04-01
    And the decision plan_ends_without_review_conference is in force on no day
    And the decision child_protection_plan is upcoming on 2027-04-01
    And the duty first_review_conference is due on 2027-05-20
    And the duty first_review_conference is open

  @rule:bolton.discontinuing.age_18 @rule:bolton.review.first
  Scenario: A child born on 29 February reaches 18 on 1 March in a year without 29 February
    # Case C22 of the review: born 29 February 2008; 2026 has no 29 February, so the 18
    # years are complete at the end of 28 February and the child is 18 on 1 March 2026.
    Given the child was born on 2008-02-29
    And a strategy discussion on 2026-01-05
    And an initial conference on 2026-01-16 with outcome plan
    When the case is evaluated on 2026-06-30
    Then the decision plan_ends_without_review_conference is true on 2026-03-01
    And the duty first_review_conference is due on 2026-04-16
    And the duty first_review_conference is ended

  @rule:bolton.discontinuing.age_18
  Scenario: No plan, nothing to end at 18
    Given the child was born on 2009-03-02
    And an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2027-04-01
    Then there is no decision plan_ends_without_review_conference

  @rule:bolton.discontinuing.age_18 @rule:bolton.discontinuing.died @rule:bolton.discontinuing.no_review_needed
  Scenario: A plan that ended on the child's death does not end again at 18
    # Case C20 of the review: the plan runs from 31 August 2026 through three reviews and
    # ends when the child dies on 10 January 2028; the 18th birthday (1 April 2033) ends
    # nothing.
    Given the child was born on 2015-04-01
    And a strategy discussion on 2026-08-03
    And an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-10-12 with outcome continue_plan
    And a review conference on 2027-03-31 with outcome continue_plan
    And a review conference on 2027-10-01 with outcome continue_plan
    And a died on 2028-01-10
    When the case is evaluated on 2028-12-31
    Then the decision plan_ends_without_review_conference is made 1 time
    And the decision plan_ends_without_review_conference is true on 2028-01-10
    And the child is subject of a child protection plan from 2026-08-31 to 2028-01-10

  @rule:bolton.discontinuing.died @rule:bolton.discontinuing.no_review_needed @rule:bolton.review.first
  Scenario: The plan ends when the child dies
    Given an initial conference on 2026-12-18 with outcome plan
    And a died on 2027-01-20
    When the case is evaluated on 2027-04-01
    Then the decision plan_ends_without_review_conference is true on 2027-01-20
    And the decision child_protection_plan is false on 2027-01-20
    And the duty first_review_conference is ended

  @rule:bolton.discontinuing.died
  Scenario: A child who was never subject of a plan has no plan to end
    Given an initial conference on 2026-12-18 with outcome no_plan
    And a died on 2027-01-20
    When the case is evaluated on 2027-04-01
    Then there is no decision plan_ends_without_review_conference

  @rule:bolton.discontinuing.left_uk
  Scenario: The plan ends when the child permanently leaves the UK
    Given an initial conference on 2026-12-18 with outcome plan
    And a left uk on 2027-02-01
    When the case is evaluated on 2027-04-01
    Then the decision plan_ends_without_review_conference is true on 2027-02-01

  @rule:bolton.discontinuing.married
  Scenario: The plan ends when the child marries
    Given the child was born on 2009-06-01
    And an initial conference on 2026-12-18 with outcome plan
    And a married on 2027-02-10
    When the case is evaluated on 2027-04-01
    Then the decision plan_ends_without_review_conference is true on 2027-02-10

  @rule:bolton.discontinuing.married
  Scenario: A marriage before any plan ends nothing
    Given a married on 2026-10-10
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-01
    Then there is no decision plan_ends_without_review_conference

  @rule:bolton.discontinuing.notification
  Scenario: Those invited to the initial conference are notified when the plan ends without a review
    Given an initial conference on 2026-12-18 with outcome plan
    And a died on 2027-01-20
    And a plan end notified on 2027-01-22
    When the case is evaluated on 2027-04-01
    Then the duty plan_end_notified has no due date
    And the duty plan_end_notified is met

  @rule:bolton.discontinuing.notification
  Scenario: Without a notification the duty stays open, with no date to be late against
    Given an initial conference on 2026-12-18 with outcome plan
    And a died on 2027-01-20
    When the case is evaluated on 2027-04-01
    Then the duty plan_end_notified is open

  @rule:bolton.discontinuing.receiving_authority_conference @rule:bolton.discontinuing.may_after_receiving_conference @rule:bolton.discontinuing.moved_permanently @rule:bolton.review.first
  Scenario: After a permanent move the plan is discontinued once the receiving authority has held its conference
    # Notified on Wednesday 4 November 2026: the 15th working day is 25 November. Bolton
    # may discontinue the plan from the receiving conference on 20 November, and does on
    # 25 November; the first review (1 December) is then not needed.
    Given an initial conference on 2026-09-01 with outcome plan
    And a moved permanently on 2026-11-02
    And a receiving authority notified on 2026-11-04
    And a receiving authority conference on 2026-11-20
    And a plan discontinued on 2026-11-25
    When the case is evaluated on 2027-01-15
    Then the duty receiving_authority_conference is due on 2026-11-25
    And the duty receiving_authority_conference is met
    And the decision plan_may_be_discontinued is true on 2026-11-20
    And the decision plan_ends_without_review_conference is true on 2026-11-25
    And the child is subject of a child protection plan from 2026-09-01 to 2026-11-25
    And the duty first_review_conference is ended

  @rule:bolton.discontinuing.may_after_receiving_conference @rule:bolton.discontinuing.moved_permanently @rule:bolton.review.first
  Scenario: The receiving authority's conference permits the end but does not end the plan
    # Case C11 of the review: the plan goes on until Bolton discontinues it.
    Given an initial conference on 2026-09-01 with outcome plan
    And a moved permanently on 2026-11-02
    And a receiving authority conference on 2026-11-20
    When the case is evaluated on 2026-12-15
    Then the decision plan_may_be_discontinued is true on 2026-11-20
    And there is no decision plan_ends_without_review_conference
    And the child is subject of a child protection plan from 2026-09-01
    And the duty first_review_conference is overdue

  @rule:bolton.discontinuing.not_before_receiving_conference @rule:bolton.discontinuing.moved_permanently
  Scenario: Discontinuing the plan before the receiving authority's conference is not allowed and does not end it
    Given an initial conference on 2026-09-01 with outcome plan
    And a moved permanently on 2026-11-02
    And a plan discontinued on 2026-11-10
    And a receiving authority conference on 2026-11-20
    When the case is evaluated on 2026-12-15
    Then the decision plan_may_be_discontinued is false on 2026-11-10
    And there is no decision plan_ends_without_review_conference
    And the child is subject of a child protection plan from 2026-09-01

  @rule:bolton.discontinuing.receiving_authority_conference
  Scenario: Bank holidays move the receiving authority's due date; its conference a day later is late
    # Notified on Tuesday 15 December 2026; 25 and 28 December and 1 January are bank
    # holidays: the 15th working day is Friday 8 January 2027.
    Given an initial conference on 2026-09-01 with outcome plan
    And a moved permanently on 2026-12-14
    And a receiving authority notified on 2026-12-15
    And a receiving authority conference on 2027-01-11
    When the case is evaluated on 2027-01-15
    Then the duty receiving_authority_conference is due on 2027-01-08
    And the duty receiving_authority_conference is late

  @rule:bolton.discontinuing.transfer_in_conference
  Scenario: As the receiving authority, Bolton holds its conference on the 15th working day
    Given a transfer in notified on 2026-12-01
    And a transfer in conference on 2026-12-22
    When the case is evaluated on 2027-01-15
    Then the duty transfer_in_conference is due on 2026-12-22
    And the duty transfer_in_conference is met

  @rule:bolton.discontinuing.transfer_in_conference
  Scenario: Bank holidays move Bolton's due date as the receiving authority; a day later is late
    Given a transfer in notified on 2026-12-15
    And a transfer in conference on 2027-01-11
    When the case is evaluated on 2027-01-15
    Then the duty transfer_in_conference is due on 2027-01-08
    And the duty transfer_in_conference is late
