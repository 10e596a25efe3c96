"""The Linux launcher points at this checkout with absolute paths, and the icon exists and loads."""
from pathlib import Path

from tools.install_desktop import ROOT, launcher_text


def test_launcher_has_absolute_exec_and_existing_icon():
    text = launcher_text()
    fields = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    assert fields["Type"] == "Application" and fields["Terminal"] == "false"
    assert "@" not in fields["Exec"] and Path(fields["Exec"].split()[0].strip("'")).is_absolute()
    assert Path(fields["Icon"]).is_file() and Path(fields["Icon"]).is_relative_to(ROOT)
    assert "Comment[ko]" in fields


def test_icon_renders(qapp):
    from PySide6.QtGui import QIcon
    assert not QIcon(str(ROOT / "resources" / "icons" / "descent.svg")).pixmap(64, 64).isNull()
