"""Start-up time: from `python main.py` to the window shown, measured in a fresh process (median of 5).

Goal (issue 2): under 2 s on a 2-core machine. Run: python bench/bench_startup.py
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def once(settings: str) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "main.py", "--startup-time", "--settings", settings], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    wall = time.perf_counter() - t0
    proc.kill()
    proc.wait()
    inside = float(line.split()[1]) if line.startswith("startup") else float("nan")
    return wall, inside


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        runs = [once(str(Path(tmp) / "s.ini")) for _ in range(5)]
    walls = [w for w, _ in runs]
    insides = [i for _, i in runs]
    print(f"start-up to window shown: median {statistics.median(walls):.2f} s wall-clock "
          f"(process start to first event-loop turn), {statistics.median(insides):.2f} s measured inside; "
          f"runs {', '.join(f'{w:.2f}' for w in walls)}")


if __name__ == "__main__":
    main()
