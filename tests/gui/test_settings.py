"""Damaged settings never stop start-up (every value is checked, a bad one ignored and logged once); settings that
cannot be saved are said once in the status bar; the settings file is written atomically."""
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from gui.app import choose_language, make_settings, system_language
from gui.main_window import MainWindow
from gui.tabs.base import ExperimentTab

ROOT = Path(__file__).resolve().parents[2]

# (INI text, the key whose value must be ignored and logged)
DAMAGED = {
    "geometry_number": ("[window]\ngeometry=999999999\n", "window/geometry"),
    "geometry_list": ("[window]\ngeometry=1, 2, 3\n", "window/geometry"),
    "geometry_rect": ("[window]\ngeometry=@Rect(1 2 3 4)\n", "window/geometry"),
    "tab_text": ("[window]\ntab=abc\n", "window/tab"),
    "tab_too_large": ("[window]\ntab=99\n", "window/tab"),
    "tab_one_past_the_last": ("[window]\ntab=2\n", "window/tab"),
    "tab_negative": ("[window]\ntab=-1\n", "window/tab"),
    "tab_list": ("[window]\ntab=0, 1\n", "window/tab"),
    "tab_size": ("[window]\ntab=@Size(1 2)\n", "window/tab"),
    "language_unknown": ("[General]\nlanguage=xx\n", "language"),
    "language_list": ("[General]\nlanguage=ko, en\n", "language"),
    "language_bytes": ("[General]\nlanguage=@ByteArray(ko)\n", "language"),
    "export_folder_missing": ("[export]\nfolder=/nonexistent/descent/exports\n", "export/folder"),
    "export_folder_list": ("[export]\nfolder=/tmp, /\n", "export/folder"),
    "data_folders_rect": ("[data]\nfolders=@Rect(1 2 3 4)\n", "data/folders"),
}


class QuietTab(ExperimentTab):
    """A lab tab that starts no run: these tests are about the window and its settings, not about a lab."""

    def tab_title(self) -> str:
        return "quiet"


def open_window(qtbot, path):
    """What main() does with a settings file: read the language, build the window (two tabs), show it."""
    settings = make_settings(str(path))
    language = choose_language(None, settings)
    window = MainWindow(settings, None, tab_classes=[QuietTab, QuietTab])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, language


@pytest.mark.parametrize("case", list(DAMAGED))
def test_a_damaged_value_is_ignored_and_logged(qtbot, tmp_path, capsys, case):
    text, key = DAMAGED[case]
    path = tmp_path / "s.ini"
    path.write_text(text)
    window, language = open_window(qtbot, path)
    assert language in ("en", "ko") and language == system_language()
    assert window.tabs.currentIndex() == 0
    if key == "export/folder":
        assert window.exporter.start_folder() != "/nonexistent/descent/exports"
    if key == "data/folders":
        assert all(s.kind in ("bundled", "mnist", "fashion") for s in window.catalog.sources())
    err = capsys.readouterr().err
    assert f"ignoring {key}=" in err, err
    window.settings.get_int("window/tab", 0, 0, 0)
    window.settings.get_choice("language", "", ("en", "ko"))
    window.settings.get_folder("export/folder")
    assert capsys.readouterr().err.count("ignoring") == 0  # once per key
    window.close()


def test_good_values_are_used(qtbot, tmp_path, capsys):
    path = tmp_path / "s.ini"
    settings = make_settings(str(path))
    settings.setValue("language", "ko")
    settings.setValue("export/folder", str(tmp_path))
    settings.setValue("data/folders", ["mnist:/a", "fashion:/b"])
    settings.setValue("window/tab", "0")
    settings.sync()
    again = make_settings(str(path))
    assert choose_language(None, again) == "ko"
    assert again.get_folder("export/folder") == str(tmp_path)
    assert again.get_strings("data/folders") == ["mnist:/a", "fashion:/b"]
    assert again.get_int("window/tab", 5, 0, 3) == 0
    assert again.get_bytes("window/geometry") is None
    settings.setValue("window/tab", 1)
    settings.sync()
    window, _ = open_window(qtbot, path)
    assert window.tabs.currentIndex() == 1
    window.close()
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("damage", ["broken_ini", "binary_junk", "is_folder", "unreadable", "under_a_file"])
def test_a_damaged_settings_file_does_not_stop_start_up(qtbot, tmp_path, capsys, monkeypatch, damage):
    path = tmp_path / "s.ini"
    if damage == "broken_ini":
        path.write_bytes(b"[window\ngeometry=\x00\x01\n===\n[[[\n\xff\xfe@Variant(\n")
    elif damage == "binary_junk":
        path.write_bytes(bytes(range(256)) * 8)
    elif damage == "is_folder":
        path.mkdir()
    elif damage == "unreadable":  # root may read anything: make Qt's open of this file fail as without permission
        path.write_text("[window]\ntab=0\n")
        path.chmod(0)
        if os.access(path, os.R_OK):
            pytest.skip("running as root: a file without permissions is still readable")
    else:
        (tmp_path / "blocker").write_text("a file, not a folder")
        path = tmp_path / "blocker" / "s.ini"
    window, _ = open_window(qtbot, path)
    assert window.isVisible() and window.tabs.count() == 2
    window.language_actions["en"].trigger()  # a change to save
    err = capsys.readouterr().err
    assert f"settings {path}" in err, err
    window.close()


@pytest.mark.parametrize("case", ["geometry_number", pytest.param("language_list", marks=pytest.mark.slow)])
def test_main_starts_with_damaged_settings(tmp_path, case):
    """Issue 8, item 3: the whole start-up path, main.main(['--settings', path]), with the window shown (and only
    the 2-D race built, to keep the test quick)."""
    path = tmp_path / "s.ini"
    path.write_text(DAMAGED[case][0])
    script = ("import sys; sys.path.insert(0, sys.argv[1])\n"
              "from PySide6.QtCore import QTimer\nfrom PySide6.QtWidgets import QApplication\n"
              "app = QApplication(['descent'])\nQTimer.singleShot(0, app.quit)\n"
              "import gui.main_window\nfrom gui.tabs.race import RaceTab\n"
              "gui.main_window.default_tab_classes = lambda: [RaceTab]\n"
              "import main\nsys.exit(main.main(['--settings', sys.argv[2]]))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script, str(ROOT), str(path)], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "Traceback" not in out.stderr and f"ignoring {DAMAGED[case][1]}=" in out.stderr, out.stderr[-3000:]


def test_settings_that_cannot_be_saved_are_said_once(qtbot, tmp_path, capsys):
    """Issue 8, item 5: the file turns unwritable while the app runs (here: it is replaced by a folder)."""
    path = tmp_path / "s.ini"
    window, _ = open_window(qtbot, path)
    window.store_setting("export/folder", str(tmp_path))
    assert path.is_file() and window._settings_label is None
    path.unlink()
    path.mkdir()
    window.language_actions["en"].trigger()
    window.store_setting("export/folder", str(tmp_path))
    label = window._settings_label
    assert label is not None and label.isVisible()
    assert label.text() == window.settings_not_saved_text() and label.toolTip() == str(path)
    err = capsys.readouterr().err
    assert err.count("cannot be written") == 1, err
    window.store_setting("window/tab", 0)
    assert window._settings_label is label and capsys.readouterr().err == ""
    window.tabs.setCurrentIndex(1)  # the window keeps working; the message stays single
    assert window.tabs.currentIndex() == 1 and len(window.statusBar().findChildren(type(label))) == 1
    window.close()


def test_unwritable_from_the_start_is_said_at_start(qtbot, tmp_path, capsys):
    (tmp_path / "blocker").write_text("a file, not a folder")
    window, _ = open_window(qtbot, tmp_path / "blocker" / "s.ini")
    assert window._settings_label is not None and window._settings_label.isVisible()
    window.close()


def test_settings_file_is_replaced_atomically(tmp_path):
    """QSettings writes through QSaveFile: with the disk full (RLIMIT_FSIZE), the old file stays whole."""
    path = tmp_path / "s.ini"
    settings = make_settings(str(path))
    settings.setValue("window/geometry", QByteArray(b"g" * 3000))
    assert settings.save()
    before = path.read_bytes()
    settings.setValue("window/geometry", QByteArray(b"h" * 9000))
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
    try:
        saved = settings.save()
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert not saved and settings.status() == QSettings.Status.AccessError
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["s.ini"]
