"""Lectures: the shipped chapter 6 lecture loads in both languages, every scene applies; Page Down / Page Up move
across tabs and the title shows "2 / N"; a focused spin box keeps Page Down."""
import pytest
from PySide6.QtCore import Qt

from gui.scene_files import lecture_path
from model.scenes import load_lecture
from tests.gui.test_scenes import focus, make_window, tab_classes


@pytest.mark.parametrize("language", ["en", "ko"])
def test_shipped_lecture_loads_without_unknown_fields_in_book_order(language):
    lecture = load_lecture(lecture_path(language).read_bytes(), set(tab_classes()))
    assert lecture.unknown == () and all(s.unknown == () for s in lecture.scenes)
    labs = [s.lab for s in lecture.scenes]
    assert labs[:2] == ["race", "mnist_race"] and labs[-1] == "hyperparameter_search"
    assert all(s.title and s.note for s in lecture.scenes)
    assert all(s.view.get("data", "bundled") == "bundled" for s in lecture.scenes)  # the product ships only that


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_shipped_scene_applies(qtbot, tmp_path, language):
    window = make_window(qtbot, tmp_path / "s.ini")
    actions = window.scene_actions
    lecture = load_lecture(lecture_path(language).read_bytes(), set(tab_classes()))
    for scene in lecture.scenes:
        tab = actions.tabs()[scene.lab]
        configs, unknown = tab.read_scene(scene)
        assert unknown == ()
        tab.apply_scene(scene)
        assert tab.current_configs() == configs, scene.title
    window.close()


def test_page_down_and_up_move_across_tabs(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "s.ini", ["race", "weight_init"])
    path = tmp_path / "l.json"
    lecture = load_lecture(lecture_path("en").read_bytes())
    # the first three scenes that these two labs have: race, then two weight-init figures
    from model.scenes import Lecture, dump_lecture
    picked = [s for s in lecture.scenes if s.lab in ("race", "weight_init")][:3]
    path.write_text(dump_lecture(Lecture("Test lecture", tuple(picked))), encoding="utf-8")
    actions = window.scene_actions
    assert actions.open_lecture(str(path))
    race, weights = actions.tabs()["race"], actions.tabs()["weight_init"]
    assert window.current_tab() is race and "1 / 3" in window.windowTitle()
    assert actions.player.banner.title.text() == picked[0].title
    race.plots.setFocus()
    focus(qtbot, race.plots)
    qtbot.keyClick(race.plots, Qt.Key.Key_PageDown)
    assert window.current_tab() is weights
    assert "Test lecture" in window.windowTitle() and "2 / 3" in window.windowTitle()
    assert actions.player.banner.note.text() == picked[1].note
    assert weights.histograms.controls.config().weight_std == 1.0  # figure 6-10: std 1
    spin = weights.histograms.controls.layers_spin
    focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_PageDown)  # a focused spin box keeps Page Down (it steps by ten)
    assert "2 / 3" in window.windowTitle()
    focus(qtbot, weights.view_buttons[0])
    qtbot.keyClick(weights.view_buttons[0], Qt.Key.Key_PageDown)
    assert "3 / 3" in window.windowTitle() and weights.histograms.controls.config().weight_std == 0.01
    assert not actions.player.banner.forward.isEnabled()
    qtbot.keyClick(weights.view_buttons[0], Qt.Key.Key_PageUp)
    qtbot.mouseClick(actions.player.banner.back, Qt.MouseButton.LeftButton)
    assert window.current_tab() is race and "1 / 3" in window.windowTitle()
    actions.close_lecture_action.trigger()
    assert "/ 3" not in window.windowTitle() and actions.player.toolbar.isHidden()
    window.close()


def test_lecture_opens_while_a_lab_holds_an_invalid_range(qtbot, tmp_path):
    """Found by the monkey test: a search range typed upside down made opening a lecture raise."""
    from model.scenes import Lecture, dump_lecture

    window = make_window(qtbot, tmp_path / "s.ini", ["hyperparameter_search"])
    actions = window.scene_actions
    search = actions.tabs()["hyperparameter_search"]
    lecture = load_lecture(lecture_path("en").read_bytes())
    picked = tuple(s for s in lecture.scenes if s.lab == "hyperparameter_search")
    path = tmp_path / "l.json"
    path.write_text(dump_lecture(Lecture("Search only", picked)), encoding="utf-8")
    qtbot.waitUntil(lambda: search.run is not None)  # the lab is up (as it is before a user can type anything)
    search.controls.lr_lo.setValue(-1.0)
    search.controls.lr_hi.setValue(-5.0)  # lower end above the upper end
    with pytest.raises(ValueError):
        search.current_configs()
    opened = actions.open_lecture(str(path))  # no exception escapes: it opens, or says why not
    if opened:
        assert search.current_configs()["search"].lr_log10[0] < search.current_configs()["search"].lr_log10[1]
    else:
        assert "not valid" in actions.last_message.text()
    window.close()
