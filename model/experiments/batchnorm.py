"""Batch-normalization sweep: the book's ``ch06/batch_norm_test.py`` (§6.3.2, Fig. 6-19), live.

For every weight scale w (the std of the initial weights, ``np.logspace(0, -4, 16)`` by default) two networks
784-100×5-10 (ReLU) are trained side by side with SGD(lr 0.01) on the first 1000 training images: one **with**
batch normalization (Affine → BN → ReLU) and one **without** ("plain"). The figure shows, panel by panel, that the
BN network learns at almost every scale while the plain one learns only in a narrow band (w ≈ 0.16-0.29 in the
book), stays at chance level for small w and overflows for w = 1.

Differences from the book, chosen for a fair teaching comparison (docs/book-reference.md §3.7):

* **Same initial weights.** For each scale the plain network is built first (its W drawn from the weight
  generator); the BN network then gets *copies* of the same W and b arrays, plus γ = 1 and β = 0. The book builds
  the BN network first and draws separate weights for each network.
* **Same mini-batches.** Each iteration draws one batch of ``batch_size`` indices **with replacement** (the book's
  ``np.random.choice``) from a generator of its own, and all 2 × n_scales networks train on it.
* Random streams: ``np.random.SeedSequence(seed).spawn(2)`` gives the weight generator and the batch generator.
  The scales draw their weights in order (scale 0 first). Same seed → same numbers.

Kept from the book (§1.5, §2):

* ``iter_per_epoch = max(n_train // batch_size, 1)`` (10 by default). The networks are evaluated **after the update**
  of every iteration i with ``i % iter_per_epoch == 0``, i.e. after updates 0, 10, …, 190: ``epochs`` evaluation
  points ("epoch 0" comes after a single update) and ``(epochs − 1)·iter_per_epoch + 1`` updates in all (191 by
  default). Then the sweep is done.
* Training accuracy is measured on the same ``n_train`` images, in **test mode**: the BN network uses its running
  mean and variance. Those start at **zero** (running_var too, the book's BatchNormalization) and move by 10 % per
  training step, so after the first update running_var is only 0.1 × the batch variance: test-mode inputs are blown
  up by about √10 and the **epoch-0 BN accuracy sits near chance level**. This is the book's behaviour, on purpose.
* BN details: ε = 1e-6, biased batch variance, momentum 0.9 (``model.layers.BatchNormalization``).

Divergence: the plain network with w = 1 overflows (float32 inf, then NaN) within the first updates, as in the book
(NumPy's overflow warnings are silenced here with ``np.errstate``). A network is marked *diverged* as soon as its
mini-batch loss or one of its parameters is not finite; it is then frozen (no more updates), its per-iteration loss
is NaN from then on, and its accuracy is still *measured* the book's way: the scores are NaN, ``argmax`` of a NaN
row is 0, so the accuracy is the share of zeros among the labels (0.097 on the book's 1000 images). Since the
parameters no longer change, that accuracy is computed once and repeated.

Losses: ``*_losses[i]`` is the training-mode mini-batch loss of iteration i, computed in the forward pass of the
gradient, i.e. **before** that iteration's update (the book's script records it after the update, which costs a
second forward pass). ``*_epoch_loss[k]`` is the mean of the losses since the previous evaluation point: iteration
0 alone for k = 0, iterations (k−1)·ipe+1 … k·ipe after that.

Inside view: for one chosen scale (``inspect_index``, live-changeable) the snapshot carries, for both networks, a
histogram of every hidden layer's activations (the ReLU outputs) on the *current batch* (the batch of the last
update; before the first update, the first batch) in training mode, computed with the current parameters; and for
the BN network each BN layer's running mean and variance next to the batch's own mean and variance of the BN input
(the Affine output). It is recomputed after every evaluation point and when ``inspect_index`` changes; training-mode
forward passes of the BN network are run on a clone, so the running statistics of the sweep are never touched.

Also here: :func:`bn_gradient_check`, the "check gradients" button of the tab (backprop vs central differences on a
small float64 BN network with a batch of several samples, unlike the book's vacuous one-sample check, §1.6).
"""
from __future__ import annotations

import dataclasses
import math
import numbers
from dataclasses import dataclass
from typing import Any

import numpy as np

from model.datasets import Dataset, load_bundled_mnist, to_float32
from model.experiments.base import check_live_keys, frozen_copy, validate_dtype, validate_int
from model.gradcheck import NUMERICAL_H, compare, numerical_partial
from model.histograms import LayerHistogram, layer_histogram
from model.network import ACTIVATION_LAYERS, MultiLayerNet
from model.optimizers import SGD, validate_hyperparameter

__all__ = [
    "BatchNormSweepConfig",
    "BatchNormSweepExperiment",
    "BatchNormSweepSnapshot",
    "BNLayerStats",
    "InsideView",
    "LayerHistogram",
    "LIVE_FIELDS",
    "ScaleSnapshot",
    "bn_gradient_check",
    "book_figure_6_19",
    "gradient_check_network",
    "log_scales",
]

LIVE_FIELDS: frozenset[str] = frozenset({"lr", "inspect_index"})
"""Keys accepted by :meth:`BatchNormSweepExperiment.apply`."""

MAX_SCALES = 64
MAX_HIDDEN_LAYERS = 10
MAX_UNITS = 1000
MAX_EPOCHS = 10_000
MAX_BINS = 500
DTYPES = ("float32", "float64")
INSPECT_TARGET_SCALE = 0.01
"""``inspect_index=None`` inspects the scale closest (in log distance) to this one."""


def log_scales(n: int = 16, hi: float = 1.0, lo: float = 1e-4) -> tuple[float, ...]:
    """``n`` weight scales evenly spaced in log from ``hi`` down to ``lo``: ``tuple(np.logspace(log10 hi, log10 lo, n))``.

    ``log_scales(16)`` is the book's ``np.logspace(0, -4, 16)``. ``n = 1`` gives ``(hi,)``.
    """
    n = validate_int("n_scales", n, 1, MAX_SCALES)
    if not (_is_number(hi) and _is_number(lo) and 0 < lo and 0 < hi and math.isfinite(hi) and math.isfinite(lo)):
        raise ValueError(f"log_scales: hi and lo must be finite numbers greater than 0 (got {hi!r}, {lo!r})")
    return tuple(float(v) for v in np.logspace(math.log10(hi), math.log10(lo), n))


# ----------------------------------------------------------------------------------------------------------------
# Validation helpers


def _is_number(v: Any) -> bool:
    return isinstance(v, numbers.Real) and not isinstance(v, bool)


def _check_scales(scales: Any) -> tuple[float, ...]:
    try:
        values = tuple(scales)
    except TypeError:
        raise ValueError(f"scales: must be a sequence of numbers, got {scales!r}") from None
    if not 1 <= len(values) <= MAX_SCALES:
        raise ValueError(f"scales: between 1 and {MAX_SCALES} weight scales are needed, got {len(values)}")
    out = []
    for v in values:
        if not _is_number(v) or not math.isfinite(float(v)) or float(v) <= 0:
            raise ValueError(f"scales: every weight scale must be a finite number greater than 0, got {v!r}")
        out.append(float(v))
    return tuple(out)


# ----------------------------------------------------------------------------------------------------------------
# Configuration


@dataclass(frozen=True)
class BatchNormSweepConfig:
    """Everything that determines a sweep. Validated (``ValueError``) and normalised on creation.

    - ``n_train``: the first n_train training images are the training set (and the set the training accuracy is
      measured on); capped at the data set's size by the experiment.
    - ``hidden``: hidden layer widths (1-10 layers of 1-1000 units); ``activation``: 'relu', 'sigmoid' or 'tanh'.
    - ``lr``: SGD learning rate (shared by all networks; live-changeable).
    - ``batch_size``, ``epochs``: evaluation points; ``iter_per_epoch = max(n_train // batch_size, 1)``.
    - ``scales``: the weight-init stds, one panel each (:func:`log_scales` makes log-spaced ones).
    - ``seed``: weights and mini-batches (see the module docstring).
    - ``eval_test``: also measure test accuracy at each evaluation point, on the first ``n_test`` images of the
      data set's test set (costs one more forward pass of ``n_test`` images per network and point).
    - ``inspect_index``: the scale shown in the inside view (live-changeable); ``None`` = the scale closest to 0.01.
    - ``n_bins``: bins of the inside-view activation histograms.
    - ``dtype``: 'float32' (fast, default) or 'float64'.
    """

    n_train: int = 1000
    hidden: tuple[int, ...] = (100,) * 5
    activation: str = "relu"
    lr: float = 0.01
    batch_size: int = 100
    epochs: int = 20
    scales: tuple[float, ...] = dataclasses.field(default_factory=lambda: log_scales(16))
    seed: int = 0
    eval_test: bool = False
    n_test: int = 1000
    inspect_index: int | None = None
    n_bins: int = 30
    dtype: str = "float32"

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "n_train", validate_int("n_train", self.n_train, 1, 10_000_000))
        try:
            hidden = tuple(self.hidden)
        except TypeError:
            raise ValueError(f"hidden: must be a sequence of layer widths, got {self.hidden!r}") from None
        if not 1 <= len(hidden) <= MAX_HIDDEN_LAYERS:
            raise ValueError(f"hidden: between 1 and {MAX_HIDDEN_LAYERS} hidden layers are needed, got {len(hidden)}")
        set_(self, "hidden", tuple(validate_int("hidden", h, 1, MAX_UNITS) for h in hidden))
        if not isinstance(self.activation, str) or self.activation.strip().lower() not in ACTIVATION_LAYERS:
            raise ValueError(f"activation: '{self.activation}' is not one of {', '.join(sorted(ACTIVATION_LAYERS))}")
        set_(self, "activation", self.activation.strip().lower())
        set_(self, "lr", validate_hyperparameter("lr", self.lr))
        set_(self, "batch_size", validate_int("batch_size", self.batch_size, 1, 100_000))
        set_(self, "epochs", validate_int("epochs", self.epochs, 1, MAX_EPOCHS))
        set_(self, "scales", _check_scales(self.scales))
        set_(self, "seed", validate_int("seed", self.seed, 0, 2**63 - 1))
        if not isinstance(self.eval_test, (bool, np.bool_)):
            raise ValueError(f"eval_test: must be True or False, got {self.eval_test!r}")
        set_(self, "eval_test", bool(self.eval_test))
        set_(self, "n_test", validate_int("n_test", self.n_test, 1, 10_000_000))
        if self.inspect_index is not None:
            set_(self, "inspect_index", validate_int("inspect_index", self.inspect_index, 0, len(self.scales) - 1))
        set_(self, "n_bins", validate_int("n_bins", self.n_bins, 1, MAX_BINS))
        set_(self, "dtype", validate_dtype(self.dtype).name)

    @property
    def n_scales(self) -> int:
        return len(self.scales)

    @property
    def iter_per_epoch(self) -> int:
        """Iterations between evaluation points: max(n_train // batch_size, 1) (with the configured n_train)."""
        return max(self.n_train // self.batch_size, 1)

    @property
    def resolved_inspect_index(self) -> int:
        """``inspect_index``, or the index of the scale closest to 0.01 in log distance when it is ``None``."""
        if self.inspect_index is not None:
            return self.inspect_index
        logs = np.abs(np.log10(np.asarray(self.scales)) - math.log10(INSPECT_TARGET_SCALE))
        return int(np.argmin(logs))

    def replace(self, **changes: Any) -> BatchNormSweepConfig:
        """A copy with ``changes`` applied and validated (``ValueError`` for an unknown name or a bad value)."""
        names = {f.name for f in dataclasses.fields(self)}
        for key in changes:
            if key not in names:
                raise ValueError(f"'{key}' is not a setting of the batch-normalization sweep")
        return dataclasses.replace(self, **changes)


def book_figure_6_19() -> BatchNormSweepConfig:
    """The book's Fig. 6-19 (``batch_norm_test.py``): 1000 images, 784-100×5-10 ReLU, SGD lr 0.01, batch 100,
    20 evaluation points, 16 scales from 1 to 1e-4 (fair variant: shared initial weights and batches)."""
    return BatchNormSweepConfig()


# ----------------------------------------------------------------------------------------------------------------
# Snapshots


@dataclass(frozen=True, eq=False)
class ScaleSnapshot:
    """One weight scale (one panel of Fig. 6-19): the BN network and the plain network trained from the same start.

    Arrays are read-only copies, float64. Accuracy arrays have one entry per evaluation point so far
    (``epoch`` of the sweep snapshot); loss arrays one entry per update so far (``iteration``).
    """

    index: int
    scale: float
    bn_train_acc: np.ndarray
    plain_train_acc: np.ndarray
    bn_test_acc: np.ndarray | None
    """Test accuracy per evaluation point; ``None`` unless ``eval_test``."""
    plain_test_acc: np.ndarray | None
    bn_losses: np.ndarray
    """Training-mode mini-batch loss of each iteration (before its update); NaN once diverged."""
    plain_losses: np.ndarray
    bn_epoch_loss: np.ndarray
    """Mean of ``bn_losses`` since the previous evaluation point, one per evaluation point."""
    plain_epoch_loss: np.ndarray
    bn_diverged: bool
    plain_diverged: bool
    bn_diverged_iteration: int | None
    """0-based iteration at which the loss or a parameter became non-finite (the network is frozen from there)."""
    plain_diverged_iteration: int | None


@dataclass(frozen=True, eq=False)
class BNLayerStats:
    """One BN layer of the inspected BN network (arrays of the layer's width, read-only float64).

    ``running_mean``/``running_var`` are what test mode uses (they start at 0 and move 10 % per training step).
    ``batch_mean``/``batch_var`` are the mean and biased variance of this layer's BN input (the Affine output) over
    the inspected batch, with the current parameters: what training mode normalises with.
    """

    layer: int
    running_mean: np.ndarray
    running_var: np.ndarray
    batch_mean: np.ndarray
    batch_var: np.ndarray

    @property
    def running_var_ratio(self) -> float:
        """mean(running_var) / mean(batch_var): about 0.1 after one update (the book's zero start), → 1 later."""
        b = float(np.mean(self.batch_var))
        return float(np.mean(self.running_var)) / b if b > 0 else math.nan


@dataclass(frozen=True, eq=False)
class InsideView:
    """The inside of the two networks of one scale, on one batch."""

    index: int
    scale: float
    iteration: int
    """Updates made when this view was computed."""
    batch_size: int
    bn: tuple[LayerHistogram, ...]
    """Per hidden layer, the BN network's activations (training mode: batch statistics)."""
    plain: tuple[LayerHistogram, ...]
    """Per hidden layer, the plain network's activations."""
    bn_layers: tuple[BNLayerStats, ...]
    """Per BN layer, running vs batch statistics."""


@dataclass(frozen=True, eq=False)
class BatchNormSweepSnapshot:
    """The whole sweep at one moment."""

    config: BatchNormSweepConfig
    epoch: int
    """Evaluation points so far (the length of every accuracy array)."""
    iteration: int
    """Updates made so far (the length of every loss array); equals ``step_count``."""
    total_iterations: int
    iter_per_epoch: int
    n_train: int
    """Training images actually used (config.n_train capped at the data set's size)."""
    n_test: int
    """Test images used for ``*_test_acc`` (0 without ``eval_test``)."""
    lr: float
    done: bool
    eval_iterations: np.ndarray
    """0-based iteration after whose update each evaluation point was taken (0, ipe, 2·ipe, ...)."""
    scales: tuple[ScaleSnapshot, ...]
    inspect_index: int
    inside: InsideView

    @property
    def scale_values(self) -> tuple[float, ...]:
        return tuple(s.scale for s in self.scales)


# ----------------------------------------------------------------------------------------------------------------
# Internals


class _Run:
    """One network, its history and divergence state."""

    def __init__(self, net: MultiLayerNet, epochs: int, total: int, eval_test: bool) -> None:
        self.net = net
        self.losses = np.full(total, np.nan)
        self.train_acc = np.full(epochs, np.nan)
        self.test_acc = np.full(epochs, np.nan) if eval_test else None
        self.epoch_loss = np.full(epochs, np.nan)
        self.diverged_at: int | None = None
        self.frozen_acc: tuple[float, float] | None = None  # (train, test) once diverged

    def train(self, i: int, x: np.ndarray, t: np.ndarray, opt: SGD) -> None:
        """Iteration i: gradient on the batch, then the SGD update (call inside ``np.errstate(all='ignore')``)."""
        if self.diverged_at is not None:
            return
        net = self.net
        net.gradient(x, t)
        loss = net.last_loss
        if loss is None or not math.isfinite(loss):
            self.diverged_at = i
            return
        self.losses[i] = loss
        opt.update({"all": net.flat_params}, {"all": net.flat_grads})
        # A float64 sum of float32 values cannot overflow: it is non-finite only if some parameter is.
        if not math.isfinite(float(np.add.reduce(net.flat_params, dtype=np.float64))):
            self.diverged_at = i

    def evaluate(self, k: int, x: np.ndarray, t: np.ndarray, x_test: np.ndarray | None,
                 t_test: np.ndarray | None, chunk: int) -> None:
        if self.frozen_acc is not None:
            train, test = self.frozen_acc
        else:
            train = self.net.accuracy(x, t, batch_size=chunk)
            test = self.net.accuracy(x_test, t_test, batch_size=chunk) if x_test is not None else math.nan
            if self.diverged_at is not None:
                self.frozen_acc = (train, test)
        self.train_acc[k] = train
        if self.test_acc is not None:
            self.test_acc[k] = test


def _histogram(layer: int, values: np.ndarray, activation: str, n_bins: int) -> LayerHistogram:
    """Bins over the activation's range: sigmoid [0, 1], tanh [−1, 1], ReLU [0, largest value] with the exact
    zeros (inactive units) counted apart."""
    if activation == "sigmoid":
        lo, hi = 0.0, 1.0
    elif activation == "tanh":
        lo, hi = -1.0, 1.0
    else:
        v = np.asarray(values, dtype=np.float64)
        finite = v[np.isfinite(v)]
        lo = min(0.0, float(finite.min())) if finite.size else 0.0
        top = float(finite.max()) if finite.size else lo
        hi = top if top > lo else lo + 1.0
    return layer_histogram(values, lo, hi, n_bins, layer=layer, zeros_apart=activation == "relu")


def _readonly64(a: np.ndarray) -> np.ndarray:
    return frozen_copy(np.asarray(a, dtype=np.float64))


# ----------------------------------------------------------------------------------------------------------------
# The experiment


class BatchNormSweepExperiment:
    """Fig. 6-19 as an :class:`~model.experiments.base.Experiment`: one ``step()`` = one iteration of every network.

    ``dataset`` defaults to the bundled MNIST subset. ``rng`` is accepted for uniformity with the other labs and
    ignored: all randomness comes from ``config.seed``. Live changes (``apply``): ``"lr"`` (all networks) and
    ``"inspect_index"``; anything else needs a new experiment.

    Cost with the book's setting (32 float32 networks, one BLAS thread, ``bench/bench_batchnorm.py``): a step is
    about 40-55 ms; an evaluating step (every 10th) adds about 150-250 ms (32 test-mode passes over the 1000
    images, plus the inside view); the whole sweep of 191 steps takes about 11-16 s on the 2-core reference machine.
    """

    LIVE_FIELDS = LIVE_FIELDS

    def __init__(self, config: BatchNormSweepConfig | None = None, dataset: Dataset | None = None,
                 rng: np.random.Generator | None = None) -> None:
        self.config = cfg = config if config is not None else BatchNormSweepConfig()
        self.dataset = dataset if dataset is not None else load_bundled_mnist()
        self.n_train = min(cfg.n_train, self.dataset.n_train)
        self.iter_per_epoch = max(self.n_train // cfg.batch_size, 1)
        self.total_iterations = (cfg.epochs - 1) * self.iter_per_epoch + 1
        # Evaluate in chunks of the training batch size (at least 100 rows): the layers then keep the buffers they
        # train with, instead of allocating 1000-row ones at every evaluation (measured ~15 % faster).
        self._eval_chunk = max(cfg.batch_size, 100)
        self.dtype = np.dtype(cfg.dtype)
        self._x = to_float32(self.dataset.x_train[: self.n_train]).astype(self.dtype, copy=False)
        self._t = np.asarray(self.dataset.t_train[: self.n_train]).astype(np.intp)
        if cfg.eval_test:
            self.n_test = min(cfg.n_test, self.dataset.n_test)
            self._x_test = to_float32(self.dataset.x_test[: self.n_test]).astype(self.dtype, copy=False)
            self._t_test = np.asarray(self.dataset.t_test[: self.n_test]).astype(np.intp)
        else:
            self.n_test = 0
            self._x_test = self._t_test = None

        weight_seq, batch_seq = np.random.SeedSequence(cfg.seed).spawn(2)
        weight_rng = np.random.default_rng(weight_seq)
        self._batch_rng = np.random.default_rng(batch_seq)
        spare_rng = np.random.default_rng(0)  # the BN nets' own (overwritten) initial draws
        self._plain: list[_Run] = []
        self._bn: list[_Run] = []
        sizes = (self._x.shape[1], list(cfg.hidden), int(self.dataset.n_classes))
        for scale in cfg.scales:
            plain = MultiLayerNet(*sizes, activation=cfg.activation, weight_init_std=scale, dtype=self.dtype,
                                  rng=weight_rng)
            bn = MultiLayerNet(*sizes, activation=cfg.activation, weight_init_std=scale, use_batchnorm=True,
                               dtype=self.dtype, rng=spare_rng)
            for idx in range(1, len(cfg.hidden) + 2):
                bn.params[f"W{idx}"][...] = plain.params[f"W{idx}"]
                bn.params[f"b{idx}"][...] = plain.params[f"b{idx}"]
            self._plain.append(_Run(plain, cfg.epochs, self.total_iterations, cfg.eval_test))
            self._bn.append(_Run(bn, cfg.epochs, self.total_iterations, cfg.eval_test))
        self._lr = cfg.lr
        self._opt_plain = SGD(lr=cfg.lr)  # one per parameter layout (their scratch vectors differ in size)
        self._opt_bn = SGD(lr=cfg.lr)
        self._step = 0
        self._epoch = 0
        self._eval_iterations: list[int] = []
        self._batch_idx = self._draw_batch()
        self._inspect = cfg.resolved_inspect_index
        self._inside = self._compute_inside(self._inspect)

    # ------------------------------------------------------------------------------------------------ contract
    @property
    def step_count(self) -> int:
        return self._step

    @property
    def done(self) -> bool:
        return self._step >= self.total_iterations

    @property
    def epoch(self) -> int:
        """Evaluation points taken so far."""
        return self._epoch

    @property
    def lr(self) -> float:
        return self._lr

    @property
    def inspect_index(self) -> int:
        return self._inspect

    def networks(self, index: int) -> tuple[MultiLayerNet, MultiLayerNet]:
        """(BN network, plain network) of scale ``index`` — the live objects; do not train them from outside."""
        return self._bn[index].net, self._plain[index].net

    def batch_indices(self) -> np.ndarray:
        """A copy of the current batch's row indices into the first n_train training images (the batch of the last
        update; before the first update, the batch the first update will use)."""
        return self._batch_idx.copy()

    def step(self) -> None:
        """One iteration: every network trains on the same batch; evaluation after the update when i % ipe == 0.
        Does nothing once ``done``."""
        if self.done:
            return
        i = self._step
        if i > 0:
            self._batch_idx = self._draw_batch()
        idx = self._batch_idx
        xb, tb = self._x[idx], self._t[idx]
        with np.errstate(all="ignore"):
            for k in range(len(self._bn)):
                self._bn[k].train(i, xb, tb, self._opt_bn)
                self._plain[k].train(i, xb, tb, self._opt_plain)
        self._step = i + 1
        if i % self.iter_per_epoch == 0:
            self._evaluate(i)

    def apply(self, changes: dict[str, Any]) -> None:
        """Change ``"lr"`` (every network's SGD) or ``"inspect_index"`` (0 ≤ i < n_scales) between steps.

        All values are validated first; on an unknown key or a bad value ``ValueError`` is raised and nothing
        changes. A new ``inspect_index`` recomputes the inside view at once.
        """
        check_live_keys(changes, LIVE_FIELDS)
        validated: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "lr":
                validated[key] = validate_hyperparameter("lr", value)
            else:
                validated[key] = validate_int("inspect_index", value, 0, len(self._bn) - 1)
        if "lr" in validated:
            self._lr = validated["lr"]
            self._opt_plain.lr = self._opt_bn.lr = self._lr
        if "inspect_index" in validated and validated["inspect_index"] != self._inspect:
            self._inspect = validated["inspect_index"]
            self._inside = self._compute_inside(self._inspect)

    def snapshot(self) -> BatchNormSweepSnapshot:
        k, n = self._epoch, self._step
        scales = []
        for index, (scale, bn, plain) in enumerate(zip(self.config.scales, self._bn, self._plain)):
            scales.append(ScaleSnapshot(
                index=index,
                scale=scale,
                bn_train_acc=frozen_copy(bn.train_acc[:k]),
                plain_train_acc=frozen_copy(plain.train_acc[:k]),
                bn_test_acc=None if bn.test_acc is None else frozen_copy(bn.test_acc[:k]),
                plain_test_acc=None if plain.test_acc is None else frozen_copy(plain.test_acc[:k]),
                bn_losses=frozen_copy(bn.losses[:n]),
                plain_losses=frozen_copy(plain.losses[:n]),
                bn_epoch_loss=frozen_copy(bn.epoch_loss[:k]),
                plain_epoch_loss=frozen_copy(plain.epoch_loss[:k]),
                bn_diverged=bn.diverged_at is not None,
                plain_diverged=plain.diverged_at is not None,
                bn_diverged_iteration=bn.diverged_at,
                plain_diverged_iteration=plain.diverged_at,
            ))
        eval_iters = np.array(self._eval_iterations, dtype=np.int64)
        eval_iters.flags.writeable = False
        return BatchNormSweepSnapshot(
            config=self.config,
            epoch=k,
            iteration=n,
            total_iterations=self.total_iterations,
            iter_per_epoch=self.iter_per_epoch,
            n_train=self.n_train,
            n_test=self.n_test,
            lr=self._lr,
            done=self.done,
            eval_iterations=eval_iters,
            scales=tuple(scales),
            inspect_index=self._inspect,
            inside=self._inside,  # immutable: shared by snapshots until recomputed
        )

    # ------------------------------------------------------------------------------------------------ internals
    def _draw_batch(self) -> np.ndarray:
        return self._batch_rng.choice(self.n_train, self.config.batch_size)

    def _evaluate(self, i: int) -> None:
        k = self._epoch
        start = 0 if k == 0 else self._eval_iterations[-1] + 1
        with np.errstate(all="ignore"):
            for run in (*self._bn, *self._plain):
                run.evaluate(k, self._x, self._t, self._x_test, self._t_test, self._eval_chunk)
                run.epoch_loss[k] = float(np.mean(run.losses[start:i + 1]))
        self._eval_iterations.append(i)
        self._epoch = k + 1
        self._inside = self._compute_inside(self._inspect)

    def _compute_inside(self, index: int) -> InsideView:
        cfg = self.config
        x = self._x[self._batch_idx]
        act = cfg.activation
        with np.errstate(all="ignore"):
            # Training-mode forward on a clone: the sweep's running statistics stay untouched.
            bn_net = self._bn[index].net.clone()
            bn_net.predict(x, train_flg=True)
            bn_acts = bn_net.hidden_activations(copy=False)
            bn_hists = tuple(_histogram(j + 1, a, act, cfg.n_bins) for j, a in enumerate(bn_acts))
            bn_stats = []
            # The running statistics of the sweep's own network (the clone's moved by one step).
            for j, layer in enumerate(self._bn[index].net.batchnorm_layers):
                inp = x if j == 0 else bn_acts[j - 1]
                a = inp @ bn_net.params[f"W{j + 1}"] + bn_net.params[f"b{j + 1}"]
                a = a.astype(np.float64)
                width = a.shape[1]
                rm = layer.running_mean if layer.running_mean is not None else np.zeros(width)
                rv = layer.running_var if layer.running_var is not None else np.zeros(width)
                bn_stats.append(BNLayerStats(
                    layer=j + 1,
                    running_mean=_readonly64(rm),
                    running_var=_readonly64(rv),
                    batch_mean=frozen_copy(a.mean(axis=0)),
                    batch_var=frozen_copy(a.var(axis=0)),
                ))
            plain_net = self._plain[index].net  # no BN, no dropout: a forward pass changes no state
            plain_net.predict(x, train_flg=True)
            plain_hists = tuple(_histogram(j + 1, a, act, cfg.n_bins)
                                for j, a in enumerate(plain_net.hidden_activations(copy=False)))
        return InsideView(
            index=index,
            scale=cfg.scales[index],
            iteration=self._step,
            batch_size=len(self._batch_idx),
            bn=bn_hists,
            plain=plain_hists,
            bn_layers=tuple(bn_stats),
        )


# ----------------------------------------------------------------------------------------------------------------
# Gradient check (the tab's button)


def gradient_check_network(dataset: Dataset | None = None, n_samples: int = 10, seed: int = 0,
                           hidden: tuple[int, ...] = (20, 20)) -> tuple[MultiLayerNet, np.ndarray, np.ndarray]:
    """The network and batch :func:`bn_gradient_check` uses: a float64 BN network 784-20-20-10 (ReLU, He init,
    drawn from ``default_rng(seed)``) and ``n_samples`` training images chosen without replacement with the same
    generator (after the weights). Returns (net, x float64 (n_samples, 784), t labels)."""
    dataset = dataset if dataset is not None else load_bundled_mnist()
    n_samples = validate_int("n_samples", n_samples, 2, dataset.n_train)
    rng = np.random.default_rng(validate_int("seed", seed, 0, 2**63 - 1))
    net = MultiLayerNet(dataset.x_train.shape[1], list(hidden), max(int(dataset.n_classes), 1),
                        use_batchnorm=True, dtype=np.float64, rng=rng)
    idx = np.sort(rng.choice(dataset.n_train, n_samples, replace=False))
    x = to_float32(dataset.x_train[idx]).astype(np.float64)
    t = np.asarray(dataset.t_train[idx]).astype(np.intp)
    return net, x, t


def _exact_cross_entropy(scores: np.ndarray, t: np.ndarray) -> float:
    """Mean cross-entropy of softmax(scores) against integer labels t, via log-sum-exp (no +1e-7 in the log)."""
    s = scores - scores.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(s).sum(axis=1))
    return float(np.mean(log_norm - s[np.arange(len(t)), t]))


def bn_gradient_check(dataset: Dataset | None = None, n_samples: int = 10, seed: int = 0,
                      samples_per_param: int = 30, h: float = NUMERICAL_H) -> dict[str, tuple[float, float]]:
    """Backpropagation vs central differences on a small float64 BN network (see :func:`gradient_check_network`),
    on a batch of ``n_samples`` ≥ 2 images.

    Returns ``{param: (max_abs_diff, max_rel_err)}`` for W1, b1, gamma1, beta1, …, W3, b3, over
    ``samples_per_param`` randomly chosen entries of each parameter (all entries of a smaller parameter), which
    keeps it around 0.05 s. ``max_rel_err`` is max_abs_diff divided by the parameter's largest gradient entry, or
    by 1/1000 of the network's largest gradient entry if that is larger: b1 and b2 (a bias right before a BN
    layer) have a true gradient of exactly 0, because BN subtracts the batch mean, and their differences are pure
    rounding noise (~1e-12) that must not be blown up into a large "relative" error. With the defaults every
    relative error is below 1e-7.

    What is differenced: the exact cross-entropy (log-sum-exp) of the training-mode scores ``net.predict(x,
    train_flg=True)``, with h = 1e-4. The network's ``loss`` adds 1e-7 inside the log (the book's
    ``cross_entropy_error``) while its backward (y − t)/N is the gradient of the exact loss, a mismatch of relative
    size up to 1e-7/y that would otherwise dominate (about 1e-5, the "max |diff| 5e-6" of the book's own N=10 run).

    Why not the book's check: ``batch_norm_gradient_check.py`` uses **one** sample. Then x − μ = 0 in every BN
    layer, every BN output equals β, and every gradient before the last BN is exactly 0, so the check compares
    zeros with zeros (and reports a false β2 mismatch at the ReLU kink). With several samples the early gradients
    are real (the tests check that W1's gradient is not zero).
    """
    net, x, t = gradient_check_network(dataset, n_samples, seed)
    samples = validate_int("samples_per_param", samples_per_param, 1, 10_000_000)
    if not (_is_number(h) and 0 < h < 1):
        raise ValueError(f"h: must be a number between 0 and 1, got {h!r}")
    pick = np.random.default_rng(seed)
    with np.errstate(all="ignore"):
        analytic = {k: g.copy() for k, g in net.gradient(x, t).items()}
        floor = 1e-3 * max(float(np.max(np.abs(g))) for g in analytic.values())

        def loss(_: np.ndarray) -> float:
            return _exact_cross_entropy(net.predict(x, train_flg=True), t)

        result: dict[str, tuple[float, float]] = {}
        for key, param in net.params.items():
            n = min(samples, param.size)
            flat = np.sort(pick.choice(param.size, size=n, replace=False))
            indices = [np.unravel_index(i, param.shape) for i in flat]
            a = np.array([analytic[key][i] for i in indices])
            num = np.array([numerical_partial(loss, param, i, h) for i in indices])
            diff, _ = compare(a, num)
            scale = max(float(np.max(np.abs(analytic[key]))), float(np.max(np.abs(num))), floor)
            result[key] = (diff, diff / scale)
    return result
