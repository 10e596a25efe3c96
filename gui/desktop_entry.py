"""The Linux launcher: a ``.desktop`` file that starts this Descent (checkout, venv, pipx or bundle) with a double-click.

Used by ``descent --install-desktop [--desktop]``, by ``tools/install_desktop.py`` in a checkout and by the bundle's
``install.sh``. Qt-free (it runs before any window exists). The template is ``resources/linux/org.descent.Descent.desktop``
with ``@EXEC@`` and ``@ICON@`` filled in:

- ``Exec`` follows the Desktop Entry spec ("The Exec key"): an argument holding a reserved character (space, quote,
  ``$`` ...) or any non-ASCII letter is put in double quotes, inside which ``"``, `````, ``$`` and ``\\`` get a
  backslash; ``%`` is doubled; then, as for every string value, each backslash is written twice.
- the desktop folder is the XDG user dir ``DESKTOP`` (``~/바탕화면`` on a Korean system), not always ``~/Desktop``.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from model.files import atomic_write
from model.resources import resource_path

APP_ID = "org.descent.Descent"
"""Desktop file id; ``QGuiApplication.setDesktopFileName`` uses the same, so docks match window and launcher."""

_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def quote_exec_arg(arg: str) -> str:
    """One argument of an ``Exec`` line, quoted per the Desktop Entry spec when it needs to be."""
    arg = arg.replace("%", "%%")
    if arg and not (set(arg) & _RESERVED) and arg.isascii():
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{inner}"'


def exec_line(argv: list[str]) -> str:
    """The ``Exec`` value for ``argv``, escaped as a desktop-file string (backslashes doubled)."""
    return " ".join(quote_exec_arg(a) for a in argv).replace("\\", "\\\\")


def launch_command() -> list[str]:
    """How to start this very Descent: the bundle's executable, the venv's ``descent`` script, or ``python main.py``."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    script = Path(sys.executable).absolute().parent / ("descent.exe" if os.name == "nt" else "descent")
    if script.is_file():
        return [str(script)]
    return [str(Path(sys.executable).absolute()), str(Path(__file__).resolve().parents[1] / "main.py")]


def desktop_text(command: list[str] | None = None, icon: Path | None = None) -> str:
    """The launcher's text, with absolute paths to the command and the icon."""
    template = resource_path(f"linux/{APP_ID}.desktop").read_text(encoding="utf-8")
    icon = icon if icon is not None else resource_path("icons/descent.svg")
    return (template.replace("@EXEC@", exec_line(command or launch_command()))
            .replace("@ICON@", str(icon).replace("\\", "\\\\")))


def _home() -> Path:
    return Path(os.environ.get("HOME") or Path.home())


def _from_user_dirs_file(home: Path) -> Path | None:
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "user-dirs.dirs"
    try:
        text = config.read_text(encoding="utf-8")
    except OSError:
        return None
    match = re.search(r'^\s*XDG_DESKTOP_DIR\s*=\s*"([^"]*)"', text, re.MULTILINE)
    if not match:
        return None
    value = match.group(1).replace("$HOME", str(home))
    return Path(value) if value.startswith("/") else home / value


def desktop_dir() -> Path:
    """The user's desktop folder: ``xdg-user-dir DESKTOP``, else ``user-dirs.dirs``, else ``~/Desktop``."""
    home = _home()
    tool = shutil.which("xdg-user-dir")
    if tool:
        try:
            out = subprocess.run([tool, "DESKTOP"], capture_output=True, text=True, timeout=5).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            out = ""
        # xdg-user-dir answers $HOME itself when no desktop folder is configured: not a desktop.
        if out and Path(out) != home:
            return Path(out)
    return _from_user_dirs_file(home) or home / "Desktop"


def applications_dir() -> Path:
    """Where the application menu looks for launchers: ``$XDG_DATA_HOME/applications``."""
    return Path(os.environ.get("XDG_DATA_HOME") or _home() / ".local" / "share") / "applications"


def install(on_desktop: bool = False, command: list[str] | None = None) -> list[Path]:
    """Write the launcher into the application menu (and onto the desktop); returns the files written."""
    text = desktop_text(command)
    targets = [applications_dir()] + ([desktop_dir()] if on_desktop else [])
    written = []
    for folder in targets:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{APP_ID}.desktop"
        atomic_write(path, text)
        path.chmod(0o755)  # desktops start only executable launchers from the desktop folder
        written.append(path)
    return written
