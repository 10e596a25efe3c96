"""Application-wide set-up used by ``main()``: resources, the Hangul fallback font, translators, settings."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from gui.settings import Settings

from model.resources import resources_dir

LANGUAGES = {"en": "English", "ko": "한국어"}
"""Languages shipped, each named in its own language (so the names are never translated)."""


def resource_dir() -> Path:
    """The ``resources/`` folder of a checkout, an installed wheel or a bundle (found by ``model.resources``)."""
    return resources_dir()


def register_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and add them as *fallback* families after the system's own face.

    Hangul then renders on machines without CJK fonts, while Latin text and digits keep the system face
    (a blanket substitution made "2.5" look like "2,5" in axis ticks).
    """
    families: list[str] = []
    for path in sorted((resource_dir() / "fonts").glob("*.tt[fc]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    if families:
        font = app.font()
        system_family = QFontInfo(font).family()
        font.setFamilies([system_family] + [f for f in families if f != system_family])
        app.setFont(font)
    return families


def system_language() -> str:
    """'ko' when the system locale is Korean, else 'en'."""
    return "ko" if QLocale.system().name().lower().startswith("ko") else "en"


class Translations:
    """Owns the installed translators; switching language re-installs them and Qt sends LanguageChange to widgets."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self._catalogues: list[bytes] = []  # the loaded .qm files' bytes (Qt does not copy them)
        self.language = "en"

    def set_language(self, language: str) -> bool:
        """Install the translators for ``language`` ('en' or 'ko'). Returns False if its files are missing."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        for translator in self._translators:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._translators = []
        self._catalogues = []
        self.language = language
        if language == "en":
            return True
        ok = True
        ours = QTranslator(self._app)
        if self._load(ours, resource_dir() / "i18n" / f"descent_{language}.qm"):
            self._translators.append(ours)
        else:
            ok = False
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self._app)
        if self._load(qtbase, Path(qt_dir) / f"qtbase_{language}.qm"):
            self._translators.append(qtbase)
        for translator in self._translators:
            self._app.installTranslator(translator)
        return ok


    def _load(self, translator: QTranslator, path: Path) -> bool:
        """Load a .qm catalogue from a copy in memory, kept as long as it is installed.

        Loaded by name, Qt maps the file into memory; a .qm rewritten while the app runs (an update of the app,
        ``tools/i18n.py --release``) then crashed the next translation (SIGBUS), found by the monkey test."""
        try:
            data = path.read_bytes()
        except OSError:
            return False
        if not translator.load(data, str(path.parent)):
            return False
        self._catalogues.append(data)
        return True


def make_settings(path: str | None = None) -> Settings:
    """The app's settings: a given INI file (tests, portable use) or the user's INI file in the usual place.

    Values are read only through the validating getters of :class:`gui.settings.Settings`; a damaged file never
    stops start-up.
    """
    if path:
        return Settings(path, QSettings.Format.IniFormat)
    return Settings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Descent", "Descent")


def choose_language(cli_language: str | None, settings: Settings) -> str:
    """Command line first, then the language picked in the menu last time, then the system locale."""
    if cli_language in LANGUAGES:
        return cli_language
    return settings.get_choice("language", "", LANGUAGES) or system_language()


def projector_font(app: QApplication, point_size: float = 11.0) -> None:
    """A base font a little larger than desktop default, so a room can read the controls."""
    font: QFont = app.font()
    if font.pointSizeF() < point_size:
        font.setPointSizeF(point_size)
        app.setFont(font)
