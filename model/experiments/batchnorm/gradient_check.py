"""Backpropagation against central differences on a small BN network (the tab's "check gradients" button), with several
images unlike the book's vacuous one-sample check."""
from __future__ import annotations

import numpy as np

from model.datasets import Dataset, load_bundled_mnist, to_float32
from model.experiments.base import validate_int, validate_seed
from model.experiments.batchnorm.config import _is_number
from model.gradcheck import NUMERICAL_H, compare, numerical_partial
from model.network import MultiLayerNet


def gradient_check_network(dataset: Dataset | None = None, n_samples: int = 10, seed: int = 0,
                           hidden: tuple[int, ...] = (20, 20)) -> tuple[MultiLayerNet, np.ndarray, np.ndarray]:
    """The network and batch :func:`bn_gradient_check` uses: a float64 BN network 784-20-20-10 (ReLU, He init,
    drawn from ``default_rng(seed)``) and ``n_samples`` training images chosen without replacement with the same
    generator (after the weights). Returns (net, x float64 (n_samples, 784), t labels)."""
    dataset = dataset if dataset is not None else load_bundled_mnist()
    n_samples = validate_int("n_samples", n_samples, 2, dataset.n_train)
    rng = np.random.default_rng(validate_seed(seed))
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
