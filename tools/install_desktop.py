"""Put a Descent launcher in the Linux application menu (and optionally on the desktop).

    .venv/bin/python tools/install_desktop.py [--desktop]

The same as ``descent --install-desktop [--desktop]`` (an installed or bundled Descent): writes
``~/.local/share/applications/org.descent.Descent.desktop`` (and the same file in the XDG desktop folder, e.g.
``~/바탕화면``) with absolute paths to this checkout's ``.venv/bin/descent`` (or ``python main.py``) and its icon.
See ``gui/desktop_entry.py``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from gui.desktop_entry import desktop_text, install  # noqa: E402


def launcher_text() -> str:
    """The launcher for this checkout (kept for tests and for a look before installing)."""
    return desktop_text()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--desktop", action="store_true", help="also put the launcher on the desktop")
    args = parser.parse_args()
    for path in install(on_desktop=args.desktop):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
