"""The help and slide menus follow the window's language through the one shared filter (gui/retranslate.py)."""
from gui.app import Translations, make_settings
from gui.main_window import MainWindow
from gui.tabs.race import RaceTab

HANGUL = ("\uac00", "\ud7a3")


def has_hangul(text: str) -> bool:
    return any(HANGUL[0] <= ch <= HANGUL[1] for ch in text)


def test_help_and_slide_menus_retranslate_on_a_language_change(qtbot, qapp, tmp_path):
    from gui.plotstyle import configure_pyqtgraph
    configure_pyqtgraph()
    window = MainWindow(make_settings(str(tmp_path / "s.ini")), None, tab_classes=[RaceTab])
    qtbot.addWidget(window)
    help_action, edit_menu = window.help_actions.sheet_action, window.slides.edit_menu
    assert help_action.text() == "&Keyboard shortcuts" and edit_menu.title() == "&Edit"
    translations = Translations(qapp)
    try:
        assert translations.set_language("ko")
        qtbot.waitUntil(lambda: has_hangul(help_action.text()) and has_hangul(edit_menu.title()))
        assert has_hangul(window.slides.record_action.text()) and has_hangul(window.help_actions.labs_menu.title())
    finally:
        translations.set_language("en")
    qtbot.waitUntil(lambda: help_action.text() == "&Keyboard shortcuts" and edit_menu.title() == "&Edit")
    window.close()
