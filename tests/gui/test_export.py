"""Exports from the File menu: a failed write (full disk, read-only folder, missing folder, path is a folder) is told
in the user's language with the path, and leaves the old file as it was; a good export is remembered."""
import errno
import os
import resource
import signal

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

import model.files
from gui.app import Translations, make_settings
from gui.main_window import MainWindow
from gui.tabs.race import RaceTab

OLD = b"the old export, which must survive"
REASON = {"disk_full": "disk_full", "read_only": "read_only", "read_only_fs": "read_only", "no_folder": "no_folder",
          "is_folder": "is_folder"}


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes the user would see, as (title, text, details), answered at once."""
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text(),
                                                                          box.detailedText())) or 0)
    return shown


@pytest.fixture
def dialog(monkeypatch):
    """The save dialog answers with ``dialog.answer``; the folder it was opened in is recorded."""
    class Dialog:
        answer = ""
        opened_at: list[str] = []

    def ask(parent, title, start, filters):
        Dialog.opened_at.append(start)
        return Dialog.answer, filters

    Dialog.opened_at = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return Dialog


def wait_until(qapp, condition, seconds=60.0):
    import time
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "timed out"
        qapp.processEvents()
        time.sleep(0.005)


@pytest.fixture(scope="module")
def race_window(qapp, tmp_path_factory):
    """One main window with the 2-D race for the whole module (building it takes seconds on a busy machine), 20 steps
    run so that the CSV is larger than 4 KiB."""
    win = MainWindow(make_settings(str(tmp_path_factory.mktemp("settings") / "s.ini")), None, tab_classes=[RaceTab])
    race = win.tabs.widget(0)
    wait_until(qapp, lambda: race.run is not None and race.run.last_snapshot is not None)
    race.run_bar.set_speed(500)
    race.run.step(20)
    wait_until(qapp, lambda: race.run.last_snapshot.step >= 20)
    yield win
    win.close()
    win.deleteLater()


@pytest.fixture
def window(race_window, qtbot):
    race_window.settings.remove("export/folder")
    return race_window


def trigger(window, fmt):
    {"png": window.export_png_action, "svg": window.export_svg_action, "csv": window.export_csv_action}[fmt].trigger()


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


class ReadOnlyFolder:
    """Creating a file in ``folder`` fails as in a read-only folder (tests run as root, who may write anywhere)."""

    def __init__(self, folder, code):
        self.folder, self.code, self.real = str(folder), code, os.open

    def __call__(self, path, flags, *args, **kwargs):
        if flags & os.O_CREAT and os.path.dirname(os.path.abspath(path)) == self.folder:
            raise OSError(self.code, os.strerror(self.code), path)
        return self.real(path, flags, *args, **kwargs)


@pytest.mark.parametrize("fmt", ["png", "svg", "csv"])
@pytest.mark.parametrize("fault", list(REASON))
def test_failed_export_is_told_and_keeps_the_old_file(window, boxes, dialog, tmp_path, monkeypatch, fmt, fault):
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"plot.{fmt}"
    if fault == "no_folder":
        target = tmp_path / "missing" / f"plot.{fmt}"
    elif fault == "is_folder":
        target.mkdir()
        (target / "inside.txt").write_bytes(OLD)
    else:
        target.write_bytes(OLD)
    if fault in ("read_only", "read_only_fs"):
        code = errno.EACCES if fault == "read_only" else errno.EROFS
        monkeypatch.setattr(model.files.os, "open", ReadOnlyFolder(out, code))
    dialog.answer = str(target)
    if fault == "disk_full":
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
        try:
            trigger(window, fmt)
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
            signal.signal(signal.SIGXFSZ, old_handler)
    else:
        trigger(window, fmt)
    assert len(boxes) == 1, boxes
    title, text, details = boxes[0]
    assert title == "Export failed"
    assert window.exporter.reason_text(REASON[fault], str(target)) in text
    assert str(target) in text and str(target) in details
    if fault == "is_folder":
        assert (target / "inside.txt").read_bytes() == OLD
    elif fault != "no_folder":
        assert target.read_bytes() == OLD
    assert leftovers(out) == []
    assert window.settings.get_folder("export/folder") is None  # a failed export is not remembered


@pytest.mark.parametrize("fmt", ["png", "svg", "csv"])
def test_export_writes_a_complete_file_and_remembers_the_folder(window, boxes, dialog, tmp_path, fmt):
    out = tmp_path / "exports"
    out.mkdir()
    dialog.answer = str(out / "plot")  # no suffix typed: it is added
    trigger(window, fmt)
    assert boxes == []
    data = (out / f"plot.{fmt}").read_bytes()
    if fmt == "png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82")
    elif fmt == "svg":
        assert b"<svg" in data and data.rstrip().endswith(b"</svg>")
    else:
        lines = data.decode().splitlines()
        assert lines[0].startswith("step,SGD_x") and len(lines) == 22 and len(data) > 4096
    assert leftovers(out) == []
    assert window.settings.get_folder("export/folder") == str(out)
    trigger(window, fmt)  # the next dialog opens where the last export went
    assert dialog.opened_at[-1] == str(out / f"descent.{fmt}")
    window.settings.sync()
    assert make_settings(window.settings.fileName()).get_folder("export/folder") == str(out)


def test_png_to_a_missing_folder_was_reported_as_success(window, boxes, tmp_path):
    """Issue 8, item 4: pyqtgraph's ImageExporter ignored QImage.save's result; now the export returns None."""
    assert window.export_plot("png", str(tmp_path / "missing" / "a.png")) is None
    assert len(boxes) == 1 and not (tmp_path / "missing").exists()


def test_a_vanished_export_folder_is_not_offered(window, dialog, tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    window.settings.setValue("export/folder", str(gone))
    gone.rmdir()
    dialog.answer = ""
    trigger(window, "png")
    assert not dialog.opened_at[-1].startswith(str(gone))


def test_reasons_are_translated(window, boxes, qapp, tmp_path):
    translations = Translations(qapp)
    english = {r: window.exporter.reason_text(r, "X") for r in model.files.WriteError.REASONS}
    try:
        assert translations.set_language("ko")
        for reason in model.files.WriteError.REASONS:
            korean = window.exporter.reason_text(reason, "X")
            assert korean != english[reason] and "X" in korean
            assert any("\uac00" <= ch <= "\ud7a3" for ch in korean), korean
        window.export_plot("svg", str(tmp_path / "missing" / "a.svg"))
        title, text, _ = boxes[-1]
        assert title != "Export failed" and window.exporter.reason_text("no_folder", "") in text
    finally:
        translations.set_language("en")


def test_svg_axes_line_up_with_the_data(qtbot):
    """The x axis's tick label '4' sits at 40 % of an image spanning x = 0..10 (at QSvgGenerator's default resolution
    the axes were drawn at 3/4 of the plot's scale, far from the data)."""
    import re
    import xml.etree.ElementTree as ET

    import numpy as np
    import pyqtgraph as pg

    from gui.export import render_svg

    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    plot = widget.addPlot()
    image = pg.ImageItem(np.full((20, 20), 0.5), levels=(0, 1))
    image.setRect(0, 0, 10, 10)
    plot.addItem(image)
    plot.setRange(xRange=(0, 10), yRange=(0, 10), padding=0)
    widget.show()
    qtbot.waitExposed(widget)
    root = ET.fromstring(render_svg(widget.ci))
    ns = "{http://www.w3.org/2000/svg}"

    def to_svg(group, x, y):
        m = re.match(r"matrix\((.*)\)", group.get("transform", "matrix(1,0,0,1,0,0)"))
        a, b, c, d, e, f = (float(v) for v in m.group(1).split(","))
        return a * x + c * y + e, b * x + d * y + f

    image, fours = None, []  # "4" is on both axes: the x axis's is the one further right
    for group in root.iter(ns + "g"):
        for child in group:
            if child.tag == ns + "image" and float(child.get("width")) == 20:
                image = (to_svg(group, 0, 0)[0], to_svg(group, 20, 0)[0])
            if child.tag == ns + "text" and (child.text or "").strip() == "4":
                fours.append(to_svg(group, float(child.get("x")), float(child.get("y"))))
    assert image is not None and len(fours) == 2, (image, fours)
    label_middle = max(fours)[0] + 3.5  # a digit is about 7 px wide
    expected = image[0] + 0.4 * (image[1] - image[0])
    assert abs(label_middle - expected) < 10, (label_middle, expected)
