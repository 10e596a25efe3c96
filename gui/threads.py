"""Never destroy a running thread: one keeper holds every worker thread until it has ended.

A ``QThread`` destroyed while running aborts the process ("QThread: Destroyed while thread is still running", design
notes F5). The runner's threads, a data loader's or a download's can outlive the object that started them: a tab
closed or garbage-collected, a stop that timed out during a long step, a stalled download at shutdown. They are
handed to :data:`KEEPER`, which holds the thread and what it runs until the thread has finished, and at exit
(``atexit``) asks every remaining one to stop and waits for it.
"""
from __future__ import annotations

import atexit
import functools
import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer


class ThreadKeeper:
    """Keeps every started worker thread (and its worker) referenced until it has ended.

    A ``QThread`` destroyed while running aborts the process ("QThread: Destroyed while thread is still running").
    A run handle can be destroyed before its thread ends: its tab was closed or garbage-collected, or a stop timed
    out during a long step. The handle then only asks the worker to stop; the keeper holds the thread until it has
    finished, and :meth:`join_all` (registered with ``atexit``) stops and waits for any that remain when Python exits.
    One keeper per process (``KEEPER``): the thread objects must outlive any one window.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._live: list[tuple[QThread, Any, Any]] = []

    def add(self, thread: QThread, worker: Any, controls: Any) -> None:
        """Hold a runner's thread and worker; ``controls.stop()`` asks it to end (``gui.runner.Controls``)."""
        with self._lock:
            self._live = [entry for entry in self._live if not entry[0].isFinished()]
            self._live.append((thread, worker, controls))

    def keep(self, thread: QThread, *objects: Any, stop: Callable[[], Any] | None = None) -> None:
        """Hold any other thread (a data loader, a download) and the objects it runs until it has ended; ``stop``
        asks it to end (called by :meth:`join_all`)."""
        self.add(thread, _KeptObjects(objects, stop), _StopOnly(stop))

    def discard(self, thread: QThread) -> None:
        """Forget ``thread`` once it has ended."""
        with self._lock:
            self._live = [entry for entry in self._live if entry[0] is not thread]

    def running(self) -> int:
        with self._lock:
            return sum(1 for entry in self._live if entry[0].isRunning())

    def join_all(self, wait_ms: int = 60_000) -> bool:
        """Stop every kept thread and wait for it; True if all have ended."""
        with self._lock:
            live, self._live = self._live, []
        ended = True
        for thread, _worker, controls in live:
            controls.stop()
            thread.quit()
            ended = bool(thread.wait(wait_ms)) and ended
        return ended


class _KeptObjects:
    """References held for a kept thread (its worker and whatever it runs)."""

    def __init__(self, objects: tuple, stop: Callable[[], Any] | None) -> None:
        self.objects = objects
        self.stop = stop


class _StopOnly:
    """The part of ``gui.runner.Controls`` the keeper uses, for a thread that is not a runner's."""

    def __init__(self, stop: Callable[[], Any] | None) -> None:
        self._stop = stop

    def stop(self) -> None:
        if self._stop is not None:
            self._stop()


KEEPER = ThreadKeeper()
"""The process's one keeper (the threads must outlive any one window)."""
atexit.register(KEEPER.join_all)


class GuiThreadCollector(QObject):
    """Python's cyclic garbage collection, run on the GUI thread only.

    Automatic collection runs in whichever thread happens to allocate when a threshold is reached, often a worker
    thread stepping an experiment. A Qt object that was garbage in a reference cycle is then destroyed on that
    thread: "QObject::~QObject: Timers cannot be stopped from another thread" (found by the monkey test) or a
    segmentation fault. This turns automatic collection off and collects from a timer on the GUI thread instead,
    the youngest generation every ``interval_ms`` when due (about 1 ms) and older ones as their thresholds say.
    ``stop()`` (or deleting it) turns automatic collection back on.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()
        self.destroyed.connect(functools.partial(_restore_gc, self._was_enabled))

    def collect(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns the number of objects found."""
        t0, t1, t2 = self._thresholds
        c0, c1, c2 = gc.get_count()
        if c2 > t2:
            return gc.collect(2)
        if c1 > t1:
            return gc.collect(1)
        if c0 > t0:
            return gc.collect(0)
        return 0

    def stop(self) -> None:
        self._timer.stop()
        _restore_gc(self._was_enabled)


def _restore_gc(enabled: bool) -> None:
    if enabled:
        gc.enable()
