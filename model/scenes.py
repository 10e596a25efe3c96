"""Scenes and lectures: a lab's whole set-up as a small, versioned JSON document, derived from its config dataclass.

A *scene* is ``{"format": "descent-scene", "version": 1, "lab": KEY, "title": ..., "note": ..., "config": {...},
"view": {...}}``. ``config`` holds the fields of the lab's frozen config dataclass, written by
:func:`config_to_dict` and read back by :func:`config_from_dict`: no second list of fields exists anywhere, so a
field added to a config is saved and restored without touching this module. ``view`` holds what is not part of the
experiment (the data choice, which view is open ...), as plain JSON, owned by the lab's tab.

A *lecture* is an ordered list of scenes with a title: ``{"format": "descent-lecture", "version": 1, "title": ...,
"scenes": [scene, ...]}``.

Reading is strict where it must be and forgiving where it can be: a file that is not JSON, not a scene, from a newer
version or with a value the config rejects raises :class:`SceneError` (and the caller changes nothing); fields the
config does not know are *reported* in ``Scene.unknown`` (never silently dropped) and the rest still loads.
"""
from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from dataclasses import dataclass, field
from typing import Any

import numpy as np

SCENE_FORMAT = "descent-scene"
LECTURE_FORMAT = "descent-lecture"
VERSION = 1
"""The version this code writes; files with a higher version are refused (they may mean something else)."""
MAX_BYTES = 2_000_000
"""A scene or lecture file larger than this is not one of ours (a lecture of 100 scenes is about 100 KB)."""


class SceneError(ValueError):
    """A scene or lecture could not be read. ``kind`` says why (for a translated message); ``detail`` is English."""

    KINDS = ("not_json", "not_a_scene", "newer_version", "unknown_lab", "bad_value", "too_large")

    def __init__(self, kind: str, detail: str = "", *, field_name: str | None = None, index: int | None = None):
        self.kind = kind if kind in self.KINDS else "not_a_scene"
        self.detail = detail
        self.field_name = field_name
        self.index = index
        where = f" (scene {index + 1})" if index is not None else ""
        super().__init__(f"{self.kind}{where}: {detail}")


@dataclass(frozen=True)
class Scene:
    """One lab's set-up. ``config`` is the JSON form of the config dataclass (see :func:`config_from_dict`)."""

    lab: str
    config: dict[str, Any]
    view: dict[str, Any] = field(default_factory=dict)
    title: str = ""
    note: str = ""
    unknown: tuple[str, ...] = ()
    """Top-level keys of the file that this version does not know (reported to the user, not kept)."""


@dataclass(frozen=True)
class Lecture:
    """An ordered list of scenes with a title."""

    title: str
    scenes: tuple[Scene, ...]
    unknown: tuple[str, ...] = ()


# ----------------------------------------------------------------------------------------------------------------
# Config dataclass <-> JSON-able dict

def _to_json(value: Any) -> Any:
    """Plain JSON for a config value: tuples become lists, NumPy scalars and dtypes become numbers and names."""
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        v = float(value)
        if math.isfinite(v):
            return v
        return "inf" if v > 0 else "-inf" if v < 0 else "nan"
    if isinstance(value, str) or value is None:
        return value
    if isinstance(value, np.dtype) or (isinstance(value, type) and issubclass(value, np.generic)):
        return np.dtype(value).name
    if isinstance(value, dict):
        return {str(k): _to_json(v) for k, v in value.items()}
    if isinstance(value, (tuple, list, np.ndarray)):
        return [_to_json(v) for v in value]
    raise TypeError(f"cannot save a {type(value).__name__} in a scene")


def config_to_dict(config: Any) -> dict[str, Any]:
    """Every field of the frozen config dataclass ``config`` as plain JSON values."""
    if not dataclasses.is_dataclass(config) or isinstance(config, type):
        raise TypeError("config_to_dict needs a dataclass instance")
    return {f.name: _to_json(getattr(config, f.name)) for f in dataclasses.fields(config) if f.init}


def _from_json(value: Any, hint: Any, name: str) -> Any:
    """Turn a JSON value back into what the field's type hint asks for (tuples, floats ...). The config's own
    validation runs afterwards; this only restores shapes JSON cannot express."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in (a for a in args if a is not type(None)):
            try:
                return _from_json(value, arg, name)
            except (TypeError, ValueError) as exc:
                errors.append(str(exc))
        raise ValueError(errors[0] if errors else f"{name}: unexpected value {value!r}")
    if origin is tuple:
        if not isinstance(value, list):
            raise ValueError(f"{name}: expected a list, got {value!r}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from_json(v, args[0], name) for v in value)
        if args and len(args) != len(value):
            raise ValueError(f"{name}: expected {len(args)} values, got {len(value)}")
        return tuple(_from_json(v, a, name) for v, a in zip(value, args)) if args else tuple(value)
    if origin is dict:
        if not isinstance(value, dict):
            raise ValueError(f"{name}: expected an object, got {value!r}")
        key_hint, value_hint = args if args else (Any, Any)
        return {k: _from_json(v, value_hint, f"{name}.{k}") for k, v in value.items()}
    if hint is float:
        if isinstance(value, str) and value in ("inf", "-inf", "nan"):
            return float(value)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{name}: expected a number, got {value!r}")
        return float(value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{name}: expected a whole number, got {value!r}")
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{name}: expected true or false, got {value!r}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise ValueError(f"{name}: expected text, got {value!r}")
        return value
    return value  # Any and other hints: the config validates


def config_from_dict(cls: type, data: dict[str, Any]) -> tuple[Any, tuple[str, ...]]:
    """Build ``cls`` (a config dataclass) from ``data``; return ``(config, unknown_field_names)``.

    Fields missing from ``data`` take the class defaults (an older scene still opens). A value of the wrong shape or
    one the config's validation rejects raises :class:`SceneError` ``bad_value`` naming the field.
    """
    if not isinstance(data, dict):
        raise SceneError("not_a_scene", "'config' must be an object")
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls) if f.init}
    unknown = tuple(sorted(k for k in data if k not in known))
    kwargs = {}
    for name in known & data.keys():
        try:
            kwargs[name] = _from_json(data[name], hints.get(name, Any), name)
        except (TypeError, ValueError) as exc:
            raise SceneError("bad_value", str(exc), field_name=name) from None
    try:
        config = cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise SceneError("bad_value", str(exc), field_name=_culprit(cls, kwargs)) from None
    return config, unknown


def _culprit(cls: type, kwargs: dict[str, Any]) -> str | None:
    """The first field that the config rejects on its own (for a message that names it), else None."""
    for name, value in kwargs.items():
        try:
            cls(**{name: value})
        except (TypeError, ValueError):
            return name
    return None


# ----------------------------------------------------------------------------------------------------------------
# Files

def scene_to_json(scene: Scene) -> dict[str, Any]:
    return {"format": SCENE_FORMAT, "version": VERSION, "lab": scene.lab, "title": scene.title,
            "note": scene.note, "config": scene.config, "view": scene.view}


def dump_scene(scene: Scene) -> str:
    """The scene as JSON text (UTF-8, readable, stable key order)."""
    return json.dumps(scene_to_json(scene), ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def dump_lecture(lecture: Lecture) -> str:
    doc = {"format": LECTURE_FORMAT, "version": VERSION, "title": lecture.title,
           "scenes": [scene_to_json(s) for s in lecture.scenes]}
    return json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def _parse(text: str | bytes) -> dict[str, Any]:
    if len(text) > MAX_BYTES:
        raise SceneError("too_large", f"{len(text):,} bytes; a scene or lecture is at most {MAX_BYTES:,}")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SceneError("not_json", f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise SceneError("not_json", str(exc)) from None
    if not isinstance(doc, dict):
        raise SceneError("not_a_scene", "the file holds no JSON object")
    return doc


def _check_header(doc: dict[str, Any], fmt: str, index: int | None = None) -> None:
    if doc.get("format") != fmt:
        raise SceneError("not_a_scene", f"'format' is {doc.get('format')!r}, not {fmt!r}", index=index)
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SceneError("not_a_scene", f"'version' must be a positive whole number, got {version!r}", index=index)
    if version > VERSION:
        raise SceneError("newer_version", f"version {version}; this Descent reads up to version {VERSION}",
                         index=index)


_SCENE_KEYS = {"format", "version", "lab", "title", "note", "config", "view"}


def scene_from_json(doc: Any, labs: set[str] | frozenset[str] | None = None, index: int | None = None) -> Scene:
    """A :class:`Scene` from a parsed document (see :func:`load_scene`)."""
    if not isinstance(doc, dict):
        raise SceneError("not_a_scene", "a scene must be a JSON object", index=index)
    _check_header(doc, SCENE_FORMAT, index)
    lab = doc.get("lab")
    if not isinstance(lab, str) or (labs is not None and lab not in labs):
        raise SceneError("unknown_lab", f"lab {lab!r}", index=index)
    config, view = doc.get("config", {}), doc.get("view", {})
    if not isinstance(config, dict) or not isinstance(view, dict):
        raise SceneError("not_a_scene", "'config' and 'view' must be objects", index=index)
    title, note = doc.get("title", ""), doc.get("note", "")
    if not isinstance(title, str) or not isinstance(note, str):
        raise SceneError("not_a_scene", "'title' and 'note' must be text", index=index)
    unknown = tuple(sorted(k for k in doc if k not in _SCENE_KEYS))
    return Scene(lab=lab, config=config, view=view, title=title, note=note, unknown=unknown)


def load_scene(text: str | bytes, labs: set[str] | frozenset[str] | None = None) -> Scene:
    """Parse a scene file. ``labs``: the lab keys this app has (others raise ``unknown_lab``)."""
    return scene_from_json(_parse(text), labs)


def load_lecture(text: str | bytes, labs: set[str] | frozenset[str] | None = None) -> Lecture:
    """Parse a lecture file; every scene is checked, and the first bad one raises with its ``index``."""
    doc = _parse(text)
    _check_header(doc, LECTURE_FORMAT)
    scenes = doc.get("scenes")
    if not isinstance(scenes, list) or not scenes:
        raise SceneError("not_a_scene", "a lecture needs a non-empty list 'scenes'")
    title = doc.get("title", "")
    if not isinstance(title, str):
        raise SceneError("not_a_scene", "'title' must be text")
    unknown = tuple(sorted(k for k in doc if k not in {"format", "version", "title", "scenes"}))
    return Lecture(title=title, scenes=tuple(scene_from_json(s, labs, i) for i, s in enumerate(scenes)),
                   unknown=unknown)
