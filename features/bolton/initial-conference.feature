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

  @rule:bolton.icpc.convening @rule:bolton.icpc.timing
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

  @rule:bolton.quoracy.exceptional_breach @rule:bolton.quoracy.minimum
  Scenario: Where the child has had no contact with two other agencies, quoracy is breached with the reason recorded
    Given an initial conference on 2026-12-18 with:
      | outcome                        | plan                                                  |
      | agencies                       | children_social_care, health                          |
      | agencies_in_contact_with_child | children_social_care, health                          |
      | quoracy_breach_reason          | only the health visitor has had contact with the baby |
    When the case is evaluated on 2026-12-18
    Then the decision quorate is false
    And the decision quoracy_breach_recorded is true

  @rule:bolton.quoracy.exceptional_breach
  Scenario: Going ahead without quoracy and without a recorded reason is not a recorded breach
    Given an initial conference on 2026-12-18 with:
      | outcome                        | plan                         |
      | agencies                       | children_social_care, health |
      | agencies_in_contact_with_child | health                       |
    When the case is evaluated on 2026-12-18
    Then the decision quoracy_breach_recorded is false

  @rule:bolton.quoracy.exceptional_breach
  Scenario: The exception is about the child's contacts: agencies in contact that stay away are no exception
    # The child has had contact with health, police and education; only health came. The
    # conference is not quorate, and the exception for a child known to fewer than two
    # other agencies does not apply.
    Given an initial conference on 2026-12-18 with:
      | outcome                        | plan                                 |
      | agencies                       | children_social_care, health         |
      | agencies_in_contact_with_child | health, police, education            |
      | quoracy_breach_reason          | police and school could not attend   |
    When the case is evaluated on 2026-12-18
    Then there is no decision quoracy_breach_recorded

  @rule:bolton.quoracy.exceptional_breach @rule:bolton.quoracy.minimum
  Scenario: The exception does not excuse the absence of Children's Social Care
    # Case C06 (d) of the review: only the police attended; a reason is recorded, but the two
    # additional agencies the exception speaks of are additional to Children's Social Care.
    Given a review conference on 2027-05-10 with:
      | outcome                        | continue_plan           |
      | agencies                       | police                  |
      | agencies_in_contact_with_child | police                  |
      | quoracy_breach_reason          | police didn't turn up   |
    When the case is evaluated on 2027-06-30
    Then the decision quorate is false
    And there is no decision quoracy_breach_recorded

  @rule:bolton.quoracy.exceptional_breach
  Scenario: Where the case does not say which agencies know the child, the exception cannot be assessed
    # Case C06 (c) of the review.
    Given a review conference on 2027-04-12 with:
      | outcome               | continue_plan                 |
      | agencies              | children_social_care, police  |
      | quoracy_breach_reason | only police have had contact  |
    When the case is evaluated on 2027-06-30
    Then there is no decision quoracy_breach_recorded

  @rule:bolton.quoracy.exceptional_breach
  Scenario: A quorate conference has no breach to record
    Given an initial conference on 2026-12-18 with:
      | outcome                        | plan                                 |
      | agencies                       | children_social_care, police, health |
      | agencies_in_contact_with_child | police, health                       |
    When the case is evaluated on 2026-12-18
    Then there is no decision quoracy_breach_recorded

  @rule:bolton.quoracy.minimum
  Scenario: Quoracy is asked of every conference, a missing-child conference too
    Given a missing child conference on 2027-02-01 with agencies children_social_care, police
    When the case is evaluated on 2027-02-15
    Then the decision quorate is false

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

  @rule:bolton.icpc.timing
  Scenario: A conference held in time is not undone by a strategy discussion months later
    # Case C01 of the review. Fifteen working days from Monday 2 November 2026 is Monday 23
    # November: the conference of 20 November is in time. The strategy discussion of Monday
    # 1 March 2027 starts an enquiry of its own; its 15th working day is 22 March 2027 and
    # no conference followed it.
    Given a strategy discussion on 2026-11-02
    And a section 47 outcome on 2026-11-10 with outcome significant_harm
    And an initial conference on 2026-11-20 with outcome plan
    And a strategy discussion on 2027-03-01
    When the case is evaluated on 2027-06-30
    Then the duty initial_conference for the strategy discussion on 2026-11-02 is met
    And the duty initial_conference is due on 2026-11-23
    And the duty initial_conference for the strategy discussion on 2027-03-01 is overdue
    And the duty initial_conference is due on 2027-03-22

  @rule:bolton.icpc.timing
  Scenario: An enquiry that found no significant harm stops only its own clock
    # Case C16 of the review: the first enquiry found no significant harm; the enquiry begun
    # on Tuesday 1 June 2027 found significant harm, and its 15th working day is 22 June.
    Given a strategy discussion on 2027-01-04
    And a section 47 outcome on 2027-01-12 with outcome no_significant_harm
    And a strategy discussion on 2027-06-01
    And a section 47 outcome on 2027-06-10 with outcome significant_harm
    When the case is evaluated on 2027-12-31
    Then the duty initial_conference is graded 1 time
    And the duty initial_conference for the strategy discussion on 2027-06-01 is overdue
    And the duty initial_conference is due on 2027-06-22

  @rule:bolton.icpc.timing @rule:bolton.reports.lead_time
  Scenario: A conference stood down is not the conference held; the re-convened one is, here late
    # Case C21 of the review. Fifteen working days from Monday 4 January 2027 is 25 January.
    # The conference of 20 January was stood down; the conference re-convened on 1 March made
    # the plan, late. The re-convened conference is an initial conference too: its reports
    # were due on 28 February, and none came.
    Given a strategy discussion on 2027-01-04
    And a section 47 outcome on 2027-01-08 with outcome significant_harm
    And an initial conference on 2027-01-20 with outcome stood_down and agencies children_social_care
    And a reconvened conference on 2027-03-01 with outcome plan and agencies children_social_care, police, health
    When the case is evaluated on 2027-06-30
    Then the duty initial_conference is due on 2027-01-25
    And the duty initial_conference is late
    And the duty conference_report for the reconvened conference on 2027-03-01 is overdue
    And the duty conference_report is due on 2027-02-28

  @rule:bolton.icpc.timing
  Scenario: A deferred conference is not the conference held either
    Given a strategy discussion on 2027-01-04
    And an initial conference on 2027-01-20 with outcome deferred
    When the case is evaluated on 2027-02-15
    Then the duty initial_conference is overdue

  @rule:bolton.dissent.split_vote_plan @rule:bolton.dissent.split_vote_referral @rule:bolton.review.decides_end @rule:bolton.review.further
  Scenario: A vote split equally at a review keeps the plan, as at an initial conference, and is referred
    # Case C07 of the review: the review of Monday 15 March 2027 split 2 to 2 and recorded
    # end_plan. The split vote keeps the plan; the next review is due six months on, 15
    # September; the referral is due on the 5th working day, 22 March, and none was made for
    # this review (the referral of 30 December was the initial conference's).
    Given a strategy discussion on 2026-12-01
    And an initial conference on 2026-12-18 with outcome plan and votes plan 3, no_plan 3
    And a split decision referral on 2026-12-30
    And a review conference on 2027-03-15 with outcome end_plan and votes plan 2, no_plan 2
    When the case is evaluated on 2027-06-30
    Then the decision child_protection_plan is true on 2027-03-15
    And the decision child_protection_plan is made 2 times
    And the child is subject of a child protection plan from 2026-12-18
    And the duty review_conference is due on 2027-09-15
    And the duty review_conference is open
    And the duty split_decision_referral for the review conference on 2027-03-15 is overdue
    And the duty split_decision_referral is due on 2027-03-22
    And the duty split_decision_referral for the initial conference on 2026-12-18 is late

  @rule:bolton.dissent.majority @rule:bolton.review.decides_end
  Scenario: A majority at a review against the plan ends it
    Given an initial conference on 2026-12-18 with outcome plan
    And a review conference on 2027-03-15 with outcome continue_plan and votes plan 1, no_plan 3
    When the case is evaluated on 2027-06-30
    Then the decision child_protection_plan is false on 2027-03-15
    And the child is subject of a child protection plan from 2026-12-18 to 2027-03-15
