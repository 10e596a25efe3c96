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

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGraphicsScene


def release_scene(scene: QGraphicsScene | None, under=None) -> None:
    """Make ``scene`` forget the items it remembers under the mouse or keyboard.

    ``under``: a graphics item or a list of them: only these and their descendants are forgotten (the ones about to
    be removed), so a drag elsewhere in the scene goes on. ``None``: everything (a whole layout is rebuilt).
    Hovered items get their hover-exit event first (a highlighted item is drawn normally again).
    """
    if scene is None:
        return
    roots = None if under is None else [r for r in (under if isinstance(under, (list, tuple)) else [under])
                                        if r is not None and shiboken6.isValid(r)]
    if roots is not None and not roots:
        return

    def doomed(item) -> bool:
        if item is None:
            return False
        if not shiboken6.isValid(item):
            return True
        return roots is None or any(item is r or r.isAncestorOf(item) for r in roots)

    grabber = scene.mouseGrabberItem()
    if doomed(grabber):
        grabber.ungrabMouse()
    if doomed(scene.focusItem()):
        scene.setFocusItem(None)
    if not (hasattr(scene, "sendHoverEvents") and hasattr(scene, "hoverItems")):
        return
    # pyqtgraph's own memory of the mouse (GraphicsScene): hovered items, the last hover event, drag and clicks.
    if roots is None and len(scene.hoverItems):
        scene.sendHoverEvents(QEvent(QEvent.Type.Leave), exitOnly=True)
    for item in [i for i in list(scene.hoverItems.keys()) if doomed(i)]:
        scene.hoverItems.pop(item, None)
    last = scene.lastHoverEvent
    if last is not None and (doomed(getattr(last, "currentItem", None))
                             or any(doomed(i) for i in list(last.clickItems().values())
                                    + list(last.dragItems().values()))):
        scene.lastHoverEvent = None
    if roots is None or doomed(scene.dragItem):
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
def rebuilding(owner, under=None) -> Iterator[None]:
    """``with rebuilding(widget_or_item): layout.clear(); ...``: release the scene before items are removed."""
    release_scene(scene_of(owner), under)
    yield


def release_items(items) -> None:
    """Release the scene of ``items`` (a graphics item or a list) from them and their descendants, before they are
    removed: ``release_items(legend); legend.clear()``."""
    items = [i for i in (items if isinstance(items, (list, tuple)) else [items]) if i is not None]
    for item in items:
        if shiboken6.isValid(item) and item.scene() is not None:
            release_scene(item.scene(), items)
            return
