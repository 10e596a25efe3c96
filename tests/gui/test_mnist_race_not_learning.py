"""Item 10e of issue 8 in the tab: AdaGrad and Adam at learning rate 100 stay at chance level; the results table
and the status line say "not learning" (as the model's snapshot decides) instead of "finished"."""
from PySide6.QtCore import Qt

from model.experiments.mnist_race import NOT_LEARNING_AFTER
from tests.gui.test_mnist_race_tab import last, make_tiny, tab  # noqa: F401 - the fixture


def test_runs_at_chance_level_are_shown_as_not_learning(tab, qtbot):  # noqa: F811
    make_tiny(qtbot, tab, iterations=NOT_LEARNING_AFTER + 20, layers=2, units=50)
    for name in ("AdaGrad", "Adam"):
        spin = tab.rows[name].lr.spin
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "100")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
        assert tab.rows[name].lr.value() == 100
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_Space)
    with qtbot.waitSignal(tab.run.finished, timeout=30000):
        pass
    snap = last(tab)
    assert snap.done and {"AdaGrad", "Adam"} <= set(snap.not_learning)
    for r, name in enumerate(tab.rows):
        if tab.table.isRowHidden(r):
            continue
        state = tab.table.item(r, 4).text()
        if snap.is_not_learning(name):
            assert state == "not learning" and "chance level" in tab.table.item(r, 4).toolTip()
        else:
            assert state == "finished"
    assert tab.status.text().startswith("Not learning: ") and "Adam" in tab.status.text()
    assert f"({snap.chance_loss:.2f})" in tab.status.text()
