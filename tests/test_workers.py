"""The ordered pool (workers.py): results in the tasks' order however long each takes, a
worker's failure raised in the caller with its traceback, a worker's death noticed, the
tasks read only as the workers need them, and no process left behind."""

from __future__ import annotations

import os
import signal
import time

import pytest

from cpkb.workers import AHEAD, OrderedPool, WorkerFailed


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


def test_results_come_in_the_tasks_order() -> None:
    # the first worker's tasks take longest: its results are still given first
    tasks = [(n, 0.05 if n % 2 == 0 else 0.0) for n in range(12)]
    with OrderedPool(2, _slow_square, _nothing, ()) as pool:
        assert list(pool.map(iter(tasks))) == [n * n for n in range(12)]


def test_a_failing_task_is_raised_with_the_worker_s_traceback() -> None:
    with OrderedPool(2, _fail_on_three, _nothing, ()) as pool, \
            pytest.raises(WorkerFailed, match="ValueError: three is not wanted"):
        list(pool.map(range(1, 10)))


def test_a_worker_that_dies_is_noticed() -> None:
    with OrderedPool(2, _die_on_three, _nothing, ()) as pool, \
            pytest.raises(WorkerFailed, match="ended"):
        list(pool.map(range(1, 10)))


def test_tasks_are_read_as_the_workers_need_them() -> None:
    read = []

    def tasks():
        for n in range(100):
            read.append(n)
            yield n, 0.0

    with OrderedPool(2, _slow_square, _nothing, ()) as pool:
        results = pool.map(tasks())
        assert next(results) == 0
        # the first result read: two workers' AHEAD tasks sent, and one more in its place
        assert len(read) == 2 * AHEAD + 1
        assert list(results) == [n * n for n in range(1, 100)]


def test_the_workers_end_with_the_pool() -> None:
    with OrderedPool(2, _slow_square, _nothing, ()) as pool:
        list(pool.map([(1, 0.0)]))
        processes = [w.process for w in pool._workers]
    assert all(not p.is_alive() and p.exitcode == 0 for p in processes)


def test_an_error_in_the_caller_ends_the_workers_at_once() -> None:
    start = time.monotonic()
    with pytest.raises(KeyError), OrderedPool(2, _slow_square, _nothing, ()) as pool:
        results = pool.map((n, 1.0) for n in range(10))
        next(results)
        processes = [w.process for w in pool._workers]
        raise KeyError("the caller's own error")
    assert all(not p.is_alive() for p in processes)
    assert time.monotonic() - start < 4  # not the ten seconds of tasks already sent
