"""Steps per second of the optimizer race alone (all six optimizers, book surface, no Qt).

Run from anywhere:  python bench/bench_race.py
"""
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from model.experiments.race import RaceConfig, RaceExperiment  # noqa: E402
from model.optimizers import OPTIMIZERS  # noqa: E402

STEPS = 5000
REPEATS = 5


def one_run(steps: int) -> float:
    """Seconds for ``steps`` steps of a fresh race (construction not timed)."""
    exp = RaceExperiment(RaceConfig(surface="book", optimizers=tuple(OPTIMIZERS), max_steps=steps))
    t0 = time.perf_counter()
    for _ in range(steps):
        exp.step()
    elapsed = time.perf_counter() - t0
    assert exp.done and not any(r.diverged for r in exp.snapshot().runs)
    return elapsed


def snapshot_cost(steps: int) -> float:
    """Seconds for one snapshot() of a race that has made ``steps`` steps."""
    exp = RaceExperiment(RaceConfig(surface="book", optimizers=tuple(OPTIMIZERS), max_steps=steps))
    for _ in range(steps):
        exp.step()
    t0 = time.perf_counter()
    for _ in range(100):
        exp.snapshot()
    return (time.perf_counter() - t0) / 100


def main() -> None:
    one_run(200)  # warm up
    best = min(one_run(STEPS) for _ in range(REPEATS))
    print(f"race, 6 optimizers, book surface: {STEPS / best:,.0f} steps/s "
          f"({best / STEPS * 1e6:.1f} µs per step; best of {REPEATS} runs of {STEPS} steps)")
    print(f"snapshot() after {STEPS} steps: {snapshot_cost(STEPS) * 1e6:.0f} µs")


if __name__ == "__main__":
    main()
