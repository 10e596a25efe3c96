"""What every lab tab shares: a run bar, keyboard shortcuts, a status line, and the life cycle of its run.

A tab subclasses :class:`ExperimentTab` and provides

- ``make_factory()``: a callable that builds the experiment (called in the worker thread, so it must only capture
  plain values, never widgets);
- ``on_frame(snapshot)``: draw a snapshot (no learning math);
- ``on_reset(configs)``: clear what was drawn (``configs``: the new run's set-up, also ``run_configs``);
- ``retranslate()``: set every visible string (called at construction and on a language change);
- ``export_item()``: the pyqtgraph item to export as PNG/SVG, and optionally ``export_csv(path)``.

The tab always keeps one run handle: after a reset it holds a *paused* run at step 0 so the initial state is shown.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.data import DataCatalog
from gui.keyboard import install_run_keys
from gui.runner import FRAME_INTERVAL, RunHandle
from gui.tab_scenes import SceneTab
from gui.widgets import MessageLabel, RunBar


PYTHON_SWITCH_INTERVAL = sys.getswitchinterval()


class ExperimentTab(SceneTab, QWidget):
    """Base class of the lab tabs (scenes and undo: see gui/tab_scenes.py)."""

    DEFAULT_SPEED = 0.0
    SPEED_RANGE = (1.0, 500.0)
    FRAME_INTERVAL = FRAME_INTERVAL
    """Seconds between two frames while running (pauses and the end are always shown at once)."""
    YIELD_TO_GUI = 0.0
    """Seconds the worker waits for each frame to be drawn (see ``RunHandle``); 0 for BLAS-heavy labs."""
    LINGER = False
    """Keep the worker after the last step, paused, so that live changes still show (see ``RunHandle``)."""
    GIL_SWITCH_INTERVAL = PYTHON_SWITCH_INTERVAL
    """Python's GIL switch interval while this lab plays. A worker stepping pure Python makes every GUI paint wait
    up to this long at each hand-over, so such a lab sets it small; BLAS-heavy labs keep Python's default (a small
    interval slowed the MNIST race by about 10%)."""

    def __init__(self, parent: QWidget | None = None, catalog: DataCatalog | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog if catalog is not None else DataCatalog()
        self._run: RunHandle | None = None
        self._closed = False
        self._old_runs: list[RunHandle] = []
        self._playing = False
        self.run_configs: dict = {}
        """The set-up of the current run (``current_configs()`` when it was made); empty before the first."""
        self.run_bar = RunBar(self, speeds=self.SPEED_RANGE, speed=self.DEFAULT_SPEED)
        self.status = MessageLabel(self, max_lines=3)  # wraps and elides: no message can widen the window
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.run_bar.playClicked.connect(self.toggle_play)
        self.run_bar.stepClicked.connect(self.step_once)
        self.run_bar.resetClicked.connect(self.reset)
        self.run_bar.speedChanged.connect(self._on_speed)
        # Space, Ctrl+Space, media Play, N, R; a focused button, check box or field keeps Space (gui/keyboard.py)
        self._shortcuts = install_run_keys(self, self.toggle_play, self.step_once, self.reset)
        QTimer.singleShot(0, self, self.prime_config_types)  # once the subclass has built its controls

    def base_layout(self, content: QWidget) -> QVBoxLayout:
        """Lay out ``content`` above the run bar and the status line."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(content, 1)
        layout.addWidget(self.run_bar)
        layout.addWidget(self.status)
        return layout

    # to override ----------------------------------------------------------------------------------------------------
    def tab_title(self) -> str:
        raise NotImplementedError

    def make_factory(self) -> Callable[[], Any]:
        raise NotImplementedError

    def on_frame(self, snapshot: Any) -> None:
        raise NotImplementedError

    def exportable_snapshot(self):
        """The run's last snapshot, for an export; before the first, OSError with a translated "Nothing to export
        yet" (the exporter shows it to the user)."""
        snapshot = self.run.last_snapshot if self.run is not None else None
        if snapshot is None:
            raise OSError(QCoreApplication.translate("ExperimentTab", "Nothing to export yet"))
        return snapshot

    def on_reset(self, configs: dict) -> None:
        """Clear drawn state before a new run's first frame; ``configs`` is the run's set-up (``current_configs()``
        as it was when the run was made, also kept as ``run_configs``)."""

    def retranslate(self) -> None:
        """Set every visible string."""

    def restyle(self) -> None:
        """Re-apply plot fonts, line widths and marker sizes after ``FONTS``/``PENS`` (gui/plotstyle.py) changed, as
        the presenter view does: every plot item is rescaled from its desk size (gui/presenter.py). A lab that
        draws text outside its plots extends this."""
        from gui.presenter import restyle_plots

        restyle_plots(self)

    def export_item(self):
        """The pyqtgraph item (or scene) that 'Export plot' saves."""
        return None

    def export_csv(self, path: str) -> None:
        raise NotImplementedError

    def has_csv(self) -> bool:
        return type(self).export_csv is not ExperimentTab.export_csv

    def counter_text(self, snapshot: Any) -> str:
        return self.tr("Step %1").replace("%1", str(getattr(snapshot, "step", "")))

    # run life cycle -------------------------------------------------------------------------------------------------
    @property
    def run(self) -> RunHandle | None:
        return self._run

    @property
    def is_playing(self) -> bool:
        return self._playing

    def _new_run(self, paused: bool) -> None:
        if self._closed or self.restart_held_back():  # closed; or apply_scene restarts once when done
            return
        self._retire_run()
        try:
            configs = self.current_configs()
            factory = self.make_factory()
        except ValueError as exc:
            self.show_message(str(exc), error=True)
            return
        self.run_configs = configs
        self.on_reset(configs)
        handle = RunHandle(factory, self, paused=paused, steps_per_second=self.run_bar.speed(),
                           interval=self.FRAME_INTERVAL, yield_to_gui=self.YIELD_TO_GUI, linger=self.LINGER)
        handle.frame.connect(self._on_frame)
        handle.rejected.connect(self._on_rejected)
        handle.failed.connect(self._on_failed)
        handle.completed.connect(self._on_finished)
        handle.finished.connect(self._on_finished)
        self._run = handle
        self._set_playing(not paused)
        handle.start()
        self.scene_changed()  # for undo (gui/undo.py)

    def _retire_run(self) -> None:
        if self._run is None:
            return
        old, self._run = self._run, None
        self._old_runs = [run for run in self._old_runs if not run.is_finished]
        for signal in (old.frame, old.rejected, old.failed, old.completed, old.finished):
            signal.disconnect()
        # A stop interrupts a step between two layers (gui/runner.py); a long one may still take a moment: say so.
        if not old.stop(wait_ms=150):
            self.show_message(self.tr("Stopping…"))
            self.status.repaint()
            if not old.stop(wait_ms=10_000):
                # Never destroy a running thread: the runner's ThreadKeeper holds it until it has ended.
                print(f"Descent: a worker thread of {type(self).__name__} did not stop in time; it ends in the "
                      f"background. It was at:\n{old.worker_stack()}", file=sys.stderr)
                self._old_runs.append(old)
                return
            self.clear_message()
        old.deleteLater()

    def toggle_play(self) -> None:
        run = self._run
        if run is None or run.is_completed:
            self._new_run(paused=False)
        elif run.is_paused:
            run.resume()
            self._set_playing(True)
        else:
            run.pause()
            self._set_playing(False)

    def play(self) -> None:
        if not self._playing:
            self.toggle_play()

    def pause(self) -> None:
        if self._playing:
            self.toggle_play()

    def step_once(self) -> None:
        run = self._run
        if run is None or run.is_completed:
            self._new_run(paused=True)
            run = self._run
            if run is None:
                return
        if not run.is_paused:
            run.pause()
            self._set_playing(False)
        run.step(1)

    def reset(self) -> None:
        """Start again from step 0, paused, keeping every setting."""
        self.clear_message()
        self._new_run(paused=True)

    _restarting = False
    """True inside :meth:`batch_changes`: restarts wait until the batch ends."""

    def restart(self) -> None:
        """Rebuild the experiment after a structural change; keep playing if it was playing."""
        if self._restarting:
            return
        self._new_run(paused=not self._playing)

    @contextmanager
    def batch_changes(self) -> Iterator[None]:
        """Change several structural controls (a preset, a scene), then restart once, not once per control."""
        outer = self._restarting
        self._restarting = True
        try:
            yield
        finally:
            self._restarting = outer
        if not outer:
            self.restart()

    def send_live(self, name: str, value: Any) -> None:
        """Pass a live change to the running experiment (applied between two steps)."""
        if self._run is not None and not self._run.is_finished:
            self._run.set(name, value)
        self.scene_changed()

    def smoke_start(self) -> None:
        """For ``main.py --smoke``: start the experiment as a user pressing Play would."""
        self.play()

    def shutdown(self) -> None:
        """Stop the run and join its thread (the main window calls this on close). No run starts afterwards."""
        self._closed = True
        self._retire_run()
        self._set_playing(False)

    def _set_playing(self, playing: bool) -> None:
        self._playing = playing
        sys.setswitchinterval(self.GIL_SWITCH_INTERVAL if playing else PYTHON_SWITCH_INTERVAL)
        self.run_bar.set_playing(playing)

    def _on_speed(self, speed: float) -> None:
        if self._run is not None:
            self._run.set_speed(speed)

    def frame_widget(self) -> QWidget | None:
        """The plot widget to paint at once after each frame when ``YIELD_TO_GUI`` is set."""
        return None

    def _on_frame(self, snapshot: Any) -> None:
        self.run_bar.set_counter(self.counter_text(snapshot))
        self.on_frame(snapshot)
        widget = self.frame_widget() if self.YIELD_TO_GUI else None
        if widget is not None and widget.isVisible():
            widget.repaint()  # draw now, while the worker stands aside (it waits for the acknowledgement)

    def _on_rejected(self, name: str, message: str) -> None:
        self.show_message(self.tr("Not applied: %1").replace("%1", message), error=True)

    def _on_failed(self, text: str) -> None:
        last = text.strip().splitlines()[-1] if text.strip() else ""
        self.show_message(self.tr("The run stopped with an error: %1").replace("%1", last), error=True)
        self.status.setToolTip(text)
        print(text, file=sys.stderr)

    def _on_finished(self) -> None:
        self._set_playing(False)

    # messages ------------------------------------------------------------------------------------------------------
    def show_message(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #B00020; font-weight: bold;" if error else "color: #333;")
        self.status.setText(text)

    def clear_message(self) -> None:
        self.status.setText("")
        self.status.setToolTip("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            snapshot = self._run.last_snapshot if self._run is not None else None
            if snapshot is not None:
                self.run_bar.set_counter(self.counter_text(snapshot))
        super().changeEvent(event)
