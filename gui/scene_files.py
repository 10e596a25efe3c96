"""Scene files, undo/redo and remembered labs: the main window's side of scenes (see gui/tab_scenes.py).

:class:`SceneActions` adds File > Save scene…, Open scene…, Open lecture…, Open the chapter 6 lecture, Close
lecture, and Edit > Undo / Redo (Ctrl+Z, Ctrl+Shift+Z) for the current tab's parameter changes. A focused text
field keeps Ctrl+Z for its own undo: Qt offers it the key first (ShortcutOverride) and a line edit or spin box
accepts it.

Files are written through :func:`model.files.atomic_write`. A file that cannot be read (damaged, not a scene, from a
newer Descent, a lab this version lacks, a bad value) gets one translated message per :class:`SceneError` kind,
naming the field or the scene number, and changes nothing; fields this version does not know are listed in a message
while the rest loads.

On close each tab's scene is stored in the settings (``scenes/<lab>``, JSON text) and applied at the next start; a
stored scene that cannot be read is ignored with a line on stderr.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from gui.lecture import LecturePlayer
from model.files import atomic_write
from model.scenes import MAX_BYTES, Scene, SceneError, dump_scene, load_lecture, load_scene

SETTINGS_PREFIX = "scenes/"
FOLDER_KEY = "scenes/folder"


def lecture_path(language: str) -> Path:
    """The bundled chapter 6 lecture in ``language`` ('ko' or 'en'; English for any other)."""
    from model.resources import resources_dir

    name = "chapter6_ko.json" if language == "ko" else "chapter6_en.json"
    return resources_dir() / "lectures" / name


class SceneActions(QObject):
    """Scene and lecture entries of ``window``'s menus, undo/redo, and the labs remembered between launches."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.last_message: QMessageBox | None = None
        self.player = LecturePlayer(window, self)  # our child: it reaches us as its parent
        self._make_actions()
        self.restore()

    @property
    def window(self) -> QMainWindow:
        """The main window: our Qt parent, not an attribute (no Python reference cycle keeps the window alive)."""
        return self.parent()

    # menus -----------------------------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        w = self.window
        self.save_action = self._action(self.save_scene, QKeySequence.StandardKey.Save)
        self.open_action = self._action(self.open_scene, QKeySequence.StandardKey.Open)
        self.lecture_action = self._action(self.open_lecture)
        self.chapter6_action = self._action(self.open_chapter6)
        self.close_lecture_action = self._action(self.player.close_lecture)
        self.close_lecture_action.setEnabled(False)
        self.undo_action = self._action(self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.redo, QKeySequence("Ctrl+Shift+Z"))
        first = w.file_menu.actions()[0] if w.file_menu.actions() else None
        w.file_menu.insertActions(first, [self.save_action, self.open_action, self.lecture_action,
                                          self.chapter6_action, self.close_lecture_action])
        w.file_menu.insertSeparator(first)
        edit = getattr(getattr(w, "slides", None), "edit_menu", None) or w.file_menu
        edit_first = edit.actions()[0] if edit.actions() else None
        edit.insertActions(edit_first, [self.undo_action, self.redo_action])
        edit.insertSeparator(edit_first)
        edit.aboutToShow.connect(self.update_actions)  # greyed out in the menu when there is nothing to undo
        edit.aboutToHide.connect(self._enable_keys)  # but the keys always work (they act on the tab current then)
        for action in (self.save_action, self.open_action, self.undo_action, self.redo_action):
            w.addAction(action)  # the keys work with the menu bar hidden (full screen)
        self.retranslate()

    def _action(self, slot, key=None) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(lambda _checked=False: slot())
        if key is not None:
            action.setShortcut(QKeySequence(key))
        return action

    def retranslate(self) -> None:
        if not shiboken6.isValid(self.save_action):  # the window was deleted while a language change was queued
            return
        self.save_action.setText(self.tr("&Save scene…"))
        self.open_action.setText(self.tr("&Open scene…"))
        self.lecture_action.setText(self.tr("Open &lecture…"))
        self.chapter6_action.setText(self.tr("Open the chapter &6 lecture"))
        self.close_lecture_action.setText(self.tr("&Close lecture"))
        self.undo_action.setText(self.tr("&Undo parameter change"))
        self.redo_action.setText(self.tr("&Redo parameter change"))
        self.player.retranslate()

    def update_actions(self) -> None:
        tab = self.window.current_tab()
        self.undo_action.setEnabled(tab is not None and tab.history.can_undo())
        self.redo_action.setEnabled(tab is not None and tab.history.can_redo())

    def _enable_keys(self) -> None:
        self.undo_action.setEnabled(True)
        self.redo_action.setEnabled(True)

    # tabs ------------------------------------------------------------------------------------------------------
    def tabs(self) -> dict:
        """{lab key: tab} for every tab that has scenes."""
        tabs = self.window.tabs
        return {t.LAB_KEY: t for t in (tabs.widget(i) for i in range(tabs.count())) if getattr(t, "LAB_KEY", "")}

    def apply(self, scene: Scene) -> tuple[str, ...]:
        """Switch to the scene's lab and apply it (SceneError, nothing changed, if it cannot apply)."""
        tab = self.tabs().get(scene.lab)
        if tab is None:
            raise SceneError("unknown_lab", f"lab {scene.lab!r}")
        unknown = tab.apply_scene(scene)
        self.window.tabs.setCurrentWidget(tab)
        return unknown

    def undo(self) -> bool:
        tab = self.window.current_tab()
        return tab is not None and tab.undo()

    def redo(self) -> bool:
        tab = self.window.current_tab()
        return tab is not None and tab.redo()

    # files -----------------------------------------------------------------------------------------------------
    def save_scene(self, path: str | None = None) -> str | None:
        tab = self.window.current_tab()
        try:
            text = dump_scene(tab.scene(title=tab.tab_title()))
        except ValueError as exc:
            self.tell(self.tr("Scene not saved"), str(exc))
            return None
        if path is None:
            path = self._ask_path(save=True, lecture=False)
            if path is None:
                return None
        try:
            atomic_write(path, text.encode("utf-8"))
        except OSError as exc:
            self.tell(self.tr("Scene not saved"), self.window.exporter.error_text(exc, path), str(exc))
            return None
        self._remember_folder(path)
        return path

    def open_scene(self, path: str | None = None) -> bool:
        path = path or self._ask_path(save=False, lecture=False)
        if not path:
            return False
        try:
            scene = load_scene(self._read(path), set(self.tabs()))
            unknown = self.apply(scene)
        except SceneError as exc:
            self.tell(self.tr("Scene not opened"), self.error_text(exc, path), str(exc))
            return False
        except ValueError as exc:  # the lab's own controls describe an invalid set-up right now
            self.tell(self.tr("Scene not opened"), self.invalid_controls_text(), str(exc))
            return False
        except OSError as exc:
            self.tell(self.tr("Scene not opened"), self.tr("The file could not be read:\n%1").replace("%1", path),
                      str(exc))
            return False
        self._remember_folder(path)
        if unknown:
            self.tell_unknown(unknown, path)
        return True

    def open_lecture(self, path: str | None = None) -> bool:
        path = path or self._ask_path(save=False, lecture=True)
        if not path:
            return False
        try:
            lecture = load_lecture(self._read(path), set(self.tabs()))
            unknown = list(lecture.unknown)
            for i, scene in enumerate(lecture.scenes):  # every scene must apply before the lecture opens
                try:
                    extra = self.tabs()[scene.lab].read_scene(scene)[1]
                except SceneError as exc:
                    raise SceneError(exc.kind, exc.detail, field_name=exc.field_name, index=i) from None
                unknown += [self.tr("scene %1: %2").replace("%1", str(i + 1)).replace("%2", e) for e in extra]
        except SceneError as exc:
            self.tell(self.tr("Lecture not opened"), self.error_text(exc, path), str(exc))
            return False
        except ValueError as exc:
            self.tell(self.tr("Lecture not opened"), self.invalid_controls_text(), str(exc))
            return False
        except OSError as exc:
            self.tell(self.tr("Lecture not opened"), self.tr("The file could not be read:\n%1").replace("%1", path),
                      str(exc))
            return False
        self._remember_folder(path)
        self.player.open(lecture)
        if unknown:
            self.tell_unknown(unknown, path)
        return True

    def open_chapter6(self) -> bool:
        translations = getattr(self.window, "translations", None)
        return self.open_lecture(str(lecture_path(translations.language if translations else "en")))

    def _read(self, path: str) -> bytes:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise SceneError("too_large", f"{size:,} bytes")
        with open(path, "rb") as fh:
            return fh.read(MAX_BYTES + 1)

    def _ask_path(self, save: bool, lecture: bool) -> str | None:
        folder = self.window.settings.get_folder(FOLDER_KEY) or str(Path.home())
        filters = (self.tr("Descent lecture (*.json)") if lecture else self.tr("Descent scene (*.json)")) + ";;" + \
            self.tr("All files (*)")
        if save:
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save scene"),
                                                  os.path.join(folder, "scene.json"), filters)
            return (path if path.lower().endswith(".json") else path + ".json") if path else None
        title = self.tr("Open lecture") if lecture else self.tr("Open scene")
        path, _ = QFileDialog.getOpenFileName(self.window, title, folder, filters)
        return path or None

    def _remember_folder(self, path: str) -> None:
        folder = os.path.dirname(os.path.abspath(path))
        if os.path.isdir(folder):
            self.window.store_setting(FOLDER_KEY, folder)

    # messages --------------------------------------------------------------------------------------------------
    def error_text(self, exc: SceneError, path: str) -> str:
        """One message per SceneError kind, naming the field or the scene number; the file is named too."""
        texts = {
            "not_json": self.tr("This file is damaged or is not a Descent file (it is not readable JSON text)."),
            "not_a_scene": self.tr("This file is not a Descent scene or lecture."),
            "newer_version": self.tr("This file was saved by a newer version of Descent; update Descent to open "
                                     "it."),
            "unknown_lab": self.tr("This file is for a lab this version of Descent does not have."),
            "bad_value": self.tr("The setting '%1' in this file has a value Descent cannot use."),
            "too_large": self.tr("This file is too large to be a Descent scene or lecture."),
        }
        text = texts.get(exc.kind, texts["not_a_scene"]).replace("%1", exc.field_name or "?")
        if exc.index is not None:
            text = self.tr("Scene %1: ").replace("%1", str(exc.index + 1)) + text
        return text + "\n" + path + "\n\n" + self.tr("Nothing was changed.")

    def tell_unknown(self, unknown, path: str) -> None:
        shown = ", ".join(unknown[:20]) + (" …" if len(unknown) > 20 else "")
        self.tell(self.tr("Some settings were ignored"),
                  self.tr("This file has settings this version of Descent does not know; they were ignored and "
                          "the rest was loaded: %1").replace("%1", shown) + "\n" + path)

    def invalid_controls_text(self) -> str:
        return self.tr("A lab's settings are not valid right now (see its message); correct them, then try again. "
                       "Nothing was changed.")

    def tell(self, title: str, text: str, detail: str = "") -> None:
        """A window-modal message that does not block (tests read ``last_message``)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        if detail:
            box.setDetailedText(detail)
        if self.last_message is not None:
            self.last_message.close()
        self.last_message = box
        box.open()

    # remembered labs -------------------------------------------------------------------------------------------
    def store(self) -> None:
        """Keep every tab's scene in the settings (the window writes them when it closes)."""
        settings = self.window.settings
        for key, tab in self.tabs().items():
            try:
                settings.setValue(SETTINGS_PREFIX + key, dump_scene(tab.scene()))
            except (ValueError, TypeError) as exc:
                print(f"Descent: the {key} lab's set-up is not remembered ({exc})", file=sys.stderr)

    def restore(self) -> None:
        """Apply each stored scene; a damaged one is ignored with a line on stderr. Undo starts empty."""
        settings = self.window.settings
        for key, tab in self.tabs().items():
            text = settings.get_text(SETTINGS_PREFIX + key, MAX_BYTES)
            if text is None:
                tab.scene_changed()  # the start-up set-up is the first one undo can go back to
                continue
            try:
                unknown = tab.apply_scene(load_scene(text, {key}))
            except SceneError as exc:
                print(f"Descent: the remembered set-up of the {key} lab is ignored ({exc})", file=sys.stderr)
                continue
            if unknown:
                print(f"Descent: the remembered {key} lab had unknown settings, ignored: {', '.join(unknown)}",
                      file=sys.stderr)
            tab.history.clear()
