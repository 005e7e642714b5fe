Feature: Bolton review conferences - fixing dates, convening and attendance - and discontinuing the plan
  Sections 5, "Child protection review conferences", and 6, "Discontinuing the child protection
  plan", of the Bolton procedure.

  Background:
    Given a bolton case

  # ---- Fixing review dates (bolton/review/timescale/2) ----

  @rule:bolton.review.first_date_fixed
  Scenario: The conference that made the plan fixed the date of the first review
    "The date of the first review conference will be fixed at the end of the initial
    Conference" (review/timescale/2). The earlier conference made no plan, so it is not asked.
    Given an initial conference on 2027-01-04 with outcome no_plan
    And a reconvened conference on 2027-02-01 with outcome plan and done first_review_date_fixed
    When the case is evaluated on 2027-02-15
    Then the requirement first_review_date_fixed is met

  @rule:bolton.review.first_date_fixed
  Scenario: Later conferences, and a review's decision on the day of one, do not ask again for the first review date
    Given an initial conference on 2027-01-04 with outcome plan and done first_review_date_fixed
    And a reconvened conference on 2027-02-15 with outcome deferred
    And a review conference on 2027-04-01 with outcome continue_plan
    And a reconvened conference on 2027-04-01 with outcome deferred
    When the case is evaluated on 2027-04-15
    Then the requirement first_review_date_fixed is met

  @rule:bolton.review.first_date_fixed
  Scenario: A plan made without fixing the first review date is not recorded
    Given an initial conference on 2027-01-04 with outcome plan
    When the case is evaluated on 2027-02-15
    Then the requirement first_review_date_fixed is not_recorded

  @rule:bolton.review.next_date_fixed
  Scenario: A review that continued the plan fixed the next review; one that ended it is not asked
    "and subsequently at the completion of each review." (review/timescale/2)
    Given an initial conference on 2027-01-04 with outcome plan
    And a review conference on 2027-04-01 with outcome continue_plan and done next_review_date_fixed
    And a review conference on 2027-09-01 with outcome end_plan
    When the case is evaluated on 2027-09-15
    Then the requirement next_review_date_fixed is met

  @rule:bolton.review.next_date_fixed
  Scenario: The review re-convened after one stood down fixes the next review; the one stood down is not asked
    Given an initial conference on 2027-01-04 with outcome plan
    And a review conference on 2027-04-01 with outcome stood_down
    And a reconvened conference on 2027-04-08 with outcome continue_plan and done next_review_date_fixed
    When the case is evaluated on 2027-04-15
    Then the requirement next_review_date_fixed is met

  @rule:bolton.review.next_date_fixed
  Scenario: A review that continued the plan without fixing the next date is not recorded
    Given an initial conference on 2027-01-04 with outcome plan
    And a review conference on 2027-04-01 with outcome continue_plan
    When the case is evaluated on 2027-04-15
    Then the requirement next_review_date_fixed is not_recorded

  # ---- Convening and attendance ----

  @rule:bolton.review.convened_by_iro
  @rule:bolton.review.chaired_by_iro
  @rule:bolton.review.attendees
  Scenario: A review convened and chaired by an Independent Reviewing Officer with the right people
    "The review will be convened and chaired by an Independent Reviewing Officer or their
    designated substitute." (review/convening/1) "Attendees should include those most involved
    with the child, their parents or carers, those who have relevant information to share and
    those who may be able to offer additional support." (review/attendance/1)
    Given an initial conference on 2027-01-04 with outcome plan
    And a review conference on 2027-04-01 with:
      | outcome | continue_plan |
      | done    | convened_by_iro, chaired_by_iro, attendees_include_those_involved |
    When the case is evaluated on 2027-04-15
    Then the requirement convened_by_iro is met
    And the requirement chaired_by_iro is met
    And the requirement attendees_include_those_involved is met

  @rule:bolton.review.convened_by_iro
  @rule:bolton.review.chaired_by_iro
  @rule:bolton.review.attendees
  Scenario: A review that recorded neither who convened and chaired it nor who attended
    Given an initial conference on 2027-01-04 with outcome plan
    And a review conference on 2027-04-01 with outcome continue_plan
    When the case is evaluated on 2027-04-15
    Then the requirement convened_by_iro is not_recorded
    And the requirement chaired_by_iro is not_recorded
    And the requirement attendees_include_those_involved is not_recorded

  @rule:bolton.review.convened_by_iro
  @rule:bolton.review.chaired_by_iro
  @rule:bolton.review.attendees
  Scenario: A conference re-convened at the review stage is a review for convening, chairing and attendance
    The conference re-convened on 8 April kept the plan, so it is a review; it records none
    of the three.
    Given an initial conference on 2027-01-04 with outcome plan
    And a reconvened conference on 2027-04-08 with outcome continue_plan
    When the case is evaluated on 2027-04-15
    Then the requirement convened_by_iro is not_recorded
    And the requirement chaired_by_iro is not_recorded
    And the requirement attendees_include_those_involved is not_recorded

  # ---- Discontinuing (bolton/discontinuing/1-2, 11) ----

  @rule:bolton.discontinuing.no_continuing_risk
  Scenario: A child assessed as no longer at continuing risk should no longer be subject to a plan
    "A child should no longer be the subject of a Child Protection Plan in the following
    circumstances:- It is assessed that the child is no longer at continuing risk of
    significant harm requiring safeguarding by means of a Child Protection Plan" (discontinuing/1-2).
    Only the review conference ends the plan.
    Given an initial conference on 2027-01-04 with outcome plan
    And a continuing risk assessed on 2027-03-25 with continuing_risk false
    When the case is evaluated on 2027-03-26
    Then the decision plan_no_longer_required is true
    And the child is subject of a child protection plan from 2027-01-04

  @rule:bolton.discontinuing.no_continuing_risk
  Scenario: An assessment of a child who is not subject of a plan has no plan to end
    The initial conference made no plan.
    Given an initial conference on 2027-01-04 with outcome no_plan
    And a continuing risk assessed on 2027-03-25 with continuing_risk false
    When the case is evaluated on 2027-03-26
    Then there is no decision plan_no_longer_required

  @rule:bolton.discontinuing.no_continuing_risk
  Scenario: An assessment after the plan has ended has no plan to end
    Given an initial conference on 2027-01-04 with outcome plan
    And a review conference on 2027-04-12 with outcome end_plan
    And a continuing risk assessed on 2027-05-03 with continuing_risk false
    When the case is evaluated on 2027-05-10
    Then there is no decision plan_no_longer_required

  @rule:bolton.discontinuing.no_continuing_risk
  Scenario: An assessment that finds continuing risk says nothing about ending the plan
    Given an initial conference on 2027-01-04 with outcome plan
    And a continuing risk assessed on 2027-03-25 with continuing_risk true
    When the case is evaluated on 2027-03-26
    Then there is no decision plan_no_longer_required

  @rule:bolton.discontinuing.support_not_withdrawn
  @rule:bolton.discontinuing.services_discussed
  @rule:bolton.discontinuing.action_meeting_considered
  Scenario: The review that ended the plan kept support, discussed services and considered an Action Meeting
    "discontinuing the Child Protection Plan should never lead to the automatic withdrawal of
    support. Review conference members should discuss with the parents or carers and the child
    what services might be needed, based upon the re-assessment. Consideration must be given to
    the need for an Action Meeting." (discontinuing/11) The review that continued the plan is
    not asked.
    Given an initial conference on 2027-01-04 with outcome plan
    And a review conference on 2027-04-01 with outcome continue_plan
    And a review conference on 2027-09-01 with:
      | outcome | end_plan |
      | done    | support_not_withdrawn_automatically, services_needed_discussed_with_family_and_child, action_meeting_considered |
    When the case is evaluated on 2027-09-15
    Then the requirement support_not_withdrawn_automatically is met
    And the requirement services_needed_discussed_with_family_and_child is met
    And the requirement action_meeting_considered is met

  @rule:bolton.discontinuing.support_not_withdrawn
  @rule:bolton.discontinuing.services_discussed
  @rule:bolton.discontinuing.action_meeting_considered
  Scenario: A review that ended the plan without recording these is not recorded
    Given an initial conference on 2027-01-04 with outcome plan
    And a review conference on 2027-04-01 with outcome end_plan and exceptional_circumstances true
    When the case is evaluated on 2027-04-15
    Then the requirement support_not_withdrawn_automatically is not_recorded
    And the requirement services_needed_discussed_with_family_and_child is not_recorded
    And the requirement action_meeting_considered is not_recorded
