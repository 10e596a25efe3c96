"""Make Qt's SVG output draw its lines the same in every viewer: coordinates moved out of scaled groups.

pyqtgraph draws curves with cosmetic pens (a width in screen pixels whatever the zoom). ``QSvgGenerator`` writes such
a line as a ``<path>``/``<polyline>`` with ``vector-effect="non-scaling-stroke"`` inside a group whose ``transform``
maps data to page coordinates, e.g. ``matrix(54.5,0,0,-33,45,370)``. Browsers honour the vector effect; librsvg
(GNOME's viewers, many converters) and others do not, and draw a 2-px line 50 to 100 px thick. Here every such group
that holds only lines (and rectangles) gets its points mapped through its matrix, and loses the matrix: the page then holds the final
coordinates and the stroke width means page pixels in every viewer. Groups holding images or text are left alone.

An affine map ``(x, y) -> (a x + c y + e, b x + d y + f)`` carries straight segments and the control points of Bézier
curves exactly, so mapping the absolute coordinates that Qt writes (commands M, L, C, Z) is enough.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_MATRIX = re.compile(r"\s*matrix\(([^)]*)\)\s*")
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_PAIR = re.compile(rf"({_NUMBER})\s*,\s*({_NUMBER})")
_ABSOLUTE = {"M", "L", "C", "Z"}  # Qt writes only these; anything else (relative, arcs...) is left alone
_LINES = {f"{{{SVG_NS}}}path": "d", f"{{{SVG_NS}}}polyline": "points", f"{{{SVG_NS}}}polygon": "points"}
_RECT = f"{{{SVG_NS}}}rect"


def flatten_strokes(svg: bytes) -> bytes:
    """``svg`` with the scaled groups of lines flattened (see the module docstring); unchanged if it cannot parse."""
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    try:
        root = ET.fromstring(svg)
    except ET.ParseError:
        return svg
    for group in root.iter(f"{{{SVG_NS}}}g"):
        matrix = _matrix(group.get("transform"))
        if matrix is None or matrix == (1.0, 0.0, 0.0, 1.0, 0.0, 0.0):
            continue
        children = list(group)
        fill_only = group.get("stroke") == "none"
        if not children or not all(_mappable(child, fill_only, matrix) for child in children):
            continue
        for child in children:
            if child.tag == _RECT:
                _map_rect(child, matrix)
            else:
                attribute = _LINES[child.tag]
                child.set(attribute, _map_pairs(child.get(attribute, ""), matrix))
        del group.attrib["transform"]
    return b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + ET.tostring(root, encoding="utf-8")


def _matrix(text: str | None) -> tuple[float, ...] | None:
    match = _MATRIX.fullmatch(text or "")
    if match is None:
        return None
    try:
        values = tuple(float(v) for v in match.group(1).split(","))
    except ValueError:
        return None
    return values if len(values) == 6 else None


def _mappable(element: ET.Element, fill_only: bool, matrix: tuple[float, ...]) -> bool:
    """A line or rectangle whose stroke does not scale (or that has no stroke), in absolute coordinates only."""
    if len(element) or (not fill_only and element.get("vector-effect") != "non-scaling-stroke"):
        return False  # a stroke that scales with the group would change width
    if element.tag == _RECT:  # stays a rectangle only under scaling and translation, and without rounded corners
        return matrix[1] == 0 and matrix[2] == 0 and element.get("rx") is None and element.get("ry") is None
    attribute = _LINES.get(element.tag)
    if attribute is None:
        return False
    letters = set(re.findall(r"[A-Za-z]", re.sub(_NUMBER, "", element.get(attribute, ""))))
    return letters <= _ABSOLUTE


def _map_rect(rect: ET.Element, matrix: tuple[float, ...]) -> None:
    a, _, _, d, e, f = matrix
    x, y = float(rect.get("x", 0)), float(rect.get("y", 0))
    width, height = float(rect.get("width", 0)), float(rect.get("height", 0))
    xs, ys = (a * x + e, a * (x + width) + e), (d * y + f, d * (y + height) + f)
    rect.set("x", f"{min(xs):.6g}")
    rect.set("y", f"{min(ys):.6g}")
    rect.set("width", f"{abs(xs[1] - xs[0]):.6g}")
    rect.set("height", f"{abs(ys[1] - ys[0]):.6g}")


def _map_pairs(data: str, matrix: tuple[float, ...]) -> str:
    a, b, c, d, e, f = matrix

    def mapped(match: re.Match) -> str:
        x, y = float(match.group(1)), float(match.group(2))
        return f"{a * x + c * y + e:.6g},{b * x + d * y + f:.6g}"

    return _PAIR.sub(mapped, data)
