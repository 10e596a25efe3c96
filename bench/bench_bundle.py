"""Install sizes and the bundle's start-up: the wheel, the PyInstaller folder and its archive, start-up to the window.

    python bench/bench_bundle.py            # uses dist/bundle/ if built, else builds it (needs .[bundle])
    python bench/bench_bundle.py --build    # always rebuilds first

Goals (issue 10): folder < 150 MB, .tar.gz < 60 MB, start-up to the window < 2 s. Also runs the bundle's --smoke in
Korean and checks that the Korean tab titles and the bundled MNIST loaded.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools import build_bundle  # noqa: E402


def wheel_bytes() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q",
                        "-w", tmp], check=True, capture_output=True)
        (wheel,) = Path(tmp).glob("descent-*.whl")
        return wheel.stat().st_size


def startup_seconds(command: list[str], settings: str) -> tuple[float, float]:
    """Seconds from starting ``command`` to its first event-loop turn with the window shown: wall-clock, and the CPU
    time the process used until then (user + system; less dependent on what else the machine is doing)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.perf_counter()
    proc = subprocess.Popen([*command, "--startup-time", "--settings", settings], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    wall = time.perf_counter() - t0
    proc.kill()
    if hasattr(os, "wait4"):
        _, _, usage = os.wait4(proc.pid, 0)
        proc.returncode = -9
        cpu = usage.ru_utime + usage.ru_stime
    else:
        proc.wait()
        cpu = float("nan")
    proc.stdout.close()
    return (wall, cpu) if line.startswith("startup") else (float("nan"), float("nan"))


def smoke(executable: Path, settings: str) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run([str(executable), "--smoke", "--lang", "ko", "--settings", settings], env=env,
                          capture_output=True, text=True, timeout=300, cwd=tempfile.gettempdir())
    return done.returncode, done.stdout + done.stderr[-2000:]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dist", default=str(ROOT / "dist" / "bundle"))
    parser.add_argument("--build", action="store_true", help="rebuild the bundle first")
    args = parser.parse_args()
    dist = Path(args.dist)
    executable = dist / "Descent" / ("Descent.exe" if sys.platform == "win32" else "Descent")
    if args.build or not executable.exists():
        t0 = time.perf_counter()
        build_bundle.build(dist, ROOT / "build" / "bundle")
        print(f"bundle built in {time.perf_counter() - t0:.0f} s")
    archives = sorted(dist.glob("Descent-*.tar.gz")) + sorted(dist.glob("Descent-*.zip"))
    print(f"wheel:          {wheel_bytes() / 1e6:.2f} MB")
    print(f"bundle folder:  {build_bundle.folder_size(dist / 'Descent') / 1e6:.1f} MB   (goal < 150 MB)")
    if archives:
        print(f"archive:        {archives[-1].stat().st_size / 1e6:.1f} MB   {archives[-1].name}   (goal < 60 MB)")
    with tempfile.TemporaryDirectory() as tmp:
        settings = str(Path(tmp) / "s.ini")
        rc, out = smoke(executable, settings)
        korean = "배치 정규화" in out and "translation loaded" in out
        data = "bundled MNIST 4000 train / 1000 test" in out
        print(f"smoke (ko):     exit {rc}, Korean text {'yes' if korean else 'NO'}, bundled MNIST {'yes' if data else 'NO'}")
        # Interleaved with the checkout's `python main.py`, so that a busy machine slows both alike.
        bundle, checkout = [], []
        for _ in range(5):
            bundle.append(startup_seconds([str(executable)], settings))
            checkout.append(startup_seconds([sys.executable, "main.py"], settings))
    for name, runs in (("bundle", bundle), ("checkout (python main.py)", checkout)):
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        print(f"start-up to window shown, {name}: median {statistics.median(walls):.2f} s wall "
              f"(runs {', '.join(f'{w:.2f}' for w in walls)}; goal < 2 s), {statistics.median(cpus):.2f} s CPU")


if __name__ == "__main__":
    main()
