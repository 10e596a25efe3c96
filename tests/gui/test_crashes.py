"""Regression tests for the crashes of issue 8, each driven as a user would. Sessions that used to kill the process
run in a subprocess (``tests/gui/crash_driver.py``), so a segmentation fault or an abort fails the test instead of
ending the test run."""
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_scenario(name: str, timeout: float = 180) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    return subprocess.run([sys.executable, "-m", "tests.gui.crash_driver", name], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def assert_clean_exit(out: subprocess.CompletedProcess) -> None:
    assert out.returncode == 0, f"exit code {out.returncode}\n{out.stderr[-4000:]}"
    assert "survived" in out.stdout
    assert "QThread: Destroyed" not in out.stderr, out.stderr[-4000:]
    assert "Traceback" not in out.stderr, out.stderr[-4000:]


def test_bn_legend_clicked_then_grid_rebuilt_then_click_does_not_crash():
    """Crash 1: click the legend above the BN panels, type 5 scales, click the grid, close (segfault before)."""
    assert_clean_exit(run_scenario("bn-legend-click"))


@pytest.mark.slow
def test_bn_legend_hovered_then_grid_rebuilt_then_click_does_not_crash():
    assert_clean_exit(run_scenario("bn-legend-hover"))


def test_bn_detail_at_iteration_0_says_not_yet_measured(qtbot):
    """Item 10a: at iteration 0 the running variance is 0 (the book's start); the detail view says so and plots no
    running statistics (it warned "All-NaN slice encountered" before; warnings are errors in this suite)."""
    from gui.plotstyle import configure_pyqtgraph
    from gui.tabs.batchnorm import BatchNormTab
    from tests.gui.test_batchnorm_tab import click_panel, last, make_tiny

    configure_pyqtgraph()
    tab = BatchNormTab()
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    qtbot.waitExposed(tab)
    try:
        qtbot.waitUntil(lambda: last(tab) is not None, timeout=30000)
        make_tiny(qtbot, tab)
        assert last(tab).iteration == 0
        click_panel(qtbot, tab, 1)
        qtbot.waitUntil(lambda: tab.detail.inside is not None and tab.detail.inside.index == 1, timeout=10000)
        tab.detail.inside_plots.grab()  # paint it: the warning came from the scatter's bounds
        assert tab.detail.inside.iteration == 0
        assert "not yet measured" in tab.detail.explain.text()
        for curve in (tab.detail.running_var_curve, tab.detail.running_mean_curve):
            y = curve.getData()[1]
            assert y is None or len(y) == 0
        batch_var = tab.detail.batch_var_curve.getData()[1]
        expected = [np.mean(s.batch_var) for s in tab.detail.inside.bn_layers]  # measured: drawn (log axis)
        assert batch_var is not None and np.allclose(10.0 ** batch_var, expected, rtol=1e-6)
        # One update later the running variance is 0.1 x the batch variance (the book's 10 % step from 0).
        qtbot.keyClick(tab.detail, "n")
        qtbot.waitUntil(lambda: tab.detail.inside is not None and tab.detail.inside.iteration == 1, timeout=10000)
        assert "not yet measured" not in tab.detail.explain.text()
        assert tab.detail.ratios and all(0.05 < r < 0.2 for r in tab.detail.ratios)
    finally:
        tab.shutdown()
