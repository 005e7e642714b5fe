"""The ordered pool (workers.py): results in the tasks' order however long each takes, a
worker's failure raised in the caller with its traceback, a worker's death noticed, the
tasks read only as the workers need them, and no process left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from cpkb.workers import AHEAD, OrderedPool, WorkerFailed

START_METHODS = ["spawn", "fork"]


def _nothing() -> None:
    pass


def _slow_square(task: tuple[int, float]) -> int:
    number, pause = task
    time.sleep(pause)
    return number * number


def _fail_on_three(task: int) -> int:
    if task == 3:
        raise ValueError("three is not wanted")
    return task


def _die_on_three(task: int) -> int:
    if task == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return task


@pytest.mark.parametrize("start", START_METHODS)
def test_results_come_in_the_tasks_order(start: str) -> None:
    # the first worker's tasks take longest: its results are still given first
    tasks = [(n, 0.05 if n % 2 == 0 else 0.0) for n in range(12)]
    with OrderedPool(2, _slow_square, _nothing, (), start) as pool:
        assert list(pool.map(iter(tasks))) == [n * n for n in range(12)]


@pytest.mark.parametrize("start", START_METHODS)
def test_a_failing_task_is_raised_with_the_worker_s_traceback(start: str) -> None:
    with OrderedPool(2, _fail_on_three, _nothing, (), start) as pool, \
            pytest.raises(WorkerFailed, match="ValueError: three is not wanted"):
        list(pool.map(range(1, 10)))


@pytest.mark.parametrize("start", START_METHODS)
def test_a_worker_that_dies_is_noticed(start: str) -> None:
    with OrderedPool(2, _die_on_three, _nothing, (), start) as pool, \
            pytest.raises(WorkerFailed, match="ended"):
        list(pool.map(range(1, 10)))


@pytest.mark.parametrize("start", START_METHODS)
def test_tasks_are_read_as_the_workers_need_them(start: str) -> None:
    read = []

    def tasks():
        for n in range(100):
            read.append(n)
            yield n, 0.0

    with OrderedPool(2, _slow_square, _nothing, (), start) as pool:
        results = pool.map(tasks())
        assert next(results) == 0
        # the first result read: two workers' AHEAD tasks sent, and one more in its place
        assert len(read) == 2 * AHEAD + 1
        assert list(results) == [n * n for n in range(1, 100)]


@pytest.mark.parametrize("start", START_METHODS)
def test_the_workers_end_with_the_pool(start: str) -> None:
    with OrderedPool(2, _slow_square, _nothing, (), start) as pool:
        list(pool.map([(1, 0.0)]))
        processes = [w.process for w in pool._workers]
    assert all(not p.is_alive() and p.exitcode == 0 for p in processes)


@pytest.mark.parametrize("start", START_METHODS)
def test_an_error_in_the_caller_ends_the_workers_at_once(start: str) -> None:
    began = time.monotonic()
    with pytest.raises(KeyError), OrderedPool(2, _slow_square, _nothing, (), start) as pool:
        results = pool.map((n, 1.0) for n in range(10))
        next(results)
        processes = [w.process for w in pool._workers]
        raise KeyError("the caller's own error")
    assert all(not p.is_alive() for p in processes)
    assert time.monotonic() - began < 4  # not the ten seconds of tasks already sent


_ORPHANED = """
import sys, time
from cpkb.workers import OrderedPool
sys.path.insert(0, {tests!r})
from test_workers import _nothing, _slow_square
with OrderedPool(2, _slow_square, _nothing, (), {start!r}) as pool:
    results = pool.map((n, 0.5) for n in range(1000))
    next(results)
    print(" ".join(str(w.process.pid) for w in pool._workers), flush=True)
    time.sleep(60)
"""


@pytest.mark.parametrize("start", START_METHODS)
def test_the_workers_end_when_their_caller_is_killed(start: str) -> None:
    """A caller killed (no chance to end its workers): each worker's tasks pipe closes, so
    it ends rather than wait for ever. Forked, a worker must first close the copies of the
    caller's ends it inherited, its own and the workers' before it."""
    script = _ORPHANED.format(tests=os.path.dirname(__file__), start=start)
    caller = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert caller.stdout is not None
    pids = [int(p) for p in caller.stdout.readline().split()]
    caller.kill()
    caller.wait()
    deadline = time.monotonic() + 20
    alive = set(pids)
    while alive and time.monotonic() < deadline:
        for pid in list(alive):
            try:
                os.kill(pid, 0)
                with open(f"/proc/{pid}/stat") as stat:
                    if stat.read().split(")")[-1].split()[0] == "Z":
                        alive.discard(pid)  # ended; not yet reaped by init
            except (ProcessLookupError, FileNotFoundError):
                alive.discard(pid)
        time.sleep(0.1)
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive, f"workers left running: {alive}"


_BROKEN_OFF = """
import multiprocessing, sys
from cpkb.workers import _serve
sys.path.insert(0, {tests!r})
from test_workers import _nothing, _slow_square
if __name__ == "__main__":
    context = multiprocessing.get_context({start!r})
    task_reader, tasks = context.Pipe(duplex=False)
    results, result_writer = context.Pipe(duplex=False)
    worker = context.Process(target=_serve, args=(task_reader, result_writer, _nothing, (),
                                                  _slow_square, []))
    worker.start()
    task_reader.close()
    result_writer.close()
    tasks.send((3, 0.0))
    print(results.recv(), flush=True)
    tasks.send_bytes(b"part of a pickled task")  # as a send a Ctrl-C broke off leaves it
    tasks.close()
    worker.join(10)
    print(worker.exitcode, flush=True)
"""


@pytest.mark.parametrize("start", START_METHODS)
def test_a_task_broken_off_ends_the_worker_quietly(start: str, tmp_path) -> None:
    """A Ctrl-C can stop the caller part way through sending a task: the worker then reads
    no whole task, and ends as when the caller is gone, with no traceback of its own."""
    script = tmp_path / "broken_off.py"
    script.write_text(_BROKEN_OFF.format(tests=os.path.dirname(__file__), start=start))
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.split("\n")[:2] == ["(True, 9)", "0"]
    assert done.stderr == ""
