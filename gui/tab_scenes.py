"""What makes a lab tab a scene: save its set-up, apply a saved one, and undo/redo its parameter changes.

:class:`SceneTab` is mixed into :class:`gui.tabs.base.ExperimentTab`. A tab provides

- ``LAB_KEY``: the lab's name in scene files (``"race"``, ``"weight_init"`` ...);
- ``current_configs()``: ``{name: config dataclass}`` as the controls describe them now (``make_factory`` builds
  its experiment from the same method, so the two cannot drift). A tab with one experiment returns one entry and
  its scene's ``config`` is that config's fields; a tab with two saves each under its name;
- ``set_controls(configs, view)``: set every control from validated configs and a view dict (a restart the tab
  asks for meanwhile is held back and done once afterwards);
- ``view_state()``: plain JSON for what is not part of the experiment (data choice, open view ...).
  ``set_controls`` must ignore view entries it does not understand (the view is not validated here).

:meth:`SceneTab.apply_scene` validates everything first (raising :class:`SceneError` with nothing changed), then sets
the controls and restarts the run once. The tab records its scene in its :class:`~gui.undo.SceneHistory` every time
a change is applied (``_new_run`` and ``send_live`` call :meth:`SceneTab.scene_changed`).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication

from gui.undo import SceneHistory
from model.scenes import Scene, SceneError, config_from_dict, config_to_dict


class SceneTab:
    """Mixin for ExperimentTab (no state of its own until first used; see the module docstring)."""

    LAB_KEY = ""

    # to override ------------------------------------------------------------------------------------------------
    def current_configs(self) -> dict[str, Any]:
        raise NotImplementedError

    def set_controls(self, configs: dict[str, Any], view: dict[str, Any]) -> None:
        raise NotImplementedError

    def view_state(self) -> dict[str, Any]:
        return {}

    def scene_applied(self, view: dict[str, Any]) -> None:
        """After ``apply_scene`` restarted the run: open what needs a run (e.g. one panel's detail)."""

    # scenes ------------------------------------------------------------------------------------------------------
    def scene(self, title: str = "", note: str = "") -> Scene:
        """The tab's set-up now (``ValueError`` if the controls describe no valid experiment)."""
        configs = self.current_configs()
        if len(configs) == 1:
            data = config_to_dict(next(iter(configs.values())))
        else:
            data = {name: config_to_dict(c) for name, c in configs.items()}
        return Scene(lab=self.LAB_KEY, config=data, view=dict(self.view_state()), title=title, note=note)

    def config_types(self) -> dict[str, type]:
        """The config class of each named config (from the controls' current configs).

        While the controls describe an invalid set-up (e.g. a search range whose lower end is above its upper end)
        the classes of the last valid set-up are used, so a scene or lecture can still be read and applied."""
        try:
            types_ = {name: type(c) for name, c in self.current_configs().items()}
        except ValueError as exc:
            types_ = getattr(self, "_last_config_types", None)
            if types_ is None:  # never valid yet (prime_config_types had no chance): a scene error, told as such
                raise SceneError("bad_value", str(exc)) from None
        self._last_config_types = types_
        return types_

    def prime_config_types(self) -> None:
        """Remember the config classes while the controls are still valid (the tab calls this once it is built), so
        that undo and scene files work even if the first thing the user does is make the set-up invalid."""
        try:
            self.config_types()
        except (ValueError, NotImplementedError):
            pass

    def read_scene(self, scene: Scene) -> tuple[dict[str, Any], tuple[str, ...]]:
        """Validate ``scene`` for this tab: ``(configs, unknown field names)``; SceneError if it cannot apply."""
        if scene.lab != self.LAB_KEY:
            raise SceneError("unknown_lab", f"lab {scene.lab!r} is not {self.LAB_KEY!r}")
        types_ = self.config_types()
        unknown: list[str] = list(scene.unknown)
        if len(types_) == 1:
            name, cls = next(iter(types_.items()))
            config, extra = config_from_dict(cls, scene.config)
            return {name: config}, tuple(unknown + list(extra))
        configs = {}
        for name, cls in types_.items():
            part = scene.config.get(name, {})
            try:
                configs[name], extra = config_from_dict(cls, part)
            except SceneError as exc:
                field = f"{name}.{exc.field_name}" if exc.field_name else name
                raise SceneError(exc.kind, exc.detail, field_name=field) from None
            unknown += [f"{name}.{e}" for e in extra]
        unknown += [k for k in scene.config if k not in types_]
        return configs, tuple(unknown)

    def apply_scene(self, scene: Scene) -> tuple[str, ...]:
        """Set the tab as ``scene`` describes and restart its run once. Returns the unknown (ignored) field names.

        Raises :class:`SceneError` before changing anything if the scene is not for this tab or a value is bad.
        """
        configs, unknown = self.read_scene(scene)
        view = scene.view if isinstance(scene.view, dict) else {}
        self._scene_applying = True
        try:
            self.set_controls(configs, view)
        finally:
            self._scene_applying = False
        self.restart()
        self.scene_applied(view)
        return unknown

    def restart_held_back(self) -> bool:
        """True while ``apply_scene`` sets the controls (``_new_run`` waits for the one restart after it)."""
        return getattr(self, "_scene_applying", False)

    # undo / redo --------------------------------------------------------------------------------------------------
    @property
    def history(self) -> SceneHistory:
        if getattr(self, "_history", None) is None:
            self._history = SceneHistory()
        return self._history

    def scene_changed(self) -> None:
        """A control change was applied: record the scene for undo (nothing while undoing or applying)."""
        if self.restart_held_back() or getattr(self, "_undoing", False):
            return
        try:
            self.history.record(self.scene(), self._burst_key())
        except (ValueError, TypeError, NotImplementedError):
            pass  # the controls describe no valid experiment (the tab said so); nothing to record

    def _burst_key(self) -> object:
        """The focused spin box or slider of this tab (its changes within a second are one undo step), else None."""
        focus = QApplication.focusWidget()
        if isinstance(focus, (QAbstractSpinBox, QAbstractSlider)) and self.isAncestorOf(focus):
            return id(focus)
        return None

    def undo(self) -> bool:
        """Back one step; from an invalid set-up (e.g. a range typed upside down, never recorded) back to the last
        valid one."""
        if self.history.current is not None and not self._controls_valid():
            return self._go(self.history.current)
        return self._go(self.history.undo())

    def _controls_valid(self) -> bool:
        try:
            self.current_configs()
        except (ValueError, TypeError):
            return False
        return True

    def redo(self) -> bool:
        return self._go(self.history.redo())

    def _go(self, target: Scene | None) -> bool:
        if target is None:
            return False
        self._undoing = True
        try:
            self.apply_scene(target)
        except SceneError:
            return False
        finally:
            self._undoing = False
        return True


def select_data(box, catalog, key) -> None:
    """Choose data source ``key`` in a ``DataSourceBox`` if this computer offers it (else the choice stays)."""
    if isinstance(key, str) and key != box.key() and key in {src.key for src in catalog.sources()}:
        box.select(key)


def view_int(view: dict[str, Any], name: str, default: int, low: int, high: int) -> int:
    """A whole number from a scene's view, clamped to [low, high]; ``default`` if absent or not a number."""
    value = view.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return min(max(value, low), high)
