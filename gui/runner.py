"""One generic runner that steps any experiment in a worker thread.

Design:

- :class:`Controls` is a plain, thread-safe mailbox: pending live changes (last write wins), pause/resume,
  single steps, stop and the pace (steps per second). It has no Qt in it and is tested on its own.
- :class:`ExperimentWorker` lives in a ``QThread``. Its ``run()`` builds the experiment *in the worker thread* from a
  factory, then loops: wait for permission (blocking while paused: zero CPU), apply pending changes, ``step()``,
  and emit a snapshot at most every ``interval`` seconds and only when the GUI has drawn the previous one.
  The final snapshot always goes out. Exceptions become ``failed(traceback)``; ``finished`` is always emitted.
- :class:`RunHandle` is the GUI-side owner. Worker signals are connected only to its bound methods, which run in the
  GUI thread (a lambda would run in the worker thread), and it re-emits them for the tab.
  ``stop()`` sets the stop flag, then ``quit()``, then ``wait()`` — in that order, or the GUI thread deadlocks.
"""
from __future__ import annotations

import functools
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from gui.threads import KEEPER, ThreadKeeper  # noqa: F401 - ThreadKeeper re-exported
from model.cancel import Cancelled, cancel_scope
from model.thread_priority import lower_this_thread

FRAME_INTERVAL = 0.033
"""Seconds between two snapshots sent to the GUI (about 30 frames per second)."""


class Controls:
    """Thread-safe mailbox between the GUI and a running experiment."""

    def __init__(self, *, running: bool = True, steps_per_second: float = 0.0) -> None:
        self._cond = threading.Condition()
        self._pending: dict[str, Any] = {}
        self._running = running
        self._steps_allowed = 0
        self._stop = False
        self._steps_per_second = float(steps_per_second)

    # GUI side -------------------------------------------------------------------------------------------------------
    def set(self, name: str, value: Any) -> None:
        """Queue a live change; it is applied between two steps (at once while paused).

        A later value for the same name replaces it.
        """
        with self._cond:
            self._pending[name] = value
            self._cond.notify_all()

    def pause(self) -> None:
        with self._cond:
            self._running = False
            self._steps_allowed = 0

    def resume(self) -> None:
        with self._cond:
            self._running = True
            self._cond.notify_all()

    def request_steps(self, n: int = 1) -> None:
        """While paused, let exactly ``n`` more steps through."""
        with self._cond:
            self._steps_allowed += int(n)
            self._cond.notify_all()

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify_all()

    @property
    def steps_per_second(self) -> float:
        """Pace of the run; 0 means as fast as possible."""
        with self._cond:
            return self._steps_per_second

    @steps_per_second.setter
    def steps_per_second(self, value: float) -> None:
        with self._cond:
            self._steps_per_second = max(0.0, float(value))
            self._cond.notify_all()

    @property
    def running(self) -> bool:
        with self._cond:
            return self._running

    @property
    def stopped(self) -> bool:
        with self._cond:
            return self._stop

    # worker side ----------------------------------------------------------------------------------------------------
    def take(self) -> dict[str, Any]:
        """Return and clear the pending changes."""
        with self._cond:
            changes, self._pending = self._pending, {}
            return changes

    STOP, STEP, APPLY = "stop", "step", "apply"

    def wait_turn(self) -> str:
        """Block until there is something to do: ``STEP`` (running, or a single step was requested), ``APPLY``
        (paused, but changes are waiting: apply them and show the result without stepping) or ``STOP``."""
        with self._cond:
            while not self._stop and not self._running and self._steps_allowed == 0 and not self._pending:
                self._cond.wait()
            if self._stop:
                return self.STOP
            if self._running:
                return self.STEP
            if self._steps_allowed:
                self._steps_allowed -= 1
                return self.STEP
            return self.APPLY

    def sleep_until(self, deadline: float) -> None:
        """Sleep until ``time.perf_counter()`` reaches ``deadline``, waking early on stop, pause or a pace change."""
        with self._cond:
            pace = self._steps_per_second
            while not self._stop and self._running and self._steps_per_second == pace:
                remaining = deadline - time.perf_counter()
                if remaining <= 0:
                    return
                self._cond.wait(remaining)


class ExperimentWorker(QObject):
    """Steps one experiment in the thread it is moved to. Create it without a parent, then ``moveToThread``."""

    progressed = Signal(object)
    rejected = Signal(str, str)
    failed = Signal(str)
    completed = Signal()
    finished = Signal()

    def __init__(self, factory: Callable[[], Any], controls: Controls, ack: threading.Event,
                 interval: float = FRAME_INTERVAL, yield_to_gui: float = 0.0, linger: bool = False) -> None:
        super().__init__()
        self._factory = factory
        self._controls = controls
        self._ack = ack
        self._interval = interval
        self._yield = yield_to_gui
        self._linger = linger
        self._experiment: Any = None
        self.thread_ident: int | None = None

    @Slot()
    def run(self) -> None:
        """Build and step the experiment until done or stopped. A stop also interrupts a step in the middle (between
        two layers of a network, see ``model/cancel.py``): closing the window never waits for a long step."""
        experiment = None
        cancelled = False
        self.thread_ident = threading.get_ident()
        lower_this_thread()  # the window's thread comes first on the cores (model/thread_priority.py)
        try:
            with cancel_scope(lambda: self._controls.stopped):
                experiment = self._loop()
        except Cancelled:
            cancelled = True  # thrown away half-updated: no final frame
        except Exception:  # noqa: BLE001 - every error must reach the user, never a silently dead thread
            self.failed.emit(traceback.format_exc())
        finally:
            experiment = experiment if experiment is not None else self._experiment
            if experiment is not None and not cancelled:
                try:
                    self.progressed.emit(experiment.snapshot())
                except Exception:  # noqa: BLE001
                    self.failed.emit(traceback.format_exc())
            self._experiment = None
            self.finished.emit()

    def _loop(self) -> Any:
        controls = self._controls
        experiment = self._experiment = self._factory()
        self._ack.clear()
        self.progressed.emit(experiment.snapshot())
        last_emit = time.perf_counter()
        next_step = last_emit
        shown_step = experiment.step_count
        while not experiment.done:
            if not controls.running and shown_step != experiment.step_count:
                # Paused (or single-stepping): the picture must show the exact state the user stopped at.
                self._ack.clear()
                shown_step = experiment.step_count
                self.progressed.emit(experiment.snapshot())
            turn = controls.wait_turn()
            if turn == Controls.STOP:
                break
            for name, value in controls.take().items():
                try:
                    experiment.apply({name: value})
                except ValueError as exc:
                    self.rejected.emit(name, str(exc))
            if turn == Controls.APPLY:
                self._ack.clear()
                self.progressed.emit(experiment.snapshot())
                continue
            experiment.step()
            now = time.perf_counter()
            if now - last_emit >= self._interval and self._ack.is_set():
                self._ack.clear()
                last_emit = now
                shown_step = experiment.step_count
                self.progressed.emit(experiment.snapshot())
                if self._yield:
                    # A pure-Python step loop holds the GIL and would slow the GUI's drawing (itself Python)
                    # several-fold; standing aside until the frame is drawn keeps the window fluid.
                    self._ack.wait(self._yield)
                    # At least a quarter interval of work between two frames, however long the drawing took.
                    last_emit = max(last_emit, time.perf_counter() - 0.75 * self._interval)
            pace = controls.steps_per_second
            if pace > 0 and controls.running:
                next_step = max(next_step + 1.0 / pace, now - 0.1)
                controls.sleep_until(next_step)
            else:
                next_step = now
        if experiment.done and self._linger and not controls.stopped:
            self._linger_after_done(experiment)
        return experiment


    def _linger_after_done(self, experiment: Any) -> None:
        """Stay alive after the last step, paused at zero CPU, applying live changes and showing their effect (e.g.
        a finished sweep computing the inside view of another scale) until stopped."""
        controls = self._controls
        controls.pause()
        self._ack.clear()
        self.progressed.emit(experiment.snapshot())
        self.completed.emit()
        while True:
            turn = controls.wait_turn()
            if turn == Controls.STOP:
                return
            for name, value in controls.take().items():
                try:
                    experiment.apply({name: value})
                except ValueError as exc:
                    self.rejected.emit(name, str(exc))
            if turn == Controls.STEP:  # nothing left to step: a resumed run pauses again
                controls.pause()
            self._ack.clear()
            self.progressed.emit(experiment.snapshot())


def _abandon(controls: Controls, thread: QThread) -> None:
    """A run handle is being destroyed: let its worker end (the keeper holds the thread until it has)."""
    controls.stop()
    if shiboken6.isValid(thread):  # at exit PySide may have deleted the thread object first
        thread.quit()


class RunHandle(QObject):
    """GUI-side owner of one running experiment and its thread.

    Signals (all emitted in the GUI thread): ``frame(snapshot)``, ``rejected(name, message)``,
    ``failed(traceback_text)``, ``finished()``.

    ``linger``: when the experiment is done, emit ``completed`` and keep the thread, paused, applying live changes
    until ``stop()`` (otherwise the thread ends and ``finished`` follows).

    ``yield_to_gui`` (seconds): after sending a frame the worker waits up to this long for the GUI to draw it
    (the tab repaints synchronously in its frame slot, then acknowledges). Worth it for experiments whose steps are
    pure Python; BLAS-heavy steps release the GIL by themselves.
    """

    frame = Signal(object)
    rejected = Signal(str, str)
    failed = Signal(str)
    completed = Signal()
    finished = Signal()

    def __init__(self, factory: Callable[[], Any], parent: QObject | None = None, *, paused: bool = False,
                 steps_per_second: float = 0.0, interval: float = FRAME_INTERVAL, yield_to_gui: float = 0.0,
                 linger: bool = False) -> None:
        super().__init__(parent)
        self.controls = Controls(running=not paused, steps_per_second=steps_per_second)
        self._ack = threading.Event()
        self._thread = QThread()
        self._worker = ExperimentWorker(factory, self.controls, self._ack, interval, yield_to_gui, linger)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._relay_frame)
        self._worker.rejected.connect(self._relay_rejected)
        self._worker.failed.connect(self._relay_failed)
        self._worker.completed.connect(self._relay_completed)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.finished.connect(self._thread.quit)  # also when this handle is gone (see ThreadKeeper)
        self.destroyed.connect(functools.partial(_abandon, self.controls, self._thread))
        self._finished = False
        self._completed = False
        self.last_snapshot: Any = None

    # control ------------------------------------------------------------------------------------------------------
    def start(self) -> None:
        KEEPER.add(self._thread, self._worker, self.controls)
        self._thread.start()

    def pause(self) -> None:
        self.controls.pause()

    def resume(self) -> None:
        self.controls.resume()

    def step(self, n: int = 1) -> None:
        self.controls.request_steps(n)

    def set(self, name: str, value: Any) -> None:
        self.controls.set(name, value)

    def set_speed(self, steps_per_second: float) -> None:
        self.controls.steps_per_second = steps_per_second

    def stop(self, wait_ms: int = 5000) -> bool:
        """Ask the worker to stop and wait for its thread. Returns True when the thread has ended."""
        self.controls.stop()
        self._thread.quit()
        ended = bool(self._thread.wait(wait_ms))
        if ended:
            KEEPER.discard(self._thread)
        return ended

    def worker_stack(self) -> str:
        """Where the worker's thread is now (for a stop that timed out): its Python stack, or ''."""
        ident = self._worker.thread_ident
        frame = sys._current_frames().get(ident) if ident is not None else None
        return "".join(traceback.format_stack(frame)) if frame is not None else ""

    @property
    def is_running(self) -> bool:
        return self._thread.isRunning()

    @property
    def is_paused(self) -> bool:
        return not self.controls.running

    @property
    def is_finished(self) -> bool:
        """The worker thread has ended."""
        return self._finished

    @property
    def is_completed(self) -> bool:
        """The experiment has nothing left to step (its thread may linger to apply changes)."""
        return self._completed or self._finished

    # relays (GUI thread) ------------------------------------------------------------------------------------------
    @Slot(object)
    def _relay_frame(self, snapshot: Any) -> None:
        self.last_snapshot = snapshot
        try:
            self.frame.emit(snapshot)
        finally:
            self._ack.set()

    @Slot(str, str)
    def _relay_rejected(self, name: str, message: str) -> None:
        self.rejected.emit(name, message)

    @Slot()
    def _relay_completed(self) -> None:
        self._completed = True
        self.completed.emit()

    @Slot(str)
    def _relay_failed(self, text: str) -> None:
        self.failed.emit(text)

    @Slot()
    def _on_worker_finished(self) -> None:
        self._thread.quit()
        self._thread.wait()
        KEEPER.discard(self._thread)
        self._finished = True
        self.finished.emit()
