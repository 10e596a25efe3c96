"""Gradient-descent optimizers of chapter 6.1: SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam.

Each optimizer is a small dataclass. Its hyperparameters are plain public fields (``opt.lr = 0.1`` takes effect at
the next update), its state lives in private fields, and ``update(params, grads)`` changes every array of ``params``
**in place** (``p -= ...``), never rebinding it: layers hold references to the very same arrays, as in the book.
State (velocities, squared-gradient sums) is allocated lazily with ``zeros_like`` on the first ``update`` call.

Notation in the docstrings: W is a parameter array, g = ∂L/∂W its gradient, ε = ``EPS`` = 1e-7.
Arrays may be float32 or float64; the dtype of each parameter is kept.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np
import numpy.typing as npt

EPS = 1e-7
"""Added to √h (AdaGrad, RMSprop) and √v (Adam) to avoid dividing by zero. Outside the square root, as in the book."""

Array = npt.NDArray[np.floating]
Params = dict[str, Array]


def validate_hyperparameter(name: str, value: Any, label: str | None = None) -> float:
    """Check a hyperparameter typed by the user and return it as ``float``, or raise ``ValueError``.

    ``lr`` must be a finite number greater than 0; ``momentum``, ``decay_rate``, ``beta1`` and ``beta2`` must lie
    in [0, 1). Messages start with ``label`` (default: ``name``), e.g. ``"Adam.lr: must be greater than 0 (got -1)"``.
    """
    label = label or name
    if isinstance(value, bool):
        raise ValueError(f"{label}: '{value}' is not a number")
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{label}: '{value}' is not a number") from None
    if not math.isfinite(v):
        raise ValueError(f"{label}: must be a finite number (got {value})")
    if name == "lr":
        if v <= 0:
            raise ValueError(f"{label}: the learning rate must be greater than 0 (got {v:g})")
    elif name in ("momentum", "decay_rate", "beta1", "beta2"):
        if not 0 <= v < 1:
            raise ValueError(f"{label}: must be at least 0 and less than 1 (got {v:g})")
    else:
        raise ValueError(f"'{name}' is not a hyperparameter of any optimizer")
    return v


@dataclass
class Optimizer:
    """Common helpers. Subclasses declare their hyperparameters as dataclass fields and implement ``update``."""

    _scratch: dict[str, Array] = field(default_factory=dict, init=False, repr=False, compare=False)
    """One work array per parameter, so that an update allocates no temporaries."""

    def update(self, params: Params, grads: Params) -> None:  # pragma: no cover - abstract
        """Change every ``params[k]`` in place using ``grads[k]``."""
        raise NotImplementedError

    def hyperparameters(self) -> dict[str, float]:
        """The current hyperparameters as ``{field name: value}``, in declaration order."""
        return {f.name: getattr(self, f.name) for f in fields(self) if not f.name.startswith("_")}

    def set_hyperparameter(self, name: str, value: Any) -> None:
        """Validate ``value`` (see :func:`validate_hyperparameter`) and assign it; raise ``ValueError`` if bad."""
        if name not in self.hyperparameters():
            allowed = ", ".join(self.hyperparameters())
            raise ValueError(f"{type(self).__name__} has no hyperparameter '{name}' (it has {allowed})")
        setattr(self, name, validate_hyperparameter(name, value, f"{type(self).__name__}.{name}"))

    def reset(self) -> None:
        """Forget all state (velocities, sums, step count), as if no update had happened yet."""
        self._scratch = {}
        self._reset_state()

    def _reset_state(self) -> None:
        """Clear the subclass's own state."""

    def _allocate_scratch(self, params: Params) -> None:
        self._scratch = {k: np.empty_like(p) for k, p in params.items()}


@dataclass
class SGD(Optimizer):
    """Stochastic gradient descent: W ← W − lr·g."""

    lr: float = 0.01

    def update(self, params: Params, grads: Params) -> None:
        if not self._scratch:
            self._allocate_scratch(params)
        for k, p in params.items():
            tmp = self._scratch[k]
            np.multiply(grads[k], self.lr, out=tmp)
            p -= tmp


@dataclass
class Momentum(Optimizer):
    """Momentum SGD: v ← m·v − lr·g, then W ← W + v (v starts at 0)."""

    lr: float = 0.01
    momentum: float = 0.9
    _v: dict[str, Array] = field(default_factory=dict, init=False, repr=False, compare=False)

    def update(self, params: Params, grads: Params) -> None:
        if not self._v:
            self._v = {k: np.zeros_like(p) for k, p in params.items()}
            self._allocate_scratch(params)
        for k, p in params.items():
            v, tmp = self._v[k], self._scratch[k]
            v *= self.momentum
            np.multiply(grads[k], self.lr, out=tmp)
            v -= tmp
            p += v

    def _reset_state(self) -> None:
        self._v = {}


@dataclass
class Nesterov(Optimizer):
    """Nesterov's accelerated gradient in the form of Bengio et al. 2012 (http://arxiv.org/abs/1212.0901).

    W ← W + m²·v − (1 + m)·lr·g, then v ← m·v − lr·g, with the gradient g taken at the current W.
    This equals W ← W − m·v_old + (1 + m)·v_new; it is the order of the book's current Japanese code.
    """

    lr: float = 0.01
    momentum: float = 0.9
    _v: dict[str, Array] = field(default_factory=dict, init=False, repr=False, compare=False)

    def update(self, params: Params, grads: Params) -> None:
        if not self._v:
            self._v = {k: np.zeros_like(p) for k, p in params.items()}
            self._allocate_scratch(params)
        m, lr = self.momentum, self.lr
        for k, p in params.items():
            g, v, tmp = grads[k], self._v[k], self._scratch[k]
            np.multiply(v, m * m, out=tmp)
            p += tmp
            np.multiply(g, (1 + m) * lr, out=tmp)
            p -= tmp
            v *= m
            np.multiply(g, lr, out=tmp)
            v -= tmp

    def _reset_state(self) -> None:
        self._v = {}


@dataclass
class AdaGrad(Optimizer):
    """AdaGrad (http://jmlr.org/papers/v12/duchi11a.html): h ← h + g², then W ← W − lr·g / (√h + ε)."""

    lr: float = 0.01
    _h: dict[str, Array] = field(default_factory=dict, init=False, repr=False, compare=False)

    def update(self, params: Params, grads: Params) -> None:
        if not self._h:
            self._h = {k: np.zeros_like(p) for k, p in params.items()}
            self._allocate_scratch(params)
        for k, p in params.items():
            g, h, tmp = grads[k], self._h[k], self._scratch[k]
            np.multiply(g, g, out=tmp)
            h += tmp
            _step_scaled_by_root(p, g, h, self.lr, tmp)

    def _reset_state(self) -> None:
        self._h = {}


@dataclass
class RMSprop(Optimizer):
    """RMSprop (Hinton's lecture 6e): h ← ρ·h + (1 − ρ)·g², then W ← W − lr·g / (√h + ε), with ρ = ``decay_rate``."""

    lr: float = 0.01
    decay_rate: float = 0.99
    _h: dict[str, Array] = field(default_factory=dict, init=False, repr=False, compare=False)

    def update(self, params: Params, grads: Params) -> None:
        if not self._h:
            self._h = {k: np.zeros_like(p) for k, p in params.items()}
            self._allocate_scratch(params)
        for k, p in params.items():
            g, h, tmp = grads[k], self._h[k], self._scratch[k]
            h *= self.decay_rate
            np.multiply(g, g, out=tmp)
            tmp *= 1 - self.decay_rate
            h += tmp
            _step_scaled_by_root(p, g, h, self.lr, tmp)

    def _reset_state(self) -> None:
        self._h = {}


@dataclass
class Adam(Optimizer):
    """Adam (http://arxiv.org/abs/1412.6980v8), in the "efficient" form of Kingma & Ba §2 that the book uses.

    With t counting update() calls (shared by all parameters):
        lr_t = lr·√(1 − β2^t) / (1 − β1^t)          (bias correction folded into the step size)
        m ← m + (1 − β1)·(g − m)                    (= β1·m + (1 − β1)·g)
        v ← v + (1 − β2)·(g² − v)                   (= β2·v + (1 − β2)·g²)
        W ← W − lr_t·m / (√v + ε)
    """

    lr: float = 0.001
    beta1: float = 0.9
    beta2: float = 0.999
    _m: dict[str, Array] = field(default_factory=dict, init=False, repr=False, compare=False)
    _v: dict[str, Array] = field(default_factory=dict, init=False, repr=False, compare=False)
    _t: int = field(default=0, init=False, repr=False, compare=False)

    @property
    def t(self) -> int:
        """How many updates have been made since creation or the last ``reset()``."""
        return self._t

    def update(self, params: Params, grads: Params) -> None:
        if not self._m:
            self._m = {k: np.zeros_like(p) for k, p in params.items()}
            self._v = {k: np.zeros_like(p) for k, p in params.items()}
            self._allocate_scratch(params)
        self._t += 1
        b1, b2 = self.beta1, self.beta2
        lr_t = self.lr * math.sqrt(1.0 - b2**self._t) / (1.0 - b1**self._t)
        for k, p in params.items():
            g, m, v, tmp = grads[k], self._m[k], self._v[k], self._scratch[k]
            np.subtract(g, m, out=tmp)
            tmp *= 1 - b1
            m += tmp
            np.multiply(g, g, out=tmp)
            tmp -= v
            tmp *= 1 - b2
            v += tmp
            np.sqrt(v, out=tmp)
            tmp += EPS
            np.divide(m, tmp, out=tmp)
            tmp *= lr_t
            p -= tmp

    def _reset_state(self) -> None:
        self._m, self._v, self._t = {}, {}, 0


def _step_scaled_by_root(p: Array, g: Array, h: Array, lr: float, tmp: Array) -> None:
    """W ← W − lr·g / (√h + ε), using ``tmp`` as work space (AdaGrad and RMSprop)."""
    np.sqrt(h, out=tmp)
    tmp += EPS
    np.divide(g, tmp, out=tmp)
    tmp *= lr
    p -= tmp


OPTIMIZERS: dict[str, type[Optimizer]] = {
    "SGD": SGD,
    "Momentum": Momentum,
    "Nesterov": Nesterov,
    "AdaGrad": AdaGrad,
    "RMSprop": RMSprop,
    "Adam": Adam,
}
"""Optimizer classes by name, in the fixed display order."""

HYPERPARAMETERS: dict[str, tuple[str, ...]] = {
    name: tuple(f.name for f in fields(cls) if not f.name.startswith("_")) for name, cls in OPTIMIZERS.items()
}
"""Hyperparameter field names of each optimizer, e.g. ``"Adam": ("lr", "beta1", "beta2")``."""


def create_optimizer(name: str, **hyperparameters: Any) -> Optimizer:
    """Build the optimizer called ``name`` (a key of ``OPTIMIZERS``), validating every given hyperparameter.

    Raises ``ValueError`` for an unknown name, an unknown hyperparameter or a bad value.
    """
    try:
        cls = OPTIMIZERS[name]
    except KeyError:
        raise ValueError(f"Unknown optimizer '{name}' (choose from {', '.join(OPTIMIZERS)})") from None
    opt = cls()
    for key, value in hyperparameters.items():
        opt.set_hyperparameter(key, value)
    return opt
