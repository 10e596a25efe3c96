"""The two small windows of GIF recording: the options (frame rate, width, length, file) and the progress panel."""
from __future__ import annotations

import os

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from gui.recorder import FRAME_RATES, GifRecorder, RecordingOptions


class RecordDialog(QDialog):
    """Asks how to record: frame rate, width in pixels, the longest length in seconds, and the file."""

    def __init__(self, parent: QWidget | None = None, path: str = "descent.gif", plot_size: tuple[int, int] = (0, 0)):
        super().__init__(parent)
        self._plot_size = plot_size
        self.fps = QComboBox(self)
        for fps in FRAME_RATES:
            self.fps.addItem("", fps)
        self.fps.setCurrentIndex(FRAME_RATES.index(10))
        self.width_spin = QSpinBox(self)
        self.width_spin.setRange(160, 1920)
        self.width_spin.setSingleStep(80)
        self.width_spin.setValue(640)
        self.seconds = QSpinBox(self)
        self.seconds.setRange(1, 300)
        self.seconds.setValue(15)
        self.path_edit = QLineEdit(path, self)
        self.browse = QPushButton(self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse)
        self.fps_label, self.width_label, self.seconds_label, self.path_label = (QLabel(self) for _ in range(4))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.fps_label, self.fps)
        form.addRow(self.width_label, self.width_spin)
        form.addRow(self.seconds_label, self.seconds)
        form.addRow(self.path_label, path_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._browse)
        for signal in (self.fps.currentIndexChanged, self.width_spin.valueChanged, self.seconds.valueChanged):
            signal.connect(self._show_note)
        self.retranslate()

    def options(self) -> RecordingOptions:
        path = self.path_edit.text().strip()
        if path and not path.lower().endswith(".gif"):
            path += ".gif"
        return RecordingOptions(path=path, fps=int(self.fps.currentData()), width=self.width_spin.value(),
                                seconds=float(self.seconds.value()))

    def accept(self) -> None:
        path = self.options().path
        folder = os.path.dirname(os.path.abspath(path)) if path else ""
        if not path or not os.path.isdir(folder):
            self.note.setText(self.tr("Choose a file in an existing folder."))
            self.note.setStyleSheet("color: #B00020; font-weight: bold;")
            return
        super().accept()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Record as GIF"), self.path_edit.text(),
                                              self.tr("GIF animation (*.gif)"))
        if path:
            self.path_edit.setText(path)

    def _show_note(self, *_args) -> None:
        o = self.options()
        w, h = self._plot_size
        height = round(o.width * h / w) if w else 0
        text = self.tr("Up to %1 frames of %2 × %3 pixels. Recording starts the run; stop it at any time.")
        self.note.setText(text.replace("%1", str(o.max_frames)).replace("%2", str(o.width))
                          .replace("%3", str(height) if height else "…"))
        self.note.setStyleSheet("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record the run as a GIF"))
        for i in range(self.fps.count()):
            self.fps.setItemText(i, self.tr("%1 frames per second").replace("%1", str(self.fps.itemData(i))))
        self.fps_label.setText(self.tr("Frame rate"))
        self.width_label.setText(self.tr("Width"))
        self.width_spin.setSuffix(self.tr(" px"))
        self.seconds_label.setText(self.tr("At most"))
        self.seconds.setSuffix(self.tr(" s"))
        self.path_label.setText(self.tr("File"))
        self.browse.setText(self.tr("Browse…"))
        self._show_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RecordingPanel(QDialog):
    """A small window beside the lab while it records: progress, "Stop and save" and "Cancel".

    ``closed(message, ok)`` is emitted once at the end with what to show in the status line.
    """

    closed = Signal(str, bool)

    def __init__(self, recorder: GifRecorder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.recorder = recorder
        self.label = QLabel(self)
        self.label.setMinimumWidth(320)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, round(10 * recorder.options.seconds))
        self.stop_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.stop_button.clicked.connect(recorder.stop)
        self.cancel_button.clicked.connect(recorder.cancel)
        recorder.progress.connect(self._on_progress)
        recorder.recordingStopped.connect(self._on_stopped)
        recorder.saved.connect(self._on_saved)
        recorder.failed.connect(self._on_failed)
        recorder.cancelled.connect(self._on_cancelled)
        self.setWindowTitle(self.tr("Recording"))
        self.stop_button.setText(self.tr("Stop and save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._on_progress(0, 0)

    def _on_progress(self, recorded: int, encoded: int) -> None:
        r = self.recorder
        if r.state == "recording":
            seconds = r.elapsed()
            self.bar.setValue(min(self.bar.maximum(), round(10 * seconds)))
            self.label.setText(self.tr("Recording: %1 s of at most %2 s").replace("%1", f"{seconds:.1f}")
                               .replace("%2", f"{r.options.seconds:g}"))
        elif r.state == "encoding":
            self.bar.setValue(encoded)
            self.label.setText(self.tr("Writing the GIF: frame %1 of %2").replace("%1", str(encoded))
                               .replace("%2", str(recorded)))

    def _on_stopped(self) -> None:
        self.bar.setRange(0, max(1, self.recorder.recorded))
        self.stop_button.setEnabled(False)

    def _finish(self, message: str, ok: bool) -> None:
        self.closed.emit(message, ok)
        self.close()

    def _on_saved(self, path: str) -> None:
        self._finish(self.tr("GIF saved: %1").replace("%1", path), True)

    def _on_failed(self, _detail: str) -> None:
        self._finish(self.tr("The GIF could not be written: %1").replace("%1", failure_text(self.recorder)), False)

    def _on_cancelled(self) -> None:
        self._finish(self.tr("Recording cancelled; nothing was written."), True)

    def closeEvent(self, event) -> None:
        self.recorder.cancel()  # closing the panel is cancelling (nothing happens if it already ended)
        super().closeEvent(event)


def failure_text(recorder: GifRecorder) -> str:
    """Why the recording failed, in the user's language."""
    from PySide6.QtCore import QCoreApplication

    from model.files import WriteError

    exc = recorder.error
    if isinstance(exc, WriteError):
        reasons = {"no_folder": QCoreApplication.translate("RecordingPanel", "the folder does not exist (%1)"),
                   "is_folder": QCoreApplication.translate("RecordingPanel", "%1 is a folder"),
                   "read_only": QCoreApplication.translate("RecordingPanel", "the folder is read-only (%1)"),
                   "disk_full": QCoreApplication.translate("RecordingPanel", "the disk is full (%1)")}
        text = reasons.get(exc.reason, QCoreApplication.translate("RecordingPanel", "%1 could not be written"))
        return text.replace("%1", exc.path)
    return QCoreApplication.translate("RecordingPanel", "the encoder failed (%1)").replace("%1", str(exc))
