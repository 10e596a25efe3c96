"""Safe removal of items from a live graphics scene.

A scene remembers the items under the mouse and keyboard: Qt keeps a mouse grabber and a focus item, and
pyqtgraph's ``GraphicsScene`` keeps the hovered items, the last hover event (which holds the item it was sent to),
the item being dragged and pending clicks. When a layout is rebuilt (``GraphicsLayout.clear()``, a legend's
``clear()``) the removed items are deleted once Python lets go of them; an item that the scene still remembers is
then reached again on the next click, hover or on quit, through a wrapper whose C++ object is gone, and the process
dies with a segmentation fault (issue 8, crash 1: hover the BN legend, change "Weight scales", click).

Every rebuild of a scene that holds items therefore goes through :func:`release_scene` (or the
:func:`rebuilding` context manager) first. Plots that only change their data (``setData``) need nothing.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGraphicsScene


def release_scene(scene: QGraphicsScene | None) -> None:
    """Make ``scene`` forget every item it remembers under the mouse or keyboard.

    Hovered items get their hover-exit event first (so a highlighted item is drawn normally again).
    """
    if scene is None:
        return
    grabber = scene.mouseGrabberItem()
    if grabber is not None:
        grabber.ungrabMouse()
    if scene.focusItem() is not None:
        scene.setFocusItem(None)
    # pyqtgraph's own memory of the mouse (GraphicsScene): hovered items, the last hover event, drag and clicks.
    if hasattr(scene, "sendHoverEvents") and hasattr(scene, "hoverItems"):
        if len(scene.hoverItems):
            scene.sendHoverEvents(QEvent(QEvent.Type.Leave), exitOnly=True)
        scene.hoverItems.clear()
        scene.lastHoverEvent = None
        scene.dragItem = None
        scene.lastDrag = None
        scene.dragButtons = []
        scene.clickEvents = []


def scene_of(owner) -> QGraphicsScene | None:
    """The scene of a graphics item, a ``GraphicsLayoutWidget``/``GraphicsView`` or a scene itself."""
    if owner is None or isinstance(owner, QGraphicsScene):
        return owner
    scene = owner.scene()
    return scene


@contextmanager
def rebuilding(owner) -> Iterator[None]:
    """``with rebuilding(widget_or_item): layout.clear(); ...``: release the scene before items are removed."""
    release_scene(scene_of(owner))
    yield
