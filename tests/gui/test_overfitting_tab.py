"""The overfitting tab driven as a user would: play to the end and read back what is drawn, drag the λ slider,
click a preset, export CSV, a learning rate that diverges. Short runs (31 updates) on the bundled data."""
import csv

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.format import fmt_percent
from gui.tabs.overfitting import OverfittingTab
from gui.tabs.overfitting.results_table import COL_GAP, COL_STATE, COL_TEST, COL_TRAIN
from model.experiments.overfitting import BASELINE, REGULARIZED


def last(tab):
    return tab.run.last_snapshot


def type_into(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


@pytest.fixture
def tab(qtbot):
    from gui.plotstyle import configure_pyqtgraph
    configure_pyqtgraph()
    t = OverfittingTab()
    qtbot.addWidget(t)
    t.resize(1500, 950)
    t.show()
    qtbot.waitExposed(t)
    qtbot.waitUntil(lambda: t.run is not None and last(t) is not None, timeout=10000)
    yield t
    t.shutdown()


def short_run(qtbot, tab, updates="31"):
    old = tab.run
    type_into(qtbot, tab.controls.updates, updates)
    qtbot.waitUntil(lambda: tab.run is not old and last(tab) is not None
                    and last(tab).updates == int(updates), timeout=10000)


def play_to_end(qtbot, tab):
    qtbot.mouseClick(tab.run_bar.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: last(tab).done and tab.run.is_finished and not tab.frame_pending, timeout=60000)


def test_play_draws_the_snapshot(tab, qtbot):
    short_run(qtbot, tab)
    tab.controls.lam.setValue(0.1)
    play_to_end(qtbot, tab)
    snap = last(tab)
    assert snap.step == 31 and snap.weight_decay_lambda == pytest.approx(0.1)
    for name in (BASELINE, REGULARIZED):
        run = snap.run(name)
        x, train, test = tab.accuracy.curve_data(name)
        np.testing.assert_array_equal(x, run.epochs)
        np.testing.assert_array_equal(train, run.train_acc)
        np.testing.assert_array_equal(test, run.test_acc)
        band = tab.accuracy.gap[name]  # the shaded gap spans the run's points, between its two curves
        assert band.point_count() == len(run.epochs)
        rect = band.path().boundingRect()
        assert rect.top() == pytest.approx(min(run.train_acc.min(), run.test_acc.min()), abs=1e-6)
        assert rect.bottom() == pytest.approx(max(run.train_acc.max(), run.test_acc.max()), abs=1e-6)
        assert rect.right() == pytest.approx(run.epochs[-1], abs=1e-6)
        assert tab.table.text(name, COL_TRAIN) == fmt_percent(run.final_train_acc)
        assert tab.table.text(name, COL_TEST) == fmt_percent(run.final_test_acc)
        assert tab.table.text(name, COL_GAP) == fmt_percent(run.gap)
        np.testing.assert_array_equal(tab.norms.heights[name], run.weight_norms[-1])
    assert "0.1" in tab.table.text(REGULARIZED, COL_STATE)
    # the weight decay run ends with smaller weights: the bars say so
    assert np.all(tab.norms.heights[REGULARIZED] < tab.norms.heights[BASELINE])
    # confusion matrix and mistakes of the chosen run
    base = snap.run(BASELINE)
    assert tab.confusion.cell_text(3, 3) == str(base.confusion[3, 3])
    captions = tab.mistakes.captions_text()
    assert captions and captions[0] == f"{snap.test_labels[base.wrong[0]]} → {base.wrong_pred[0]}"
    tab.mistakes_run.setCurrentIndex(1)
    reg = snap.run(REGULARIZED)
    assert tab.confusion.cell_text(3, 3) == str(reg.confusion[3, 3])
    assert tab.mistakes.captions_text()[0] == f"{snap.test_labels[reg.wrong[0]]} → {reg.wrong_pred[0]}"


def test_lambda_slider_is_applied_at_the_next_update(tab, qtbot):
    short_run(qtbot, tab)
    assert last(tab).weight_decay_lambda == 0
    tab.controls.lam.slider.setFocus()
    tab.controls.lam.slider.setValue(40)  # 40 steps of 0.005
    assert tab.controls.lam.value() == pytest.approx(0.2)
    qtbot.waitUntil(lambda: last(tab).weight_decay_lambda == pytest.approx(0.2), timeout=10000)
    qtbot.keyClick(tab, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: last(tab).step == 1, timeout=10000)
    for step in (2, 3):  # the first point (update 1) is scored while updates 2 and 3 train, and shown after 3
        qtbot.keyClick(tab, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: last(tab).step == step, timeout=10000)
    assert last(tab).runs[1].points == 1
    snap = last(tab)
    reg = snap.run(REGULARIZED)
    assert reg.decay_term[0] == pytest.approx(0.5 * 0.2 * reg.weight_norms[0].sum())
    assert "0.2" in tab.table.text(REGULARIZED, COL_STATE)


def test_preset_and_training_set_size_restart(tab, qtbot):
    old = tab.run
    qtbot.mouseClick(tab.controls.preset_buttons["fig6_23"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.run is not old and last(tab) is not None, timeout=10000)
    snap = last(tab)
    assert snap.updates == 901 and snap.dropout_ratio == pytest.approx(0.2) and snap.lr == pytest.approx(0.01)
    assert tab.controls.ratio.value() == pytest.approx(0.2) and tab.controls.lam.value() == 0
    old = tab.run
    type_into(qtbot, tab.controls.train_size, "1000")
    qtbot.waitUntil(lambda: tab.run is not old and last(tab) is not None, timeout=10000)
    snap = last(tab)
    assert snap.train_size == 1000 and snap.updates == 901 and snap.epochs == pytest.approx(90)
    assert "90" in tab.controls.epochs_info.text()


def test_export_csv(tab, qtbot, tmp_path):
    short_run(qtbot, tab, "13")
    play_to_end(qtbot, tab)
    snap = last(tab)
    path = tmp_path / "overfit.csv"
    tab.export_csv(str(path))
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:7] == ["run", "update", "epoch", "train_acc", "test_acc", "data_loss", "decay_term"]
    assert len(rows[0]) == 7 + 7
    base = snap.run(BASELINE)
    body = [r for r in rows[1:] if r[0] == BASELINE]
    assert len(body) == base.points
    assert [int(r[1]) for r in body] == list(base.updates)
    assert [float(r[4]) for r in body] == list(base.test_acc)
    assert [float(r[-1]) for r in body] == list(base.weight_norms[:, -1])


def test_divergence_is_marked(tab, qtbot):
    short_run(qtbot, tab)
    tab.controls.lr.setValue(10.0)
    play_to_end(qtbot, tab)
    snap = last(tab)
    assert all(r.diverged for r in snap.runs)
    assert "10" in str(snap.lr)
    assert tab.table.text(BASELINE, COL_STATE).startswith("diverged")
    assert "Diverged" in tab.status.text()
    label = tab.accuracy.mark_labels[BASELINE]
    assert label.isVisible() and "diverged" in label.textItem.toPlainText()
    assert len(tab.accuracy.marks[BASELINE].data) == 1


# the projector layout (issue 11): pieces tested alone, no run needed ------------------------------------------------

@pytest.fixture
def figure(qtbot):
    from gui.plotstyle import configure_pyqtgraph
    from gui.tabs.overfitting.figure import OverfitFigure
    from gui.tabs.overfitting.tab import COLORS
    configure_pyqtgraph()
    f = OverfitFigure(COLORS, 7)
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    return f


def test_confusion_numbers_only_when_they_fit_a_cell(figure, qtbot):
    """Full MNIST's 3-4 digit counts overlapped in small cells: they hide then (the colours and a tooltip say the
    count) and come back when the matrix is large enough."""
    from PySide6.QtGui import QFontMetricsF

    from gui.plotstyle import FONTS
    view = figure.confusion
    cm = np.full((10, 10), 7, dtype=int)
    np.fill_diagonal(cm, 1000)
    figure.resize(700, 600)  # narrow arrangement, cells of about 20 px
    view.show(cm, "#0072B2")
    widest = QFontMetricsF(FONTS.font("small")).horizontalAdvance("1000")
    qtbot.waitUntil(lambda: 0 < view.cell_pixels() < widest + 4)
    assert not view.numbers_shown and not view.numbers.isVisible()
    assert view.cell_text(3, 3) == "1000"  # kept, only hidden
    centre = view.plot.vb.mapViewToScene(pg_point(4, 3))  # column 4 = predicted, row 3 = true
    view._hover(centre)
    assert view.image.toolTip() == "true 3, predicted 4: 7 images"
    figure.resize(1900, 1500)
    qtbot.waitUntil(lambda: view.cell_pixels() >= widest + 4)
    assert view.numbers_shown and view.numbers.isVisible()


def pg_point(x, y):
    from PySide6.QtCore import QPointF
    return QPointF(x, y)


def test_figure_reflows_with_its_width(figure, qtbot):
    """Three plots share the second row on a wide screen; beside a 1024 px projector's controls, two do, and the
    loss takes a row of its own with its legend beside it, outside the plot."""
    layout = figure.ci.layout

    def cell(item):
        for r in range(layout.rowCount()):
            for c in range(layout.columnCount()):
                if layout.itemAt(r, c) is item:
                    return r, c
        return None

    figure.resize(1000, 600)
    qtbot.waitUntil(lambda: figure.wide is True)
    assert cell(figure.norms.plot)[0] == cell(figure.loss.plot)[0] == cell(figure.confusion.plot)[0] == 1
    figure.resize(500, 600)
    qtbot.waitUntil(lambda: figure.wide is False)
    assert cell(figure.loss.plot) == (2, 0) and cell(figure.loss_legend) == (2, 1)
    assert cell(figure.confusion.plot) == (1, 1)
    import pyqtgraph as pg
    assert isinstance(figure.loss.decay_sample, pg.BarGraphItem)  # a filled square in the legend, not a triangle
    assert figure.loss.legend is figure.loss_legend and figure.loss_legend.parentItem() is not figure.loss.plot.vb


def test_results_headings_fit_at_a_projector_width(qtbot):
    """"Training accuracy" was cut: headings wrap (the header grows), and in a narrow table the state column goes
    so that every heading's longest word fits its column."""
    from PySide6.QtWidgets import QApplication

    from gui.tabs.overfitting.results_table import OverfitResultsTable
    from gui.tabs.overfitting.tab import COLORS
    table = OverfitResultsTable(COLORS)
    qtbot.addWidget(table)
    table.retranslate({BASELINE: "no regularization", REGULARIZED: "regularized"})
    table.show()
    for width in (440, 900):
        table.resize(width, table.height())
        qtbot.waitUntil(lambda: table.width() == width)
        QApplication.processEvents()
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        assert table.isColumnHidden(COL_STATE) == (width < 560)
        for col in range(table.columnCount()):
            if table.isColumnHidden(col):
                continue
            text = table.horizontalHeaderItem(col).text()
            room = header.sectionSize(col) - 12
            assert max(metrics.horizontalAdvance(w) for w in text.split()) <= room, (width, text, room)
            need = metrics.boundingRect(0, 0, room, 10_000, Qt.TextFlag.TextWordWrap.value, text).height()
            assert need <= header.height() - 8, (width, text)


def test_mistakes_title_gives_back_its_height(qtbot):
    """The strip's title, once wrapped in a narrow window, went on reserving its many lines when the window grew
    (QLabel's heightForWidth never goes below the minimum height it was given): an empty band over the images."""
    from PySide6.QtWidgets import QApplication

    from gui.tabs.overfitting.mistakes_view import MistakesStrip
    strip = MistakesStrip()
    qtbot.addWidget(strip)
    strip.title.setText("Test images no regularization gets wrong (true → predicted)")
    strip.show()
    line = strip.title.fontMetrics().lineSpacing()
    for width, most_lines in ((120, None), (900, 1)):
        strip.resize(width, 300)
        qtbot.waitUntil(lambda: strip.title.width() <= width)
        QApplication.processEvents()
        if most_lines is None:
            assert strip.title.minimumHeight() >= 3 * line  # wrapped: several lines reserved
        else:
            assert strip.title.minimumHeight() <= most_lines * line + 4


def test_mistakes_strip_keeps_its_height_and_fits_a_narrow_window(qtbot):
    """Mistakes arriving never re-lay out the tab (the strip's height is the same empty or full), and a narrow window
    shows fewer images instead of being widened by fourteen of them."""
    from gui.tabs.overfitting.mistakes_view import COUNT, MistakesStrip
    strip = MistakesStrip()
    qtbot.addWidget(strip)
    strip.title.setText("Test images no regularization gets wrong (true → predicted)")
    strip.resize(1400, 200)
    strip.show()
    qtbot.waitExposed(strip)
    empty_height = strip.sizeHint().height()
    rng = np.random.default_rng(0)
    images = rng.integers(0, 255, (50, 784), dtype=np.uint8)
    labels = rng.integers(0, 10, 50)
    wrong, pred = np.arange(0, 40, 2), (labels[np.arange(0, 40, 2)] + 1) % 10
    strip.show_mistakes(wrong, pred, images, labels)
    assert strip.sizeHint().height() == empty_height
    assert strip.captions_text() == [f"{labels[i]} → {p}" for i, p in zip(wrong[:COUNT], pred[:COUNT])]
    assert strip.minimumSizeHint().width() < 200
    strip.resize(300, 200)
    qtbot.waitUntil(lambda: strip.cells.width() <= 300)
    shown = strip.captions_text()
    assert 1 <= len(shown) < COUNT and shown == [f"{labels[i]} → {p}" for i, p in zip(wrong, pred)][:len(shown)]
