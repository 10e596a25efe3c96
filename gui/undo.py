"""Undo and redo of a lab's parameter changes: a stack of scenes per tab.

Every time a tab applies a control change (it restarts its run or passes a live change) it *records* its current
scene. :class:`SceneHistory` compares it with the scene recorded before: if the configuration differs, the earlier
scene goes on the undo stack and the redo stack is cleared. A burst of changes to the same field (a spin box's arrows
held down, digits typed, a slider dragged) within :data:`COALESCE_SECONDS` becomes one step: only the state before
the burst is kept. A burst needs the same *control* (``burst_key``, the tab passes the focused spin box or slider):
a preset or "Default settings" clicked right after a typed value is a step of its own. Undo gives back the previous
scene (the tab applies it through ``apply_scene``) and puts the current one on the redo stack; redo does the reverse.

The history compares only ``Scene.config`` (the experiment's parameters); the view travels with the scene but a
change of view alone is not an undo step. No Qt here: the tab owns the shortcuts.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from model.scenes import Scene

COALESCE_SECONDS = 1.0
MAX_STEPS = 100


def changed_fields(a: dict, b: dict, prefix: str = "") -> frozenset[str]:
    """The dotted names of the fields whose values differ between two config dicts (nested dicts are walked)."""
    names: set[str] = set()
    for key in set(a) | set(b):
        va, vb = a.get(key), b.get(key)
        if isinstance(va, dict) and isinstance(vb, dict):
            names |= changed_fields(va, vb, f"{prefix}{key}.")
        elif va != vb:
            names.add(prefix + key)
    return frozenset(names)


class SceneHistory:
    """The undo and redo stacks of one tab (see the module docstring)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, limit: int = MAX_STEPS) -> None:
        self._clock = clock
        self._limit = limit
        self.undo_stack: list[Scene] = []
        self.redo_stack: list[Scene] = []
        self.current: Scene | None = None
        self._last_fields: frozenset[str] = frozenset()
        self._last_time = -1e9
        self._last_key: object = None

    def record(self, scene: Scene, burst_key: object = None) -> bool:
        """The tab now shows ``scene``; True if this made a new undo step. ``burst_key``: the control that changed
        (None: not a control that makes bursts)."""
        previous = self.current
        self.current = scene
        if previous is None or previous.config == scene.config:
            return False
        fields = changed_fields(previous.config, scene.config)
        now = self._clock()
        burst = (burst_key is not None and burst_key == self._last_key and fields == self._last_fields
                 and now - self._last_time < COALESCE_SECONDS and self.undo_stack)
        self._last_fields, self._last_time, self._last_key = fields, now, burst_key
        if burst:
            return False  # the state before the burst is already on the stack
        self.undo_stack.append(previous)
        del self.undo_stack[:-self._limit]
        self.redo_stack.clear()
        return True

    def can_undo(self) -> bool:
        return bool(self.undo_stack)

    def can_redo(self) -> bool:
        return bool(self.redo_stack)

    def undo(self) -> Scene | None:
        """The scene to go back to (None if there is none); the current one moves to the redo stack."""
        if not self.undo_stack or self.current is None:
            return None
        self.redo_stack.append(self.current)
        self.current = self.undo_stack.pop()
        self._last_fields = frozenset()
        return self.current

    def redo(self) -> Scene | None:
        if not self.redo_stack or self.current is None:
            return None
        self.undo_stack.append(self.current)
        self.current = self.redo_stack.pop()
        self._last_fields = frozenset()
        return self.current

    def clear(self) -> None:
        """Forget both stacks (e.g. after a stored scene was restored at start-up); the current scene stays."""
        self.undo_stack.clear()
        self.redo_stack.clear()
        self._last_fields = frozenset()
