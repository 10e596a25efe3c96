"""Exports from the File menu: a failed write (full disk, read-only folder, missing folder, path is a folder) is told
in the user's language with the path, and leaves the old file as it was; a good export is remembered."""
import errno
import xml.etree.ElementTree as ET
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
REASON = {"disk_full": "disk_full", "read_only": "read_only", "read_only_fs": "read_only",
          "read_only_file": "read_only", "no_folder": "no_folder", "is_folder": "is_folder"}


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
    if fault == "read_only_file":  # a file without write permission (root would still be allowed to write it)
        real_access = os.access
        monkeypatch.setattr(model.files.os, "access",
                            lambda p, m, **kw: False if str(p) == str(target) and m & os.W_OK else real_access(p, m))
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


SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def simple_plot(qtbot):
    """A plot with data range 0..10 on both axes: a 20 x 20 image over it, a 2-px line (0,0)-(5,10)-(10,5) and a
    bar from x = 2 to 4, height 6."""
    import numpy as np
    import pyqtgraph as pg

    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    plot = widget.addPlot()
    image = pg.ImageItem(np.full((20, 20), 0.5), levels=(0, 1))
    image.setRect(0, 0, 10, 10)
    plot.addItem(image)
    plot.plot([0, 5, 10], [0, 10, 5], pen=pg.mkPen("r", width=2))
    plot.addItem(pg.BarGraphItem(x0=[2], x1=[4], height=[6], brush="b"))
    plot.setRange(xRange=(0, 10), yRange=(0, 10), padding=0)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def page_point(group, x, y):
    """(x, y) of an element of ``group`` in page coordinates."""
    import re
    m = re.match(r"matrix\((.*)\)", group.get("transform", "matrix(1,0,0,1,0,0)"))
    a, b, c, d, e, f = (float(v) for v in m.group(1).split(","))
    return a * x + c * y + e, b * x + d * y + f


def image_corners(root):
    """Page coordinates of the 20 x 20 image's corners: (left, top), (right, bottom)."""
    for group in root.iter(SVG + "g"):
        for child in group:
            if child.tag == SVG + "image" and float(child.get("width")) == 20:
                corners = [page_point(group, 0, 0), page_point(group, 20, 20)]
                return (min(p[0] for p in corners), min(p[1] for p in corners)), \
                       (max(p[0] for p in corners), max(p[1] for p in corners))
    raise AssertionError("no image in the SVG")


def test_svg_axes_line_up_with_the_data(simple_plot):
    """The x axis's tick label '4' sits at 40 % of the image spanning x = 0..10 (at QSvgGenerator's default resolution
    the axes were drawn at 3/4 of the plot's scale, far from the data)."""
    import xml.etree.ElementTree as ET

    from gui.export import render_svg

    root = ET.fromstring(render_svg(simple_plot.ci))
    (left, _), (right, _) = image_corners(root)
    fours = [page_point(group, float(child.get("x")), float(child.get("y")))
             for group in root.iter(SVG + "g") for child in group
             if child.tag == SVG + "text" and (child.text or "").strip() == "4"]
    assert len(fours) == 2, fours  # "4" is on both axes: the x axis's is the one further right
    label_middle = max(fours)[0] + 3.5  # a digit is about 7 px wide
    assert abs(label_middle - (left + 0.4 * (right - left))) < 10, (label_middle, left, right)


def test_svg_lines_and_bars_are_in_page_coordinates(simple_plot):
    """Lines drawn 2 px wide on screen stay 2 px wide in viewers that ignore non-scaling strokes (librsvg drew them
    50-100 px wide): no line or bar is left in a scaled group, and each lies where its data are."""
    import xml.etree.ElementTree as ET

    from gui.export import render_svg

    root = ET.fromstring(render_svg(simple_plot.ci))
    (left, top), (right, bottom) = image_corners(root)
    sx, sy = (right - left) / 10, (bottom - top) / 10
    red, bars = [], []  # the line may be one path or a polyline per segment
    for group in root.iter(SVG + "g"):
        for child in group:
            if child.tag in (SVG + "path", SVG + "polyline", SVG + "rect"):
                origin, unit = page_point(group, 0, 0), page_point(group, 1, 1)
                assert (unit[0] - origin[0], unit[1] - origin[1]) == (1, 1), group.attrib  # not scaled
            if group.get("stroke") == "#ff0000" and child.tag in (SVG + "path", SVG + "polyline"):
                points = (child.get("d") or child.get("points")).split()
                red += [tuple(float(v) for v in p.lstrip("MLC").split(",")) for p in points]
            if child.tag == SVG + "rect" and group.get("fill") == "#0000ff":
                bars.append(child)
    assert len(red) >= 3, red
    for u, v in [(0, 0), (5, 10), (10, 5)]:
        assert any(abs(x - (left + u * sx)) < 0.5 and abs(y - (bottom - v * sy)) < 0.5 for x, y in red), \
            (u, v, red, left, bottom, sx, sy)
    assert len(bars) == 1
    bar = {k: float(bars[0].get(k)) for k in ("x", "y", "width", "height")}
    assert abs(bar["x"] - (left + 2 * sx)) < 0.5 and abs(bar["width"] - 2 * sx) < 0.5
    assert abs(bar["y"] - (bottom - 6 * sy)) < 0.5 and abs(bar["height"] - 6 * sy) < 0.5


def test_svg_flattening_leaves_what_it_cannot_map():
    from gui.svg import flatten_strokes

    text = (b'<svg xmlns="http://www.w3.org/2000/svg"><g transform="matrix(2,0,0,2,1,1)" stroke="#000">'
            b'<path vector-effect="non-scaling-stroke" d="M0,0 L1,1"/></g>'
            b'<g transform="matrix(2,0,0,2,1,1)"><path d="M0,0 L1,1"/></g>'  # a scaling stroke: keep the group
            b'<g transform="matrix(2,0,0,2,1,1)"><path vector-effect="non-scaling-stroke" d="m0,0 l1,1"/></g>'
            b'<g transform="matrix(0,1,1,0,0,0)"><rect vector-effect="non-scaling-stroke" x="0" y="0" width="1" '
            b'height="2"/></g></svg>')
    root = ET.fromstring(flatten_strokes(text))
    groups = list(root)
    assert "transform" not in groups[0].attrib and groups[0][0].get("d") == "M1,1 L3,3"
    assert [g.get("transform") for g in groups[1:]] == ["matrix(2,0,0,2,1,1)", "matrix(2,0,0,2,1,1)",
                                                        "matrix(0,1,1,0,0,0)"]
    assert flatten_strokes(b"<svg") == b"<svg"
