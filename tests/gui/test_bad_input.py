"""Damaged data through the data chooser, as a user meets it (issue 8, items 3, 7, 8, 9, 10d).

"Open a folder of IDX files…" is chosen in the combo box with the folder dialog answered by the test; the folder is
damaged in one of the ways of ``tests/damage.py``. The user must get a message that names the file and says what
is wrong in their language, and the data chosen before must stay chosen.
"""
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.data import DataCatalog, DataSourceBox
from tests.damage import DAMAGES, write_good_folder

EXPECTED = {  # what the message says for each kind, in English
    "too_large": "header promises far more data than an MNIST-style file holds",
    "extra_data": "holds more data than its header says",
    "bad_magic": "Wrong magic number",
    "truncated": "The file is truncated",
    "bad_gzip": "Bad gzip data",
    "count_mismatch": "number of labels does not match",
    "is_folder": "A folder or special file stands where a data file should be",
    "unreadable": "The file cannot be read",
    "folder_unreadable": "The folder cannot be read (permission denied)",
}


@pytest.fixture
def warnings(monkeypatch):
    """Message boxes the user would see: (title, text, details), without blocking the test."""
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text(),
                                                                          box.detailedText())) or 0)
    return shown


def choose_open_folder(qtbot, box, folder, monkeypatch):
    """Pick "Open a folder of IDX files…" in the combo box; the folder dialog answers ``folder``."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    index = box.combo.findData(DataSourceBox.OPEN)
    box.combo.setCurrentIndex(index)
    box.combo.activated.emit(index)
    qtbot.waitUntil(lambda: not box.is_loading(), timeout=10000)


@pytest.fixture
def box_with_good_data(qtbot, tmp_path, monkeypatch, warnings):
    """A chooser on which the user has opened a good folder (the previous choice that must survive)."""
    box = DataSourceBox(DataCatalog())
    qtbot.addWidget(box)
    good = write_good_folder(tmp_path / "good")
    with qtbot.waitSignal(box.sourceChanged, timeout=10000):
        choose_open_folder(qtbot, box, good, monkeypatch)
    assert box.key() == f"mnist:{good}" and not warnings
    return box


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_damaged_folder_through_the_chooser_says_what_is_wrong_and_keeps_the_data(
        qtbot, tmp_path, monkeypatch, warnings, box_with_good_data, damage):
    box = box_with_good_data
    previous = box.key()
    folder = write_good_folder(tmp_path / "damaged")
    kind, at_fault = DAMAGES[damage](folder, monkeypatch)
    with qtbot.assertNotEmitted(box.sourceChanged):
        choose_open_folder(qtbot, box, folder, monkeypatch)
    (title, text, details), = warnings
    assert title == "Data not loaded" and "previous data stay in use" in text
    assert EXPECTED[kind] in text and str(at_fault) in text
    assert str(at_fault) in details
    assert box.key() == previous and box.combo.currentData() == previous
    assert box.combo.isEnabled() and box.note.text() == ""
    assert box.combo.findData(f"mnist:{folder}") == -1  # a damaged folder is not remembered


@pytest.mark.parametrize("damage", ["header_overflow", "gzip_bomb_small_header", "unreadable_folder"])
def test_damaged_folder_message_is_korean(qtbot, qapp, tmp_path, monkeypatch, warnings, damage):
    from gui.app import Translations
    translations = Translations(qapp)
    assert translations.set_language("ko")
    try:
        box = DataSourceBox(DataCatalog())
        qtbot.addWidget(box)
        folder = write_good_folder(tmp_path / "damaged")
        kind, at_fault = DAMAGES[damage](folder, monkeypatch)
        choose_open_folder(qtbot, box, folder, monkeypatch)
        english = EXPECTED[kind]
        korean = box.problem_text(type("E", (), {"kind": kind, "path": "%%"})())
    finally:
        translations.set_language("en")
    (title, text, details), = warnings
    assert any("\uac00" <= ch <= "\ud7a3" for ch in title + text)
    assert english not in text and korean.replace("%%", str(at_fault)) in text


def test_loading_happens_off_the_gui_thread_and_says_loading(qtbot, tmp_path, monkeypatch, warnings):
    """Item 8: no file is read on the GUI thread; the box says "Loading…" meanwhile and the old data stay."""
    import threading

    import model.idx as idx
    good = write_good_folder(tmp_path / "slow")
    gate, readers = threading.Event(), []
    real_read_idx = idx.read_idx

    def slow_read_idx(*args, **kwargs):
        readers.append(threading.current_thread() is threading.main_thread())
        gate.wait(5)
        return real_read_idx(*args, **kwargs)

    monkeypatch.setattr("model.datasets.read_idx", slow_read_idx)
    box = DataSourceBox(DataCatalog())
    qtbot.addWidget(box)
    box.show()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(good))
    index = box.combo.findData(DataSourceBox.OPEN)
    box.combo.activated.emit(index)  # returns at once: the GUI thread is free while the folder loads
    assert box.is_loading() and not box.combo.isEnabled()
    assert box.note.isVisible() and box.note.text() == f"Loading {good}…"
    assert box.key() == "bundled"
    with qtbot.waitSignal(box.sourceChanged, timeout=10000):
        gate.set()
    assert readers and not any(readers)
    assert box.key() == f"mnist:{good}" and box.combo.isEnabled() and not box.note.isVisible()


def test_closing_while_loading_stops_the_loader(qtbot, tmp_path, monkeypatch, warnings):
    import threading

    import model.idx as idx
    good = write_good_folder(tmp_path / "slow")
    started = threading.Event()
    real_read_into = idx._read_into

    def slow_read_into(stream, out, path, cancelled):
        started.set()
        while not cancelled():  # as a huge file would: only the cancel flag ends it
            threading.Event().wait(0.01)
        return real_read_into(stream, out, path, cancelled)

    monkeypatch.setattr(idx, "_read_into", slow_read_into)
    box = DataSourceBox(DataCatalog())
    qtbot.addWidget(box)
    assert box.open_folder(str(good))
    assert started.wait(5)
    box.shutdown()
    assert not box.is_loading() and box.key() == "bundled"
    box._on_load_failed(f"mnist:{good}", idx.DataError("late", str(good), "cancelled"))  # a late queued result
    box._on_loaded(f"mnist:{good}")
    assert box.key() == "bundled" and not warnings


def test_unreadable_remembered_folder_does_not_stop_start_up(qtbot, tmp_path, monkeypatch):
    """Item 3: a remembered data folder whose permissions changed raised PermissionError at start-up."""
    from gui.app import make_settings
    from gui.main_window import MainWindow
    from gui.tabs.mnist_race import MnistRaceTab

    closed = write_good_folder(tmp_path / "closed")
    fine = write_good_folder(tmp_path / "fine")
    settings = make_settings(str(tmp_path / "s.ini"))
    settings.setValue("data/folders", [f"mnist:{closed}", f"mnist:{fine}"])
    real_stat = os.stat

    def fake_stat(path, *args, **kwargs):  # root may read anything: the parent folder lost its x bit
        if Path(path) == closed or Path(path).parent == closed:
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", fake_stat)
    window = MainWindow(settings, None, tab_classes=[MnistRaceTab])
    qtbot.addWidget(window)
    box = window.tabs.widget(0).data_box
    assert box.combo.findData(f"mnist:{closed}") == -1 and box.combo.findData(f"mnist:{fine}") >= 0
    assert box.note.text() == (f"The remembered data folder {closed} cannot be read (permission denied); it is "
                               "not offered until it can be.")
    window.close()


def test_long_folder_name_does_not_widen_the_chooser(qtbot, tmp_path, monkeypatch, warnings):
    folder = write_good_folder(tmp_path / ("very-long-folder-name-" * 10))
    box = DataSourceBox(DataCatalog())
    qtbot.addWidget(box)
    width = box.sizeHint().width()
    with qtbot.waitSignal(box.sourceChanged, timeout=10000):
        choose_open_folder(qtbot, box, folder, monkeypatch)
    assert box.sizeHint().width() == width and box.minimumSizeHint().width() < 400
    assert "…" in box.combo.currentText() and box.combo.itemData(box.combo.currentIndex(), 3) == str(folder)


def test_tab_status_line_never_widens_the_window(qtbot):
    """A run that fails with a huge message (here 50,000 characters without a space) keeps the tab's size."""
    from gui.tabs.race import RaceTab
    tab = RaceTab()
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    width = tab.width()
    try:
        tab._on_failed("Traceback (most recent call last):\nValueError: " + "x" * 50000)
        assert tab.status.text().endswith("x" * 100)  # the whole message is kept (and in the tooltip, shortened)
        assert tab.minimumSizeHint().width() < 1200 and tab.width() == width
        assert tab.status.shown_text().count("\n") <= 2 and tab.status.shown_text().endswith("…")
        tab.clear_message()
        assert tab.status.shown_text() == "" and tab.status.toolTip() == ""
    finally:
        tab.shutdown()


def test_message_label_wraps_long_words_and_keeps_the_whole_text(qtbot):
    from gui.widgets import MessageLabel
    label = MessageLabel(max_lines=2)
    qtbot.addWidget(label)
    label.resize(200, 100)
    label.setText("short words here")
    assert label.shown_text() == "short words here" and not label.is_elided() and label.toolTip() == ""
    label.setText("a" * 32767)
    lines = label.shown_text().split("\n")
    assert len(lines) == 2 and lines[1].endswith("…") and label.is_elided()
    assert all(label.fontMetrics().horizontalAdvance(line) <= label.contentsRect().width() for line in lines)
    assert label.text() == "a" * 32767 and max(len(t) for t in label.toolTip().split("\n")) <= 100
    assert label.minimumSizeHint().width() == 0


def test_very_long_path_is_shortened_in_the_message_and_whole_in_the_details(qtbot, tmp_path, monkeypatch, warnings):
    deep = tmp_path
    for i in range(12):
        deep = deep / (f"level{i}-" + "x" * 30)
    folder = write_good_folder(deep)
    DAMAGES["wrong_magic"](folder, monkeypatch)
    box = DataSourceBox(DataCatalog())
    qtbot.addWidget(box)
    choose_open_folder(qtbot, box, folder, monkeypatch)
    (title, text, details), = warnings
    assert len(str(folder)) > 450 and "…" in text and len(text) < 400
    assert text.rstrip().endswith("train-images-idx3-ubyte.gz") and str(folder) in details
