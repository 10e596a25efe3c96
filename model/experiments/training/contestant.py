"""One network with its optimizer and its history in a side-by-side race."""
from __future__ import annotations

import math

import numpy as np

from model.experiments.training.curves import smooth_curve
from model.experiments.training.snapshots import RunSnapshot, _readonly_view
from model.network import MultiLayerNet
from model.optimizers import Optimizer


class Contestant:
    """One network with its optimizer and histories, in preallocated append-only arrays.

    ``network`` may be any ``MultiLayerNet`` (plain, BN, dropout ...); ``optimizer`` any optimizer of
    ``model.optimizers``. The update runs on the network's flat parameter and gradient vectors in one call
    (``optimizer.update({"all": flat_params}, {"all": flat_grads})``): every update rule of chapter 6 is
    element-wise, so this is the same arithmetic as updating ``params`` key by key, only faster.
    """

    def __init__(self, name: str, network: MultiLayerNet, optimizer: Optimizer, capacity: int,
                 eval_capacity: int) -> None:
        self.name = name
        self.network = network
        self.optimizer = optimizer
        self._params = {"all": network.flat_params}
        self._grads = {"all": network.flat_grads}
        self._losses = np.empty(max(int(capacity), 1))
        self._n = 0
        self._eval_steps = np.empty(max(int(eval_capacity), 1), dtype=np.int64)
        self._train_acc = np.empty(len(self._eval_steps))
        self._test_acc = np.empty(len(self._eval_steps))
        self._n_eval = 0
        self.diverged_step: int | None = None
        self.last_forward_step = 0
        """Iteration of the last training forward pass (its activations are in the network's buffers)."""
        self._smooth_cache: tuple[int, np.ndarray] = (0, _readonly_view(np.empty(0)))

    @property
    def diverged(self) -> bool:
        return self.diverged_step is not None

    @property
    def alive(self) -> bool:
        return self.diverged_step is None

    @property
    def losses(self) -> np.ndarray:
        """Read-only view of the recorded losses (entries never change once written)."""
        return _readonly_view(self._losses[: self._n])

    def train_step(self, x: np.ndarray, t: np.ndarray, step_no: int, loss_after_update: bool = True) -> bool:
        """One iteration on the batch (x, t); returns False (and marks the run diverged) if it blew up.

        Call with floating-point warnings silenced (:class:`SideBySideTrainer` does).
        """
        net = self.network
        net.gradient(x, t)
        loss = net.last_loss
        self.last_forward_step = step_no
        if not loss_after_update and not math.isfinite(loss):
            self.diverged_step = step_no
            return False
        self.optimizer.update(self._params, self._grads)
        if loss_after_update:
            loss = net.loss(x, t)
        if not math.isfinite(loss) or not np.isfinite(net.flat_params).all():
            self.diverged_step = step_no
            return False
        if self._n == len(self._losses):
            self._losses = np.concatenate((self._losses, np.empty(len(self._losses))))
        self._losses[self._n] = loss
        self._n += 1
        return True

    def record_eval(self, step_no: int, train_acc: float, test_acc: float) -> None:
        """Append one evaluation result (steps must come in increasing order)."""
        if self._n_eval == len(self._eval_steps):
            grow = len(self._eval_steps)
            self._eval_steps = np.concatenate((self._eval_steps, np.empty(grow, dtype=np.int64)))
            self._train_acc = np.concatenate((self._train_acc, np.empty(grow)))
            self._test_acc = np.concatenate((self._test_acc, np.empty(grow)))
        i = self._n_eval
        self._eval_steps[i], self._train_acc[i], self._test_acc[i] = step_no, train_acc, test_acc
        self._n_eval += 1

    def smoothed(self) -> np.ndarray:
        """``smooth_curve(losses)``, read-only, recomputed only when new losses arrived."""
        n, cached = self._smooth_cache
        if n != self._n:
            cached = smooth_curve(self._losses[: self._n])
            cached.flags.writeable = False
            self._smooth_cache = (self._n, cached)
        return cached

    def snapshot(self) -> RunSnapshot:
        """Read-only views of the append-only histories (no copying: entries already written never change, and a
        grown buffer is a new array) plus the smoothed curve."""
        k = self._n_eval
        return RunSnapshot(
            name=self.name,
            optimizer=type(self.optimizer).__name__,
            losses=self.losses,
            smoothed=self.smoothed(),
            eval_steps=_readonly_view(self._eval_steps[:k]),
            train_acc=_readonly_view(self._train_acc[:k]),
            test_acc=_readonly_view(self._test_acc[:k]),
            diverged=self.diverged,
            diverged_step=self.diverged_step,
            hyperparameters=self.optimizer.hyperparameters(),
        )
