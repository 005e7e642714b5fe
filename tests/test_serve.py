"""The web API (`cpkb serve`), driven through FastAPI's test client: the same answers as the
command, the same messages for bad input, the token, the size limit, and no case content
in the log."""

from __future__ import annotations

import json
import logging
import tempfile
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cpkb.case import MAX_FILE_BYTES
from cpkb.cli import main
from cpkb.files import read_data
from cpkb.project import Project
from cpkb.serve import SITE, create_app

# Each test audits into a temporary folder of its own (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("private_temp")

HOME = Path(__file__).resolve().parents[1]
EXAMPLE = HOME / "examples" / "bolton-split-vote.yaml"


@pytest.fixture(scope="module")
def client(project: Project) -> TestClient:
    return TestClient(create_app(project), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def guarded(project: Project) -> TestClient:
    return TestClient(create_app(project, token="s3cret"), raise_server_exceptions=False)


def _command(capsys, *args: str) -> dict:
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("content_type, body", [
    ("application/yaml", EXAMPLE.read_text(encoding="utf-8")),
    ("application/json", json.dumps(read_data(EXAMPLE))),
])
def test_evaluate_answers_as_the_command_does(client, capsys, content_type: str,
                                              body: str) -> None:
    answered = client.post("/evaluate", content=body, headers={"content-type": content_type})
    assert answered.status_code == 200
    assert answered.json() == _command(capsys, "evaluate", str(EXAMPLE), "--format", "json")


def test_as_of_is_the_commands_as_of(client, capsys) -> None:
    answered = client.post("/evaluate", params={"as_of": "2026-12-20"},
                           content=EXAMPLE.read_text(encoding="utf-8"))
    expected = _command(capsys, "evaluate", str(EXAMPLE), "--format", "json",
                        "--as-of", "2026-12-20")
    assert answered.json() == expected and expected["as_of"] == "2026-12-20"


def test_compare_answers_as_the_command_does(client, capsys) -> None:
    answered = client.post("/compare", content=EXAMPLE.read_text(encoding="utf-8"))
    assert answered.status_code == 200
    assert answered.json() == _command(capsys, "compare", str(EXAMPLE), "--format", "json")


@pytest.mark.parametrize("body, place, expected", [
    ("case: X\nauthority: leeds\n", "authority", "expected one of bolton, "),
    ("case: X\nauthority: bolton\nevents:\n- {event: strategy_discussion, date: 2026-02-30}\n",
     "events[0].date", "expected a date as YYYY-MM-DD"),
    ("case: X\n  authority: [\n", "line 2, column 12", "expected YAML"),
])
def test_bad_input_is_the_commands_message_as_422(client, body: str, place: str,
                                                  expected: str) -> None:
    answered = client.post("/evaluate", content=body)
    assert answered.status_code == 422
    error = answered.json()["error"]
    assert (error["source"], error["place"]) == ("request", place)
    assert error["expected"].startswith(expected)
    assert error["message"] == f"request: {place}: {error['expected']}"


def test_a_bad_as_of_is_refused(client) -> None:
    answered = client.post("/evaluate", params={"as_of": "9999-12-31"},
                           content=EXAMPLE.read_text(encoding="utf-8"))
    assert answered.status_code == 422
    assert answered.json()["error"]["place"] == "as_of"


def test_a_body_over_the_limit_is_refused(client) -> None:
    answered = client.post("/evaluate", content=b"#" * (MAX_FILE_BYTES + 1))
    assert answered.status_code == 413
    assert answered.json()["error"]["expected"] == "expected a body of at most 5 MiB"


def test_a_token_is_required_when_one_is_set(guarded) -> None:
    body = EXAMPLE.read_text(encoding="utf-8")
    refused = guarded.post("/evaluate", content=body)
    assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
    wrong = guarded.post("/evaluate", content=body, headers={"authorization": "Bearer guess"})
    assert wrong.status_code == 401
    assert guarded.get("/rules").status_code == 401
    allowed = guarded.post("/evaluate", content=body,
                           headers={"authorization": "Bearer s3cret"})
    assert allowed.status_code == 200 and allowed.json()["case"] == "EX-BOLTON-1"
    assert guarded.get("/health").status_code == 200  # names no case


def test_nothing_about_a_case_is_logged(client, caplog, monkeypatch) -> None:
    """Even when the evaluation fails inside: the log says what kind of failure, no more."""
    def failing(self, case):
        raise RuntimeError(f"failed on {case.reference}")

    monkeypatch.setattr(Project, "report", failing)
    body = EXAMPLE.read_text(encoding="utf-8").replace("EX-BOLTON-1", "CHILD-7Q2")
    with caplog.at_level(logging.DEBUG):
        answered = client.post("/evaluate", content=body)
        client.post("/evaluate", content=body.replace("bolton", "leeds"))
    assert answered.status_code == 500
    assert "CHILD-7Q2" not in answered.text and "Traceback" not in answered.text
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "internal error (RuntimeError)" in logged
    for secret in ("CHILD-7Q2", "2026-12-10", "leeds"):
        assert secret not in logged


def test_health_names_the_knowledge_base(client, project: Project) -> None:
    assert client.get("/health").json() == {"fingerprint": project.fingerprint,
                                            "version": project.version}


def test_the_rules_and_the_text_they_cite(client) -> None:
    listed = client.get("/rules", params={"authority": "bolton"}).json()
    ids = [r["id"] for r in listed["rules"]]
    assert "bolton.icpc.timing" in ids and all(i.startswith("bolton.") for i in ids)
    rule = client.get("/rules/bolton.icpc.timing").json()["rule"]
    assert (rule["modality"], rule["effect"], rule["name"]) == ("should", "duty",
                                                                "initial_conference")
    cited = rule["sources"][0]
    paragraph = client.get(f"/documents/{cited['paragraph']}").json()["paragraph"]
    assert cited["quote"] in paragraph["text"]
    assert [s["id"] for s in paragraph["sentences"]] >= cited["sentences"][:1]
    document = client.get("/documents/bolton").json()
    assert cited["paragraph"] in [p["id"] for p in document["paragraphs"]]
    assert client.get("/rules/bolton.no_such_rule").status_code == 404
    assert client.get("/documents/leeds").status_code == 404
    assert client.get("/rules", params={"authority": "leeds"}).status_code == 422


def test_the_openapi_description_lists_every_route(client) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert paths >= {"/health", "/vocabulary", "/evaluate", "/compare", "/rules",
                     "/rules/{rule_id}", "/documents/{document_id}",
                     "/documents/{document_id}/{paragraph}"}


def test_the_command_refuses_a_bad_port(capsys) -> None:
    assert main(["serve", "--port", "0"]) == 2
    assert capsys.readouterr().err == "cpkb: --port: expected a port from 1 to 65535, got 0\n"


def test_today_is_the_default_evaluation_date(client) -> None:
    body = "case: X\nauthority: bolton\nevents: []\n"
    assert client.post("/evaluate", content=body).json()["as_of"] == date.today().isoformat()


SAMPLE = HOME / "tests" / "data" / "cin-census" / "sample-d2i-CIN_Census_2024.xml"


def _audit_folders() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("cpkb-audit-*")}


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
def test_audit_answers_as_the_command_does(client, capsys, fmt: str) -> None:
    before = _audit_folders()
    answered = client.post("/audit", params={"authority": "bolton", "format": fmt},
                           content=SAMPLE.read_bytes())
    assert answered.status_code == 200
    assert main(["audit", str(SAMPLE), "--authority", "bolton", "--quiet", "--format", fmt]) == 0
    expected = capsys.readouterr().out
    # the one difference: the input is named "request", not the file's path
    assert answered.text == expected.replace(str(SAMPLE), "request")
    assert _audit_folders() == before  # the upload and its report are gone


def test_audit_of_bad_input_names_the_place(client) -> None:
    before = _audit_folders()
    truncated = client.post("/audit", params={"authority": "bolton"},
                            content=SAMPLE.read_bytes()[:900])
    assert truncated.status_code == 422
    assert truncated.json()["error"]["expected"].startswith("expected a CIN census XML file")
    unknown = client.post("/audit", content=SAMPLE.read_bytes())  # LEA 201 is none of ours
    assert unknown.status_code == 422
    assert unknown.json()["error"]["place"] == "Header/Source/LEA"
    assert unknown.json()["error"]["expected"].endswith("; give authority")
    assert client.post("/audit", params={"format": "xml"}, content=b"").status_code == 422
    assert _audit_folders() == before


def test_the_case_form_and_its_files_are_served(client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<script src="/form/form.js"' in page.text
    # The page may load its own files and call this server only, so a case typed into it
    # goes nowhere else.
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy
    assert "http" not in policy
    for name, kind in [("form.js", "javascript"), ("form.css", "text/css")]:
        served = client.get(f"/form/{name}")
        assert served.status_code == 200 and kind in served.headers["content-type"]
    assert client.get("/form/missing.js").status_code == 404


def test_the_vocabulary_is_what_the_form_offers(client, project: Project) -> None:
    offered = client.get("/vocabulary").json()
    vocabulary = project.vocabulary
    assert offered["knowledge_base"]["fingerprint"] == project.fingerprint
    assert [a["name"] for a in offered["authorities"]] == sorted(project.authorities)
    assert [e["name"] for e in offered["events"]] == sorted(vocabulary.events)
    assert offered["agencies"] == vocabulary.agencies
    assert offered["site"] == SITE
    conference = next(e for e in offered["events"] if e["name"] == "initial_conference")
    attributes = {a["name"]: a for a in conference["attributes"]}
    assert attributes["votes"]["type"] == "votes"
    assert attributes["outcome"]["choices"] == ["plan", "no_plan", "deferred", "stood_down"]
    assert attributes["outcome"]["description"] == "what the conference decided"
    assert [c["name"] for c in offered["child"]] == list(vocabulary.child)
    assert offered["duties"]["split_decision_referral"] == (
        vocabulary.duties["split_decision_referral"].description)


def test_the_form_links_citations_to_mkdocs_site_url_or_the_one_given(project: Project) -> None:
    mkdocs = (HOME / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"site_url: {SITE}\n" in mkdocs
    elsewhere = TestClient(create_app(project, site="http://127.0.0.1:8001/"))
    assert elsewhere.get("/vocabulary").json()["site"] == "http://127.0.0.1:8001/"


def test_the_form_needs_no_token_but_what_it_calls_does(guarded) -> None:
    assert guarded.get("/").status_code == 200  # the page and its files hold no case data
    assert guarded.get("/form/form.js").status_code == 200
    assert guarded.get("/vocabulary").status_code == 401
    assert guarded.get("/vocabulary",
                       headers={"authorization": "Bearer s3cret"}).status_code == 200
    assert guarded.post("/evaluate", content=EXAMPLE.read_text(encoding="utf-8")).status_code == 401
    # Past the form's folder by its name is no way round the token.
    around = guarded.get("/form/%2e%2e/vocabulary")
    assert around.status_code == 404 and "agencies" not in around.text


def test_the_schemas_are_served_as_published(client) -> None:
    for name in ("case.schema.json", "rules.schema.json"):
        served = client.get(f"/schemas/{name}")
        assert served.status_code == 200
        assert served.json() == json.loads((HOME / "docs" / "schemas" / name).read_text(
            encoding="utf-8"))


def test_the_audit_route_offers_the_commands_formats() -> None:
    from cpkb.audit import FORMATS
    from cpkb.serve import AUDIT_MEDIA

    assert set(AUDIT_MEDIA) == set(FORMATS)
