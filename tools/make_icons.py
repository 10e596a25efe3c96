"""Make the app icons from resources/icons/descent.svg (the one drawing): PNGs, a Windows .ico and a macOS .icns.

    python tools/make_icons.py            # writes resources/icons/descent-<size>.png, descent.ico, descent.icns

Qt's QSvgRenderer draws the SVG at each size (so small sizes are rendered, not scaled down). Both container formats
are written here with a few lines each, holding PNG images:

- ICO (Microsoft "Icons" format): a 6-byte header (0, type 1, count), one 16-byte directory entry per image (width and
  height as bytes, 0 meaning 256; colour count 0; planes 1; 32 bits per pixel; data size; data offset), then the PNGs.
  PNG entries are read by Windows Vista and later.
- ICNS (Apple): the magic ``icns`` and the total length (big-endian), then per image a 4-character type and its length
  (8 + data) followed by the PNG. Types used: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024
  (PNG data, macOS 10.7 and later).

The generated files are committed, so building a bundle needs no extra step; rerun this after changing the SVG.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model.files import atomic_write  # noqa: E402

ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size``×``size`` image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding the given square PNG images (size -> PNG bytes)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file holding the given PNG images; sizes must be keys of ``ICNS_TYPES``."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for size in sorted(pngs))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage/QPainter need it)
    svg = ICONS / "descent.svg"
    pngs = {size: render_png(svg, size) for size in PNG_SIZES}
    for size in (16, 32, 48, 64, 128, 256, 512):
        atomic_write(ICONS / f"descent-{size}.png", pngs[size])
    atomic_write(ICONS / "descent.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    atomic_write(ICONS / "descent.icns", icns_bytes({s: pngs[s] for s in ICNS_TYPES}))
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
