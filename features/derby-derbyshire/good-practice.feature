Feature: Derby and Derbyshire - how to ensure an effective child protection conference
  Good practice for practitioners, mostly in the imperative ("Be prepared, ensure your report
  for conference is clear about the risks ...", derby-derbyshire/good-practice/1 to 11),
  encoded as should.

  Background:
    Given a derby-derbyshire case

  # -- Reports ------------------------------------------------------------------------------

  @rule:derby-derbyshire.practice.report_clear_about_risks @rule:derby-derbyshire.practice.report_shared_with_family
  Scenario: A report clear about the risks and shared with the family
    "Be prepared, ensure your report for conference is clear about the risks and their impact
    on the child" and "making sure your report has been shared with them (including the child
    if appropriate)" (derby-derbyshire/good-practice/1, good-practice/2)
    Given a conference report on 2026-12-16 with:
      | conference | initial_conference                                     |
      | author     | health                                                 |
      | done       | report_clear_about_risks_and_impact, report_shared_with_family |
    When the case is evaluated on 2026-12-17
    Then the requirement report_clear_about_risks_and_impact is met
    And the requirement report_shared_with_family is met

  @rule:derby-derbyshire.practice.report_clear_about_risks @rule:derby-derbyshire.practice.report_shared_with_family
  Scenario: A review report with nothing recorded about it
    Given a conference report on 2027-03-08 with conference review_conference
    When the case is evaluated on 2027-03-09
    Then the requirement report_clear_about_risks_and_impact is not_recorded
    And the requirement report_shared_with_family is not_recorded

  @rule:derby-derbyshire.practice.reports_in_advance
  Scenario: A report on the day of the initial conference, before it, is in advance
    "Reports from other agencies should be available in advance" (derby-derbyshire/good-practice/7).
    No number of days is given, so each report is due by the day of the conference; a period
    of 0 days has no window for a bank holiday to fall in.
    Given a conference report on 2026-12-18 with conference initial_conference and author police
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the duty conference_report is due on 2026-12-18
    And the duty conference_report is met

  @rule:derby-derbyshire.practice.reports_in_advance
  Scenario: A report sent the day after the initial conference was not available in advance
    Without for:, the report dated after the conference belongs to no conference of that
    date, so the conference had none.
    Given an initial conference on 2026-12-18 with outcome plan
    And a conference report on 2026-12-21 with conference initial_conference and author police
    When the case is evaluated on 2027-01-15
    Then the duty conference_report is overdue on 2026-12-18

  @rule:derby-derbyshire.practice.reports_in_advance
  Scenario: A report the day before the review conference is in advance
    Given a conference report on 2027-03-09 with conference review_conference and author education
    And a review conference on 2027-03-10 with outcome continue_plan
    When the case is evaluated on 2027-03-11
    Then the duty conference_report is due on 2027-03-10
    And the duty conference_report is met

  @rule:derby-derbyshire.practice.reports_in_advance
  Scenario: The reports for the initial conference do not serve the review
    Given a conference report on 2026-12-16 with conference initial_conference and author police
    And an initial conference on 2026-12-18 with outcome plan
    And a review conference on 2027-03-10 with outcome continue_plan
    When the case is evaluated on 2027-03-11
    Then the duty conference_report for the initial conference on 2026-12-18 is met
    And the duty conference_report for the review conference on 2027-03-10 is overdue

  @rule:derby-derbyshire.practice.reports_in_advance
  Scenario: The social worker's own report is not a report from another agency
    Review case four-d2: the only report, the day before the conference, is children's
    social care's, so no report from another agency was available in advance.
    Given the child is expected to be born on 2027-06-01
    And an initial conference on 2027-03-09 with outcome plan
    And a conference report on 2027-03-08 with conference initial_conference and author children_social_care
    When the case is evaluated on 2027-07-01
    Then the duty conference_report is overdue on 2027-03-09
    And the duty conference_report is graded 1 time

  @rule:derby-derbyshire.practice.reports_in_advance
  Scenario: Each other agency's report is graded - one in advance, one after the conference
    The police report is in advance; the health report, named for the conference, came the
    day after it: one early report does not stand for all of them.
    Given an initial conference on 2027-03-09 with id icpc and outcome plan
    And a conference report on 2027-03-08 with author children_social_care and for icpc
    And a conference report on 2027-03-05 with author police and for icpc
    And a conference report on 2027-03-10 with author health and for icpc
    When the case is evaluated on 2027-03-15
    Then the duty conference_report for the conference report on 2027-03-05 is met
    And the duty conference_report for the conference report on 2027-03-10 is late
    And the duty conference_report is graded 2 times

  @rule:derby-derbyshire.practice.reports_in_advance
  Scenario: The conference re-convened after one stood down has reports in advance; the stood-down one is not graded
    The report, for an initial conference, belongs to the next initial-stage conference on or
    after its date: the re-convened conference that made the plan.
    Given an initial conference on 2026-12-18 with outcome stood_down
    And a conference report on 2027-01-06 with conference initial_conference and author police
    And a reconvened conference on 2027-01-08 with outcome plan
    When the case is evaluated on 2027-01-15
    Then the duty conference_report is due on 2027-01-08
    And the duty conference_report is met
    And the duty conference_report is graded 1 time

  # -- Preparing, attending, and at the end of the meeting ----------------------------------

  @rule:derby-derbyshire.practice.articulate_risks @rule:derby-derbyshire.practice.help_family_prepare
  @rule:derby-derbyshire.practice.family_needs_discussed_with_chair @rule:derby-derbyshire.practice.virtual_access
  @rule:derby-derbyshire.practice.child_voice @rule:derby-derbyshire.practice.direct_work_shared
  @rule:derby-derbyshire.practice.child_encouraged_to_attend @rule:derby-derbyshire.practice.read_other_reports
  @rule:derby-derbyshire.practice.attentive_and_curious @rule:derby-derbyshire.practice.new_risks_understood
  @rule:derby-derbyshire.practice.gap_highlighted_to_chair @rule:derby-derbyshire.practice.clear_about_risk_and_categories
  @rule:derby-derbyshire.practice.jargon_free @rule:derby-derbyshire.practice.each_child_individually
  Scenario: A virtual conference for a family with needs, several children and new risks, with all the good practice recorded
    Given the child was born on 2013-09-01
    And an initial conference on 2026-12-18 with:
      | outcome                  | plan |
      | family_needs_to_consider | true |
      | held_virtually           | true |
      | new_risks_came_to_light  | true |
      | area_not_fully_discussed | true |
      | children_in_family       | 3    |
      | done                     | risks_articulated_clearly, family_helped_to_prepare, family_needs_discussed_with_chair, family_virtual_access_considered, child_voice_at_centre, direct_work_brought_and_shared, child_encouraged_to_attend, other_agencies_reports_read, attentive_and_professionally_curious, new_risks_understood_by_everyone, gap_highlighted_to_chair, clear_about_significant_harm_rationale_and_categories, view_articulated_jargon_free, each_child_considered_individually |
    When the case is evaluated on 2027-01-15
    Then the requirement risks_articulated_clearly is met
    And the requirement family_helped_to_prepare is met
    And the requirement family_needs_discussed_with_chair is met
    And the requirement family_virtual_access_considered is met
    And the requirement child_voice_at_centre is met
    And the requirement direct_work_brought_and_shared is met
    And the requirement child_encouraged_to_attend is met
    And the requirement other_agencies_reports_read is met
    And the requirement attentive_and_professionally_curious is met
    And the requirement new_risks_understood_by_everyone is met
    And the requirement gap_highlighted_to_chair is met
    And the requirement clear_about_significant_harm_rationale_and_categories is met
    And the requirement view_articulated_jargon_free is met
    And the requirement each_child_considered_individually is met

  @rule:derby-derbyshire.practice.articulate_risks @rule:derby-derbyshire.practice.help_family_prepare
  @rule:derby-derbyshire.practice.family_needs_discussed_with_chair @rule:derby-derbyshire.practice.virtual_access
  @rule:derby-derbyshire.practice.child_voice @rule:derby-derbyshire.practice.direct_work_shared
  @rule:derby-derbyshire.practice.child_encouraged_to_attend @rule:derby-derbyshire.practice.read_other_reports
  @rule:derby-derbyshire.practice.attentive_and_curious @rule:derby-derbyshire.practice.new_risks_understood
  @rule:derby-derbyshire.practice.gap_highlighted_to_chair @rule:derby-derbyshire.practice.clear_about_risk_and_categories
  @rule:derby-derbyshire.practice.jargon_free @rule:derby-derbyshire.practice.each_child_individually
  Scenario: The same conference with none of the good practice recorded
    Given the child was born on 2013-09-01
    And a reconvened conference on 2026-12-18 with:
      | outcome                  | plan |
      | family_needs_to_consider | true |
      | held_virtually           | true |
      | new_risks_came_to_light  | true |
      | area_not_fully_discussed | true |
      | children_in_family       | 2    |
    When the case is evaluated on 2027-01-15
    Then the requirement risks_articulated_clearly is not_recorded
    And the requirement family_helped_to_prepare is not_recorded
    And the requirement family_needs_discussed_with_chair is not_recorded
    And the requirement family_virtual_access_considered is not_recorded
    And the requirement child_voice_at_centre is not_recorded
    And the requirement direct_work_brought_and_shared is not_recorded
    And the requirement child_encouraged_to_attend is not_recorded
    And the requirement other_agencies_reports_read is not_recorded
    And the requirement attentive_and_professionally_curious is not_recorded
    And the requirement new_risks_understood_by_everyone is not_recorded
    And the requirement gap_highlighted_to_chair is not_recorded
    And the requirement clear_about_significant_harm_rationale_and_categories is not_recorded
    And the requirement view_articulated_jargon_free is not_recorded
    And the requirement each_child_considered_individually is not_recorded

  @rule:derby-derbyshire.practice.child_encouraged_to_attend
  Scenario: A child of 4 is not of secondary school age and is not asked to attend
    "Where appropriate (if secondary school age) encourage the child to attend the conference"
    (derby-derbyshire/good-practice/6). Born 2022-06-01, the child is 4 on 2027-03-10.
    Given the child was born on 2022-06-01
    And a review conference on 2027-03-10 with outcome continue_plan
    When the case is evaluated on 2027-03-11
    Then there is no requirement child_encouraged_to_attend

  @rule:derby-derbyshire.practice.child_encouraged_to_attend
  Scenario: A baby days old is not asked to attend
    Review case four-d1: born 2027-02-20, conference on 2027-02-25.
    Given the child was born on 2027-02-20
    And an initial conference on 2027-02-25 with outcome plan
    When the case is evaluated on 2027-07-01
    Then there is no requirement child_encouraged_to_attend

  @rule:derby-derbyshire.practice.child_encouraged_to_attend
  Scenario: A child of 10 is not yet of secondary school age
    Born 2016-03-11, the child is 10 on 2027-03-10, the day before the 11th birthday.
    Given the child was born on 2016-03-11
    And a review conference on 2027-03-10 with outcome continue_plan
    When the case is evaluated on 2027-03-11
    Then there is no requirement child_encouraged_to_attend

  @rule:derby-derbyshire.practice.child_encouraged_to_attend
  Scenario: A child of 11 is asked to attend
    Born 2016-03-10, the child is 11 on 2027-03-10.
    Given the child was born on 2016-03-10
    And a review conference on 2027-03-10 with outcome continue_plan
    When the case is evaluated on 2027-03-11
    Then the requirement child_encouraged_to_attend is not_recorded

  @rule:derby-derbyshire.practice.child_encouraged_to_attend
  Scenario: A child of 15 encouraged to attend
    Given the child was born on 2011-09-01
    And an initial conference on 2026-12-18 with outcome plan and done child_encouraged_to_attend
    When the case is evaluated on 2027-01-15
    Then the requirement child_encouraged_to_attend is met

  @rule:derby-derbyshire.practice.child_encouraged_to_attend
  Scenario: No date of birth recorded, no age to test
    Given an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-15
    Then there is no requirement child_encouraged_to_attend

  # -- Before review conferences ------------------------------------------------------------

  @rule:derby-derbyshire.practice.review_progress_and_drift @rule:derby-derbyshire.practice.core_group_considers_threshold
  @rule:derby-derbyshire.practice.report_sharing_arranged
  Scenario: A review prepared as the guidance describes
    "If the conference is a review conference ensure you are clear about progress against the
    plan, any drift and any actions taken to mitigate drift." (derby-derbyshire/good-practice/1)
    "Where review conferences are scheduled, it is good practice to invite the core group
    members to consider threshold and future recommendations in advance of the meeting and to
    agree on arrangements to ensure that conference reports are shared in advance with all
    parties." (derby-derbyshire/good-practice/11) No number of days is given.
    Given a review conference on 2027-03-10 with:
      | outcome | continue_plan                                                                                                    |
      | done    | clear_about_progress_and_drift, core_group_invited_to_consider_threshold_and_recommendations, report_sharing_arrangements_agreed |
    When the case is evaluated on 2027-03-11
    Then the requirement clear_about_progress_and_drift is met
    And the requirement core_group_invited_to_consider_threshold_and_recommendations is met
    And the requirement report_sharing_arrangements_agreed is met

  @rule:derby-derbyshire.practice.review_progress_and_drift @rule:derby-derbyshire.practice.core_group_considers_threshold
  @rule:derby-derbyshire.practice.report_sharing_arranged
  Scenario: A review with none of its preparation recorded
    Given a review conference on 2027-03-10 with outcome end_plan
    When the case is evaluated on 2027-03-11
    Then the requirement clear_about_progress_and_drift is not_recorded
    And the requirement core_group_invited_to_consider_threshold_and_recommendations is not_recorded
    And the requirement report_sharing_arrangements_agreed is not_recorded

  # -- Where the guidance does not ask ------------------------------------------------------
  # There is no step for "no requirement": each scenario below pairs a conference the rule
  # must not ask (with nothing recorded) with one it asks (recorded done), so that "is met"
  # fails if the rule wrongly asks the first.

  @rule:derby-derbyshire.practice.family_needs_discussed_with_chair @rule:derby-derbyshire.practice.virtual_access
  @rule:derby-derbyshire.practice.new_risks_understood @rule:derby-derbyshire.practice.gap_highlighted_to_chair
  @rule:derby-derbyshire.practice.each_child_individually
  Scenario: Conditional good practice is asked only where its condition is recorded
    The first conference records none of the conditions (and one child); the second records
    them all.
    Given an initial conference on 2026-12-18 with:
      | outcome                  | plan  |
      | family_needs_to_consider | false |
      | held_virtually           | false |
      | new_risks_came_to_light  | false |
      | area_not_fully_discussed | false |
      | children_in_family       | 1     |
    And a review conference on 2027-03-10 with:
      | outcome                  | continue_plan |
      | family_needs_to_consider | true          |
      | held_virtually           | true          |
      | new_risks_came_to_light  | true          |
      | area_not_fully_discussed | true          |
      | children_in_family       | 2             |
      | done                     | family_needs_discussed_with_chair, family_virtual_access_considered, new_risks_understood_by_everyone, gap_highlighted_to_chair, each_child_considered_individually |
    When the case is evaluated on 2027-03-11
    Then the requirement family_needs_discussed_with_chair is met
    And the requirement family_virtual_access_considered is met
    And the requirement new_risks_understood_by_everyone is met
    And the requirement gap_highlighted_to_chair is met
    And the requirement each_child_considered_individually is met

  @rule:derby-derbyshire.practice.articulate_risks @rule:derby-derbyshire.practice.child_voice
  @rule:derby-derbyshire.practice.direct_work_shared @rule:derby-derbyshire.practice.attentive_and_curious
  @rule:derby-derbyshire.practice.clear_about_risk_and_categories @rule:derby-derbyshire.practice.jargon_free
  Scenario: What happens in the meeting is not asked of a conference stood down
    Given an initial conference on 2026-12-18 with outcome stood_down
    And a reconvened conference on 2027-01-08 with:
      | outcome | plan |
      | done    | risks_articulated_clearly, child_voice_at_centre, direct_work_brought_and_shared, attentive_and_professionally_curious, clear_about_significant_harm_rationale_and_categories, view_articulated_jargon_free |
    When the case is evaluated on 2027-01-15
    Then the requirement risks_articulated_clearly is met
    And the requirement child_voice_at_centre is met
    And the requirement direct_work_brought_and_shared is met
    And the requirement attentive_and_professionally_curious is met
    And the requirement clear_about_significant_harm_rationale_and_categories is met
    And the requirement view_articulated_jargon_free is met

  @rule:derby-derbyshire.practice.help_family_prepare @rule:derby-derbyshire.practice.read_other_reports
  Scenario: Preparation is asked even of a conference later stood down
    Given an initial conference on 2026-12-18 with outcome stood_down
    When the case is evaluated on 2027-01-15
    Then the requirement family_helped_to_prepare is not_recorded
    And the requirement other_agencies_reports_read is not_recorded

  @rule:derby-derbyshire.practice.child_encouraged_to_attend
  Scenario: A conference about an unborn child does not ask that the child be encouraged to attend
    Given the child is expected to be born on 2027-02-01
    And an initial conference on 2026-12-18 with outcome plan
    When the case is evaluated on 2027-01-15
    Then there is no requirement child_encouraged_to_attend

  @rule:derby-derbyshire.practice.review_progress_and_drift @rule:derby-derbyshire.practice.core_group_considers_threshold
  @rule:derby-derbyshire.practice.report_sharing_arranged
  Scenario: What is asked before a review is not asked of an initial conference
    Given an initial conference on 2026-12-18 with outcome plan
    And a review conference on 2027-03-10 with:
      | outcome | continue_plan                                                                                                    |
      | done    | clear_about_progress_and_drift, core_group_invited_to_consider_threshold_and_recommendations, report_sharing_arrangements_agreed |
    When the case is evaluated on 2027-03-11
    Then the requirement clear_about_progress_and_drift is met
    And the requirement core_group_invited_to_consider_threshold_and_recommendations is met
    And the requirement report_sharing_arrangements_agreed is met
