"""Build the double-click Descent for the OS this runs on, with PyInstaller (one folder, spec: tools/descent.spec).

    pip install -e ".[bundle]"          # PyInstaller, pinned
    python tools/build_bundle.py        # -> dist/bundle/...

- Linux: ``dist/bundle/Descent/`` (the executable ``Descent``, ``descent.png``, ``org.descent.Descent.desktop``,
  ``install.sh`` which adds Descent to the application menu, ``README.txt``) and ``dist/bundle/Descent-<version>-linux-
  <machine>.tar.gz``.
- Windows: ``dist/bundle/Descent/Descent.exe`` (icon, version information, no console window) and a ``.zip``.
- macOS: ``dist/bundle/Descent.app`` (``.icns`` icon, ``Info.plist``) and a ``.zip`` of it.

Prints the folder size, the archive size and where they are. Only the Linux build was run on the development machine;
the Windows and macOS branches follow the same spec (see the README's "Verified where").
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model.files import atomic_write  # noqa: E402

SPEC = ROOT / "tools" / "descent.spec"
APP_ID = "org.descent.Descent"

INSTALL_SH = """#!/bin/sh
# Add Descent to the application menu (and, with --desktop, to the desktop), pointing at this folder.
# Run it again after moving the folder.
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/Descent" --install-desktop "$@"
"""

README_TXT = """Descent {version}

Start:      double-click "Descent" (or run ./Descent; ./Descent --lang ko for Korean)
Menu entry: run ./install.sh          (./install.sh --desktop also puts it on the desktop)
Nothing appears? Run ./Descent in a terminal: it says what is missing, e.g.
            sudo apt install libxcb-cursor0

시작:       "Descent"를 더블 클릭 (또는 ./Descent, 한국어: ./Descent --lang ko)
메뉴 등록:  ./install.sh 실행        (./install.sh --desktop 은 바탕화면에도 추가)
창이 뜨지 않으면 터미널에서 ./Descent 를 실행하세요. 필요한 패키지를 알려 줍니다.
"""

VERSION_INFO = """# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple4}, prodvers={tuple4}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Descent'),
      StringStruct('FileDescription', 'Descent: watch neural networks learn'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'Descent'),
      StringStruct('OriginalFilename', 'Descent.exe'),
      StringStruct('ProductName', 'Descent'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def project_version() -> str:
    """``version`` from pyproject.toml (a regular expression: tomllib is 3.11+)."""
    match = re.search(r'^version\s*=\s*"([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    return match.group(1) if match else "0.0.0"


def version_file(work: Path, version: str) -> Path:
    """The Windows version resource, in PyInstaller's text form (``pyi-grab_version`` writes the same)."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    tuple4 = tuple(numbers + [0] * (4 - len(numbers)))
    path = work / "version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, VERSION_INFO.format(tuple4=tuple4, version=version))
    return path


def run_pyinstaller(dist: Path, work: Path, version: str) -> None:
    try:
        import PyInstaller.__main__
    except ImportError:
        sys.exit('PyInstaller is not installed: pip install -e ".[bundle]"')
    args = [str(SPEC), "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", str(dist),
            "--workpath", str(work), "--", "--app-version", version]
    if sys.platform == "win32":
        args += ["--version-file", str(version_file(work, version))]
    PyInstaller.__main__.run(args)


def linux_extras(folder: Path, version: str) -> None:
    """Icon, a launcher template, the menu install script and a short README beside the executable."""
    shutil.copy2(ROOT / "resources" / "icons" / "descent-256.png", folder / "descent.png")
    template = (ROOT / "resources" / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    # A launcher for when the folder's Descent is on PATH; install.sh writes one with absolute paths instead.
    atomic_write(folder / f"{APP_ID}.desktop", template.replace("@EXEC@", "Descent").replace("@ICON@", "descent"))
    atomic_write(folder / "install.sh", INSTALL_SH)
    (folder / "install.sh").chmod(0o755)
    atomic_write(folder / "README.txt", README_TXT.format(version=version))


def strip_python(folder: Path) -> int:
    """Linux: remove the symbol tables of the Python interpreter's own libraries (a pyenv build keeps them: 22 MB of
    libpython). Only these: NumPy's and Qt's libraries come from wheels whose RPATHs were rewritten by patchelf, and
    stripping such files can corrupt them. Returns the bytes saved."""
    tool = shutil.which("strip")
    if not tool or not sys.platform.startswith("linux"):
        return 0
    internal = folder / "_internal"
    files = list(internal.glob("libpython*.so*")) + list(internal.glob("python3*/lib-dynload/*.so"))
    before = sum(f.stat().st_size for f in files)
    for f in files:
        subprocess.run([tool, "--strip-unneeded", str(f)], check=True)
    return before - sum(f.stat().st_size for f in files)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def archive(target: Path, dist: Path, version: str) -> Path:
    """``.tar.gz`` on Linux (keeps the executable bit), ``.zip`` elsewhere."""
    machine = platform.machine().lower() or "unknown"
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    stem = f"Descent-{version}-{system}-{machine}"
    if sys.platform.startswith("linux"):
        out = dist / f"{stem}.tar.gz"
        with tarfile.open(out, "w:gz", compresslevel=9) as tar:
            tar.add(target, arcname=target.name)
        return out
    out = dist / f"{stem}.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(target.rglob("*")):
            z.write(p, p.relative_to(target.parent))
    return out


def build(dist: Path, work: Path, make_archive: bool = True) -> dict[str, object]:
    """Build the bundle; returns the paths and sizes (bytes) of the folder and the archive."""
    version = project_version()
    run_pyinstaller(dist, work, version)
    folder = dist / "Descent"
    target = dist / "Descent.app" if sys.platform == "darwin" else folder
    if sys.platform.startswith("linux"):
        strip_python(folder)
        linux_extras(folder, version)
    result: dict[str, object] = {"folder": target, "folder_bytes": folder_size(target),
                                 "executable": folder / ("Descent.exe" if sys.platform == "win32" else "Descent")}
    if make_archive:
        out = archive(target, dist, version)
        result.update(archive=out, archive_bytes=out.stat().st_size)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", default=str(ROOT / "dist" / "bundle"), help="output folder")
    parser.add_argument("--work", default=str(ROOT / "build" / "bundle"), help="PyInstaller's work folder")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz/.zip")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # PyInstaller's Qt hooks start Qt to ask for its paths
    result = build(Path(args.dist), Path(args.work), not args.no_archive)
    print(f"bundle folder: {result['folder']}  {result['folder_bytes'] / 1e6:.1f} MB")
    if "archive" in result:
        print(f"archive:       {result['archive']}  {result['archive_bytes'] / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
