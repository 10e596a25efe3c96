"""Before any Qt window: are the system libraries Qt's X11 ("xcb") platform plugin needs installed?

Since Qt 6.5 the xcb plugin needs ``libxcb-cursor0``, which default Ubuntu 22.04/24.04 and Mint installs lack; without
it Qt prints a long message and *aborts*, and a launcher started from the menu shows nothing at all. This module is
Qt-free and runs first in ``main()``: it names the missing Debian/Ubuntu packages and shows the command to install
them where a double-click user sees it (a dialog via zenity/kdialog, a notification, or xmessage, else the terminal).

The messages are plain Python strings in English and Korean: Qt's translators cannot load before Qt can start.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, MutableMapping

XCB_LIBRARIES = (
    # (name for ctypes.util.find_library, soname, Debian/Ubuntu package)
    ("xcb-cursor", "libxcb-cursor.so.0", "libxcb-cursor0"),
    ("xcb-icccm", "libxcb-icccm.so.4", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("xcb-image", "libxcb-image.so.0", "libxcb-image0"),
    ("xcb-render-util", "libxcb-render-util.so.0", "libxcb-render-util0"),
    ("xkbcommon-x11", "libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)

MESSAGES = {
    "en": ("Descent cannot open its window: Qt needs system libraries that are not installed ({libs}).\n"
           "Install them with:\n\n    {command}\n\nthen start Descent again."),
    "ko": ("Descent 창을 열 수 없습니다. Qt에 필요한 시스템 라이브러리가 설치되어 있지 않습니다 ({libs}).\n"
           "다음 명령으로 설치한 뒤 Descent를 다시 실행하세요:\n\n    {command}"),
}


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Will Qt pick the xcb plugin? On Linux when asked to, or with an X display and no Wayland session."""
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def wayland_may_fall_back(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """A Wayland session with XWayland and no platform chosen: Qt picks Wayland, or xcb if Wayland is unavailable."""
    return (platform.startswith("linux") and not env.get("QT_QPA_PLATFORM") and bool(env.get("WAYLAND_DISPLAY"))
            and bool(env.get("DISPLAY")))


def library_present(name: str, soname: str) -> bool:
    """Can the dynamic linker load this library? (A bundle's own copy, ``dlopen`` by soname, ``ldconfig``'s list.)"""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and os.path.isfile(os.path.join(bundle, soname)):
        return True
    try:
        ctypes.CDLL(soname)
        return True
    except OSError:
        return ctypes.util.find_library(name) is not None


def missing_packages(present: Callable[[str, str], bool] = library_present) -> list[str]:
    """Debian/Ubuntu packages whose libraries the xcb plugin needs and cannot find."""
    return [package for name, soname, package in XCB_LIBRARIES if not present(name, soname)]


def message(packages: list[str], language: str = "en") -> str:
    """What to tell the user, with the one command that fixes it."""
    command = "sudo apt install " + " ".join(packages)
    return MESSAGES.get(language, MESSAGES["en"]).format(libs=", ".join(packages), command=command)


def guess_language(cli_language: str | None, env: Mapping[str, str]) -> str:
    """'ko' when asked on the command line or when the locale is Korean (Qt's own choice is not available yet)."""
    if cli_language:
        return cli_language
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if env.get(var):
            return "ko" if env[var].lower().startswith("ko") else "en"
    return "en"


def _launch(argv: list[str]) -> None:
    subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True)


def show(text: str, which: Callable[[str], str | None] = shutil.which,
         launch: Callable[[list[str]], None] = _launch) -> str:
    """Print ``text`` to stderr and show it with the first desktop tool found (not waiting for it to close);
    returns that tool's name ('' if none)."""
    print(text, file=sys.stderr, flush=True)
    tools = (("zenity", ["--error", "--title=Descent", "--no-markup", f"--text={text}"]),
             ("kdialog", ["--title", "Descent", "--error", text]),
             ("notify-send", ["--urgency=critical", "Descent", text]),
             ("xmessage", ["-center", text]))
    for name, args in tools:
        path = which(name)
        if not path:
            continue
        try:
            launch([path, *args])
            return name
        except OSError:
            continue
    return ""


def check_qt_platform(cli_language: str | None = None, env: MutableMapping[str, str] | None = None,
                      present: Callable[[str, str], bool] | None = None,
                      which: Callable[[str], str | None] | None = None,
                      launch: Callable[[list[str]], None] | None = None) -> bool:
    """True when Qt can start; otherwise tell the user what to install and return False.

    ``present``, ``which`` and ``launch`` default to :func:`library_present`, :func:`shutil.which` and starting the
    tool in the background (tests replace them).
    """
    env = os.environ if env is None else env
    if wayland_may_fall_back(env):
        # Qt would try Wayland first but fall back to xcb (and abort) if Wayland fails: rule xcb out when it cannot work.
        if missing_packages(present or library_present):
            env["QT_QPA_PLATFORM"] = "wayland"
        return True
    if not uses_xcb(env):
        return True
    packages = missing_packages(present or library_present)
    if not packages:
        return True
    show(message(packages, guess_language(cli_language, env)), which or shutil.which, launch or _launch)
    return False
