"""`cpkb serve`: the knowledge base as a web API, for the case systems and people that hold
the cases.

FastAPI on Starlette, served by uvicorn: the routes are typed Python, and the OpenAPI
description (`/openapi.json`) and its browsable docs (`/docs`) come from the same code.
Case data is sensitive, so:

- the server binds to 127.0.0.1 unless told otherwise (`--host`);
- with a token (`--token`, or CPKB_TOKEN) every request must carry it as
  `Authorization: Bearer <token>`, but for `/health` and the case form's page (`/` and its
  files under `/form/`), which hold no case data: the page asks for the token and sends it
  with each request it makes (`/vocabulary`, `/evaluate`), keeping it in memory only;
- nothing about a case is logged or kept: no access log (its lines would hold the query,
  `as_of` among it), and an internal failure is logged by its type alone;
- a body is at most MAX_FILE_BYTES (as a case file; a census MAX_CENSUS_BYTES), refused
  with 413 as soon as it is longer; a case holds at most MAX_EVENTS events, which bounds its
  evaluation (about 2 s); an uploaded census and its report live in a temporary folder
  removed once the report is sent (or the request fails);
- no CORS headers: a page of another origin cannot call it; the case form's page may load
  and call only this server (its Content-Security-Policy), so a case typed into it goes
  nowhere but `POST /evaluate`.

The case form (`GET /`, src/cpkb/form/) is a page and a script, no framework, that works
offline: it builds its fields from `GET /vocabulary` (every event, attribute, choice and
agency with its description), posts the case to `/evaluate` as JSON and shows the report,
each citation linked to the published site (`site`: CPKB_SITE, else mkdocs.yml's
site_url).

Bad input gets the command's own message, as JSON with status 422: `{"error": {"source":
"request", "place": "events[2].date", "expected": "...", "message": "..."}}`. The rules
engine is not shared across threads: evaluations run one at a time, off the event loop.
"""

from __future__ import annotations

import dataclasses
import hmac
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.background import BackgroundTask

from cpkb.audit import Output, Progress, Source, audit_sources, census_as_of, census_authority
from cpkb.case import MAX_FILE_BYTES, Case, parse_date
from cpkb.census import CensusFile
from cpkb.compare import compare_case
from cpkb.errors import InputError
from cpkb.files import parse_data
from cpkb.kb import Paragraph
from cpkb.project import Project
from cpkb.report import citation
from cpkb.rulebook import Rule
from cpkb.schemas import case_schema, rule_file_schema
from cpkb.vocabulary import Attribute

SOURCE = "request"  # what error messages name as the file
TOKEN_VARIABLE = "CPKB_TOKEN"
SITE_VARIABLE = "CPKB_SITE"
SITE = "https://cpkb.example.org/cpkb/"  # mkdocs.yml's site_url, where citations' urls lead
FORM = Path(__file__).with_name("form")
# The form's page may load only its own files and call only this server: a case typed into
# it cannot be sent elsewhere, nor the page framed by another.
FORM_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
                               "connect-src 'self'; img-src 'self'; form-action 'none'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
_log = logging.getLogger("cpkb.serve")


class _TooLarge(Exception):
    def __init__(self, limit: int) -> None:
        self.limit = limit


# A census is uploaded whole before it is audited (to a temporary file, never memory); its
# report is written to one too, then sent. England's caseload is about 50,000 children on a
# plan, 42 MiB of census.
MAX_CENSUS_BYTES = 512 * 2**20
AUDIT_MEDIA = {"json": "application/json", "csv": "text/csv", "markdown": "text/markdown"}


def _error(status: int, expected: str, place: str = "") -> JSONResponse:
    return JSONResponse({"error": {"source": SOURCE, "place": place, "expected": expected,
                                   "message": str(InputError(SOURCE, place, expected))}},
                        status_code=status)


async def _body(request: Request) -> str:
    """The request's body as text, refused past MAX_FILE_BYTES without reading the rest."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_FILE_BYTES:
            raise _TooLarge(MAX_FILE_BYTES)
        chunks.append(chunk)
    try:
        return b"".join(chunks).decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(SOURCE, f"byte {error.start}", "expected UTF-8 text") from None


def _is_json(request: Request) -> bool:
    return request.headers.get("content-type", "").split(";")[0].strip() == "application/json"


def _rule_entry(project: Project, rule: Rule) -> dict[str, Any]:
    return {"id": rule.id, "authority": rule.authority, "title": rule.title,
            "modality": rule.modality, "effect": rule.effect_kind, "name": rule.effect_name,
            "flags": list(rule.flags),
            "sources": [citation(c, project.sentences) for c in rule.sources]}


def _paragraph_entry(paragraph: Paragraph) -> dict[str, Any]:
    return {"id": paragraph.id, "section": list(paragraph.section), "kind": paragraph.kind,
            "text": paragraph.text, "sha256": paragraph.sha256,
            "sentences": [{"id": s.id, "text": s.text} for s in paragraph.sentences]}


def _attribute_entry(attribute: Attribute) -> dict[str, Any]:
    return {"name": attribute.name, "type": attribute.type, "description": attribute.description,
            "choices": list(attribute.choices), "required": attribute.required}


def _vocabulary(project: Project, site: str) -> dict[str, Any]:
    """What the case form offers, from the vocabulary: the authorities, the child's fields,
    every event (its older names left out) with its attributes, the agencies and
    requirements, and the names the report uses for duties and decisions, each with its
    description; and the published site that citations link to."""
    vocabulary = project.vocabulary
    return {
        "site": site,
        "authorities": [{"name": a, "title": project.kb.documents[a].title}
                        for a in sorted(project.authorities)],
        "child": [_attribute_entry(a) for a in vocabulary.child.values()],
        "events": [{"name": e.name, "description": e.description, "link": e.link,
                    "attributes": [_attribute_entry(a) for a in e.attributes.values()]}
                   for e in sorted(vocabulary.events.values(), key=lambda e: e.name)],
        "agencies": vocabulary.agencies,
        "requirements": dict(sorted(vocabulary.requirements.items())),
        "duties": {d.name: d.description for d in vocabulary.duties.values()},
        "decisions": vocabulary.decisions,
    }


def create_app(project: Project, token: str | None = None, site: str = SITE) -> FastAPI:
    app = FastAPI(title="cpkb", version=project.version,
                  description="Child protection conference procedure as rules: what is due, "
                              "by when and why, each answer cited to its source sentence.")
    engine_lock = threading.Lock()  # durable-rules is not shared across threads
    knowledge_base = {"fingerprint": project.fingerprint, "version": project.version}

    @app.middleware("http")
    async def guard(request: Request,
                    call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        path = request.url.path
        if token is not None and path not in ("/health", "/") and not path.startswith("/form/"):
            given = request.headers.get("authorization", "")
            if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
                response = _error(401, "expected a bearer token (Authorization: Bearer <token>)")
                response.headers["WWW-Authenticate"] = "Bearer"
                return response
        try:
            return await call_next(request)
        except _TooLarge as error:
            return _error(413, f"expected a body of at most {error.limit // 2**20} MiB")
        except InputError as error:
            return _error(422, error.expected, error.place)
        except Exception as error:  # never a traceback to the client, nor a case in the log
            _log.error("internal error (%s); this is a bug in cpkb", type(error).__name__)
            return JSONResponse({"error": {"source": SOURCE, "place": "", "expected": "",
                                           "message": "internal failure: a bug in cpkb, logged "
                                                      "by its kind only"}}, status_code=500)

    def read_case(text: str, as_json: bool, as_of: str | None) -> Case:
        given = parse_date(as_of, SOURCE, "as_of") if as_of else None
        case = project.read_case(parse_data(text, SOURCE, as_json), SOURCE,
                                 given or date.today())
        return dataclasses.replace(case, as_of=given) if given else case

    def evaluated(text: str, as_json: bool, as_of: str | None) -> dict[str, Any]:
        with engine_lock:
            return project.report(read_case(text, as_json, as_of))

    def compared(text: str, as_json: bool, as_of: str | None) -> dict[str, Any]:
        with engine_lock:
            return compare_case(project, read_case(text, as_json, as_of))

    @app.get("/health")
    def health() -> dict[str, Any]:
        """The knowledge base that answers: its fingerprint and version."""
        return knowledge_base

    @app.get("/", include_in_schema=False)
    def form() -> FileResponse:
        """The case form: a page holding no case data until one is typed into it."""
        return FileResponse(FORM / "index.html", headers=FORM_HEADERS)

    app.mount("/form", StaticFiles(directory=FORM), name="form")

    @app.get("/schemas/case.schema.json")
    def case_file_schema() -> dict[str, Any]:
        """The JSON Schema of a case file (docs/case-files.md), from the vocabulary."""
        return case_schema(project.vocabulary, project.authorities)

    @app.get("/schemas/rules.schema.json")
    def rules_file_schema() -> dict[str, Any]:
        """The JSON Schema of a rule file (docs/writing-rules.md), from the vocabulary."""
        return rule_file_schema(project.vocabulary, project.authorities)

    @app.get("/vocabulary")
    def vocabulary() -> dict[str, Any]:
        """The events, their attributes and choices, the agencies and the authorities, with
        their descriptions: what the case form offers."""
        return {"knowledge_base": knowledge_base, **_vocabulary(project, site)}

    @app.post("/evaluate")
    async def evaluate(request: Request, as_of: str | None = None) -> dict[str, Any]:
        """One case file (JSON, or YAML with any other content type) -> its report, exactly as
        `cpkb evaluate --format json` gives it. `as_of` overrides the file's own."""
        text = await _body(request)
        return await run_in_threadpool(evaluated, text, _is_json(request), as_of)

    @app.post("/compare")
    async def compare(request: Request, as_of: str | None = None) -> dict[str, Any]:
        """One case file -> the case under every authority's procedure, as `cpkb compare
        CASE --format json`."""
        text = await _body(request)
        return await run_in_threadpool(compared, text, _is_json(request), as_of)

    def audited(census_path: Path, report_path: Path, authority: str | None,
                as_of: str | None, output: Output) -> None:
        given = parse_date(as_of, SOURCE, "as_of") if as_of else None
        census = CensusFile(census_path)
        source = Source(Path(SOURCE), census, census_authority(census, authority, "authority"),
                        census_as_of(census, given, given or date.today()))
        # The audit runs on the Python matcher, not durable-rules: it needs no lock, so
        # evaluations go on while a large census is audited.
        with report_path.open("w", encoding="utf-8") as out:
            audit_sources(project, [source], output, 1, out, Progress(False, census.size))

    @app.post("/audit")
    async def audit(request: Request, authority: str | None = None, as_of: str | None = None,
                    format: str = "json", compact: bool = False) -> Response:
        """A CIN census XML file in the body -> its audit, as `cpkb audit FILE` gives it
        (`format` json, csv or markdown; `compact` for JSON). The authority is the census
        header's LEA code's unless `authority` is given."""
        if format not in AUDIT_MEDIA:
            raise InputError(SOURCE, "format", f"expected one of {', '.join(AUDIT_MEDIA)}")
        if compact and format != "json":
            raise InputError(SOURCE, "compact", f"expected format json, got {format}")
        if authority is not None and authority not in project.authorities:
            raise InputError(SOURCE, "authority",
                             f"expected one of {', '.join(sorted(project.authorities))}")
        folder = Path(tempfile.mkdtemp(prefix="cpkb-audit-"))
        try:
            census, report = folder / "census.xml", folder / "report"
            with census.open("wb") as upload:
                size = 0
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > MAX_CENSUS_BYTES:
                        raise _TooLarge(MAX_CENSUS_BYTES)
                    upload.write(chunk)
            await run_in_threadpool(audited, census, report, authority, as_of,
                                    Output(format, compact))
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return FileResponse(report, media_type=AUDIT_MEDIA[format],
                            background=BackgroundTask(shutil.rmtree, folder, True))

    @app.get("/rules")
    def rules(authority: str | None = None) -> dict[str, Any]:
        """Every rule (or one authority's), each with the sentences it cites."""
        if authority is not None and authority not in project.authorities:
            raise InputError(SOURCE, "authority",
                             f"expected one of {', '.join(sorted(project.authorities))}")
        return {"knowledge_base": knowledge_base,
                "rules": [_rule_entry(project, r) for r in project.rulebook.rules
                          if authority in (None, r.authority)]}

    @app.get("/rules/{rule_id}")
    def rule(rule_id: str) -> Any:
        found = project.rulebook.rule(rule_id)
        if found is None:
            return _error(404, "expected the id of a rule (GET /rules lists them)", "rule")
        return {"knowledge_base": knowledge_base, "rule": _rule_entry(project, found)}

    @app.get("/documents/{document_id}")
    def document(document_id: str) -> Any:
        found = project.kb.documents.get(document_id)
        if found is None:
            return _error(404, f"expected one of {', '.join(sorted(project.kb.documents))}",
                          "document")
        return {"knowledge_base": knowledge_base, "id": found.id, "title": found.title,
                "publisher": found.publisher, "date": found.date, "url": found.url,
                "original_sha256": found.original_sha256,
                "paragraphs": [_paragraph_entry(p) for p in found.paragraphs]}

    @app.get("/documents/{document_id}/{paragraph:path}")
    def paragraph(document_id: str, paragraph: str) -> Any:
        found = project.kb.paragraph(f"{document_id}/{paragraph}")
        if found is None:
            return _error(404, "expected the id of a paragraph, such as "
                          "bolton/initial/timing/3", "paragraph")
        return {"knowledge_base": knowledge_base, "paragraph": _paragraph_entry(found)}

    return app


def serve(project: Project, host: str, port: int, token: str | None) -> None:
    import uvicorn  # only for the command: the tests drive the app itself

    token = token or os.environ.get(TOKEN_VARIABLE) or None
    site = os.environ.get(SITE_VARIABLE) or SITE
    uvicorn.run(create_app(project, token, site), host=host, port=port, access_log=False,
                log_level="warning", server_header=False)
