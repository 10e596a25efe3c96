"""First start: About says where settings, downloads and bundled files live; Help > Reset settings (after a
confirmation) forgets every setting, so the next start is like the first; Cancel keeps them."""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.app import Translations, make_settings
from gui.data import app_data_dir
from gui.main_window import MainWindow
from gui.tabs.race import RaceTab
from model.resources import resources_dir


def answer_next_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` in the next message box, as the user would (it opens a nested event loop)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(button).click()
    QTimer.singleShot(0, click)


def make_window(qtbot, path, translations=None):
    window = MainWindow(make_settings(str(path)), translations, tab_classes=[RaceTab])
    qtbot.addWidget(window)
    window.show()
    return window


def test_about_names_settings_downloads_and_bundled_files(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "my settings.ini")
    text = window.where_text()
    assert str(tmp_path / "my settings.ini") in text
    assert str(app_data_dir()) in text and str(resources_dir()) in text


def test_reset_settings_asks_then_forgets_everything(qtbot, tmp_path, qapp):
    path = tmp_path / "s.ini"
    translations = Translations(qapp)
    try:
        window = make_window(qtbot, path, translations)
        window.set_language("ko")
        window.store_setting("export/folder", str(tmp_path))
        window.close()
        assert "language=ko" in path.read_text()

        again = make_window(qtbot, path, translations)
        seen: list[str] = []
        answer_next_question(QMessageBox.StandardButton.Cancel, seen)
        again.reset_action.trigger()
        assert seen and "language=ko" in path.read_text()  # asked, and Cancel kept everything

        answer_next_question(QMessageBox.StandardButton.Reset, seen)
        again.reset_action.trigger()
        assert len(seen) == 2
        assert make_settings(str(path)).allKeys() == []
        again.close()  # closing does not write the window's geometry back
        assert make_settings(str(path)).allKeys() == []
    finally:
        translations.set_language("en")
