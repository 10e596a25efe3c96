"""The project's own break-it test: a seeded monkey drives the whole app (tests/monkey.py) in a subprocess, so a
segmentation fault or an abort is a failed test and not a dead test run. It fails on any Python exception or
warning, any Qt warning, a frozen window, a worker thread left running, or a lab it never showed.

CI runs a short pass (6 s of actions) in each language; ``--runslow`` runs a long one (``DESCENT_MONKEY_SECONDS``, default 300 s
per language; ``DESCENT_MONKEY_SEED`` picks the seed)."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHORT_SECONDS = 6


def run_monkey(lang: str, seconds: float, seed: int, log: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    out = subprocess.run([sys.executable, "-m", "tests.monkey", "--seconds", str(seconds), "--seed", str(seed),
                          "--lang", lang, "--log", str(log)], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=seconds + 600)
    out.actions = log.read_text(encoding="utf-8").splitlines()[-30:] if log.exists() else []
    return out


def check(out: subprocess.CompletedProcess) -> None:
    report = (f"exit code {out.returncode}\n{out.stdout[-2000:]}\n{out.stderr[-8000:]}\nlast actions:\n"
              + "\n".join(out.actions))
    assert out.returncode == 0, report
    assert "faults 0" in out.stdout, report
    assert "QThread: Destroyed" not in out.stderr and "Traceback" not in out.stderr, report
    # Anything Qt or Python complained of, also after the verdict was printed (the process's own teardown).
    for mark in ("[qt]", "[exception]", "[warning]", "cannot be stopped from another thread", "during interpreter exit"):
        assert mark not in out.stderr, report


@pytest.mark.parametrize("lang, seed", [("en", 11), ("ko", 12)])
def test_short_monkey_finds_nothing(lang, seed, tmp_path):
    check(run_monkey(lang, SHORT_SECONDS, seed, tmp_path / "actions.log"))


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_long_monkey_finds_nothing(lang, tmp_path):
    seconds = float(os.environ.get("DESCENT_MONKEY_SECONDS", "300"))
    seed = int(os.environ.get("DESCENT_MONKEY_SEED", "1"))
    check(run_monkey(lang, seconds, seed, tmp_path / "actions.log"))
