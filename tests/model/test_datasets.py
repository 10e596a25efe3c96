"""model.datasets: the bundled MNIST subset, IDX reading and its error messages, batches and subsets."""
from __future__ import annotations

import gzip
import hashlib
import struct
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from model import datasets as ds
from model import idx
from model.datasets import DataError, Dataset

ROOT = Path(__file__).resolve().parents[2]
SHARED_MNIST = ROOT.parent / "shared" / "data" / "mnist"


# ------------------------------------------------------------------------------------------------------ helpers


def idx_bytes(arr: np.ndarray, magic: int | None = None) -> bytes:
    arr = np.asarray(arr, dtype=np.uint8)
    if magic is None:
        magic = 0x0800 | arr.ndim
    return struct.pack(">I", magic) + struct.pack(f">{arr.ndim}I", *arr.shape) + arr.tobytes()


def write_idx(path: Path, arr: np.ndarray, *, gz: bool | None = None, magic: int | None = None) -> Path:
    data = idx_bytes(arr, magic)
    if gz if gz is not None else path.suffix == ".gz":
        data = gzip.compress(data)
    path.write_bytes(data)
    return path


def make_folder(folder: Path, n_train=30, n_test=10, gz=True, seed=0, shape=(28, 28)) -> tuple:
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    parts = {}
    for prefix, n in (("train", n_train), ("t10k", n_test)):
        x = rng.integers(0, 256, size=(n, *shape), dtype=np.uint8)
        t = rng.integers(0, 10, size=n, dtype=np.uint8)
        suffix = ".gz" if gz else ""
        write_idx(folder / f"{prefix}-images-idx3-ubyte{suffix}", x, gz=gz)
        write_idx(folder / f"{prefix}-labels-idx1-ubyte{suffix}", t, gz=gz)
        parts[prefix] = (x, t)
    return parts


@pytest.fixture(scope="module")
def bundled() -> Dataset:
    return ds.load_bundled_mnist()


# ------------------------------------------------------------------------------------------------- bundled subset


def test_bundled_shapes_and_dtypes(bundled):
    assert bundled.x_train.shape == (4000, 784) and bundled.x_test.shape == (1000, 784)
    assert bundled.t_train.shape == (4000,) and bundled.t_test.shape == (1000,)
    for a in (bundled.x_train, bundled.t_train, bundled.x_test, bundled.t_test):
        assert a.dtype == np.uint8
        assert not a.flags.writeable
    assert bundled.n_train == 4000 and bundled.n_test == 1000 and bundled.n_classes == 10
    assert bundled.name and "4,000" in bundled.description


def test_bundled_class_balance(bundled):
    assert np.bincount(bundled.t_train, minlength=10).tolist() == [400] * 10
    assert np.bincount(bundled.t_test, minlength=10).tolist() == [100] * 10
    overall = np.bincount(np.concatenate([bundled.t_train, bundled.t_test]), minlength=10)
    assert overall.tolist() == [500] * 10
    # every prefix of 10*m holds m of each digit, so subset() stays balanced
    for m in (1, 3, 10, 57):
        assert np.bincount(bundled.t_train[: 10 * m], minlength=10).tolist() == [m] * 10
        assert np.bincount(bundled.t_test[: 10 * m], minlength=10).tolist() == [m] * 10


def test_bundled_pixel_range(bundled):
    assert bundled.x_train.min() == 0 and bundled.x_train.max() == 255
    assert 20 < bundled.x_train.mean() < 50  # MNIST mean is about 33
    assert bundled.t_train.max() == 9


def test_bundled_split_is_disjoint_and_fixed():
    path = ds.default_resources_dir() / ds.BUNDLED_FILE
    with np.load(path, allow_pickle=False) as z:
        images, labels = z["images"], z["labels"]
        tr, te = z["train_idx"], z["test_idx"]
        rule = str(z["split_rule"])
    assert images.shape == (5000, 784) and labels.shape == (5000,)
    assert len(np.intersect1d(tr, te)) == 0
    assert np.array_equal(np.sort(np.concatenate([tr, te])), np.arange(5000))
    assert "400" in rule and "100" in rule
    # the rule: per digit, the first 400 rows (file order) train, the last 100 test
    for c in range(10):
        rows = np.flatnonzero(labels == c)
        assert set(tr[labels[tr] == c]) == set(rows[:400])
        assert set(te[labels[te] == c]) == set(rows[400:])
    # pinned: a rebuilt file must give the same split and order
    assert tr[:10].tolist() == [1000, 3000, 1500, 4500, 0, 2500, 2000, 4000, 3500, 500]
    arrays = (("train", tr, "<u2"), ("test", te, "<u2"), ("images", images, "u1"), ("labels", labels, "u1"))
    digest = {k: hashlib.sha256(a.astype(dt).tobytes()).hexdigest()[:16] for k, a, dt in arrays}
    assert digest == {"train": "d3b7c0c8a2184768", "test": "28c0390ab5caa6d4",
                      "images": "2913c6b6527114b7", "labels": "41b7b0a9d94690a3"}


def test_bundled_load_is_deterministic(bundled):
    again = ds.load_bundled_mnist()
    assert np.array_equal(again.x_train, bundled.x_train) and np.array_equal(again.t_test, bundled.t_test)


def test_bundled_from_explicit_dir_and_meipass(tmp_path, monkeypatch):
    res = ds.default_resources_dir()
    assert ds.load_bundled_mnist(res).n_train == 4000
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert ds.default_resources_dir() == tmp_path / "resources"


def test_bundled_missing_or_corrupt(tmp_path):
    with pytest.raises(DataError, match=r"mnist5k\.npz.*not found"):
        ds.load_bundled_mnist(tmp_path)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "mnist5k.npz").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DataError, match=r"mnist5k\.npz"):
        ds.load_bundled_mnist(tmp_path)


# ------------------------------------------------------------------------------------------------------- read_idx


@pytest.mark.parametrize("gz", [True, False])
def test_read_idx_images_and_labels(tmp_path, gz):
    rng = np.random.default_rng(1)
    x = rng.integers(0, 256, size=(7, 28, 28), dtype=np.uint8)
    t = rng.integers(0, 10, size=7, dtype=np.uint8)
    suffix = ".gz" if gz else ""
    xi = ds.read_idx(write_idx(tmp_path / f"img{suffix}", x, gz=gz))
    ti = ds.read_idx(write_idx(tmp_path / f"lab{suffix}", t, gz=gz), kind="labels")
    assert xi.dtype == np.uint8 and xi.shape == (7, 28, 28) and np.array_equal(xi, x)
    assert ti.dtype == np.uint8 and ti.shape == (7,) and np.array_equal(ti, t)
    assert not xi.flags.writeable


def test_read_idx_raw_content_under_gz_name(tmp_path):
    # Some browsers unpack a download but keep the .gz name; the content is still valid IDX.
    t = np.arange(10, dtype=np.uint8)
    p = write_idx(tmp_path / "train-labels-idx1-ubyte.gz", t, gz=False)
    assert np.array_equal(ds.read_idx(p), t)


def test_read_idx_missing(tmp_path):
    p = tmp_path / "nothere-idx1-ubyte.gz"
    with pytest.raises(DataError) as e:
        ds.read_idx(p)
    assert "nothere-idx1-ubyte.gz" in str(e.value) and "not found" in str(e.value)


def test_read_idx_wrong_magic(tmp_path):
    p = write_idx(tmp_path / "weird-idx3-ubyte", np.zeros((2, 28, 28)), magic=0x00000D03)
    with pytest.raises(DataError) as e:
        ds.read_idx(p)
    msg = str(e.value)
    assert "weird-idx3-ubyte" in msg and "magic" in msg and "0x00000D03" in msg


def test_read_idx_kind_mismatch(tmp_path):
    p = write_idx(tmp_path / "labels-as-images", np.zeros(5))
    with pytest.raises(DataError, match=r"labels-as-images.*magic number 0x00000801.*0x00000803"):
        ds.read_idx(p, kind="images")


def test_read_idx_text_file(tmp_path):
    p = tmp_path / "notes.txt"
    p.write_text("hello, this is not IDX")
    with pytest.raises(DataError, match=r"notes\.txt.*magic"):
        ds.read_idx(p)


@pytest.mark.parametrize("gz", [True, False])
def test_read_idx_truncated_data(tmp_path, gz):
    data = idx_bytes(np.zeros((10, 28, 28)))[:-100]
    p = tmp_path / ("short-idx3-ubyte" + (".gz" if gz else ""))
    p.write_bytes(gzip.compress(data) if gz else data)
    with pytest.raises(DataError) as e:
        ds.read_idx(p)
    msg = str(e.value)
    assert p.name in msg and "truncated" in msg and "7,840" in msg and "7,740" in msg


def test_read_idx_truncated_header(tmp_path):
    p = tmp_path / "hdr-idx3-ubyte"
    p.write_bytes(idx_bytes(np.zeros((10, 28, 28)))[:9])
    with pytest.raises(DataError, match=r"hdr-idx3-ubyte.*truncated.*header"):
        ds.read_idx(p)
    p.write_bytes(b"\x00\x00")
    with pytest.raises(DataError, match=r"hdr-idx3-ubyte.*truncated"):
        ds.read_idx(p)


def test_read_idx_bad_gzip(tmp_path):
    good = gzip.compress(idx_bytes(np.zeros((10, 28, 28))))
    cut = tmp_path / "cut-idx3-ubyte.gz"
    cut.write_bytes(good[: len(good) // 2])
    with pytest.raises(DataError) as e:
        ds.read_idx(cut)
    assert "cut-idx3-ubyte.gz" in str(e.value) and "gzip" in str(e.value)

    junk = tmp_path / "junk-idx3-ubyte.gz"
    junk.write_bytes(b"<html>404 Not Found</html>")
    with pytest.raises(DataError) as e:
        ds.read_idx(junk)
    assert "junk-idx3-ubyte.gz" in str(e.value) and "gzip" in str(e.value)

    damaged = bytearray(good)
    damaged[20:40] = b"\xff" * 20
    bad = tmp_path / "bad-idx3-ubyte.gz"
    bad.write_bytes(bytes(damaged))
    with pytest.raises(DataError, match=r"bad-idx3-ubyte\.gz.*gzip"):
        ds.read_idx(bad)


# ------------------------------------------------------------------------------------------------ load_idx_folder


@pytest.mark.parametrize("gz", [True, False])
def test_load_idx_folder(tmp_path, gz):
    parts = make_folder(tmp_path, gz=gz)
    d = ds.load_idx_folder(tmp_path)
    assert d.name == "MNIST" and d.class_names == ds.DIGIT_NAMES
    assert d.x_train.shape == (30, 784) and d.x_test.shape == (10, 784) and d.x_train.dtype == np.uint8
    assert np.array_equal(d.x_train, parts["train"][0].reshape(30, 784))
    assert np.array_equal(d.t_test, parts["t10k"][1])
    assert str(tmp_path) in d.description


def test_load_idx_folder_fashion_and_mixed_compression(tmp_path):
    make_folder(tmp_path, gz=True)
    # replace one file by its raw version: mixed .gz / raw must work
    gzpath = tmp_path / "t10k-labels-idx1-ubyte.gz"
    (tmp_path / "t10k-labels-idx1-ubyte").write_bytes(gzip.decompress(gzpath.read_bytes()))
    gzpath.unlink()
    d = ds.load_idx_folder(tmp_path, kind="fashion")
    assert d.name == "Fashion-MNIST" and d.class_names[0] == "T-shirt/top" and d.n_classes == 10
    with pytest.raises(ValueError):
        ds.load_idx_folder(tmp_path, kind="cifar")


def test_load_idx_folder_missing_file(tmp_path):
    make_folder(tmp_path)
    (tmp_path / "t10k-images-idx3-ubyte.gz").unlink()
    with pytest.raises(DataError) as e:
        ds.load_idx_folder(tmp_path)
    assert "t10k-images-idx3-ubyte" in str(e.value) and "not found" in str(e.value)


def test_load_idx_folder_missing_folder(tmp_path):
    with pytest.raises(DataError, match=r"nope.*folder not found"):
        ds.load_idx_folder(tmp_path / "nope")


def test_load_idx_folder_count_mismatch(tmp_path):
    make_folder(tmp_path)
    write_idx(tmp_path / "train-labels-idx1-ubyte.gz", np.zeros(29))
    with pytest.raises(DataError) as e:
        ds.load_idx_folder(tmp_path)
    msg = str(e.value)
    assert "train-labels-idx1-ubyte.gz" in msg and "29" in msg and "30" in msg and "train-images" in msg


def test_load_idx_folder_wrong_image_size(tmp_path):
    make_folder(tmp_path, shape=(32, 32))
    with pytest.raises(DataError) as e:
        ds.load_idx_folder(tmp_path)
    msg = str(e.value)
    assert "train-images-idx3-ubyte.gz" in msg and "32x32" in msg and "28x28" in msg


def test_load_idx_folder_swapped_files(tmp_path):
    make_folder(tmp_path)
    lab = (tmp_path / "train-labels-idx1-ubyte.gz").read_bytes()
    (tmp_path / "train-images-idx3-ubyte.gz").write_bytes(lab)
    with pytest.raises(DataError, match=r"train-images-idx3-ubyte\.gz.*magic"):
        ds.load_idx_folder(tmp_path)


def test_load_idx_folder_label_out_of_range(tmp_path):
    make_folder(tmp_path)
    write_idx(tmp_path / "t10k-labels-idx1-ubyte.gz", np.full(10, 12))
    with pytest.raises(DataError, match=r"t10k-labels-idx1-ubyte\.gz.*12"):
        ds.load_idx_folder(tmp_path)


def test_fashion_system_dir(monkeypatch, tmp_path):
    monkeypatch.setattr(ds, "FASHION_SYSTEM_DIR", tmp_path / "fashion-mnist")
    assert ds.fashion_mnist_system_dir() is None
    make_folder(tmp_path / "fashion-mnist")
    assert ds.fashion_mnist_system_dir() == tmp_path / "fashion-mnist"
    (tmp_path / "fashion-mnist" / "train-labels-idx1-ubyte.gz").unlink()
    assert ds.fashion_mnist_system_dir() is None


def test_fashion_system_dir_real_path_is_default():
    assert ds.FASHION_SYSTEM_DIR == Path("/usr/share/datasets/fashion-mnist")
    r = ds.fashion_mnist_system_dir()
    assert r is None or r == ds.FASHION_SYSTEM_DIR


# -------------------------------------------------------------------------------------------- batches, subsets


def test_to_float32():
    x = np.array([[0, 51, 255]], dtype=np.uint8)
    f = ds.to_float32(x)
    assert f.dtype == np.float32 and f.shape == (1, 3)
    assert f[0, 0] == 0.0 and f[0, 2] == 1.0 and f[0, 1] == pytest.approx(0.2)
    assert x[0, 2] == 255  # input untouched


def test_sample_batch_with_replacement(bundled):
    rng = np.random.default_rng(0)
    xb, tb = ds.sample_batch(bundled.x_train, bundled.t_train, 100, rng)
    assert xb.shape == (100, 784) and xb.dtype == np.float32 and tb.shape == (100,)
    assert 0.0 <= xb.min() and xb.max() <= 1.0
    # book semantics: rng.choice(n, batch) with replacement
    idx = np.random.default_rng(0).choice(4000, 100)
    assert np.array_equal(tb, bundled.t_train[idx])
    assert np.array_equal(xb, bundled.x_train[idx] / np.float32(255))
    # with replacement: a batch larger than the data set is fine and repeats rows
    x = (np.arange(3 * 784) % 256).astype(np.uint8).reshape(3, 784)
    xb, tb = ds.sample_batch(x, np.arange(3, dtype=np.uint8), 50, rng)
    assert len(tb) == 50 and len(np.unique(tb)) <= 3
    with pytest.raises(ValueError):
        ds.sample_batch(x, np.arange(3), 0, rng)


def test_batch_sampler(bundled):
    s = ds.BatchSampler(bundled, 32, np.random.default_rng(5))
    xb, tb = s.next()
    assert xb.shape == (32, 784) and xb.dtype == np.float32
    s.batch_size = 8
    xb, tb = s()
    assert xb.shape == (8, 784)
    a = ds.BatchSampler(bundled, 16, np.random.default_rng(9), part="test")
    b = ds.BatchSampler(bundled, 16, np.random.default_rng(9), part="test")
    assert np.array_equal(a.next()[1], b.next()[1])
    with pytest.raises(ValueError):
        ds.BatchSampler(bundled, 16, np.random.default_rng(0), part="val")


def test_iter_chunks(bundled):
    chunks = list(ds.iter_chunks(bundled.x_test, bundled.t_test, 300))
    assert [len(t) for _, t in chunks] == [300, 300, 300, 100]
    assert all(x.dtype == np.float32 for x, _ in chunks)
    assert np.array_equal(np.concatenate([t for _, t in chunks]), bundled.t_test)


def test_subset(bundled):
    s = ds.subset(bundled, 300)
    assert s.n_train == 300 and s.n_test == 1000
    assert np.array_equal(s.x_train, bundled.x_train[:300])
    assert np.bincount(s.t_train, minlength=10).tolist() == [30] * 10
    s2 = ds.subset(bundled, 100, 50)
    assert (s2.n_train, s2.n_test) == (100, 50)
    assert ds.subset(bundled, 10**9).n_train == 4000
    with pytest.raises(ValueError):
        ds.subset(bundled, 0)


def test_dataset_validates_and_freezes():
    x = np.zeros((4, 784), dtype=np.uint8)
    t = np.zeros(4, dtype=np.uint8)
    d = Dataset("tiny", x, t, x, t)
    assert not d.x_train.flags.writeable
    with pytest.raises(AttributeError):
        d.name = "other"
    with pytest.raises(ValueError, match="uint8"):
        Dataset("bad", x.astype(np.float32), t, x, t)
    with pytest.raises(ValueError, match="labels"):
        Dataset("bad", x, t[:3], x, t)


def test_model_has_no_qt():
    code = "import sys, model.datasets; print(sorted(m for m in sys.modules if m.split('.')[0] in " \
        "('PySide6', 'PyQt5', 'PyQt6', 'shiboken6', 'pyqtgraph', 'qtpy')))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --------------------------------------------------------------------------------------------------- full MNIST


@pytest.mark.slow
def test_full_mnist_from_shared():
    if not (SHARED_MNIST / "train-images-idx3-ubyte.gz").is_file():
        pytest.skip(f"{SHARED_MNIST} not present")
    d = ds.load_idx_folder(SHARED_MNIST)
    assert d.x_train.shape == (60000, 784) and d.x_test.shape == (10000, 784)
    assert d.t_train.shape == (60000,) and d.t_test.shape == (10000,)
    assert d.x_train.dtype == np.uint8 and d.x_train.max() == 255
    assert np.bincount(d.t_train).tolist() == [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
    # the bundled subset is the first 500 of each digit of the MNIST training set
    b = ds.load_bundled_mnist()
    first = np.concatenate([np.flatnonzero(d.t_train == c)[:400] for c in range(10)])
    assert {bytes(r) for r in b.x_train} == {bytes(r) for r in d.x_train[first]}


# ------------------------------------------------------------------------------------------- damaged files (issue 8)

from tests.damage import DAMAGES, write_good_folder  # noqa: E402


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_damaged_folder_gives_data_error_naming_the_file(tmp_path, monkeypatch, damage):
    folder = write_good_folder(tmp_path / "mnist")
    kind, at_fault = DAMAGES[damage](folder, monkeypatch)
    with pytest.raises(DataError) as e:
        ds.load_idx_folder(folder)
    assert e.value.kind == kind
    assert e.value.path == str(at_fault)
    assert str(at_fault) in str(e.value)


def test_header_overflow_is_refused_before_allocating(tmp_path, monkeypatch):
    """2^31 x 2^31 x 4 wraps to 0 bytes in int64; in Python integers it is 2^64, far above the cap."""
    p = tmp_path / "huge-idx3-ubyte"
    p.write_bytes(struct.pack(">IIII", 0x00000803, 2**31, 2**31, 4))
    allocated = []
    real_empty = np.empty
    monkeypatch.setattr(idx.np, "empty", lambda n, *a, **k: allocated.append(n) or real_empty(n, *a, **k))
    with pytest.raises(DataError, match=r"huge-idx3-ubyte.*18,446,744,073,709,551,616 bytes") as e:
        ds.read_idx(p)
    assert e.value.kind == "too_large" and allocated == []


def test_raw_file_shorter_than_header_says_is_refused_before_allocating(tmp_path, monkeypatch):
    p = tmp_path / "short-idx3-ubyte"
    p.write_bytes(struct.pack(">IIII", 0x00000803, 100_000, 28, 28) + bytes(1000))
    allocated = []
    real_empty = np.empty
    monkeypatch.setattr(idx.np, "empty", lambda n, *a, **k: allocated.append(n) or real_empty(n, *a, **k))
    with pytest.raises(DataError, match=r"78,400,000 bytes.*only 1,000") as e:
        ds.read_idx(p)
    assert e.value.kind == "truncated" and allocated == []


def test_gzip_bomb_is_decompressed_only_as_far_as_its_header_says(tmp_path, monkeypatch):
    """10 images promised, 8 MB of zeros inside: the reader stops right after the promised 7,840 bytes."""
    import tracemalloc

    p = tmp_path / "bomb-idx3-ubyte.gz"
    p.write_bytes(gzip.compress(struct.pack(">IIII", 0x00000803, 10, 28, 28) + bytes(8_000_000), compresslevel=1))
    tracemalloc.start()
    try:
        with pytest.raises(DataError, match=r"bomb-idx3-ubyte\.gz.*more data than the header") as e:
            ds.read_idx(p)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert e.value.kind == "extra_data"
    assert peak < 1_000_000  # decompressing it all would take 8 MB


def test_gzip_header_above_the_cap_is_refused_without_reading_the_data(tmp_path, monkeypatch):
    monkeypatch.setattr(idx, "MAX_IDX_BYTES", 100_000)
    p = tmp_path / "big-idx3-ubyte.gz"
    p.write_bytes(gzip.compress(idx_bytes(np.zeros((200, 28, 28)))))
    with pytest.raises(DataError, match=r"156,800 bytes.*more than the 100,000") as e:
        ds.read_idx(p)
    assert e.value.kind == "too_large"
    monkeypatch.setattr(idx, "MAX_IDX_BYTES", 156_800)  # exactly at the cap: accepted
    assert ds.read_idx(p).shape == (200, 28, 28)


def test_cap_fits_the_full_mnist():
    assert ds.MAX_IDX_BYTES >= 60_000 * 784 and ds.MAX_IDX_BYTES <= 500_000_000


def test_read_idx_result_is_read_only(tmp_path):
    p = write_idx(tmp_path / "ok-idx1-ubyte", np.arange(5))
    t = ds.read_idx(p)
    assert t.tolist() == [0, 1, 2, 3, 4] and not t.flags.writeable


def test_folder_closed_to_the_user_is_unreadable_not_missing(tmp_path, monkeypatch):
    folder = write_good_folder(tmp_path / "closed")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **k: False if Path(p) == folder else real_access(p, mode, **k))
    assert ds.folder_state(folder) == "unreadable"
    with pytest.raises(DataError) as e:
        ds.load_idx_folder(folder)
    assert e.value.kind == "folder_unreadable" and e.value.path == str(folder)
    assert ds.folder_state(tmp_path / "nope") == "missing" and ds.folder_state(tmp_path / "a\0b") == "missing"
    assert ds.folder_state(folder / "train-images-idx3-ubyte.gz") == "missing"  # a file is not a folder


def test_loading_can_be_cancelled_between_chunks(tmp_path):
    folder = write_good_folder(tmp_path / "mnist")
    asked = []
    with pytest.raises(DataError) as e:
        ds.load_idx_folder(folder, cancelled=lambda: asked.append(1) or True)
    assert e.value.kind == "cancelled" and asked == [1]
    assert ds.load_idx_folder(folder, cancelled=lambda: False).n_train == 30


def test_named_pipe_and_symlink_loop_are_refused_without_hanging(tmp_path):
    """Opening a FIFO named like a data file would wait for ever; a symbolic link loop raised a bare OSError."""
    folder = write_good_folder(tmp_path / "odd")
    fifo = folder / "train-images-idx3-ubyte.gz"
    fifo.unlink()
    os.mkfifo(fifo)
    with pytest.raises(DataError) as e:
        ds.load_idx_folder(folder)
    assert e.value.kind == "is_folder" and e.value.path == str(fifo)
    fifo.unlink()
    loop = folder / "train-images-idx3-ubyte.gz"
    loop.symlink_to(loop)
    with pytest.raises(DataError) as e:
        ds.load_idx_folder(folder)
    assert e.value.kind == "unreadable" and e.value.path == str(loop)
