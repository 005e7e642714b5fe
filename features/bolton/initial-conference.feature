Feature: Bolton initial child protection conference
  "Consequently all Initial Child Protection Case Conferences should take place within 15
  working days of a strategy discussion, or the last strategy discussion if more than one
  has been held." (bolton/initial/timing/3)

  Background:
    Given a bolton case

  @rule:bolton.icpc.timing
  Scenario: A conference on the 15th working day after the strategy discussion is on time
    Given a strategy discussion on 2026-12-01
    And an initial conference on 2026-12-22 with outcome no_plan
    When the case is evaluated on 2027-01-15
    Then the duty initial_conference is due on 2026-12-22
    And the duty initial_conference is met

  @rule:bolton.icpc.timing
  Scenario: The Christmas and New Year bank holidays move the due date; a day later is late
    Given a strategy discussion on 2026-12-15
    And an initial conference on 2027-01-11 with outcome no_plan
    When the case is evaluated on 2027-01-15
    Then the duty initial_conference is due on 2027-01-08
    And the duty initial_conference is late

  @rule:bolton.icpc.timing
  Scenario: With more than one strategy discussion the clock runs from the last
    Given a strategy discussion on 2026-11-02
    And a strategy discussion on 2026-12-01
    When the case is evaluated on 2026-12-10
    Then the duty initial_conference is due on 2026-12-22
    And the duty initial_conference is open

  @rule:bolton.icpc.timing
  Scenario: No conference was held and the due date has passed
    Given a strategy discussion on 2026-12-01
    When the case is evaluated on 2026-12-23
    Then the duty initial_conference is overdue

  @rule:bolton.icpc.timing @rule:bolton.icpc.convening
  Scenario: An enquiry that found no significant harm leads to no conference
    Given a strategy discussion on 2026-12-01
    And a section 47 outcome on 2026-12-08 with outcome no_significant_harm
    When the case is evaluated on 2027-01-15
    Then there is no duty initial_conference
    And there is no decision conference_required

  @rule:bolton.icpc.convening
  Scenario: An enquiry that found significant harm means a conference is convened
    Given a strategy discussion on 2026-12-01
    And a section 47 outcome on 2026-12-08 with outcome significant_harm
    When the case is evaluated on 2026-12-09
    Then the decision conference_required is true on 2026-12-08
    And the duty initial_conference is due on 2026-12-22

  @rule:bolton.quoracy.minimum
  Scenario: Children's Social Care and two other agencies in direct contact make a quorate conference
    Given an initial conference on 2026-12-18 with:
      | outcome  | no_plan                              |
      | agencies | children_social_care, police, health |
    When the case is evaluated on 2026-12-18
    Then the decision quorate is true

  @rule:bolton.quoracy.minimum
  Scenario: An agency without direct contact with the child does not count towards quoracy
    Given an initial conference on 2026-12-18 with:
      | outcome                         | no_plan                              |
      | agencies                        | children_social_care, police, health |
      | agencies_without_direct_contact | police                               |
    When the case is evaluated on 2026-12-18
    Then the decision quorate is false

  @rule:bolton.quoracy.minimum
  Scenario: Without Children's Social Care a conference is not quorate
    Given a review conference on 2027-03-01 with:
      | outcome  | continue_plan                   |
      | agencies | police, health, education       |
    When the case is evaluated on 2027-03-01
    Then the decision quorate is false

  @rule:bolton.quoracy.minimum
  Scenario: Quoracy is not decided when the attendance was not recorded
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2026-12-18
    Then there is no decision quorate

  @rule:bolton.quoracy.stand_down @rule:bolton.quoracy.reconvene
  Scenario: A conference that is not quorate may be stood down, and is re-convened at the earliest opportunity
    Given an initial conference on 2026-12-18 with:
      | outcome  | stood_down                   |
      | agencies | children_social_care, police |
    When the case is evaluated on 2027-01-15
    Then the decision may_stand_down is true
    And the duty reconvened_conference has no due date
    And the duty reconvened_conference is open

  @rule:bolton.quoracy.stand_down
  Scenario: A quorate conference gives the chair no ground to stand it down
    Given an initial conference on 2026-12-18 with:
      | outcome  | no_plan                              |
      | agencies | children_social_care, police, health |
    When the case is evaluated on 2026-12-18
    Then there is no decision may_stand_down

  @rule:bolton.quoracy.reconvene
  Scenario: The re-convened conference meets the duty
    Given an initial conference on 2026-12-18 with outcome stood_down
    And a reconvened conference on 2027-01-05 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the duty reconvened_conference is met

  @rule:bolton.quoracy.exceptional_breach
  Scenario: Where the child has had no contact with two other agencies, quoracy is breached with the reason recorded
    Given an initial conference on 2026-12-18 with:
      | outcome               | plan                                                  |
      | agencies              | children_social_care, health                          |
      | quoracy_breach_reason | only the health visitor has had contact with the baby |
    When the case is evaluated on 2026-12-18
    Then the decision quorate is false
    And the decision quoracy_breach_recorded is true

  @rule:bolton.quoracy.exceptional_breach
  Scenario: Going ahead without quoracy and without a recorded reason is not a recorded breach
    Given an initial conference on 2026-12-18 with:
      | outcome  | plan                         |
      | agencies | children_social_care, health |
    When the case is evaluated on 2026-12-18
    Then the decision quoracy_breach_recorded is false

  @rule:bolton.quoracy.exceptional_breach
  Scenario: A quorate conference has no breach to record
    Given an initial conference on 2026-12-18 with:
      | outcome  | plan                                 |
      | agencies | children_social_care, police, health |
    When the case is evaluated on 2026-12-18
    Then there is no decision quoracy_breach_recorded

  @rule:bolton.plan.decide
  Scenario: The conference decides the child should be subject to a plan
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2026-12-18
    Then the decision child_protection_plan is true on 2026-12-18

  @rule:bolton.plan.decide
  Scenario: The conference decides the child should not be subject to a plan
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2026-12-18
    Then the decision child_protection_plan is false
    And there is no duty first_core_group_meeting

  @rule:bolton.dissent.majority
  Scenario: The majority view is taken when a vote is held
    Given an initial conference on 2026-12-18 with:
      | outcome | no_plan           |
      | votes   | plan 2, no_plan 4 |
    When the case is evaluated on 2026-12-18
    Then the decision child_protection_plan is false

  @rule:bolton.dissent.majority
  Scenario: A majority for a plan makes a plan
    Given an initial conference on 2026-12-18 with:
      | outcome | plan              |
      | votes   | plan 4, no_plan 1 |
    When the case is evaluated on 2026-12-18
    Then the decision child_protection_plan is true
    And there is no duty split_decision_referral

  @rule:bolton.dissent.split_vote_plan @rule:bolton.core_group.first_meeting @rule:bolton.review.first
  Scenario: A vote split equally makes a plan, and the plan brings its core group and review duties
    Given an initial conference on 2026-12-18 with:
      | outcome | plan              |
      | votes   | plan 3, no_plan 3 |
    When the case is evaluated on 2026-12-18
    Then the decision child_protection_plan is true
    And the duty first_core_group_meeting is due on 2027-01-06
    And the duty first_review_conference is due on 2027-03-18

  @rule:bolton.dissent.split_vote_referral
  Scenario: A split vote referred on the 5th working day, over Christmas, is on time
    Given an initial conference on 2026-12-18 with:
      | outcome | plan              |
      | votes   | plan 3, no_plan 3 |
    And a split decision referral on 2026-12-29
    When the case is evaluated on 2027-01-15
    Then the duty split_decision_referral is due on 2026-12-29
    And the duty split_decision_referral is met

  @rule:bolton.dissent.split_vote_referral
  Scenario: A split vote referred the next working day is late
    Given an initial conference on 2026-12-18 with:
      | outcome | plan              |
      | votes   | plan 3, no_plan 3 |
    And a split decision referral on 2026-12-30
    When the case is evaluated on 2027-01-15
    Then the duty split_decision_referral is late

  @rule:bolton.dissent.split_vote_panel
  Scenario: The panel hears the split decision on the 28th day after the referral
    Given a split decision referral on 2026-12-23
    And a split decision panel on 2027-01-20
    When the case is evaluated on 2027-02-01
    Then the duty split_decision_panel is due on 2027-01-20
    And the duty split_decision_panel is met

  @rule:bolton.dissent.split_vote_panel
  Scenario: The panel hearing on the 29th day is late
    Given a split decision referral on 2026-12-23
    And a split decision panel on 2027-01-21
    When the case is evaluated on 2027-02-01
    Then the duty split_decision_panel is late

  @rule:bolton.deferment.reconvene
  Scenario: A deferred conference reconvenes on the last day of the 3 months
    Given an initial conference on 2026-11-30 with outcome deferred
    And a reconvened conference on 2027-02-28 with outcome plan
    When the case is evaluated on 2027-03-15
    Then the duty reconvened_conference is due on 2027-02-28
    And the duty reconvened_conference is met

  @rule:bolton.deferment.reconvene
  Scenario: A deferred conference reconvened a day after the 3 months is late
    Given an initial conference on 2026-11-30 with outcome deferred
    And a reconvened conference on 2027-03-01 with outcome plan
    When the case is evaluated on 2027-03-15
    Then the duty reconvened_conference is late

  @rule:bolton.reports.lead_time
  Scenario: A report sent the day before the conference is 24 hours ahead
    Given a conference report on 2026-12-17 with conference initial_conference
    And an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2026-12-18
    Then the duty conference_report is due on 2026-12-17
    And the duty conference_report is met

  @rule:bolton.reports.lead_time
  Scenario: A report sent on the day of the conference is late
    Given a conference report on 2026-12-18 with conference initial_conference
    And an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2026-12-18
    Then the duty conference_report is late

  @rule:bolton.reports.lead_time
  Scenario: No report reached the conference
    Given an initial conference on 2026-12-18 with outcome no_plan
    When the case is evaluated on 2026-12-19
    Then the duty conference_report is overdue
