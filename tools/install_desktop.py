"""Put a Descent launcher in the Linux application menu (and optionally on the desktop).

    .venv/bin/python tools/install_desktop.py [--desktop]

Writes ~/.local/share/applications/org.descent.Descent.desktop with absolute paths to this checkout's
`.venv/bin/descent` (or `python main.py`) and icon, so a lecturer can start Descent with a double-click.
"""
from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def launcher_text() -> str:
    template = (ROOT / "resources" / "linux" / "org.descent.Descent.desktop").read_text(encoding="utf-8")
    venv = ROOT / ".venv" / "bin" / "descent"
    command = shlex.quote(str(venv)) if venv.exists() else (
        f"{shlex.quote(sys.executable)} {shlex.quote(str(ROOT / 'main.py'))}")
    return template.replace("@EXEC@", command).replace("@ICON@", str(ROOT / "resources" / "icons" / "descent.svg"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--desktop", action="store_true", help="also put the launcher on the desktop")
    args = parser.parse_args()
    targets = [Path.home() / ".local" / "share" / "applications"]
    if args.desktop:
        targets.append(Path.home() / "Desktop")
    for folder in targets:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "org.descent.Descent.desktop"
        path.write_text(launcher_text(), encoding="utf-8")
        path.chmod(0o755)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
