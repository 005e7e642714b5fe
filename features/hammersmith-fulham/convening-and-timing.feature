Feature: Hammersmith & Fulham - calling a conference, the chair and the timing of conferences
  "The law says an initial CPC must be convened when professionals think a child is
  suffering, or is likely to suffer significant harm. This is called the threshold. The
  social worker must arrange a date with the safeguarding and quality assurance unit."
  (hammersmith-fulham/who-decides/1)
  "The law states all initial conferences must be held within 15 working days of
  notification and the first review must be convened within three months. After the first
  review, a CPC must be held every six months. A review 'pre-birth' CPC must be held no more
  than one month after the baby's birth. In some circumstances the CPC chair may consider it
  necessary to bring forward a review conference." (hammersmith-fulham/timing/5)

  Background:
    Given a hammersmith-fulham case

  # ---- The threshold and arranging a date ----

  @rule:hammersmith-fulham.convening.threshold
  Scenario: Professionals think the child is suffering, or likely to suffer, significant harm
    Given a significant harm threshold met on 2026-12-01
    When the case is evaluated on 2026-12-02
    Then the decision conference_required is true on 2026-12-01

  @rule:hammersmith-fulham.convening.threshold @rule:hammersmith-fulham.convening.date_arranged
  Scenario: A section 47 outcome alone does not reach the guide's threshold event
    Given a section 47 outcome on 2026-12-01 with outcome significant_harm
    When the case is evaluated on 2026-12-02
    Then there is no decision conference_required
    And there is no duty conference_request

  @rule:hammersmith-fulham.convening.date_arranged
  Scenario: The social worker arranges a date with the unit; no time is given
    Given a significant harm threshold met on 2026-12-01
    And a conference request on 2026-12-03
    When the case is evaluated on 2026-12-04
    Then the duty conference_request has no due date
    And the duty conference_request is met

  @rule:hammersmith-fulham.convening.date_arranged
  Scenario: Without a date arranged the duty stays open, never overdue
    Given a significant harm threshold met on 2026-12-01
    When the case is evaluated on 2027-06-01
    Then the duty conference_request is open

  # ---- The chair ----

  @rule:hammersmith-fulham.chair.allocated
  Scenario: A chair allocated on the day the conference is requested
    "The office manager in the safeguarding and quality assurance unit will allocate a chair
    as soon as the CPC is requested." (hammersmith-fulham/chair/1) "As soon as" gives no
    number of days, so the duty has no due date.
    Given a conference request on 2026-12-02
    And a chair allocated on 2026-12-02
    When the case is evaluated on 2026-12-10
    Then the duty chair_allocated has no due date
    And the duty chair_allocated is met

  @rule:hammersmith-fulham.chair.allocated
  Scenario: A chair allocated the day after the request is not late - "as soon as" sets no day
    Given a conference request on 2026-12-02
    And a chair allocated on 2026-12-03
    When the case is evaluated on 2026-12-10
    Then the duty chair_allocated has no due date
    And the duty chair_allocated is met

  @rule:hammersmith-fulham.chair.allocated
  Scenario: A request on Christmas Eve, a chair allocated after the bank holidays
    Given a conference request on 2026-12-24
    And a chair allocated on 2026-12-29
    When the case is evaluated on 2027-01-05
    Then the duty chair_allocated is met

  @rule:hammersmith-fulham.chair.allocated
  Scenario: No chair allocated after the request - open, never overdue
    Given a conference request on 2026-12-02
    When the case is evaluated on 2027-02-10
    Then the duty chair_allocated is open

  @rule:hammersmith-fulham.chair.allocated
  Scenario: An allocation before the request does not answer it
    Given a chair allocated on 2026-11-20
    And a conference request on 2026-12-02
    When the case is evaluated on 2026-12-10
    Then the duty chair_allocated is open

  @rule:hammersmith-fulham.chair.experienced_social_worker
  Scenario: A conference recorded as chaired by an experienced social worker
    Given an initial conference on 2026-12-18 with:
      | outcome | plan                                 |
      | done    | chaired_by_experienced_social_worker |
    When the case is evaluated on 2026-12-19
    Then the requirement chaired_by_experienced_social_worker is met

  @rule:hammersmith-fulham.chair.experienced_social_worker
  Scenario: A review conference that does not record who chaired it
    Given a review conference on 2027-03-01 with outcome continue_plan
    When the case is evaluated on 2027-03-02
    Then the requirement chaired_by_experienced_social_worker is not_recorded

  # ---- The initial conference: 15 working days of notification ----

  @rule:hammersmith-fulham.timing.initial
  Scenario: An initial conference on the 15th working day after notification is on time
    Given a conference notification on 2026-11-02
    And an initial conference on 2026-11-23 with outcome plan
    When the case is evaluated on 2026-12-01
    Then the duty initial_conference is due on 2026-11-23
    And the duty initial_conference is met

  @rule:hammersmith-fulham.timing.initial
  Scenario: An initial conference the next working day is late
    Given a conference notification on 2026-11-02
    And an initial conference on 2026-11-24 with outcome plan
    When the case is evaluated on 2026-12-01
    Then the duty initial_conference is late

  @rule:hammersmith-fulham.timing.initial
  Scenario: Christmas, Boxing Day (substitute) and New Year bank holidays move the date
    Given a conference notification on 2026-12-14
    And an initial conference on 2027-01-07 with outcome no_plan
    When the case is evaluated on 2027-01-15
    Then the duty initial_conference is due on 2027-01-07
    And the duty initial_conference is met

  @rule:hammersmith-fulham.timing.initial
  Scenario: Without a conference the duty is overdue after the 15th working day
    Given a conference notification on 2026-11-02
    When the case is evaluated on 2026-11-24
    Then the duty initial_conference is overdue

  @rule:hammersmith-fulham.timing.initial
  Scenario: The clock runs from notification, not from a strategy discussion
    Given a strategy discussion on 2026-11-02
    When the case is evaluated on 2026-12-01
    Then there is no duty initial_conference

  # ---- The first review: within three months ----

  @rule:hammersmith-fulham.timing.first_review @rule:hammersmith-fulham.conference.plan_decision
  Scenario: A first review on the last day of the three months is on time
    Given an initial conference on 2026-11-30 with outcome plan
    And a review conference on 2027-02-28 with outcome continue_plan
    When the case is evaluated on 2027-03-15
    Then the duty first_review_conference is due on 2027-02-28
    And the duty first_review_conference is met

  @rule:hammersmith-fulham.timing.first_review
  Scenario: A first review the day after the three months is late
    Given an initial conference on 2026-11-30 with outcome plan
    And a review conference on 2027-03-01 with outcome continue_plan
    When the case is evaluated on 2027-03-15
    Then the duty first_review_conference is late

  @rule:hammersmith-fulham.timing.first_review
  Scenario: Months are not working days - a due date on Christmas Day is not moved
    Given an initial conference on 2026-09-25 with outcome plan
    And a review conference on 2026-12-29 with outcome continue_plan
    When the case is evaluated on 2027-01-15
    Then the duty first_review_conference is due on 2026-12-25
    And the duty first_review_conference is late

  @rule:hammersmith-fulham.timing.first_review
  Scenario: A review stood down is not the first review held
    Three months from 30 November 2026 is 28 February 2027 (clipped to the end of the
    month). The review of 20 February was stood down; the review held on 5 March is late.
    Given an initial conference on 2026-11-30 with outcome plan
    And a review conference on 2027-02-20 with outcome stood_down
    And a review conference on 2027-03-05 with outcome continue_plan
    When the case is evaluated on 2027-03-15
    Then the duty first_review_conference is due on 2027-02-28
    And the duty first_review_conference is late

  @rule:hammersmith-fulham.timing.first_review
  Scenario: A review re-convened after a review stood down is the first review held
    Given an initial conference on 2026-11-30 with outcome plan
    And a review conference on 2027-02-10 with outcome stood_down
    And a reconvened conference on 2027-02-24 with outcome continue_plan
    When the case is evaluated on 2027-03-15
    Then the duty first_review_conference is due on 2027-02-28
    And the duty first_review_conference is met

  @rule:hammersmith-fulham.timing.first_review
  Scenario: An initial conference stood down makes no plan and sets no review
    Given an initial conference on 2026-11-30 with outcome stood_down
    When the case is evaluated on 2027-03-15
    Then there is no duty first_review_conference

  @rule:hammersmith-fulham.timing.first_review
  Scenario: No plan, no review
    Given an initial conference on 2026-11-30 with outcome no_plan
    When the case is evaluated on 2027-03-15
    Then there is no duty first_review_conference

  # ---- Then every six months ----

  @rule:hammersmith-fulham.timing.six_monthly
  Scenario: Reviews follow every six months while the plan continues
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome continue_plan
    And a review conference on 2027-05-30 with outcome continue_plan
    When the case is evaluated on 2027-06-01
    Then the duty review_conference is met on 2027-05-30
    And the duty review_conference is open on 2027-11-30

  @rule:hammersmith-fulham.timing.six_monthly
  Scenario: A review a day after the six months is late
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome continue_plan
    And a review conference on 2027-05-31 with outcome continue_plan
    When the case is evaluated on 2027-06-01
    Then the duty review_conference is late on 2027-05-30

  @rule:hammersmith-fulham.timing.six_monthly
  Scenario: A review stood down neither meets the six months nor starts a new six months
    Six months from 30 November 2026 is 30 May 2027; the review of 20 May was stood down.
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome continue_plan
    And a review conference on 2027-05-20 with outcome stood_down
    When the case is evaluated on 2027-06-01
    Then the duty review_conference is graded 1 time
    And the duty review_conference is due on 2027-05-30
    And the duty review_conference is overdue

  @rule:hammersmith-fulham.timing.six_monthly
  Scenario: Months are not working days - a due date on the Spring bank holiday is not moved
    Given an initial conference on 2026-09-01 with outcome plan
    And a review conference on 2026-11-30 with outcome continue_plan
    When the case is evaluated on 2027-06-02
    Then the duty review_conference is due on 2027-05-30
    And the duty review_conference is overdue

  @rule:hammersmith-fulham.timing.six_monthly @rule:hammersmith-fulham.conference.plan_decision
  Scenario: A review that ends the plan sets no further review
    Given an initial conference on 2026-08-31 with outcome plan
    And a review conference on 2026-11-30 with outcome end_plan
    When the case is evaluated on 2027-06-01
    Then the decision child_protection_plan is false on 2026-11-30
    And there is no duty review_conference

  # ---- The review after a pre-birth conference ----

  @rule:hammersmith-fulham.timing.post_birth_review
  Scenario: A review one month after the birth of a child made subject to a plan before birth is on time
    Given the child was born on 2027-02-10
    And an initial conference on 2026-12-15 with outcome plan
    And a birth on 2027-02-10
    And a review conference on 2027-03-10 with outcome continue_plan
    When the case is evaluated on 2027-03-15
    Then the duty post_birth_review_conference is due on 2027-03-10
    And the duty post_birth_review_conference is met

  @rule:hammersmith-fulham.timing.post_birth_review
  Scenario: A review the day after the month is late
    Given the child was born on 2027-02-10
    And an initial conference on 2026-12-15 with outcome plan
    And a birth on 2027-02-10
    And a review conference on 2027-03-11 with outcome continue_plan
    When the case is evaluated on 2027-03-15
    Then the duty post_birth_review_conference is late

  @rule:hammersmith-fulham.timing.post_birth_review
  Scenario: The month is a calendar month - a due date on Good Friday is not moved
    Given the child was born on 2027-02-26
    And an initial conference on 2027-01-12 with outcome plan
    And a birth on 2027-02-26
    When the case is evaluated on 2027-03-29
    Then the duty post_birth_review_conference is due on 2027-03-26
    And the duty post_birth_review_conference is overdue

  @rule:hammersmith-fulham.timing.post_birth_review @rule:hammersmith-fulham.timing.first_review
  Scenario: The post-birth review and the three-month first review are both reported
    Given the child was born on 2027-01-31
    And an initial conference on 2026-12-15 with outcome plan
    And a birth on 2027-01-31
    And a review conference on 2027-02-26 with outcome continue_plan
    When the case is evaluated on 2027-03-01
    Then the duty post_birth_review_conference is due on 2027-02-28
    And the duty post_birth_review_conference is met
    And the duty first_review_conference is due on 2027-03-15
    And the duty first_review_conference is met
    And no conflict is reported

  @rule:hammersmith-fulham.timing.post_birth_review
  Scenario: A pre-birth conference that made no plan has no post-birth review
    Given the child was born on 2027-02-10
    And an initial conference on 2026-12-15 with outcome no_plan
    And a birth on 2027-02-10
    When the case is evaluated on 2027-03-15
    Then there is no duty post_birth_review_conference

  @rule:hammersmith-fulham.timing.post_birth_review
  Scenario: A pre-birth plan that ended before the birth has no post-birth review
    The review of 20 January ended the plan, so on the day of the birth the baby is not
    subject of a child protection plan.
    Given the child was born on 2027-02-10
    And an initial conference on 2026-12-15 with outcome plan
    And a review conference on 2027-01-20 with outcome end_plan
    And a birth on 2027-02-10
    When the case is evaluated on 2027-03-15
    Then the child is subject of a child protection plan from 2026-12-15 to 2027-01-20
    And there is no duty post_birth_review_conference

  @rule:hammersmith-fulham.timing.post_birth_review @rule:hammersmith-fulham.timing.first_review
  Scenario: A baby born five days early, reviewed four weeks after the birth (four-h2)
    The pre-birth conference of 10 January made a plan; the baby was born on 15 March
    (expected 20 March). One month after the birth is 15 April: the review of 12 April is in
    time for it, but three months after the initial conference is 10 April, so it is two
    days late as the first review.
    Given the child is expected to be born on 2027-03-20
    And the child was born on 2027-03-15
    And a conference notification on 2027-01-04
    And an initial conference on 2027-01-10 with outcome plan
    And a birth on 2027-03-15
    And a review conference on 2027-04-12 with outcome continue_plan
    When the case is evaluated on 2027-06-01
    Then the duty post_birth_review_conference is due on 2027-04-15
    And the duty post_birth_review_conference is met
    And the duty first_review_conference is due on 2027-04-10
    And the duty first_review_conference is late

  @rule:hammersmith-fulham.timing.post_birth_review
  Scenario: A plan made after the birth has no post-birth review
    Given the child was born on 2027-02-10
    And a birth on 2027-02-10
    And an initial conference on 2027-02-20 with outcome plan
    When the case is evaluated on 2027-03-15
    Then there is no duty post_birth_review_conference

  # ---- Bringing a review forward ----

  @rule:hammersmith-fulham.timing.bring_forward
  Scenario: The chair considers it necessary to bring the review forward
    Given an initial conference on 2026-11-30 with outcome plan
    And a review bring forward considered on 2027-01-10 with necessary true
    When the case is evaluated on 2027-01-11
    Then the decision review_brought_forward is true on 2027-01-10

  @rule:hammersmith-fulham.timing.bring_forward
  Scenario: The chair does not consider it necessary
    Given an initial conference on 2026-11-30 with outcome plan
    And a review bring forward considered on 2027-01-10 with necessary false
    When the case is evaluated on 2027-01-11
    Then the decision review_brought_forward is false on 2027-01-10

  @rule:hammersmith-fulham.timing.bring_forward
  Scenario: Nothing considered, nothing decided
    Given an initial conference on 2026-11-30 with outcome plan
    When the case is evaluated on 2027-01-11
    Then there is no decision review_brought_forward
