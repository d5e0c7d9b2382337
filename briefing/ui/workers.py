"""The one helper for background work: run a function on a worker thread, get the result by signal.

The worker only computes; it never touches a widget. Its result (or error)
comes back to the main thread through a queued Qt signal, where the callback
runs (Anki's ``QueryOp`` shape, as an executor plus one QObject).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal


class BackgroundWork(QObject):
    """Runs functions one at a time off the UI thread and reports back on the UI thread."""

    # One tuple argument, never a bare None: PySide6 on Python 3.11 drops a reference to None
    # each time None crosses a queued connection, until the interpreter aborts.
    _finished = Signal(object)  # (on_done, on_error, result, error)

    def __init__(self, parent: QObject | None = None, name: str = "briefing-worker") -> None:
        super().__init__(parent)
        # The thread starts on the first run(), so an idle helper costs nothing at start-up.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._name = name
        self._finished.connect(self._deliver)
        self._closed = False

    def run(
        self,
        function: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Future[Any] | None:
        """Call ``function()`` on the worker; then ``on_done(result)`` or ``on_error(error)`` here.

        After :meth:`shutdown` (the window is closing) nothing runs and ``None`` is returned.
        """
        if self._closed:
            return None

        def report(future: Future[Any]) -> None:
            if self._closed:
                return
            error = future.exception()
            with contextlib.suppress(RuntimeError):  # the receiver was deleted while we worked
                self._finished.emit((on_done, on_error, None if error else future.result(), error))

        future = self._executor.submit(function)
        future.add_done_callback(report)
        return future

    def run_detached(
        self,
        function: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Like :meth:`run`, on a thread of its own that quitting the app never waits for.

        For work that may block on the network: a download stuck on a silent server
        must not keep the process alive after the window closed.
        """
        if self._closed:
            return

        def work() -> None:
            try:
                outcome: tuple[Any, BaseException | None] = (function(), None)
            except Exception as error:
                outcome = (None, error)
            if not self._closed:
                with contextlib.suppress(RuntimeError):
                    self._finished.emit((on_done, on_error, *outcome))

        threading.Thread(target=work, name=f"{self._name}-detached", daemon=True).start()

    def _deliver(
        self,
        outcome: tuple[Callable[[Any], None], Callable[[BaseException], None], Any, BaseException | None],
    ) -> None:
        on_done, on_error, result, error = outcome
        if error is not None:
            on_error(error)
        else:
            on_done(result)

    def shutdown(self) -> None:
        """Stop delivering results and let the running task finish in the background."""
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)
