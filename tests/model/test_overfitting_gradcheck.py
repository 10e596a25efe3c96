"""The overfitting lab's own backpropagation (``sgd_update``) against central differences, with dropout masks held
fixed, and the book's non-inverted dropout (test mode scales by 1 − ratio)."""
import numpy as np
import pytest

from model.experiments.overfitting_eval import FrozenNet, EvalRows, sgd_update
from model.gradcheck import compare, numerical_gradient
from model.network import MultiLayerNet


def _dropout_net(lam=0.0):
    rng = np.random.default_rng(3)
    net = MultiLayerNet(12, [9, 7], 4, weight_decay_lambda=lam, use_dropout=True, dropout_ratio=0.3,
                        dtype=np.float64, rng=rng)
    for k in net.params:  # biases away from 0, so no ReLU input sits on its kink
        if k.startswith("b"):
            net.params[k][...] = rng.uniform(0.05, 0.2, net.params[k].shape)
    x = rng.uniform(0.1, 1.0, (6, 12))
    t = rng.integers(0, 4, 6)
    masks = [rng.random((6, w)) > 0.3 for w in (9, 7)]
    for layer, m in zip(net.dropout_layers, masks):
        layer.fixed_mask = m
    return net, x, t


@pytest.mark.parametrize("lam", [0.0, 0.1])
def test_sgd_update_gradient_matches_numerical_with_a_fixed_mask(lam):
    net, x, t = _dropout_net(lam)
    before = net.flat_params.copy()
    lr = 1e-3
    loss, d_first = sgd_update(net, x, t, lr, np.empty_like(net.flat_params))
    step = (before - net.flat_params) / lr  # the gradient sgd_update used
    net.flat_params[...] = before
    assert loss == pytest.approx(net.loss(x, t, train_flg=True) - 0.5 * lam * sum(
        float((net.params[f"W{i}"] ** 2).sum()) for i in (1, 2, 3)))
    offset = 0
    for key, p in net.params.items():
        numerical = numerical_gradient(lambda _: net.loss(x, t, train_flg=True), p)
        analytic = step[offset:offset + p.size].reshape(p.shape)
        offset += p.size
        _, rel = compare(analytic, numerical)
        assert rel < 1e-5, (key, rel)  # 1e-7 inside the log: see model.gradcheck
    # D is the gradient at the first layer's output: X_bᵀ·D is the data part of dW1
    np.testing.assert_allclose(x.T @ d_first + lam * net.params["W1"], step[:net.params["W1"].size].reshape(12, 9),
                               rtol=1e-10, atol=1e-12)


def test_mask_really_drops_units():
    net, x, t = _dropout_net()
    net.loss(x, t, train_flg=True)
    h = net.layers["Activation_function1"].out
    out = net.layers["Dropout1"]._out
    assert np.all(out[~net.dropout_layers[0].fixed_mask] == 0)
    np.testing.assert_array_equal(out[net.dropout_layers[0].fixed_mask], h[net.dropout_layers[0].fixed_mask])


def test_test_mode_scales_by_one_minus_ratio():
    """Non-inverted dropout: training keeps a unit or zeroes it; test multiplies by (1 − ratio); the lab's fast
    evaluation does the same as the network's predict."""
    net, x, t = _dropout_net()
    frozen = FrozenNet.of(net, None)
    assert frozen.keep == pytest.approx(0.7)
    rows = EvalRows(np.zeros((0, 12), np.uint8), np.zeros(0, np.int64), (x * 255).astype(np.uint8), t, None, None)
    xs = rows.rows(0, len(rows)).astype(np.float64)
    np.testing.assert_allclose(frozen.scores(rows, 0, len(rows)), net.predict(xs), rtol=1e-12)
    np.testing.assert_array_equal(frozen.predict(rows, 0, len(rows)), net.predict(xs).argmax(axis=1))
    # by hand: ReLU then × 0.7 after each hidden layer
    h = np.maximum(xs @ net.params["W1"] + net.params["b1"], 0) * 0.7
    h = np.maximum(h @ net.params["W2"] + net.params["b2"], 0) * 0.7
    np.testing.assert_allclose(net.predict(xs), h @ net.params["W3"] + net.params["b3"], rtol=1e-12)
