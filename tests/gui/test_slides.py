"""Pictures for slides: Ctrl+C copies the plot (but not from a text field), the window exports as PNG through the
atomic writer, failures are told, and a GIF of the race can be recorded from the menu's code path."""
import os

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

from gui.app import make_settings
from gui.main_window import MainWindow
from gui.recorder import RecordingOptions
from gui.tabs.race import RaceTab


@pytest.fixture
def window(qtbot, tmp_path):
    from gui.plotstyle import configure_pyqtgraph
    configure_pyqtgraph()
    w = MainWindow(make_settings(str(tmp_path / "s.ini")), None, tab_classes=[RaceTab])
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    tab = w.current_tab()
    qtbot.waitUntil(lambda: tab.run is not None and tab.run.last_snapshot is not None)
    yield w
    w.close()


def focus(qtbot, widget):
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_ctrl_c_copies_the_plot_but_not_from_a_text_field_and_the_whole_lab_copies(window, qtbot):
    tab = window.current_tab()
    QApplication.clipboard().clear()
    focus(qtbot, tab.plots)
    qtbot.keyClick(tab.plots, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    image = QApplication.clipboard().image()
    ratio = tab.plots.devicePixelRatioF()
    assert not image.isNull()
    assert (image.width(), image.height()) == (round(tab.plots.width() * ratio), round(tab.plots.height() * ratio))
    assert image.pixelColor(image.width() // 2, 3).lightness() > 240  # the plot's white margin, not a blank grab
    assert "copied" in tab.status.text()

    # a text field with a selection keeps Ctrl+C
    tab.surface_combo.setCurrentIndex(tab.surface_combo.findData("custom"))
    edit = tab.formula_edit
    edit.setText("x**2 + y**2")
    focus(qtbot, edit)
    edit.setSelection(0, 4)
    QApplication.clipboard().clear()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "x**2"
    assert QApplication.clipboard().image().isNull()
    edit.setSelection(7, 4)  # the menu's "Copy plot" with a field selection focused copies that selection too
    window.slides.copy_plot_action.trigger()
    assert QApplication.clipboard().text() == "y**2"
    assert QApplication.clipboard().image().isNull()
    spin = tab.rows["SGD"].lr.spin  # a spin box with its number selected keeps Ctrl+C as well
    focus(qtbot, spin)
    spin.selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == spin.text() == "0.95"
    assert QApplication.clipboard().image().isNull()

    # the whole lab
    image = window.slides.copy_lab()
    clip = QApplication.clipboard().image()
    assert clip.size() == image.size()
    assert clip.width() == round(tab.width() * tab.devicePixelRatioF())


def test_export_window_writes_a_png_through_the_atomic_writer_and_tells_failures(window, tmp_path, monkeypatch):
    import gui.slides
    calls = []
    real = gui.slides.atomic_write
    monkeypatch.setattr(gui.slides, "atomic_write", lambda path, data: (calls.append(path), real(path, data)))
    path = str(tmp_path / "window.png")
    assert window.slides.export_window(path) == path
    assert calls == [path]
    image = QImage(path)
    assert QImageReader(path).format() == b"png"
    ratio = window.devicePixelRatioF()
    assert (image.width(), image.height()) == (round(window.width() * ratio), round(window.height() * ratio))
    assert not [f for f in os.listdir(tmp_path) if f.endswith(".tmp")]  # no temporary file left

    # a folder that does not exist: the user is told, nothing is written
    path = str(tmp_path / "nowhere" / "window.png")
    seen = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(box.text() if hasattr(box, "text") else "")
        box.close()

    QTimer.singleShot(0, read_and_close)
    assert window.slides.export_window(path) is None
    assert seen and "nowhere" in seen[0]
    assert not os.path.exists(path)


def test_recording_the_race_from_the_window_writes_a_gif_and_plays_the_run(window, qtbot, tmp_path):
    tab = window.current_tab()
    path = tmp_path / "race.gif"
    recorder = window.slides.record(RecordingOptions(path=str(path), fps=10, width=320, seconds=0.5))
    assert tab.is_playing  # recording starts the run
    with qtbot.waitSignal(recorder.saved, timeout=20000):
        pass
    reader = QImageReader(str(path))
    assert reader.imageCount() >= 1
    assert reader.size().width() == 320
    assert "GIF saved" in tab.status.text()
