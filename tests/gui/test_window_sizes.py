"""Every tab usable on a 1024x768 projector and at 1280x720 (a 1920x1080 screen at 150 %), in English and Korean
(issue 11): the window's minimum size fits, and no visible label or button has its text cut off, in every tab and in
the views that change the layout (weight-init views, a batch-norm scale's detail, the gradient check); and (not yet
true, tracked by a strict xfail) no plot figure needs more width than its canvas has."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QRadioButton, QStyle

from gui.message_label import MessageLabel

SIZES = [(1024, 768), (1280, 720)]
SLACK = 2
"""Pixels of rounding allowed between a text's advance and its label's width."""


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and ("</" in text or "<br" in text)):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def label_clipped(label: QLabel) -> str | None:
    """Why ``label``'s text does not fit, or None. Wrapped labels must be tall enough for their lines; others wide
    enough for their longest line (measured with the label's own font)."""
    if isinstance(label, MessageLabel) or not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None  # a MessageLabel elides on purpose and keeps the whole text in its tooltip
    room = label.contentsRect()
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        return f"needs {need} px high, has {label.height()}" if need > label.height() + SLACK else None
    metrics = label.fontMetrics()
    need = max(metrics.horizontalAdvance(line) for line in _plain(label).split("\n")) + 2 * label.margin()
    need += label.indent() if label.indent() > 0 else 0
    return f"needs {need} px wide, has {room.width()}" if need > room.width() + SLACK else None


def button_clipped(button: QAbstractButton) -> str | None:
    """Text, icon and the frame's padding (8 px a side) or a check box's indicator must fit the button."""
    if not button.text():
        return None
    need = button.fontMetrics().horizontalAdvance(button.text().replace("&&", "\0").replace("&", "")) + 16
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, (QCheckBox, QRadioButton)):  # the indicator and its gap instead of a frame
        style = button.style()
        need += (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
                 + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button) - 16)
    return f"needs {need} px wide, has {button.width()}" if need > button.width() + SLACK else None


def clipped(window) -> list[str]:
    """Every visible label or button (with text) of ``window`` whose text is cut off."""
    found = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        why = label_clipped(widget) if isinstance(widget, QLabel) else button_clipped(widget)
        if why:
            found.append(f"{type(widget).__name__} {widget.text()[:40]!r}: {why}")
    return found


def plots_cut(window) -> list[str]:
    """Every visible plot canvas whose figure needs more room than it has (pyqtgraph then draws past the edge), and
    every plot in it whose own parts (title, axes) need more width than the figure gave it (a minimum width set on
    a plot hides its parts' needs from the figure: they spilled over the next plot)."""
    import pyqtgraph as pg

    found = []
    for view in window.findChildren(pg.GraphicsView):
        if not view.isVisible() or view.centralWidget is None:
            continue
        need = view.centralWidget.effectiveSizeHint(Qt.SizeHint.MinimumSize)
        for axis, have in (("wide", view.viewport().width()), ("high", view.viewport().height())):
            want = need.width() if axis == "wide" else need.height()
            if want > have + SLACK:
                found.append(f"{type(view).__name__}: figure needs {want:.0f} px {axis}, has {have}")
        for item in view.items():
            if isinstance(item, pg.PlotItem) and item.isVisible() and item.size().width() > 0:
                inner = item.layout.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
                if inner > item.size().width() + SLACK:
                    found.append(f"{type(view).__name__}: plot {item.titleLabel.text[:30]!r} needs {inner:.0f} px "
                                 f"wide, has {item.size().width():.0f}")
    return found


def views(window):
    """Visit each tab, and each view that changes a tab's layout; yield a name for each."""
    tabs = window.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        tab = tabs.widget(i)
        name = type(tab).__name__
        if hasattr(tab, "show_view"):  # weight init: histograms, MNIST training
            for view in range(len(tab.view_buttons)):
                tab.show_view(view)
                yield f"{name} view {view}"
            tab.show_view(0)
        elif hasattr(tab, "open_scale"):  # batch norm: grid, one scale's detail, gradient check
            yield f"{name} grid"
            tab.open_scale(0)
            yield f"{name} detail"
            tab.check_gradients()
            yield f"{name} gradient check"
            tab.show_sweep()
        else:
            yield name


def settle(qtbot, window, size):
    window.resize(*size)
    for _ in range(3):  # a text set while processing events posts a layout request: let it be handled
        QApplication.processEvents()
    qtbot.waitUntil(lambda: window.size().width() >= min(size[0], window.minimumSizeHint().width()))
    QApplication.processEvents()


@pytest.fixture
def window(qtbot, qapp, tmp_path):
    from gui.app import Translations, projector_font, register_fonts
    from gui.main_window import MainWindow
    from gui.settings import Settings

    font = qapp.font()
    register_fonts(qapp)  # as main() does: the bundled Hangul fallback and the 11 pt projector font
    projector_font(qapp)
    translations = Translations(qapp)
    w = MainWindow(Settings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), translations)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown()
    translations.set_language("en")
    qapp.setFont(font)


def check_sizes(window, qtbot, sizes, figures: bool = False) -> list[str]:
    problems = []
    for language in ("en", "ko"):
        window.set_language(language)
        for size in sizes:
            settle(qtbot, window, size)
            for view in views(window):
                settle(qtbot, window, size)
                hint = window.minimumSizeHint()
                where = f"{language} {size[0]}x{size[1]} {view}"
                if hint.width() > size[0] or hint.height() > size[1]:
                    problems.append(f"{where}: minimum size {hint.width()}x{hint.height()}")
                if window.width() > size[0]:
                    problems.append(f"{where}: window widened to {window.width()}")
                problems += [f"{where}: {p}" for p in clipped(window) + (plots_cut(window) if figures else [])]
    return problems


def test_every_tab_fits_1024x768_in_both_languages(window, qtbot):
    problems = check_sizes(window, qtbot, SIZES[:1])
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_every_tab_fits_1024x768_and_1280x720_in_both_languages(window, qtbot):
    problems = check_sizes(window, qtbot, SIZES)
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_no_plot_figure_is_cut_at_1024x768(window, qtbot):
    problems = check_sizes(window, qtbot, SIZES[:1], figures=True)
    assert not problems, "\n".join(problems)


SCALED_CHECK = r"""
import json, sys, tempfile
sys.path[:0] = [sys.argv[1], sys.argv[2]]
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.app import Translations, projector_font, register_fonts
from gui.main_window import MainWindow
from gui.plotstyle import configure_pyqtgraph
from gui.settings import Settings
from test_window_sizes import views, clipped, plots_cut
configure_pyqtgraph()
register_fonts(app)
projector_font(app)
translations = Translations(app)
window = MainWindow(Settings(tempfile.mkdtemp() + "/s.ini", QSettings.Format.IniFormat), translations)
window.show()
problems = []
for language in ("en", "ko"):
    window.set_language(language)
    for view in views(window):
        window.resize(1024, 768)
        for _ in range(4):
            app.processEvents()
        where = f"{language} {view}"
        if window.width() > 1024:
            problems.append(f"{where}: window widened to {window.width()}")
        problems += [f"{where}: {p}" for p in clipped(window) + plots_cut(window)]
print(json.dumps({"ratio": window.devicePixelRatio(), "size": [window.width(), window.height()],
                  "problems": problems}))
window.shutdown()
"""


@pytest.mark.slow
def test_every_tab_fits_at_200_percent(tmp_path):
    """A 2048x1536 projector at 200 % is 1024x768 logical pixels: same check, in a fresh process (the scale factor is
    read when the application starts), with fonts and pens drawn at twice the resolution."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", SCALED_CHECK, str(here.parents[1]), str(here)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["ratio"] == 2.0 and result["size"] == [1024, 768]
    assert not result["problems"], "\n".join(result["problems"])
