"""Headless hyperparameter search, for preparing a lecture and for tests.

    python -m model.experiments.hyperparameter_search --trials 100 --seed 0 --workers 2 --csv trials.csv
    python -m model.experiments.hyperparameter_search --data /path/to/mnist-idx-folder --csv full.csv

Prints the best trials and the best one's test accuracy; writes one CSV row per trial (``records.CSV_COLUMNS``).
"""
from __future__ import annotations

import argparse
import os
import sys
import time

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # this process only coordinates; the workers get 1 BLAS thread from the pool


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m model.experiments.hyperparameter_search",
                                description="Random search over learning rate and weight decay (book §6.5).")
    p.add_argument("--trials", type=int, default=100)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: the cores minus one)")
    p.add_argument("--data", default="bundled", help="'bundled' (the 5,000-image subset) or a folder of IDX files")
    p.add_argument("--csv", help="write one row per trial to this file")
    p.add_argument("--epochs", type=int, default=50)
    p.add_argument("--n-data", type=int, default=500, help="training images used (the book: the first 500)")
    p.add_argument("--lr", type=float, nargs=2, default=None, metavar=("LO", "HI"),
                   help="learning-rate range as exponents of 10 (default: -6 -2)")
    p.add_argument("--wd", type=float, nargs=2, default=None, metavar=("LO", "HI"),
                   help="weight-decay range as exponents of 10 (default: -8 -4)")
    p.add_argument("--early-stop", choices=["off", "median", "halving"], default="off",
                   help="stop hopeless trials early: the median rule or successive halving (default: off)")
    p.add_argument("--address", help="a Dask scheduler address (needs the 'dask' extra)")
    p.add_argument("--top", type=int, default=10, help="best trials to print")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from model.datasets import DataError, load_bundled_mnist, load_idx_folder
    from model.experiments.hyperparameter_search.config import SearchConfig
    from model.experiments.hyperparameter_search.records import write_csv
    from model.experiments.hyperparameter_search.search import HyperparameterSearch
    from model.experiments.hyperparameter_search.space import BOOK_LR_LOG10, BOOK_WD_LOG10
    from model.files import WriteError

    try:
        data = load_bundled_mnist() if args.data == "bundled" else load_idx_folder(args.data)
        config = SearchConfig(trials=args.trials, seed=args.seed, epochs=args.epochs, n_data=args.n_data,
                              lr_log10=tuple(args.lr or BOOK_LR_LOG10), wd_log10=tuple(args.wd or BOOK_WD_LOG10),
                              early_stop=args.early_stop, workers=args.workers, address=args.address)
    except (DataError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    search = HyperparameterSearch(config, data)
    t0 = time.perf_counter()
    try:
        while not search.done:
            search.step()
    except KeyboardInterrupt:
        search.cancel()
        while not search.done:
            search.step()
    finally:
        search.close()
    snap = search.snapshot()
    seconds = time.perf_counter() - t0
    print(f"{len(snap.records)} trials on {data.name} ({snap.n_train} training / {snap.n_val} validation images), "
          f"{snap.workers} worker{'s' if snap.workers != 1 else ''}: {seconds:.1f} s")
    for rank, r in enumerate(snap.best_k[: args.top], 1):
        print(f"Best-{rank:<3d} val acc {r.val_acc:.3f}  train acc {r.train_acc:.3f}  lr {r.lr:.3g}  "
              f"weight decay {r.weight_decay:.3g}  (trial {r.index})")
    if snap.test_acc is not None and snap.best is not None:
        print(f"test accuracy of the best (trial {snap.best.index}, measured once, "
              f"{snap.test_images} test images): {snap.test_acc:.3f}")
    if snap.saved_epochs:
        print(f"early stopping saved {snap.saved_epochs} epochs, about {snap.saved_seconds:.1f} s of trial time")
    if args.csv:
        try:
            write_csv(snap, args.csv)
        except WriteError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"wrote {args.csv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
