"""The double-click entry point starts, runs every lab briefly and exits cleanly, in both languages."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_main_smoke_exits_zero(lang, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "main.py", "--smoke", "--lang", lang, "--settings",
                          str(tmp_path / "settings.ini")], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "Traceback" not in out.stderr, out.stderr[-3000:]
