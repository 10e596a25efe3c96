"""Refresh the translation source and build the binary catalogue.

    python tools/i18n.py            # lupdate: collect every tr() string of main.py and gui/ into resources/i18n/*.ts
    python tools/i18n.py --release  # lrelease: compile the .ts files into the .qm files the app loads

Translate new entries with pyside6-linguist (or by editing the .ts), then run with --release and commit both files.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ["ko"]


def sources() -> list[str]:
    files = [ROOT / "main.py"] + sorted((ROOT / "gui").rglob("*.py"))
    return [str(f.relative_to(ROOT)) for f in files]


def tool(name: str) -> str:
    path = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return path


def lupdate(ts: Path, extra: list[str] = ()) -> str:
    cmd = [tool("pyside6-lupdate"), *sources(), "-source-language", "en", "-target-language", ts.stem.split("_")[-1],
           "-no-obsolete", *extra, "-ts", str(ts)]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout + out.stderr


def lrelease(ts: Path, qm: Path | None = None) -> str:
    cmd = [tool("pyside6-lrelease"), str(ts)] + (["-qm", str(qm)] if qm else [])
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout + out.stderr


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--release", action="store_true")
    args = parser.parse_args()
    for lang in LANGUAGES:
        ts = I18N / f"descent_{lang}.ts"
        print(lrelease(ts) if args.release else lupdate(ts))


if __name__ == "__main__":
    main()
