Feature: Bolton core group meetings
  "The date of the first Core group Meeting will be arranged at the end of the Initial Child
  Protection Conference and must be held within 10 working days. Subsequent meetings should
  be held at 4 – 6 week intervals." (bolton/after-initial/core-group/8)

  Background:
    Given a bolton case

  @rule:bolton.core_group.first_meeting
  Scenario: A first core group on the tenth working day, with Good Friday and Easter Monday inside, is on time
    Given an initial conference on 2027-03-19 with outcome plan
    And a core group meeting on 2027-04-06
    When the case is evaluated on 2027-04-30
    Then the duty first_core_group_meeting is due on 2027-04-06
    And the duty first_core_group_meeting is met

  @rule:bolton.core_group.first_meeting
  Scenario: A first core group on the eleventh working day is late
    Given an initial conference on 2027-03-19 with outcome plan
    And a core group meeting on 2027-04-07
    When the case is evaluated on 2027-04-30
    Then the duty first_core_group_meeting is late

  @rule:bolton.core_group.first_meeting
  Scenario: No core group has met ten working days after the plan
    Given an initial conference on 2027-03-19 with outcome plan
    When the case is evaluated on 2027-04-07
    Then the duty first_core_group_meeting is overdue

  @rule:bolton.core_group.subsequent_meetings
  Scenario: The next core group six weeks later is on time
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-18
    And a core group meeting on 2027-03-01
    When the case is evaluated on 2027-03-02
    Then the duty core_group_meeting is due on 2027-03-01
    And the duty core_group_meeting is met on 2027-03-01

  @rule:bolton.core_group.subsequent_meetings
  Scenario: A core group six weeks and a day later is late
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-18
    And a core group meeting on 2027-03-02
    When the case is evaluated on 2027-03-03
    Then the duty core_group_meeting is late on 2027-03-01

  @rule:bolton.core_group.subsequent_meetings
  Scenario: A core group sooner than four weeks is early
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-18
    And a core group meeting on 2027-02-08
    When the case is evaluated on 2027-02-09
    Then the duty core_group_meeting is early on 2027-03-01

  @rule:bolton.core_group.subsequent_meetings
  Scenario: Core group duties end with the plan
    Given an initial conference on 2027-01-04 with outcome plan
    And a core group meeting on 2027-01-18
    And a review conference on 2027-02-01 with:
      | outcome                   | end_plan |
      | exceptional_circumstances | true     |
    When the case is evaluated on 2027-06-01
    Then the duty core_group_meeting is ended on 2027-03-01
