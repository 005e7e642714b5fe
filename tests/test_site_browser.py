"""The built site in a real browser: headless Chromium (Debian's /usr/bin/chromium) driven by
Playwright, against `mkdocs build --strict` output served on 127.0.0.1.

A policy officer's checks: from a rule, follow its quote to the source paragraph, and its
breadcrumb to its topic; find a rule with the search box by a reader's words ("how long
initial conference bolton" lists Bolton's timing rule first); see a worked example's timeline
drawn, its axis labels apart and its as-of line at the report's date; answer "how long for
Bolton's initial conference?" in one click from the home page's questions and in two through
the key timescales, every column of the key timescales, the compare page and the home page
visible at 1280 px and at 390 px; an abbreviation's term on a tap; the 404 page styled under
the site's sub-path. Screenshots go to the test's folder and to test-results/screenshots/.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from cpkb.files import read_data
from cpkb.project import Project
from cpkb.report import paragraph_url, rule_url

HOME = Path(__file__).resolve().parents[1]
SCREENSHOTS = HOME / "test-results" / "screenshots"

# Every test here drives Chromium (the `browser` fixture of conftest.py, which skips them
# where Debian's chromium is missing).
pytestmark = pytest.mark.usefixtures("browser")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        """No line per request in the test output."""


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built as a reader gets it."""
    site_dir = tmp_path_factory.mktemp("site")
    # A separate process, as `mkdocs build --strict` runs for real (never with -q or -v,
    # which make it exit 0 on broken links).
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=HOME, capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stderr
    return site_dir


@contextlib.contextmanager
def _serving(handler: Any) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def site_url(site_dir: Path) -> Iterator[str]:
    """The site served at the root of a free port of 127.0.0.1."""
    with _serving(functools.partial(_QuietHandler, directory=str(site_dir))) as url:
        yield url


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    # The site must work offline: a request anywhere but the test server is a failure.
    outside: list[str] = []

    def refuse(route: Any) -> None:
        outside.append(route.request.url)
        route.abort()

    context.route(lambda url: not url.startswith("http://127.0.0.1:"), refuse)
    page = context.new_page()
    try:
        yield page
        assert not outside, f"the page fetched from elsewhere: {outside}"
    finally:
        context.close()


def _screenshot(page: Any, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SCREENSHOTS / path.name)


def test_a_rules_quote_leads_to_its_paragraph(
    page: Any, site_url: str, project: Project, tmp_path: Path
) -> None:
    rule = project.rulebook.rule("bolton.icpc.timing")
    assert rule is not None
    paragraph_id = rule.sources[0].paragraph
    page.goto(site_url + rule_url(rule.id))
    _screenshot(page, tmp_path, "rule-bolton.icpc.timing")

    page.locator("article blockquote a", has_text=paragraph_id).click()
    page.wait_for_url(site_url + paragraph_url(paragraph_id))

    paragraph = page.locator(f"#{paragraph_url(paragraph_id).split('#')[1]}")
    text = project.kb.paragraph(paragraph_id).text
    assert text[:80] in paragraph.inner_text().replace("\n", " ")
    assert paragraph.locator(f"a[href$='{rule.id}/']").count() == 1
    assert paragraph.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    _screenshot(page, tmp_path, "paragraph-" + paragraph_id.replace("/", "-"))


def test_a_rule_page_shows_where_it_sits(page: Any, site_url: str, tmp_path: Path) -> None:
    """Review finding 11: no empty sidebar; a breadcrumb trail to the rule's topic, which
    lists the rule by its title."""
    page.goto(site_url + rule_url("bolton.icpc.timing"))
    sidebar = page.locator(".md-sidebar--primary")
    assert sidebar.count() == 0 or not sidebar.is_visible()
    crumbs = page.locator("nav.md-path a")
    assert [t.strip() for t in crumbs.all_inner_texts()] == [
        "Home", "Authorities", "Bolton", "The initial conference: timing, quoracy, who attends"]
    _screenshot(page, tmp_path, "rule-breadcrumb")
    crumbs.last.click()
    page.wait_for_url(site_url + "authorities/bolton/initial-conference/")
    row = page.locator("tr", has=page.locator("a[href$='rules/bolton.icpc.timing/']"))
    assert row.locator("a").first.inner_text().startswith("Hold the initial conference")
    row.locator("a").first.click()
    page.wait_for_url(site_url + rule_url("bolton.icpc.timing"))


def test_an_abbreviation_says_what_it_stands_for_on_a_tap(
    browser: Any, site_url: str, tmp_path: Path
) -> None:
    """Review finding 12: not on hover alone. A phone (touch, 390 px): a tap on ICPC shows
    its term."""
    context = browser.new_context(viewport={"width": 390, "height": 900}, has_touch=True,
                                  is_mobile=True)
    try:
        page = context.new_page()
        page.goto(site_url + rule_url("bolton.icpc.timing"), wait_until="load")
        abbreviation = page.locator("article abbr[tabindex]", has_text="ICPC").first
        abbreviation.wait_for()
        abbreviation.tap()
        # Material's tooltip, which the abbreviation names as describing it.
        tip = page.locator("#" + abbreviation.get_attribute("aria-describedby"))
        tip.wait_for(state="visible", timeout=10_000)
        assert tip.inner_text() == "Initial Child Protection Conference"
        _screenshot(page, tmp_path, "abbreviation-tapped-390")
    finally:
        context.close()


def test_search_finds_the_quoracy_rule(page: Any, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url)
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("quoracy", delay=30)
    target = page.locator(".md-search-result__item > a[href*='rules/bolton.quoracy.minimum/']")
    page.locator(".md-search-result__item").first.wait_for(timeout=60_000)
    # Material lists results ten at a time, loading more as the list scrolls.
    for _ in range(20):
        if target.count():
            break
        page.locator(".md-search-result__scrollwrap").evaluate("e => e.scrollTo(0, 1e6)")
        page.wait_for_timeout(300)
    assert target.count() == 1
    target.scroll_into_view_if_needed()
    _screenshot(page, tmp_path, "search-quoracy")

    target.click()
    page.wait_for_url("**/rules/bolton.quoracy.minimum/**")
    assert "quorate" in page.locator("article h1").inner_text()


def _shadow_svg_text(node: dict[str, Any], in_mermaid: bool = False) -> list[str] | None:
    """The texts of the svg that Material draws inside a mermaid container's closed shadow
    root (found through the DevTools protocol, which sees closed shadow roots)."""
    attributes = node.get("attributes", [])
    classes = attributes[attributes.index("class") + 1].split() if "class" in attributes else []
    if node.get("nodeName") == "svg" and in_mermaid:
        texts: list[str] = []
        stack = [node]
        while stack:
            current = stack.pop()
            if current.get("nodeType") == 3:
                texts.append(current["nodeValue"])
            stack += current.get("children", [])
        return texts
    inside = in_mermaid or (node.get("nodeName") == "DIV" and "mermaid" in classes)
    for child in node.get("shadowRoots", []) + node.get("children", []):
        found = _shadow_svg_text(child, inside)
        if found is not None:
            return found
    return None


def test_a_worked_example_draws_its_timeline(page: Any, site_url: str, tmp_path: Path) -> None:
    examples = sorted((HOME / "examples").glob("bolton-*.yaml"))
    assert examples, "Bolton has an example case"
    case = read_data(examples[0])["case"]
    page.goto(site_url + "examples/bolton/")
    page.locator("div.mermaid").first.wait_for(timeout=60_000)
    cdp = page.context.new_cdp_session(page)
    texts = None
    for _ in range(50):
        root = cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
        texts = _shadow_svg_text(root)
        if texts:
            break
        page.wait_for_timeout(200)
    assert texts, "an svg inside the mermaid container"
    assert any(f"Case {case}" in t for t in texts)
    assert any("initial conference" in t for t in texts)
    page.locator("div.mermaid").first.scroll_into_view_if_needed()
    _screenshot(page, tmp_path, "example-bolton-timeline")


def _gantt_boxes(page: Any) -> dict[str, list[tuple[str, dict[str, float]]]]:
    """The drawn Gantt chart's axis labels and as-of marker, each with its box on the screen
    (x, right), through the DevTools protocol (the svg is in Material's closed shadow root):
    {"ticks": [(label, box), ...] in axis order, "vert": [("", box)], "today": [...]}."""
    page.locator("div.mermaid").first.wait_for(timeout=60_000)
    cdp = page.context.new_cdp_session(page)
    found: dict[str, list[tuple[str, dict[str, float]]]] = {"ticks": [], "vert": [], "today": []}
    for _ in range(50):
        root = cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
        svg = _find(root, lambda n: n.get("nodeName") == "svg"
                    and "gantt" in n.get("attributes", []))
        if svg:
            break
        page.wait_for_timeout(200)
    assert svg, "a Gantt chart drawn"

    def box(node: dict[str, Any]) -> dict[str, float]:
        quad = cdp.send("DOM.getBoxModel", {"nodeId": node["nodeId"]})["model"]["border"]
        return {"x": min(quad[0::2]), "right": max(quad[0::2])}

    for tick in _find_all(svg[0], lambda n: "tick" in _classes(n)):
        for text in _find_all(tick, lambda n: n.get("nodeName") == "text"):
            label = "".join(c.get("nodeValue", "") for c in text.get("children", []))
            found["ticks"].append((label, box(text)))
    for rect in _find_all(svg[0], lambda n: n.get("nodeName") == "rect"):
        if "vert" in _classes(rect):
            found["vert"].append(("", box(rect)))
    found["today"] = [("", box(n)) for n in _find_all(svg[0], lambda n: "today" in _classes(n))]
    found["ticks"].sort(key=lambda t: t[1]["x"])
    return found


def _classes(node: dict[str, Any]) -> list[str]:
    attributes = node.get("attributes", [])
    return attributes[attributes.index("class") + 1].split() if "class" in attributes else []


def _find_all(node: dict[str, Any], test: Any) -> list[dict[str, Any]]:
    found = [node] if test(node) else []
    for child in node.get("shadowRoots", []) + node.get("children", []):
        found += _find_all(child, test)
    return found


def _find(node: dict[str, Any], test: Any) -> list[dict[str, Any]]:
    return _find_all(node, test)[:1]


def _tick_date(label: str) -> date:
    """An axis label as a date: "15 Jan 2027", or "Jan 2027" (its 1st), or "2027"."""
    for format in ("%d %b %Y", "%b %Y", "%Y"):
        try:
            return datetime.strptime(label, format).date()
        except ValueError:
            continue
    raise AssertionError(f"an axis label that is no date: {label!r}")


# Mermaid drew a tick a week with a 76 px label ("06 Dec 2026"), 46 px apart at 1280 px, and at
# 390 px a tick every 20 px.
@pytest.mark.parametrize("width", [1280, 390])
def test_the_timelines_axis_labels_do_not_overlap(
    browser: Any, site_url: str, tmp_path: Path, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(site_url + "examples/bolton/")
        ticks = _gantt_boxes(page)["ticks"]
        assert len(ticks) >= 3, ticks
        for (label, box), (after, next_box) in zip(ticks, ticks[1:], strict=False):
            assert box["right"] < next_box["x"], (label, box, after, next_box)
        # The chart's own box scrolls on a phone: the page does not.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.locator("div.mermaid").first.scroll_into_view_if_needed()
        _screenshot(page, tmp_path, f"example-bolton-timeline-{width}")
    finally:
        context.close()


def test_the_timeline_marks_the_reports_as_of_date(page: Any, site_url: str) -> None:
    """The line is at the report's as-of date, between the ticks around it and where the
    axis puts that day, and Mermaid's own "today" (the reader's day) is not drawn."""
    case = read_data(sorted((HOME / "examples").glob("bolton-*.yaml"))[0])
    as_of = date.fromisoformat(str(case["as_of"]))
    page.goto(site_url + "examples/bolton/")
    found = _gantt_boxes(page)
    assert found["today"] == []
    assert len(found["vert"]) == 1
    line = found["vert"][0][1]
    x = (line["x"] + line["right"]) / 2
    ticks = [(_tick_date(label), (box["x"] + box["right"]) / 2) for label, box in found["ticks"]]
    before = [t for t in ticks if t[0] <= as_of][-1]
    after = [t for t in ticks if t[0] > as_of][0]
    assert before[1] < x < after[1]
    share = (as_of - before[0]).days / (after[0] - before[0]).days
    assert abs(x - (before[1] + share * (after[1] - before[1]))) < 3


def _cut_off(page: Any, selector: str = ".cpkb-timescales table") -> list[str]:
    """The cells (of the tables, or the blocks, `selector` finds) that reach past the window's
    right edge or their scroll box: a column a reader would have to scroll to, or could not
    see."""
    return page.evaluate("""(selector) => {
        const width = document.documentElement.clientWidth;
        const found = [];
        for (const table of document.querySelectorAll(selector)) {
            const box = table.parentElement.getBoundingClientRect();
            for (const cell of table.querySelectorAll('th, td, .cpkb-text, .cpkb-beside')) {
                const r = cell.getBoundingClientRect();
                if (r.width && (r.right > Math.min(width, box.right) + 1 || r.left < -1)) {
                    found.push(cell.innerText.slice(0, 40));
                }
            }
            if (table.scrollWidth > table.parentElement.clientWidth + 1) {
                found.push('wider than its box: ' + table.innerText.slice(0, 40));
            }
        }
        return found;
    }""", selector)


def test_key_timescales_answer_bolton_in_two_clicks(
    page: Any, site_url: str, tmp_path: Path
) -> None:
    page.goto(site_url)
    page.locator("article a", has_text="Key timescales").first.click()  # one
    page.wait_for_url("**/timescales/")
    row = page.locator("tr", has=page.locator("td", has_text="Hold the initial child "
                                                             "protection conference"))
    cell = row.locator("td[data-label='Bolton']")
    assert "15 working days" in cell.inner_text()
    link = cell.locator("a")
    assert link.get_attribute("href").endswith(rule_url("bolton.icpc.timing").split("/", 1)[1])
    row.scroll_into_view_if_needed()
    _screenshot(page, tmp_path, "timescales-initial-conference")
    link.click()  # two
    page.wait_for_url(site_url + rule_url("bolton.icpc.timing"))
    assert "15 working days" in page.locator("article").inner_text()


@pytest.mark.parametrize("width", [1280, 390])
def test_key_timescales_show_every_column(
    browser: Any, site_url: str, tmp_path: Path, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(site_url + "timescales/")
        assert page.locator(".cpkb-timescales td").count() > 100
        assert _cut_off(page) == []
        # Every authority's cell of a line is on screen, named, at either width.
        row = page.locator("tr", has=page.locator("td", has_text="Hold the first review"))
        assert row.locator("td[data-label]").count() == 5
        for cell in row.locator("td").all():
            assert cell.is_visible()
        row.scroll_into_view_if_needed()
        _screenshot(page, tmp_path, f"timescales-{width}")
    finally:
        context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_the_home_page_answers_the_initial_conferences_timing_in_one_click(
    browser: Any, site_url: str, tmp_path: Path, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(site_url)
        cards = page.locator(".cpkb-cards > ul > li")
        assert cards.count() == 5
        for card in cards.all():
            assert card.is_visible()
            assert card.locator("a").first.get_attribute("href").startswith("authorities/")
        assert _cut_off(page, ".cpkb-questions table") == []
        row = page.locator("tr#initial-conference-timing")
        cell = row.locator("td[data-label='Bolton']")
        assert cell.inner_text().startswith("15 working days from the latest strategy")
        row.scroll_into_view_if_needed()
        _screenshot(page, tmp_path, f"home-questions-{width}")
        cell.locator("a").click()
        page.wait_for_url(site_url + rule_url("bolton.icpc.timing"))
        assert "15 (fifteen) working days" in page.locator("article").inner_text()
    finally:
        context.close()


def _search(page: Any, site_url: str, query: str) -> Any:
    """The search box's result items for `query`, entered in one go (one query for the
    worker), once drawn. (Typed before the index is loaded, the box says "No matching
    documents" until it is, then lists the results.)"""
    page.goto(site_url)
    search = page.locator("input.md-search__input")
    search.click()
    search.fill(query)
    # Material reads the box on a key's release (or when its index is ready): the value
    # filled in goes to the worker whole, once.
    search.press("End")
    page.locator(".md-search-result__meta", has_text=re.compile(r"^\d+ matching")).wait_for(
        timeout=60_000)
    return page.locator(".md-search-result__item")


def _search_results(page: Any, site_url: str, query: str) -> list[str]:
    """The pages the search box lists for `query`, best first (the first ten)."""
    items = _search(page, site_url, query)
    return items.locator("> a").evaluate_all("links => links.map(a => a.getAttribute('href'))")


def test_search_finds_bolton_timing_first_for_the_readers_question(
    page: Any, site_url: str, tmp_path: Path
) -> None:
    # 6th before rule pages opened with "How long: Bolton, initial conference (ICPC)": pages
    # whose titles said "no longer" (the search reads "long" as a prefix) came first.
    results = _search_results(page, site_url, "how long initial conference bolton")
    assert "/rules/bolton.icpc.timing/" in results[0], results
    _screenshot(page, tmp_path, "search-how-long-initial-conference-bolton")
    page.locator(".md-search-result__item > a").first.click()
    page.wait_for_url("**/rules/bolton.icpc.timing/**")
    assert "15 (fifteen) working days" in page.locator("article").inner_text()


# Where Bolton's timing rule is listed (best first) for other words a reader may use. Other
# rules of 15 working days come before it on the numbers alone, and rightly: the minutes'
# rule says "fifteen" in its own title.
@pytest.mark.parametrize(("query", "within"), [
    ("fifteen working days", 5),
    ("15 working days bolton", 3),
    ("ICPC bolton timing", 3),
])
def test_search_finds_bolton_timing_by_a_readers_words(
    page: Any, site_url: str, tmp_path: Path, query: str, within: int
) -> None:
    results = _search_results(page, site_url, query)
    found = [i for i, url in enumerate(results) if "/rules/bolton.icpc.timing/" in url]
    assert found and found[0] < within, (query, results)
    _screenshot(page, tmp_path, "search-" + query.replace(" ", "-"))


def test_no_search_result_links_with_an_empty_highlight(page: Any, site_url: str) -> None:
    # A page listed for its sections alone matched no word itself: Material links it with
    # "?h=" and nothing after it (docs/assets/search-links.js removes it).
    items = _search(page, site_url, "quoracy")
    links = items.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert len(links) > 10
    empty = [link for link in links if "h=" in link
             and not parse_qs(urlsplit(link).query).get("h")]
    assert empty == []
    assert any("h=quoracy" in link for link in links)


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("path", ["examples/bolton/", "documents/hammersmith-fulham/"])
def test_no_column_is_cut_off(
    browser: Any, site_url: str, tmp_path: Path, width: int, path: str
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(site_url + path)
        assert page.locator("article td, article .cpkb-paragraph").count() > 10
        assert _cut_off(page, "article table, article .cpkb-paragraph") == []
        _screenshot(page, tmp_path, f"{path.replace('/', '-')}{width}")
    finally:
        context.close()


# compare/ at 1280 px was 44,072 px tall before its rows were grouped by stage in tables
# (one heading and table per duty name); 27,753 px after. The bound leaves room for a few
# more rules.
COMPARE_HEIGHT = 32_000


@pytest.mark.parametrize("width", [1280, 390])
def test_the_compare_page_is_short_and_shows_every_column(
    browser: Any, site_url: str, tmp_path: Path, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(site_url + "compare/")
        if width == 1280:
            assert page.evaluate("document.documentElement.scrollHeight") < COMPARE_HEIGHT
        assert page.locator(".cpkb-compare td").count() > 500
        assert _cut_off(page, ".cpkb-compare table") == []
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        row = page.locator("tr", has=page.locator("td", has_text="Hold the initial child"))
        assert "Procedures differ" in row.first.inner_text()
        # Each verdict is a mark of its own colour (and says itself in words).
        colours = {}
        for verdict in ("differ", "only-one-authority-says", "contradicts-itself"):
            mark = page.locator(f"tr.cpkb-{verdict} .cpkb-verdict").first
            assert mark.is_visible()
            colours[verdict] = mark.evaluate("e => getComputedStyle(e).backgroundColor")
        assert len(set(colours.values())) == 3 and "rgba(0, 0, 0, 0)" not in colours.values()
        row.first.scroll_into_view_if_needed()
        _screenshot(page, tmp_path, f"compare-{width}")
    finally:
        context.close()


class _NotFoundHandler(_QuietHandler):
    """Serves a folder as a static host does the site under a sub-path: an address with no
    file gets the site's 404.html, with status 404, whatever its depth."""

    not_found: Path

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        if code != 404:
            super().send_error(code, message, explain)
            return
        body = self.not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def test_the_404_page_is_styled_under_the_sites_sub_path(
    browser: Any, site_dir: Path, tmp_path: Path
) -> None:
    """mkdocs.yml's site_url ends in /cpkb/: the site served there (a folder one level up
    holding it as cpkb/), an unknown address three levels down shows the 404 page with the
    theme's CSS and the site's, and its links lead into the site."""
    setting = re.search(r"^site_url: *(\S+)", (HOME / "mkdocs.yml").read_text(encoding="utf-8"),
                        re.M)
    assert setting, "mkdocs.yml sets site_url"
    base = urlsplit(setting.group(1)).path
    assert base.count("/") >= 2, "site_url has a sub-path"
    root = tmp_path / "host"
    mount = root / base.strip("/")
    mount.parent.mkdir(parents=True)
    mount.symlink_to(site_dir, target_is_directory=True)
    handler = type("Handler", (_NotFoundHandler,), {"not_found": site_dir / "404.html"})
    with _serving(functools.partial(handler, directory=str(root))) as url:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            page = context.new_page()
            styles: dict[str, int] = {}
            page.on("response", lambda r: styles.__setitem__(r.url, r.status)
                    if r.request.resource_type == "stylesheet" else None)
            response = page.goto(url + base.lstrip("/") + "no/such/page/")
            assert response.status == 404
            assert "404 - Not found" in page.locator("article").inner_text()
            page.wait_for_load_state("load")
            assert len(styles) >= 3 and set(styles.values()) == {200}, styles
            assert any(u.endswith("/assets/cpkb.css") for u in styles)
            # Material's palette colours the header; unstyled, it has no background.
            header = page.locator("header.md-header")
            assert header.evaluate("e => getComputedStyle(e).backgroundColor") \
                not in ("rgba(0, 0, 0, 0)", "transparent")
            _screenshot(page, tmp_path, "404-under-sub-path")
            page.locator("article a", has_text="The home page").click()
            page.wait_for_url(url + base.lstrip("/"))
            page.go_back()
            page.locator(".md-tabs a", has_text="Key timescales").click()
            page.wait_for_url(url + base.lstrip("/") + "timescales/")
            assert "Key timescales" in page.locator("article h1").inner_text()
        finally:
            context.close()
