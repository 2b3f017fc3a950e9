"""Keyring calls off the GUI thread: one at a time, in order, answered on the GUI thread.

A keyring call can take a D-Bus round trip, wait for an unlock prompt, or hang for as long
as a locked keyring likes. The windows never make one themselves: they hand it to
`submit()`, which runs it on a thread of its own and brings the answer back to the GUI
thread through a queued signal. Calls run in the order submitted (a hint remembered is
then read back as remembered); a call not started yet can be withdrawn (`Job.cancel`).

The thread is a daemon Python thread rather than a `QThread` or a `QThreadPool` job: a
keyring call cannot be interrupted, and Qt must wait for its threads when it ends (a
running `QThread` destroyed aborts the process; a pool waits for its jobs), so closing the
app during a call that never returns would hang it. A daemon thread is simply left behind
when the app ends. Once the app is quitting, answers are no longer delivered.
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)

Answer = Callable[[Any, BaseException | None], None]
"""What is called, on the GUI thread, with the call's result, or the exception it raised."""


@dataclass(eq=False)
class Job:
    """One keyring call waiting, running or answered."""

    call: Callable[[], Any]
    answer: Answer
    _state: str = field(default="waiting")  # waiting, running, cancelled, done

    def cancel(self) -> bool:
        """Withdraw the call if it has not started; whether it was withdrawn."""
        return _worker().cancel(self)

    @property
    def running(self) -> bool:
        return self._state == "running"


class _Worker(QObject):
    _answered = Signal(object)  # (job, result, error), emitted on the worker thread

    def __init__(self) -> None:
        super().__init__()
        self._jobs: queue.SimpleQueue[Job] = queue.SimpleQueue()
        self._lock = threading.Lock()  # guards the jobs' states and `_closing`
        self._thread: threading.Thread | None = None
        self._closing = False
        self.pending = 0  # submitted and not yet answered nor withdrawn (GUI thread)
        self._answered.connect(self._deliver)  # queued: the thread is not this object's
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        atexit.register(self.close)

    def submit(self, call: Callable[[], Any], answer: Answer) -> Job:
        job = Job(call, answer)
        self.pending += 1
        self._jobs.put(job)
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="keyring", daemon=True)
            self._thread.start()
        return job

    def cancel(self, job: Job) -> bool:
        with self._lock:
            if job._state != "waiting":
                return False
            job._state = "cancelled"
        self.pending -= 1
        return True

    def close(self) -> None:
        """No answer is delivered from now on (the app is ending); a running call is left."""
        with self._lock:
            self._closing = True

    def _run(self) -> None:
        """The worker thread: each job in turn, its answer sent to the GUI thread."""
        while True:
            job = self._jobs.get()
            with self._lock:
                if self._closing:
                    return
                if job._state == "cancelled":
                    continue
                job._state = "running"
            result: Any = None
            error: BaseException | None = None
            try:
                result = job.call()
            except Exception as raised:
                error = raised
            with self._lock:
                if self._closing:
                    return
                job._state = "done"
                self._answered.emit((job, result, error))

    def _deliver(self, answered: tuple[Job, Any, BaseException | None]) -> None:
        job, result, error = answered
        self.pending -= 1
        job.answer(result, error)


_instance: _Worker | None = None


def _worker() -> _Worker:
    global _instance  # noqa: PLW0603 - one worker, one thread, for the whole app
    if _instance is None:
        _instance = _Worker()
    return _instance


def submit(call: Callable[[], Any], answer: Answer) -> Job:
    """Run `call` on the keyring thread, after those submitted before it; `answer` is
    called on the GUI thread with its result or the exception it raised."""
    return _worker().submit(call, answer)


def pending() -> int:
    """How many submitted calls are still to be answered (for tests, and the log)."""
    return 0 if _instance is None else _instance.pending
