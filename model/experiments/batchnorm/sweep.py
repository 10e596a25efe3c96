"""The experiment: every scale's BN and plain networks trained side by side on the same mini-batches."""
from __future__ import annotations

from typing import Any

import numpy as np

from model.datasets import Dataset, load_bundled_mnist, to_float32
from model.experiments.base import check_live_keys, frozen_copy, validate_int
from model.experiments.batchnorm.config import BatchNormSweepConfig, LIVE_FIELDS
from model.experiments.batchnorm.runs import _histogram, _readonly64, _Run
from model.experiments.batchnorm.snapshots import BatchNormSweepSnapshot, BNLayerStats, InsideView, ScaleSnapshot
from model.network import MultiLayerNet
from model.optimizers import SGD, validate_hyperparameter


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
