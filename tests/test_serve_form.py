"""The case form (`GET /` of `cpkb serve`) in a real browser: headless Chromium (Debian's
/usr/bin/chromium) driven by Playwright, against the app served by uvicorn on a free port of
127.0.0.1 with a token set.

A social worker's checks: give the page the token, enter examples/bolton-split-vote.yaml's
split vote by hand (a strategy discussion, an initial conference deciding a plan on a vote
of 3 to 3), see the plan and the duty to refer the split vote with its due date, its
citation linked to the published site, and download the case and the report; a bad date
shows the server's message beside the form. Screenshots go to the test's folder and to
test-results/screenshots/.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cpkb.files import read_data
from cpkb.project import Project
from cpkb.serve import SITE, create_app

HOME = Path(__file__).resolve().parents[1]
SCREENSHOTS = HOME / "test-results" / "screenshots"
TOKEN = "form-s3cret"

# Every test here drives Chromium (the `browser` fixture of conftest.py, which skips them
# where Debian's chromium is missing).
pytestmark = pytest.mark.usefixtures("browser")


@pytest.fixture(scope="module")
def server_url(project: Project) -> Iterator[str]:
    import uvicorn

    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    config = uvicorn.Config(create_app(project, token=TOKEN), access_log=False,
                            log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listening]}, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{listening.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listening.close()


@pytest.fixture
def page(browser: Any, server_url: str) -> Iterator[Any]:
    """A page that may reach only the server; every request it makes is kept, to check that
    the case goes nowhere but the POST."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-GB",
                                  accept_downloads=True)
    outside: list[str] = []

    def refuse(route: Any) -> None:
        outside.append(route.request.url)
        route.abort()

    context.route(lambda url: not url.startswith(server_url), refuse)
    page = context.new_page()
    # A script failure, or anything the page's Content-Security-Policy refused.
    failures: list[str] = []
    page.on("pageerror", lambda error: failures.append(str(error)))
    page.on("console", lambda message: failures.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.requests = []
    page.on("request", lambda request: page.requests.append(
        (request.method, request.url.removeprefix(server_url), request.post_data)))
    try:
        yield page
        assert not outside, f"the page fetched from elsewhere: {outside}"
        assert not failures, failures
    finally:
        context.close()


def _screenshot(page: Any, tmp_path: Path, name: str, full_page: bool = False) -> None:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SCREENSHOTS / path.name)


def _open_with_token(page: Any, server_url: str) -> None:
    page.goto(server_url + "/")
    page.locator("#token").wait_for()
    assert page.locator("#work").is_hidden()  # nothing to fill in before the token
    page.locator("#token").fill(TOKEN)
    page.locator("#token-use").click()
    page.locator("#authority option[value=bolton]").wait_for(state="attached")


def _enter_split_vote(page: Any, conference_date: str = "2027-01-05") -> None:
    """examples/bolton-split-vote.yaml's strategy discussion and split-vote conference,
    typed in as a person would, on the dates of the brief."""
    page.locator("#case-ref").fill("EX-BOLTON-1")
    page.locator("#authority").select_option("bolton")
    page.locator("#as-of").fill("2027-01-15")
    page.locator("#child [data-key=born]").fill("2014-03-02")
    events = page.locator("#events > li")
    events.nth(0).locator("[data-key=event]").select_option("strategy_discussion")
    events.nth(0).locator("[data-key=date]").fill("2026-12-10")
    page.locator("#add-event").click()
    conference = events.nth(1)
    conference.locator("[data-key=event]").select_option("initial_conference")
    conference.locator("[data-key=date]").fill(conference_date)
    conference.locator("[data-key=outcome]").select_option("plan")
    for agency in ("children_social_care", "police", "health"):
        conference.locator(f"[data-key=agencies] input[value={agency}]").check()
    conference.locator("[data-key=votes] input[data-side=plan]").fill("3")
    conference.locator("[data-key=votes] input[data-side=no_plan]").fill("3")


def test_a_split_vote_gives_the_plan_and_the_referral_duty(
    page: Any, server_url: str, project: Project, tmp_path: Path
) -> None:
    _open_with_token(page, server_url)
    _enter_split_vote(page)
    _screenshot(page, tmp_path, "form-split-vote-entered", full_page=True)
    page.locator("#evaluate").click()
    page.locator("#report").wait_for()

    plan = page.locator("#decisions tr[data-decision=child_protection_plan]").first
    assert plan.locator("td.value").inner_text() == "true"
    assert "2027-01-05" in plan.inner_text()
    assert "bolton.dissent.split_vote_plan" in plan.inner_text()
    # Bolton: "the chair will refer the matter to the Head of Service Child Protection within
    # 5 working days" of the conference on Tuesday 5 January 2027: Wednesday 6, Thursday 7,
    # Friday 8, Monday 11, Tuesday 12 January.
    referral = page.locator("#duties tr[data-duty=split_decision_referral]")
    assert referral.locator("td.due").inner_text() == "2027-01-12"
    assert "overdue" in referral.inner_text()  # no referral entered, and 15 January is past it
    cited = referral.locator(".citation a")
    assert cited.get_attribute("href") == SITE + "documents/bolton/#bolton-initial-dissent-3"
    assert "within 5 working days" in referral.locator("blockquote").inner_text()
    rule_link = referral.locator("td.why > a").first
    assert rule_link.get_attribute("href") == SITE + "rules/bolton.dissent.split_vote_referral/"
    timeline = page.locator("#timeline svg").inner_html()
    assert "split_decision_referral due 2027-01-12" in timeline
    assert "as of 2027-01-15" in timeline
    page.locator("#report").scroll_into_view_if_needed()
    _screenshot(page, tmp_path, "form-split-vote-report")
    referral.scroll_into_view_if_needed()
    _screenshot(page, tmp_path, "form-split-vote-referral")

    downloaded = {}
    for button in ("download-yaml", "download-json", "download-report"):
        with page.expect_download() as download:
            page.locator(f"#{button}").click()
        downloaded[button] = tmp_path / download.value.suggested_filename
        download.value.save_as(downloaded[button])
    assert downloaded["download-yaml"].name == "EX-BOLTON-1.yaml"
    posted = [json.loads(body) for method, path, body in page.requests
              if (method, path) == ("POST", "/evaluate")]
    case = read_data(downloaded["download-yaml"])
    assert case == read_data(downloaded["download-json"]) == posted[0]
    assert case["events"][1] == {"event": "initial_conference", "date": "2027-01-05",
                                 "outcome": "plan",
                                 "agencies": ["children_social_care", "police", "health"],
                                 "votes": {"plan": 3, "no_plan": 3}}
    # The report downloaded is the report of the case downloaded.
    expected = project.report(project.read_case(case, "case", date.today()))
    assert json.loads(downloaded["download-report"].read_text(encoding="utf-8")) == expected
    # The case went to the POST alone: every other request is for the page, its files and
    # the vocabulary, with no query.
    assert {(m, p) for m, p, _ in page.requests if m != "POST"} == {
        ("GET", "/"), ("GET", "/form/form.css"), ("GET", "/form/form.js"),
        ("GET", "/vocabulary")}


def test_a_bad_date_shows_the_servers_message_beside_the_form(
    page: Any, server_url: str, tmp_path: Path
) -> None:
    _open_with_token(page, server_url)
    _enter_split_vote(page, conference_date="2300-01-05")
    page.locator("#evaluate").click()
    problem = page.locator("#problem")
    problem.wait_for()
    assert problem.locator("#problem-message").inner_text() == (
        "request: events[1].date: expected a date from 1900-01-01 to 2199-12-31, got "
        "2300-01-05")
    date_field = page.locator("#events > li").nth(1).locator("[data-key=date]")
    assert date_field.get_attribute("aria-invalid") == "true"
    assert page.locator("#report").is_hidden()
    _screenshot(page, tmp_path, "form-bad-date")
