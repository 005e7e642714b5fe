"""The web API's settings and limits (`cpkb serve`): CORS only for the origins named, the
published site of --site, the time limits (a slow body 408, an evaluation past its limit
503), and the audit in a process of its own that is ended with its request: when the client
goes away, when the server stops, and by itself when the server dies."""

from __future__ import annotations

import json
import logging
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

import cpkb.serve
from cpkb.census_generator import Settings, write_census
from cpkb.cli import main
from cpkb.project import Project
from cpkb.serve import SITE, Limits, create_app, server_config

# Each test audits into a temporary folder of its own (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("private_temp")

HOME = Path(__file__).resolve().parents[1]
EXAMPLE = HOME / "examples" / "bolton-split-vote.yaml"
ORIGIN = "https://cases.example.org"


def _audit_folders() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("cpkb-audit-*")}


def _until(condition: Callable[[], Any], seconds: float = 30.0) -> Any:
    """`condition`'s first true answer, polled until `seconds` have passed."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if answer := condition():
            return answer
        time.sleep(0.01)
    raise AssertionError(f"not within {seconds} s")


def _gone(pid: int) -> bool:
    """No such process, or only its zombie (a container's init may not reap it)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status


# -- CORS ----------------------------------------------------------------------------------

def test_no_cors_headers_by_default(project: Project) -> None:
    client = TestClient(create_app(project))
    answered = client.get("/health", headers={"origin": ORIGIN})
    assert answered.status_code == 200
    assert not [h for h in answered.headers if h.startswith("access-control-")]
    preflight = client.options("/evaluate", headers={
        "origin": ORIGIN, "access-control-request-method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_for_the_origins_named_and_no_other(project: Project) -> None:
    client = TestClient(create_app(project, token="s3cret", cors_origins=[ORIGIN]))
    # The preflight carries no token: it is answered before the token is asked for.
    preflight = client.options("/evaluate", headers={
        "origin": ORIGIN, "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type"})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == ORIGIN
    assert "authorization" in preflight.headers["access-control-allow-headers"].lower()
    allowed = client.post("/evaluate", content=EXAMPLE.read_text(encoding="utf-8"),
                          headers={"origin": ORIGIN, "authorization": "Bearer s3cret"})
    assert allowed.status_code == 200 and allowed.json()["case"] == "EX-BOLTON-1"
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    other = "https://elsewhere.example.net"
    refused = client.options("/evaluate", headers={
        "origin": other, "access-control-request-method": "POST"})
    assert refused.status_code == 400
    assert "access-control-allow-origin" not in refused.headers
    answered = client.get("/health", headers={"origin": other})
    assert "access-control-allow-origin" not in answered.headers


# -- the command's settings ------------------------------------------------------------------

@pytest.fixture
def served(monkeypatch) -> dict[str, FastAPI]:
    """The app `cpkb serve` would run, caught instead of served."""
    caught: dict[str, FastAPI] = {}

    def run(app: FastAPI, host: str, port: int) -> None:
        caught.update(app=app)

    monkeypatch.setattr(cpkb.serve, "_run", run)
    for variable in ("CPKB_SITE", "CPKB_CORS_ORIGINS", "CPKB_TOKEN"):
        monkeypatch.delenv(variable, raising=False)
    return caught


def test_site_option_wins_over_the_variable(served, monkeypatch) -> None:
    def site() -> str:
        return TestClient(served["app"]).get("/vocabulary").json()["site"]

    assert main(["serve"]) == 0 and site() == SITE
    monkeypatch.setenv("CPKB_SITE", "https://variable.example.org/cpkb/")
    assert main(["serve"]) == 0 and site() == "https://variable.example.org/cpkb/"
    assert main(["serve", "--site", "http://127.0.0.1:8001/"]) == 0
    assert site() == "http://127.0.0.1:8001/"


def test_cors_origins_from_the_option_or_the_variable(served, monkeypatch) -> None:
    def allowed(origin: str) -> str | None:
        return TestClient(served["app"]).get("/health", headers={"origin": origin}).headers.get(
            "access-control-allow-origin")

    monkeypatch.setenv("CPKB_CORS_ORIGINS", "https://a.example.org, http://localhost:3000")
    assert main(["serve"]) == 0
    assert allowed("http://localhost:3000") == "http://localhost:3000"
    assert allowed(ORIGIN) is None
    assert main(["serve", "--cors-origin", ORIGIN, "--cors-origin", "https://b.example.org"]) == 0
    assert allowed(ORIGIN) == ORIGIN and allowed("https://b.example.org") == "https://b.example.org"
    assert allowed("https://a.example.org") is None  # the option replaces the variable


@pytest.mark.parametrize("args, message", [
    (["--cors-origin", "*"], "--cors-origin: expected an origin such as "
                             "https://cases.example.org (a scheme, a host and maybe :port; no "
                             "path, no *), got '*'"),
    (["--cors-origin", "https://a.example.org/path"], "--cors-origin: expected an origin"),
    (["--site", "ftp://example.org/"], "--site: expected the address of the published site"),
    (["--audit-workers", "0"], "--audit-workers: expected a number of workers from 1, got 0"),
    (["--read-timeout", "0"], "--read-timeout: expected a number of seconds above 0, got 0.0"),
    (["--evaluate-timeout", "nan"], "--evaluate-timeout: expected a number of seconds above 0"),
    (["--audit-timeout", "-1"], "--audit-timeout: expected a number of seconds above 0"),
])
def test_bad_settings_are_refused_by_name(served, capsys, args: list[str],
                                          message: str) -> None:
    assert main(["serve", *args]) == 2
    assert capsys.readouterr().err.startswith(f"cpkb: {message}")
    assert not served


def test_a_bad_site_variable_is_named(served, monkeypatch, capsys) -> None:
    monkeypatch.setenv("CPKB_SITE", "cpkb.example.org")
    assert main(["serve"]) == 2
    assert capsys.readouterr().err.startswith("cpkb: CPKB_SITE: expected the address")


# -- the evaluation's time limit ---------------------------------------------------------------

def test_an_evaluation_past_its_limit_is_503_and_the_next_one_is_answered(
        project: Project, monkeypatch) -> None:
    """The evaluation is held (not slow: held) until the test lets it go, so the answer does
    not depend on the machine's speed."""
    released = threading.Event()
    original = Project.report

    def held(self, case):
        released.wait(30)
        return original(self, case)

    monkeypatch.setattr(Project, "report", held)
    client = TestClient(create_app(project, limits=Limits(evaluate_seconds=0.2)),
                        raise_server_exceptions=False)
    body = EXAMPLE.read_text(encoding="utf-8")
    try:
        for _ in range(2):  # the one held, then one waiting for it
            answered = client.post("/evaluate", content=body)
            assert answered.status_code == 503 and answered.headers["retry-after"] == "5"
            error = answered.json()["error"]
            assert error["expected"] == ("expected an answer within 0.2 s: the server is busy "
                                         "or the input too large; try again later")
            assert error["message"] == f"request: {error['expected']}"
            assert "Traceback" not in answered.text
        assert not released.is_set()  # both answered while the first was still held
    finally:
        released.set()
    answered = client.post("/evaluate", content=body)
    assert answered.status_code == 200 and answered.json()["case"] == "EX-BOLTON-1"


# -- a real server, for what the test client cannot do: a slow client, a client gone ---------

@pytest.fixture
def start_server(project: Project) -> Iterator[Callable[..., tuple[FastAPI, Any, int]]]:
    import uvicorn

    started: list[tuple[uvicorn.Server, threading.Thread, socket.socket]] = []

    def start(**settings: Any) -> tuple[FastAPI, Any, int]:
        app = create_app(project, **settings)
        listening = socket.socket()
        listening.bind(("127.0.0.1", 0))
        server = uvicorn.Server(server_config(app))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [listening]},
                                  daemon=True)
        thread.start()
        _until(lambda: server.started, 20)
        started.append((server, thread, listening))
        return app, server, listening.getsockname()[1]

    yield start
    for server, thread, listening in started:
        server.should_exit = True
        thread.join(timeout=30)
        listening.close()


def _send_head(port: int, path: str, length: int) -> socket.socket:
    connection = socket.create_connection(("127.0.0.1", port))
    connection.sendall(f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       f"Content-Length: {length}\r\n\r\n".encode())
    return connection


def _response(connection: socket.socket, seconds: float = 60.0) -> tuple[int, bytes]:
    """The status and body of the server's answer (read by its Content-Length)."""
    data = b""
    end = time.monotonic() + seconds
    while True:
        head, found, body = data.partition(b"\r\n\r\n")
        if found:
            fields = dict(line.split(b": ", 1) for line in head.split(b"\r\n")[1:])
            if len(body) >= int(fields[b"content-length"]):
                return int(head.split()[1]), body
        assert time.monotonic() < end, "no answer"
        if select.select([connection], [], [], 0.1)[0]:
            chunk = connection.recv(1 << 20)
            assert chunk, "the connection closed before the answer"
            data += chunk


def _answer(connection: socket.socket) -> tuple[int, dict[str, Any]]:
    status, body = _response(connection)
    return status, json.loads(body)


def _trickle(connection: socket.socket, seconds: float = 30.0) -> None:
    """A slow client: a byte every 50 ms, until the server answers (or `seconds`)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end and not select.select([connection], [], [], 0.05)[0]:
        connection.sendall(b"#")


@pytest.mark.parametrize("path, limits", [
    ("/evaluate", Limits(read_seconds=0.5)),
    ("/audit?authority=bolton", Limits(audit_seconds=0.5)),
])
def test_a_slow_body_is_cut_off_with_408(start_server, path: str, limits: Limits) -> None:
    before = _audit_folders()
    _, _, port = start_server(limits=limits)
    with _send_head(port, path, 1_000_000) as connection:
        _trickle(connection)
        status, answer = _answer(connection)
    assert status == 408
    assert answer["error"]["place"] == "body"
    assert answer["error"]["message"] == "request: body: expected the whole body within 0.5 s"
    assert _audit_folders() == before


# -- the audit's process ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def census() -> Iterator[bytes]:
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        write_census(Settings(2000, seed=3), out)
        out.seek(0)
        yield out.read().encode()


def _upload(port: int, body: bytes) -> socket.socket:
    connection = _send_head(port, "/audit?authority=bolton", len(body))
    connection.sendall(body)
    return connection


def _audit_process(app: FastAPI) -> Any:
    """The one audit's process running, stopped (SIGSTOP) so that it cannot finish first
    whatever the machine's speed."""
    process = _until(lambda: next(iter(list(app.state.audits)), None))
    _until(lambda: os.getpgid(process.pid) == process.pid, 20)  # in its own group
    os.kill(process.pid, signal.SIGSTOP)
    return process


def test_the_audit_runs_in_a_process_of_its_own(start_server, census: bytes) -> None:
    app, _, port = start_server()
    with _upload(port, census) as connection:
        process = _until(lambda: next(iter(list(app.state.audits)), None))
        status, body = _response(connection)
    assert status == 200 and json.loads(body)["summary"]["children"] == 2000
    _until(lambda: not app.state.audits, 10)
    assert _gone(process.pid)


def test_a_client_gone_ends_its_audit_process(start_server, census: bytes) -> None:
    before = _audit_folders()
    app, _, port = start_server()
    connection = _upload(port, census)
    process = _audit_process(app)
    connection.close()
    _until(lambda: not app.state.audits, 10)
    assert _gone(process.pid)
    _until(lambda: _audit_folders() == before, 10)


def test_a_server_stopping_ends_its_audit_process(start_server, census: bytes) -> None:
    before = _audit_folders()
    app, server, port = start_server()
    with _upload(port, census):
        process = _audit_process(app)
        server.should_exit = True
        _until(lambda: not app.state.audits, 30)
        assert _gone(process.pid)
    _until(lambda: _audit_folders() == before, 10)


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def test_an_audit_process_ends_itself_when_the_server_dies(census: bytes,
                                                           private_temp: Path) -> None:
    """The server killed (no chance to end its audit): the audit's process, held meanwhile
    so that it cannot finish first, ends itself and its workers, and removes the census."""
    before = _audit_folders()
    with _serve(private_temp, "--audit-workers", "2") as (server, port), _upload(port, census):
        audit = _held_audit(server)
        folders = _audit_folders() - before
        assert len(folders) == 1
        server.kill()
        server.wait(10)
        os.kill(audit, signal.SIGCONT)
        _until(lambda: _gone(audit) and not _in_group(audit), 20)
        _until(lambda: not folders & _audit_folders(), 10)


def test_cpkb_serve_stopped_by_sigterm_ends_its_audit(census: bytes,
                                                      private_temp: Path) -> None:
    """The command stopped as a service manager stops it, an audit under way (held, so
    that it cannot finish first): the server ends within its grace period, and neither the
    audit's process nor the census is left behind."""
    with _serve(private_temp) as (server, port), _upload(port, census):
        audit = _held_audit(server)
        assert _audit_folders()
        server.terminate()
        server.wait(30)
        assert _gone(audit) and not _in_group(audit)
        assert not _audit_folders()


def test_cpkb_serve_stopped_by_sigterm_mid_upload_leaves_no_census(
        census: bytes, private_temp: Path) -> None:
    with _serve(private_temp) as (server, port):
        with _send_head(port, "/audit?authority=bolton", len(census)) as connection:
            connection.sendall(census[:len(census) // 2])  # and the rest never
            _until(_audit_folders)
            server.terminate()
            server.wait(30)
        assert not _audit_folders()


@contextmanager
def _serve(private_temp: Path, *options: str) -> Iterator[tuple[subprocess.Popen, int]]:
    """`cpkb serve` on a free port of 127.0.0.1, its temporary files in `private_temp`, once
    it answers; killed at the end whatever the test did to it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([str(Path(sys.executable).with_name("cpkb")), "serve",
                               "--port", str(port), *options],
                              env={**os.environ, "TMPDIR": str(private_temp)})
    try:
        _until(lambda: _connects(port), 30)
        yield server, port
    finally:
        server.kill()
        server.wait(10)


def _held_audit(server: subprocess.Popen) -> int:
    """The server's audit process (spawned, in a process group of its own), once it has
    started, stopped (SIGSTOP) so that it cannot finish before the test is done with it."""
    audit = _until(lambda: next((c for c in _children(server.pid)
                                 if b"spawn_main" in _command_line(c) and _group(c) == c),
                                None))
    os.kill(audit, signal.SIGSTOP)
    return audit


def _command_line(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return b""


def _in_group(group: int) -> list[int]:
    """The live processes of a process group."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getpgid(int(entry.name)) == group and not _gone(int(entry.name)):
                    found.append(int(entry.name))
            except ProcessLookupError:
                pass
    return found


def _connects(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


def _group(pid: int) -> int | None:
    try:
        return os.getpgid(pid)
    except ProcessLookupError:
        return None


def test_a_changed_knowledge_base_is_refused_by_the_audit(project_copy: Path) -> None:
    """The audit's process reads the knowledge base again: if its files have changed since
    the server started, it says so rather than audit by other rules."""
    copy = Project(project_copy)
    client = TestClient(create_app(copy), raise_server_exceptions=False)
    rules = next((project_copy / "rules" / "bolton").glob("*.yaml"))
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    answered = client.post("/audit", params={"authority": "bolton"},
                           content=(HOME / "tests" / "data" / "cin-census" /
                                    "sample-d2i-CIN_Census_2024.xml").read_bytes())
    assert answered.status_code == 503
    assert "restart cpkb serve" in answered.json()["error"]["message"]


def test_an_audit_past_its_limit_is_503_and_its_process_ended(start_server,
                                                               census: bytes) -> None:
    """The audit's process held (SIGSTOP) so that it cannot finish within the limit, on any
    machine: the client has its 503, the process is killed and the census removed."""
    before = _audit_folders()
    app, _, port = start_server(limits=Limits(audit_seconds=3))
    with _upload(port, census) as connection:
        process = _audit_process(app)
        status, answer = _answer(connection)
    assert status == 503
    assert answer["error"]["expected"] == ("expected the audit within 3 s: the server is busy "
                                           "or the input too large; try again later")
    assert not app.state.audits and _gone(process.pid)
    _until(lambda: _audit_folders() == before, 10)


def test_a_client_gone_mid_body_is_no_internal_error(start_server, caplog) -> None:
    _, _, port = start_server()
    with caplog.at_level(logging.WARNING, logger="cpkb.serve"):
        with _send_head(port, "/evaluate", 1000) as connection:
            connection.sendall(b"case: X\n")
            time.sleep(0.2)  # the server is reading the body
        with _send_head(port, "/evaluate", 0) as connection:  # then one answered after it
            assert _answer(connection)[0] == 422
        time.sleep(0.2)
    assert not [r for r in caplog.records if r.name == "cpkb.serve"]
