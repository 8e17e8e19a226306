"""Run slow work (rendering a letter, opening the database) off the GUI thread.

The work function must not touch widgets; its result or exception comes back to the GUI
thread through a queued signal, where ``on_done`` / ``on_failed`` may update the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the worker are delivered there (queued)."""

    done = Signal(object)
    failed = Signal(object)


class _Work(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the GUI thread, which shows a Chinese message
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


_running: set[_Relay] = set()  # keeps each relay alive until its answer is delivered


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_failed: Callable[[Exception], None], receiver: QObject | None = None) -> None:
    """``receiver``: the window the answer is for; closed and deleted meanwhile, the answer is dropped
    (a letter finished after its preview was closed, a test login after its dialog was cancelled)."""
    relay = _Relay()
    _running.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(relay)
        if receiver is None or isValid(receiver):
            callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda exc: finish(on_failed, exc))
    QThreadPool.globalInstance().start(_Work(work, relay))
