"""gui/plotstyle.py: one font scale, the tint formula, the filled histogram and the linked grid."""
import pyqtgraph as pg
import pytest

from gui.plotstyle import FontScale, filled_histogram, grid_shape, linked_plots, tint


def test_every_role_follows_the_base_size():
    fonts = FontScale()
    assert fonts.pt("label") == 11 and fonts.pt("tick") == 10 and fonts.pt("title") == 13
    assert fonts.css("heading") == "12pt"
    fonts.set_base(22)
    assert fonts.pt("label") == 22 and fonts.pt("tick") == 20 and fonts.pt("banner") == 30
    assert fonts.font("title", bold=True).pointSizeF() == 26 and fonts.font("title", bold=True).bold()
    with pytest.raises(ValueError):
        fonts.set_base(0)


def test_tint_mixes_with_white():
    c = tint("#0072B2", 255)
    assert (c.red(), c.green(), c.blue(), c.alpha()) == (0x00, 0x72, 0xB2, 255)
    c = tint("#000000", 51)  # 20 % of the way from white to black
    assert (c.red(), c.green(), c.blue()) == (204, 204, 204)
    assert tint("#123456", 0).name() == "#ffffff"


@pytest.mark.parametrize("n, shape", [(1, (1, 1)), (16, (4, 4)), (17, (4, 5)), (36, (6, 6)), (5, (2, 3))])
def test_grid_shape_is_square_ish(n, shape):
    rows, cols = grid_shape(n)
    assert (rows, cols) == shape and rows * cols >= n


def test_linked_plots_share_the_first_plots_y_axis_and_show_its_scale_only(qtbot):
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    plots = linked_plots(widget.ci, [(0, 1), (0, 2), (1, 1), (1, 2)])
    plots[0].setYRange(0, 7, padding=0)
    assert plots[3].viewRange()[1] == pytest.approx([0, 7])
    assert plots[0].getAxis("left").style["showValues"] and plots[2].getAxis("left").style["showValues"]
    assert not plots[1].getAxis("left").style["showValues"]
    bars = filled_histogram(plots[0], "#0072B2")
    bars.setData([0.0, 1.0, 2.0], [3.0, 4.0])
    x, y = bars.getData()
    assert list(x) == [0.0, 1.0, 2.0] and list(y) == [3.0, 4.0]


def test_a_wrapped_title_gets_the_height_of_its_lines_and_never_covers_its_plot(qtbot):
    """pyqtgraph's setTitle fixes the title row at 30 px; a title wrapped to three lines in a narrow plot was drawn
    over the top of the plot (the overfitting tab at 1024 px). Made narrow, then wide again, the row follows."""
    from gui.plotstyle import style_plot

    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    plot = widget.ci.addPlot()
    style_plot(plot, "Weight norm ‖W‖² per layer (black: epoch 0), a title that must wrap", "layer", "‖W‖²")
    widget.resize(170, 400)
    widget.show()
    qtbot.waitExposed(widget)
    title = plot.titleLabel

    def lines_fit():
        text = title.itemRect().height()
        return (plot.layout.rowMinimumHeight(0) >= text - 1 and title.size().height() >= text - 1
                and title.mapRectToScene(title.rect()).bottom() <= plot.vb.sceneBoundingRect().top() + 1)

    qtbot.waitUntil(lambda: lines_fit() and title.itemRect().height() > 60, timeout=5000)  # three lines or more
    widget.resize(900, 400)
    qtbot.waitUntil(lambda: lines_fit() and plot.layout.rowMinimumHeight(0) <= 31, timeout=5000)  # one line again
    plot.setTitle("A new title, long enough to wrap in a narrow plot again: " * 2)  # setTitle puts the row at 30 px
    widget.resize(170, 400)
    qtbot.waitUntil(lambda: lines_fit() and title.itemRect().height() > 60, timeout=5000)
