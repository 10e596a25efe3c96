"""Helpers for GUI benchmarks (offscreen Qt): an event-loop latency probe and a timer of one run of a lab tab."""
from __future__ import annotations

import os
import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, QTimer


class LatencyProbe(QObject):
    """A 10 ms timer that records how late each tick runs: the delay an input event would see."""

    def __init__(self, interval_ms: int = 10) -> None:
        super().__init__()
        self.interval = interval_ms / 1000
        self.lateness: list[float] = []
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = None

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.lateness.append(max(0.0, now - self._last - self.interval))
        self._last = now

    def summary(self) -> str:
        a = np.array(self.lateness) * 1000
        if a.size == 0:
            return "latency: no samples"
        return (f"event-loop lateness over {a.size} ticks: p50 {np.percentile(a, 50):.1f} ms, "
                f"p95 {np.percentile(a, 95):.1f} ms, max {a.max():.1f} ms")

    def percentiles_ms(self) -> tuple[np.ndarray, str]:
        """The lateness in ms (a single 0 when there are no samples) and 'p50 .. ms, p95 .. ms, max .. ms'."""
        a = np.array(self.lateness) * 1000 if self.lateness else np.zeros(1)
        return a, (f"p50 {np.percentile(a, 50):.1f} ms, p95 {np.percentile(a, 95):.1f} ms, "
                   f"max {a.max():.1f} ms")


class TabRunTimer(QObject):
    """Times one run of a lab tab from Play to its end, with the GUI drawing: wall and CPU seconds (all threads and
    the GUI thread), frames the tab drew (``tab.frames_drawn``), the lateness of a 10 ms timer
    (:class:`LatencyProbe`) and the load average before and after.

    ``play()`` presses Play on the tab's current run; 100 ms after the run's ``finished`` (so its last frame is
    drawn), ``on_done(self)`` is called, where a bench prints its report.
    """

    def __init__(self, tab, on_done: Callable[["TabRunTimer"], None]) -> None:
        super().__init__()
        self.tab = tab
        self.on_done = on_done
        self.probe = LatencyProbe(10)
        self.load0 = os.getloadavg()[0]
        self.t_play = self.t_end = 0.0
        self.cpu = self.gui = 0.0
        self._frames0 = 0

    def mark_load(self) -> None:
        """Take the 'before' load average now (when the set-up starts)."""
        self.load0 = os.getloadavg()[0]

    def play(self) -> None:
        self._frames0 = self.tab.frames_drawn
        self.tab.run.finished.connect(self._finished)
        self.t_play = time.perf_counter()
        self._cpu0, self._gui0 = time.process_time(), time.thread_time()
        self.tab.play()
        self.probe.start()

    def _finished(self) -> None:
        self.t_end = time.perf_counter()
        self.cpu, self.gui = time.process_time() - self._cpu0, time.thread_time() - self._gui0
        self.probe.stop()
        QTimer.singleShot(100, self, lambda: self.on_done(self))

    @property
    def total(self) -> float:
        """Seconds from Play to the end of the run."""
        return self.t_end - self.t_play

    @property
    def frames(self) -> int:
        """Frames the tab drew between Play and the report."""
        return self.tab.frames_drawn - self._frames0

    def lateness_text(self) -> str:
        """'event-loop lateness of a 10 ms timer (N ticks): p50 .. ms, p95 .. ms, max .. ms'."""
        _a, text = self.probe.percentiles_ms()
        return f"event-loop lateness of a 10 ms timer ({len(self.probe.lateness)} ticks): {text}"
