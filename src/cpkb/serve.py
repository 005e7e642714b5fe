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
  removed once the report is sent (or the request fails, or the server stops);
- time limits (Limits): a case body must arrive within `read_seconds` (else 408), its
  evaluation answer within `evaluate_seconds` (else 503); a census request, upload and
  audit together, within `audit_seconds` (408 while uploading, 503 while auditing);
- no CORS headers unless origins are named (`--cors-origin`, or CPKB_CORS_ORIGINS): then
  those origins, and no other, may call it from a page; the case form's page may load and
  call only this server (its Content-Security-Policy), so a case typed into it goes nowhere
  but `POST /evaluate`.

The case form (`GET /`, src/cpkb/form/) is a page and a script, no framework, that works
offline: it builds its fields from `GET /vocabulary` (every event, attribute, choice and
agency with its description), posts the case to `/evaluate` as JSON and shows the report,
each citation linked to the published site (`--site`, else CPKB_SITE, else mkdocs.yml's
site_url).

Bad input gets the command's own message, as JSON with status 422: `{"error": {"source":
"request", "place": "events[2].date", "expected": "...", "message": "..."}}`.

The rules engine (durable-rules) is not shared across threads: evaluations run one at a
time, in a thread off the event loop, queued in arrival order. A running evaluation cannot
be interrupted (its thread is inside the engine's C code): past `evaluate_seconds` the
client gets its 503 at once and the evaluation is left to finish, its answer dropped; what
bounds it is the case's size (MAX_EVENTS). An audit runs in a process of its own (spawned,
its own process group, with `audit_workers` workers of its own), so that what it allocates
is given back when it ends and the server's memory stays flat; that process is killed when
the client goes away, the time limit passes or the server stops, and it ends itself if the
server dies. One audit runs at a time; the next waits its turn within its time limit.
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import logging
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from datetime import date
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any, TypeVar

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.background import BackgroundTask
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect

from cpkb.audit import Output, Progress, Source, audit_sources, census_as_of, census_authority
from cpkb.case import MAX_FILE_BYTES, Case, parse_date
from cpkb.census import CensusFile
from cpkb.compare import compare_case
from cpkb.errors import InputError, excerpt
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
CORS_VARIABLE = "CPKB_CORS_ORIGINS"  # origins separated by spaces or commas
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
# On a stop (Ctrl-C, SIGTERM) uvicorn lets requests under way finish for this long, then
# cancels them: an audit's process is killed then.
SHUTDOWN_SECONDS = 5
_log = logging.getLogger("cpkb.serve")
_T = TypeVar("_T")


@dataclasses.dataclass(frozen=True)
class Limits:
    """How long a request may take, in seconds."""

    read_seconds: float = 30.0  # a case body, from the first byte read to the last (408)
    evaluate_seconds: float = 30.0  # an evaluation or comparison, its queueing included (503)
    audit_seconds: float = 1800.0  # a census: its upload (408) and its audit (503) together


class _Failed(Exception):
    """An audit's process that failed inside: the kind of its failure, and no more."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class _Refused(Exception):
    """A request refused whole: the status, what was expected, and headers to add."""

    def __init__(self, status: int, expected: str, place: str = "",
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(expected)
        self.status, self.expected, self.place = status, expected, place
        self.headers = headers or {}


def _too_large(limit: int) -> _Refused:
    return _Refused(413, f"expected a body of at most {limit // 2**20} MiB")


def _too_slow(seconds: float) -> _Refused:
    return _Refused(408, f"expected the whole body within {_seconds(seconds)}", "body")


def _busy(seconds: float, what: str) -> _Refused:
    return _Refused(503, f"expected {what} within {_seconds(seconds)}: the server is busy "
                    "or the input too large; try again later", headers={"Retry-After": "5"})


def _seconds(seconds: float) -> str:
    return f"{seconds:g} s"


# A census is uploaded whole before it is audited (to a temporary file, never memory); its
# report is written to one too, then sent. England's caseload is about 50,000 children on a
# plan, 42 MiB of census.
MAX_CENSUS_BYTES = 512 * 2**20
AUDIT_MEDIA = {"json": "application/json", "csv": "text/csv", "markdown": "text/markdown"}


def _error(status: int, expected: str, place: str = "") -> JSONResponse:
    return JSONResponse({"error": {"source": SOURCE, "place": place, "expected": expected,
                                   "message": str(InputError(SOURCE, place, expected))}},
                        status_code=status)


def _internal(kind: str) -> JSONResponse:
    # never a traceback to the client, nor a case in the log
    _log.error("internal error (%s); this is a bug in cpkb", kind)
    return JSONResponse({"error": {"source": SOURCE, "place": "", "expected": "",
                                   "message": "internal failure: a bug in cpkb, logged "
                                              "by its kind only"}}, status_code=500)


async def _receive(request: Request, limit: int, seconds: float,
                   write: Callable[[bytes], object]) -> None:
    """The request's body given to `write` as it arrives: refused (413) once longer than
    `limit` bytes, without reading the rest, and (408) if it takes longer than `seconds`."""
    size = 0
    try:
        with anyio.fail_after(seconds):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise _too_large(limit)
                write(chunk)
    except TimeoutError:
        raise _too_slow(seconds) from None


async def _body(request: Request, seconds: float) -> str:
    """The request's body as text, at most MAX_FILE_BYTES, within `seconds`."""
    chunks: list[bytes] = []
    await _receive(request, MAX_FILE_BYTES, seconds, chunks.append)
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


# -- an audit's process ----------------------------------------------------------------------
# It reads the census from its folder and writes there the report, or what was wrong with
# the input (ERROR: a status, a place and what was expected), or the kind of an internal
# failure (FAILURE), and nothing else: its stderr is the server's, and a traceback could hold
# a case.

CENSUS, REPORT, ERROR, FAILURE = "census.xml", "report", "error.json", "failure"


def _end_with_server(folder: Path) -> None:
    """In an audit's process: when the server is gone (killed, say), remove the census and
    end this process and its workers, rather than audit for no one and leave the census
    behind."""
    server = multiprocessing.parent_process()
    if server is not None:
        server.join()
        shutil.rmtree(folder, ignore_errors=True)
        os.killpg(0, signal.SIGKILL)


def _audit_process(home: Path, cache: Path | None, fingerprint: str, folder: Path,
                   authority: str | None, as_of: date | None, output: Output,
                   workers: int) -> None:
    # Its own process group, so that the server can kill it with its workers at once, and a
    # Ctrl-C at the terminal reaches the server only (which then ends it). The server decides
    # when it ends, or, dead, _end_with_server: a hangup (the kernel sends one to an orphaned
    # group with a stopped process) is ignored too.
    os.setpgrp()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    threading.Thread(target=_end_with_server, args=(folder,), daemon=True).start()
    try:
        project = Project(home, cache)
        if project.fingerprint != fingerprint:
            (folder / ERROR).write_text(json.dumps({
                "status": 503, "place": "", "expected": "expected the knowledge base the "
                "server started with: its files have changed since; restart cpkb serve"}),
                encoding="utf-8")
            sys.exit(2)
        census = CensusFile(folder / CENSUS)
        source = Source(Path(SOURCE), census, census_authority(census, authority, "authority"),
                        census_as_of(census, as_of, as_of or date.today()))
        with (folder / REPORT).open("w", encoding="utf-8") as out:
            audit_sources(project, [source], output, workers, out, Progress(False, census.size))
    except InputError as error:
        (folder / ERROR).write_text(json.dumps({"status": 422, "place": error.place,
                                                "expected": error.expected}), encoding="utf-8")
        sys.exit(2)
    except Exception as error:
        (folder / FAILURE).write_text(type(error).__name__, encoding="utf-8")
        sys.exit(1)


def _kill(process: multiprocessing.process.BaseProcess) -> None:
    """End an audit's process and its workers, and reap it. Its group is killed before it is
    reaped, so its id cannot have gone to another process meanwhile."""
    if process.pid is None:
        return
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:  # not yet in its own group: it has no workers yet
        process.kill()
    process.join()


async def _outcome(process: multiprocessing.process.BaseProcess, request: Request,
                   deadline: float) -> str:
    """How waiting for an audit's process ended: "ended" (it did), "late" (past the
    deadline) or "gone" (the client went away)."""
    outcome = "ended"
    async with anyio.create_task_group() as waiting:

        async def client_gone() -> None:
            nonlocal outcome
            # The body is read: all the client can still say is that it has gone.
            while (await request.receive())["type"] != "http.disconnect":
                pass
            outcome = "gone"
            waiting.cancel_scope.cancel()

        waiting.start_soon(client_gone)
        while not wait([process.sentinel], 0):
            if time.monotonic() > deadline:
                outcome = "late"
                break
            await anyio.sleep(0.05)
        waiting.cancel_scope.cancel()
    return outcome


# -- the settings of the command -----------------------------------------------------------


def site_of(given: str | None) -> str:
    """The published site the form's citations link to: the one given (--site), else
    CPKB_SITE, else mkdocs.yml's site_url."""
    site = given or os.environ.get(SITE_VARIABLE) or SITE
    if not site.startswith(("https://", "http://")) or any(c.isspace() for c in site):
        raise InputError(None, "--site" if given else SITE_VARIABLE,
                         f"expected the address of the published site, such as {SITE}, got "
                         f"{excerpt(site)}")
    return site


def origins_of(given: Iterable[str] | None) -> list[str]:
    """The origins whose pages may call the API (--cors-origin, else CPKB_CORS_ORIGINS):
    each a scheme, a host and maybe a port, no path; none by default."""
    named = list(given) if given else os.environ.get(CORS_VARIABLE, "").replace(",", " ").split()
    place = "--cors-origin" if given else CORS_VARIABLE
    for origin in named:
        scheme, _, rest = origin.partition("://")
        if scheme not in ("http", "https") or not rest or any(c in rest for c in "/?#* "):
            raise InputError(None, place, "expected an origin such as https://cases.example.org "
                             f"(a scheme, a host and maybe :port; no path, no *), got "
                             f"{excerpt(origin)}")
    return named


# -- the app ---------------------------------------------------------------------------------


def create_app(project: Project, token: str | None = None, site: str = SITE,
               limits: Limits = Limits(), audit_workers: int = 1,
               cors_origins: Iterable[str] = ()) -> FastAPI:
    audits: set[multiprocessing.process.BaseProcess] = set()  # the audits' processes running
    folders: set[Path] = set()  # the audits' temporary folders, until their report is sent

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        # Requests still under way were cancelled, but a stop by a signal may end the loop
        # before they have cleaned up: their processes and folders go here.
        for process in list(audits):
            _kill(process)
        for folder in list(folders):
            remove(folder)

    app = FastAPI(title="cpkb", version=project.version, lifespan=lifespan,
                  description="Child protection conference procedure as rules: what is due, "
                              "by when and why, each answer cited to its source sentence.")
    app.state.audits = audits

    def remove(folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folders.discard(folder)

    engine_lock = threading.Lock()  # durable-rules is not shared across threads
    engine_turn = anyio.Lock()  # evaluations wait their turn here, in arrival order
    audit_turn = anyio.Lock()  # one audit at a time
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
        except _Refused as refused:
            response = _error(refused.status, refused.expected, refused.place)
            response.headers.update(refused.headers)
            return response
        except InputError as error:
            return _error(422, error.expected, error.place)
        except _Failed as failure:
            return _internal(failure.kind)
        except ClientDisconnect:  # gone before its body was read: no one to answer, no bug
            return Response(status_code=400)
        except Exception as error:
            return _internal(type(error).__name__)

    if cors_origins:  # added after the guard, so outside it: a preflight carries no token
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins),
                           allow_methods=["GET", "POST"],
                           allow_headers=["authorization", "content-type"])

    def read_case(text: str, as_json: bool, as_of: str | None) -> Case:
        given = parse_date(as_of, SOURCE, "as_of") if as_of else None
        case = project.read_case(parse_data(text, SOURCE, as_json), SOURCE,
                                 given or date.today())
        return dataclasses.replace(case, as_of=given) if given else case

    async def on_engine(work: Callable[[], _T]) -> _T:
        """`work` on the rules engine, after the evaluations before it, answered within
        limits.evaluate_seconds. Past it the client has its 503 at once; an evaluation
        already running cannot be stopped: it finishes in its thread, its answer dropped,
        and the next one waits for it (engine_lock)."""
        abandoned = threading.Event()

        def locked() -> _T:
            with engine_lock:
                if abandoned.is_set():
                    raise _busy(limits.evaluate_seconds, "an answer")  # no one is waiting
                return work()

        try:
            with anyio.fail_after(limits.evaluate_seconds):
                async with engine_turn:
                    return await anyio.to_thread.run_sync(locked, abandon_on_cancel=True)
        except TimeoutError:
            raise _busy(limits.evaluate_seconds, "an answer") from None
        finally:
            abandoned.set()

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
        text, as_json = await _body(request, limits.read_seconds), _is_json(request)
        return await on_engine(lambda: project.report(read_case(text, as_json, as_of)))

    @app.post("/compare")
    async def compare(request: Request, as_of: str | None = None) -> dict[str, Any]:
        """One case file -> the case under every authority's procedure, as `cpkb compare
        CASE --format json`."""
        text, as_json = await _body(request, limits.read_seconds), _is_json(request)
        return await on_engine(lambda: compare_case(project, read_case(text, as_json, as_of)))

    async def audited(request: Request, folder: Path, authority: str | None,
                      as_of: date | None, output: Output, deadline: float) -> None:
        """The census in `folder` audited in a process of its own, its report written there;
        its errors raised here as the command's."""
        try:
            with anyio.fail_after(max(0.0, deadline - time.monotonic())):
                await audit_turn.acquire()
        except TimeoutError:
            raise _busy(limits.audit_seconds, "the audit") from None
        try:
            process = multiprocessing.get_context("spawn").Process(
                target=_audit_process, name="cpkb-audit",
                args=(project.home, project.cache, project.fingerprint, folder, authority,
                      as_of, output, audit_workers))
            process.start()
            audits.add(process)
            try:
                outcome = await _outcome(process, request, deadline)
                if outcome == "late":
                    raise _busy(limits.audit_seconds, "the audit")
                if outcome == "gone":
                    _log.warning("an audit was ended: its client went away")
                    raise _Refused(499, "expected the client to wait for the audit")
            finally:  # cancelled too (the server stopping): the process ends with the request
                _kill(process)
                audits.discard(process)
        finally:
            audit_turn.release()
        if (folder / ERROR).exists():
            error = json.loads((folder / ERROR).read_text(encoding="utf-8"))
            if error["status"] == 422:
                raise InputError(SOURCE, error["place"], error["expected"])
            raise _Refused(error["status"], error["expected"], error["place"])
        if process.exitcode != 0:
            failure = folder / FAILURE
            raise _Failed(failure.read_text(encoding="utf-8") if failure.exists()
                          else f"audit process exit {process.exitcode}")

    @app.post("/audit")
    async def audit(request: Request, authority: str | None = None, as_of: str | None = None,
                    format: str = "json", compact: bool = False) -> Response:
        """A CIN census XML file in the body -> its audit, as `cpkb audit FILE` gives it
        (`format` json, csv or markdown; `compact` for JSON). The authority is the census
        header's LEA code's unless `authority` is given."""
        deadline = time.monotonic() + limits.audit_seconds
        if format not in AUDIT_MEDIA:
            raise InputError(SOURCE, "format", f"expected one of {', '.join(AUDIT_MEDIA)}")
        if compact and format != "json":
            raise InputError(SOURCE, "compact", f"expected format json, got {format}")
        if authority is not None and authority not in project.authorities:
            raise InputError(SOURCE, "authority",
                             f"expected one of {', '.join(sorted(project.authorities))}")
        given = parse_date(as_of, SOURCE, "as_of") if as_of else None
        folder = Path(tempfile.mkdtemp(prefix="cpkb-audit-"))
        folders.add(folder)
        try:
            with (folder / CENSUS).open("wb") as upload:
                await _receive(request, MAX_CENSUS_BYTES, limits.audit_seconds, upload.write)
            await audited(request, folder, authority, given, Output(format, compact), deadline)
        except BaseException:
            remove(folder)
            raise
        return FileResponse(folder / REPORT, media_type=AUDIT_MEDIA[format],
                            background=BackgroundTask(remove, folder))

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


def serve(project: Project, host: str, port: int, token: str | None, site: str | None = None,
          cors_origins: Iterable[str] | None = None, limits: Limits = Limits(),
          audit_workers: int = 1) -> None:
    """The command: the settings checked (an InputError naming the option), then the server
    until it is stopped."""
    token = token or os.environ.get(TOKEN_VARIABLE) or None
    app = create_app(project, token, site_of(site), limits, audit_workers,
                     origins_of(cors_origins))
    _run(app, host, port)


def _run(app: FastAPI, host: str, port: int) -> None:
    import uvicorn  # only for the command: the tests drive the app itself

    uvicorn.Server(server_config(app, host, port)).run()


def server_config(app: FastAPI, host: str = "127.0.0.1", port: int = 8000) -> Any:
    """uvicorn's settings for the app: no access log (its lines would hold the query), no
    server header, and requests under way at a stop ended after SHUTDOWN_SECONDS."""
    import uvicorn

    return uvicorn.Config(app, host=host, port=port, access_log=False, log_level="warning",
                          server_header=False, timeout_graceful_shutdown=SHUTDOWN_SECONDS)
