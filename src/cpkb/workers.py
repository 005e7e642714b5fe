"""Batches of work spread over worker processes, their results given back in input order.

multiprocessing.Pool does this with three threads in the calling process; one of them
(`_handle_workers`) waits on the results pipe as well as on the workers, and so wakes
whenever a result is waiting to be read: behind a busy caller it spins, about a tenth of
the audit command's CPU on a census of 20,000 children. Here the caller's own thread sends
and receives. Each worker has a pipe each way and two threads besides its own: one takes
its batches as they come and one sends its results back, so that sending a batch never
waits on a worker busy sending, and a worker never waits for the caller to read.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")

AHEAD = 2  # batches sent to a worker before its first result is read: it never waits


class WorkerFailed(Exception):
    """A worker's function raised, or the worker ended without its results."""


def _serve(tasks: Connection, results: Connection, initializer: Callable[..., None],
           initargs: tuple[Any, ...], function: Callable[[Any], Any],
           inherited: list[Connection]) -> None:
    """A worker: each task taken, in order, until the caller says there are no more (or is
    gone: its end of the tasks' pipe closed)."""
    # Forked, the worker holds copies of the caller's ends of its own pipes and of those of
    # the workers started before it: while it held them, no worker's pipe would close when
    # the caller ended, and a worker whose caller was killed would wait for ever.
    for connection in inherited:
        connection.close()
    initializer(*initargs)
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def take() -> None:
        while True:
            try:
                task = tasks.recv()
            except Exception:  # whatever the pipe gives, no task follows it
                # The caller is gone (EOFError), or it stopped part way through sending a
                # task (a Ctrl-C): the rest of the pipe is no whole task.
                task = None
            inbox.put(task)
            if task is None:
                return

    def give() -> None:
        while (result := outbox.get()) is not None:
            try:
                results.send(result)
            except OSError:  # the caller is gone: nobody to give them to
                return

    threading.Thread(target=take, daemon=True).start()
    sender = threading.Thread(target=give)
    sender.start()
    while (task := inbox.get()) is not None:
        try:
            outbox.put((True, function(task)))
        except Exception:  # the caller raises it, with the worker's traceback
            outbox.put((False, traceback.format_exc()))
            break
    outbox.put(None)
    sender.join()


class _Worker:
    def __init__(self, context: Any, initializer: Callable[..., None],
                 initargs: tuple[Any, ...], function: Callable[[Any], Any],
                 started: list[_Worker]) -> None:
        task_reader, self.tasks = context.Pipe(duplex=False)
        self.results, result_writer = context.Pipe(duplex=False)
        inherited = ([end for w in [*started, self] for end in (w.tasks, w.results)]
                     if context.get_start_method() == "fork" else [])
        self.process = context.Process(
            target=_serve, args=(task_reader, result_writer, initializer, initargs, function,
                                 inherited),
            daemon=True)
        self.process.start()
        # The worker's ends are its own now: its results pipe gives EOF when it ends.
        task_reader.close()
        result_writer.close()

    def result(self) -> Any:
        try:
            done, value = self.results.recv()
        except EOFError:
            raise WorkerFailed(f"a worker process ended (exit status "
                               f"{self.process.exitcode}) before giving its results") from None
        if not done:
            raise WorkerFailed(f"a worker failed:\n{value}")
        return value

    def stop(self, at_once: bool) -> None:
        """No more tasks: said, or (`at_once`) the pipe only closed, as a send broken off by
        a Ctrl-C may have left part of a task in it."""
        if not at_once:
            with contextlib.suppress(OSError):  # it has ended already
                self.tasks.send(None)
        self.tasks.close()

    def end(self, at_once: bool) -> None:
        if not at_once:
            self.process.join(5)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()
        self.results.close()


class OrderedPool(Generic[Task, Result]):
    """`processes` workers, each set up by `initializer(*initargs)`, running `function` on
    the tasks given to `map`, started by `start` ("spawn" or "fork", as multiprocessing
    names them): forked, a worker begins with the caller's modules and state, which is quick
    where the caller holds nothing a second process must not share."""

    def __init__(self, processes: int, function: Callable[[Task], Result],
                 initializer: Callable[..., None], initargs: tuple[Any, ...],
                 start: str = "spawn") -> None:
        context = multiprocessing.get_context(start)
        self._workers: list[_Worker] = []
        try:
            for _ in range(processes):
                self._workers.append(_Worker(context, initializer, initargs, function,
                                             self._workers))
        except BaseException:
            self.close(at_once=True)
            raise

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        """Each task's result, in the tasks' order (no task may be None). The tasks are read
        as the workers need them: at most AHEAD waiting for each worker."""
        given = iter(tasks)
        waiting: deque[_Worker] = deque()  # whose result comes next, in the tasks' order
        for _ in range(AHEAD):
            for worker in self._workers:
                task = next(given, None)
                if task is None:
                    break
                worker.tasks.send(task)
                waiting.append(worker)
        while waiting:
            worker = waiting.popleft()
            result = worker.result()
            task = next(given, None)
            if task is not None:
                worker.tasks.send(task)
                waiting.append(worker)
            yield result

    def close(self, at_once: bool = False) -> None:
        """The workers told to end, and waited for; `at_once` (on an error or a Ctrl-C,
        their results no longer wanted): ended without waiting."""
        for worker in self._workers:
            worker.stop(at_once)
        for worker in self._workers:
            worker.end(at_once)

    def __enter__(self) -> OrderedPool[Task, Result]:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.close(at_once=kind is not None)
