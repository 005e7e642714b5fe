"""Benchmark: `cpkb serve` under a bounded load, on 127.0.0.1.

Run: .venv/bin/python bench/serve_load.py [--requests 2000] [--clients 20] [--children 50000]
         [--warm-up 400] [--audit-workers 1]

Starts `cpkb serve` in its own process on a free port, warms it up (--warm-up evaluations
of the examples, so that every authority's rules are compiled), then at once: --clients
concurrent clients send --requests `POST /evaluate` in all (the example case files in
turn), while one more uploads a generated census of --children children to `POST /audit`
(audited in a process of its own, with --audit-workers workers). It prints the evaluations'
latency percentiles (p50, p90, p99, max), their errors (any status but 200), the audit's
wall time and status, the server's own resident memory, sampled every 0.2 s (at the start,
after the warm-up, its peak under load, at the end), and the peak of the audit's processes
(the server's other processes: the audit, its workers, multiprocessing's resource tracker).
The case files are the repository's examples: no real case is used.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from cpkb.census_generator import Settings, write_census

HOME = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def resident_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0.0


def descendants(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
        for task in tasks:
            for child in (task / "children").read_text().split():
                found += [int(child), *descendants(int(child))]
    except (FileNotFoundError, ProcessLookupError):
        pass
    return found


async def evaluations(url: str, requests: int, clients: int) -> tuple[list[float], list[int]]:
    bodies = [p.read_bytes() for p in sorted((HOME / "examples").glob("*.yaml"))]
    cycle = itertools.cycle(bodies)
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for _ in range(requests):
        queue.put_nowait(next(cycle))
    latencies: list[float] = []
    errors: list[int] = []

    async def client() -> None:
        async with httpx.AsyncClient(base_url=url, timeout=120) as http:
            while not queue.empty():
                body = queue.get_nowait()
                start = time.perf_counter()
                answer = await http.post("/evaluate", content=body)
                latencies.append(time.perf_counter() - start)
                if answer.status_code != 200:
                    errors.append(answer.status_code)

    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies, errors


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--children", type=int, default=50_000)
    parser.add_argument("--warm-up", type=int, default=400)
    parser.add_argument("--audit-workers", type=int, default=1)
    args = parser.parse_args()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([str(Path(sys.executable).with_name("cpkb")), "serve", "--port",
                               str(port), "--audit-workers", str(args.audit_workers)])
    try:
        for _ in range(200):  # up to 20 s to start
            try:
                httpx.get(f"{url}/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        started = resident_mib(server.pid)
        _, warm_errors = asyncio.run(evaluations(url, args.warm_up, args.clients))
        assert not warm_errors, f"warm-up errors: {warm_errors}"
        time.sleep(1)
        warm = resident_mib(server.pid)
        memory = [warm]
        others = [0.0]  # the audit's processes together
        sampling = True

        def sample() -> None:
            while sampling:
                memory.append(resident_mib(server.pid))
                others.append(sum(resident_mib(p) for p in descendants(server.pid)))
                time.sleep(0.2)

        with tempfile.TemporaryDirectory() as folder:
            census = Path(folder) / "census.xml"
            with census.open("w", encoding="utf-8") as out:
                write_census(Settings(args.children, seed=1), out)
            audit: dict[str, float | int] = {}

            def upload() -> None:
                start = time.perf_counter()
                with census.open("rb") as body:
                    answer = httpx.post(f"{url}/audit", content=body, timeout=600,
                                        params={"authority": "bolton"})
                audit.update(seconds=time.perf_counter() - start, status=answer.status_code)

            sampler = threading.Thread(target=sample, daemon=True)
            auditing = threading.Thread(target=upload)
            sampler.start()
            start = time.perf_counter()
            auditing.start()
            latencies, errors = asyncio.run(evaluations(url, args.requests, args.clients))
            evaluated = time.perf_counter() - start
            auditing.join()
            sampling = False
            sampler.join()
        time.sleep(1)
        ended = resident_mib(server.pid)
        left = [p for p in descendants(server.pid)
                if b"resource_tracker" not in Path(f"/proc/{p}/cmdline").read_bytes()]
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"{args.requests} POST /evaluate from {args.clients} clients in {evaluated:.1f} s "
          f"({args.requests / evaluated:.0f}/s), errors: {len(errors)} {sorted(set(errors))}")
    print("latency: " + ", ".join(
        f"{name} {percentile(latencies, share) * 1000:.0f} ms"
        for name, share in (("p50", 0.5), ("p90", 0.9), ("p99", 0.99), ("max", 1.0)))
        + f" (mean {statistics.mean(latencies) * 1000:.0f} ms)")
    print(f"alongside: POST /audit of {args.children} children, status {audit['status']}, "
          f"{audit['seconds']:.1f} s")
    print(f"server memory: {started:.0f} MiB at the start, {warm:.0f} MiB after {args.warm_up} "
          f"warm-up evaluations, peak {max(memory):.0f} MiB under load, {ended:.0f} MiB at the "
          f"end ({ended - warm:+.1f} MiB from warm)")
    print(f"the audit's processes (with {args.audit_workers} worker(s)): peak {max(others):.0f} "
          f"MiB together; processes left after it: {len(left)}")


if __name__ == "__main__":
    main()
