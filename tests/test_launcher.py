"""The Linux launcher: Exec quoted per the Desktop Entry spec (spaces, Hangul, `$`, quotes), written atomically into
the menu and the XDG desktop folder (``~/바탕화면``), validated by desktop-file-validate when it is installed; and the
clear message instead of Qt's abort when libxcb-cursor0 is missing."""
import shutil
import subprocess
from pathlib import Path

import pytest

from gui import desktop_entry as de
from gui import platform_check as pc
from tools.install_desktop import ROOT, launcher_text

VALIDATE = shutil.which("desktop-file-validate")


def fields(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def unquote_exec(value: str) -> list[str]:
    """Undo the two escaping levels (string value, then Exec quoting) as a desktop environment does."""
    value = value.replace("\\\\", "\x00").replace("\\s", " ").replace("\x00", "\\")
    args, current, quoted, escaped, started = [], "", False, False, False
    for c in value:
        if escaped:
            current, escaped = current + c, False
        elif quoted and c == "\\":
            escaped = True
        elif c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started or current:
                args.append(current)
            current, started = "", False
        else:
            current += c
    if started or current:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def test_checkout_launcher_has_absolute_exec_and_existing_icon():
    f = fields(launcher_text())
    assert f["Type"] == "Application" and f["Terminal"] == "false" and "Comment[ko]" in f
    command = unquote_exec(f["Exec"])
    assert "@" not in f["Exec"] and Path(command[0]).is_absolute() and Path(command[0]).exists()
    assert Path(f["Icon"]).is_file() and Path(f["Icon"]).is_relative_to(ROOT)


@pytest.mark.parametrize("argv", [
    ["/opt/descent/Descent"],
    ["/home/kim/내 문서/Descent 앱/Descent"],
    ["/home/o'neil/$HOME/a\"b`c\\d/descent", "--lang", "ko"],
    ["/srv/100% sure/python3", "/srv/100% sure/main.py"],
])
def test_exec_line_round_trips_and_validates(argv, tmp_path):
    text = de.desktop_text(argv, icon=tmp_path / "아이콘 폴더" / "descent.svg")
    assert unquote_exec(fields(text)["Exec"]) == argv
    if not VALIDATE:
        pytest.skip("desktop-file-validate not installed (Debian/Ubuntu: apt install desktop-file-utils)")
    path = tmp_path / f"{de.APP_ID}.desktop"
    path.write_text(text, encoding="utf-8")
    out = subprocess.run([VALIDATE, str(path)], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


def test_plain_ascii_path_is_left_unquoted():
    assert de.exec_line(["/usr/bin/descent", "--lang", "ko"]) == "/usr/bin/descent --lang ko"


def test_desktop_dir_follows_xdg_user_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(de.shutil, "which", lambda name: None)
    assert de.desktop_dir() == tmp_path / "Desktop"  # nothing configured
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "user-dirs.dirs").write_text(
        '# written by xdg-user-dirs-update\nXDG_DOWNLOAD_DIR="$HOME/다운로드"\nXDG_DESKTOP_DIR="$HOME/바탕화면"\n',
        encoding="utf-8")
    assert de.desktop_dir() == tmp_path / "바탕화면"


def test_desktop_dir_asks_xdg_user_dir_first(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    tool = tmp_path / "xdg-user-dir"
    monkeypatch.setattr(de.shutil, "which", lambda name: str(tool) if name == "xdg-user-dir" else None)
    tool.write_text(f"#!/bin/sh\necho '{tmp_path}/바탕 화면'\n", encoding="utf-8")
    tool.chmod(0o755)
    assert de.desktop_dir() == tmp_path / "바탕 화면"
    tool.write_text(f"#!/bin/sh\necho '{tmp_path}'\n", encoding="utf-8")  # no desktop configured: it says $HOME
    assert de.desktop_dir() == tmp_path / "Desktop"


def test_install_writes_menu_and_desktop_entries(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(de, "desktop_dir", lambda: tmp_path / "바탕화면")
    written = de.install(on_desktop=True, command=["/opt/my apps/Descent"])
    assert written == [tmp_path / "data" / "applications" / f"{de.APP_ID}.desktop",
                       tmp_path / "바탕화면" / f"{de.APP_ID}.desktop"]
    for path in written:
        assert unquote_exec(fields(path.read_text(encoding="utf-8"))["Exec"]) == ["/opt/my apps/Descent"]
        assert path.stat().st_mode & 0o111
    assert sorted(p.name for p in (tmp_path / "data" / "applications").iterdir()) == [f"{de.APP_ID}.desktop"]


def test_icon_renders(qapp):
    from PySide6.QtGui import QIcon
    assert not QIcon(str(ROOT / "resources" / "icons" / "descent.svg")).pixmap(64, 64).isNull()


# ------------------------------------------------------------------------------------ missing Qt platform libraries

X11 = {"DISPLAY": ":0", "LANG": "en_US.UTF-8"}


@pytest.mark.parametrize("env, expected", [
    ({"DISPLAY": ":0"}, True),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, True),
    ({}, False),
])
def test_xcb_is_expected_only_on_x11(env, expected):
    assert pc.uses_xcb(env, "linux") is expected
    assert pc.uses_xcb(env, "win32") is False


def test_missing_xcb_cursor_is_explained_with_the_apt_command(capsys):
    launched, asked = [], []
    ok = pc.check_qt_platform(None, X11, present=lambda name, soname: name != "xcb-cursor",
                              which=lambda tool: f"/usr/bin/{tool}" if tool == "xmessage" else None,
                              launch=launched.append)
    err = capsys.readouterr().err
    assert ok is False and "sudo apt install libxcb-cursor0" in err and "libxcb-icccm4" not in err
    (argv,) = launched  # shown once, in the one tool found, with the same text
    assert argv[0] == "/usr/bin/xmessage" and "sudo apt install libxcb-cursor0" in argv[-1]
    assert pc.show("x", which=lambda tool: asked.append(tool), launch=launched.append) == ""
    assert asked == ["zenity", "kdialog", "notify-send", "xmessage"] and len(launched) == 1


def test_message_is_korean_for_a_korean_locale_or_lang(capsys):
    assert not pc.check_qt_platform(None, {"DISPLAY": ":0", "LANG": "ko_KR.UTF-8"}, present=lambda *a: False,
                                    which=lambda tool: None)
    err = capsys.readouterr().err
    assert "다시 실행하세요" in err and "sudo apt install libxcb-cursor0 libxcb-icccm4" in err
    assert pc.guess_language("en", {"LANG": "ko_KR.UTF-8"}) == "en"


def test_all_libraries_present_or_not_x11_means_start(capsys):
    assert pc.check_qt_platform(None, X11, present=lambda *a: True, which=lambda tool: None)
    assert pc.check_qt_platform(None, {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, present=lambda *a: False)
    assert capsys.readouterr().err == ""


@pytest.mark.skipif(not pc.sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_wayland_session_without_xcb_libraries_stays_on_wayland(capsys):
    env = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    assert pc.check_qt_platform(None, env, present=lambda name, soname: name != "xcb-cursor", which=lambda t: None)
    assert env["QT_QPA_PLATFORM"] == "wayland" and capsys.readouterr().err == ""
    env = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    assert pc.check_qt_platform(None, env, present=lambda *a: True, which=lambda t: None)
    assert "QT_QPA_PLATFORM" not in env  # everything there: Qt chooses


@pytest.mark.skipif(not pc.sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_main_exits_with_the_message_before_creating_qt(monkeypatch, capsys):
    import main

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(pc, "library_present", lambda name, soname: name != "xcb-cursor")
    monkeypatch.setattr(pc.shutil, "which", lambda tool: None)
    monkeypatch.setattr(pc, "_launch", lambda argv: pytest.fail("nothing to launch"))
    assert main.main(["--lang", "en"]) == 2
    assert "sudo apt install libxcb-cursor0" in capsys.readouterr().err
