"""The oracle itself: numerical_gradient on known functions, and gradient_check on good and broken networks."""
import copy

import numpy as np
import pytest

from model.gradcheck import compare, gradient_check, numerical_gradient
from model.layers import Sigmoid
from model.network import MultiLayerNet


def test_numerical_gradient_of_known_functions(rng):
    x = rng.standard_normal((3, 4))
    np.testing.assert_allclose(numerical_gradient(lambda v: float(np.sum(v**2)), x), 2 * x, atol=1e-8)
    A = rng.standard_normal((4, 4))
    v = rng.standard_normal(4)
    np.testing.assert_allclose(numerical_gradient(lambda u: float(u @ A @ u), v), (A + A.T) @ v, atol=1e-8)
    # the book's 2-D example f(x0, x1) = x0² + x1² at (3, 4)
    np.testing.assert_allclose(numerical_gradient(lambda u: float(np.sum(u**2)), np.array([3.0, 4.0])),
                               [6.0, 8.0], atol=1e-7)


def test_numerical_gradient_restores_every_element(rng):
    x = rng.standard_normal((2, 3, 2))
    before = x.copy()
    seen = []
    numerical_gradient(lambda v: seen.append(v.copy()) or float(np.sum(np.sin(v))), x)
    np.testing.assert_array_equal(x, before)  # bit for bit
    assert len(seen) == 2 * x.size
    # each evaluation differs from the original in exactly one element
    assert all(np.count_nonzero(s != before) == 1 for s in seen)


def test_compare_is_relative_to_the_largest_entry():
    a = np.array([1.0, 2.0, 0.0])
    n = np.array([1.0, 2.002, 1e-13])
    diff, rel = compare(a, n)
    assert diff == pytest.approx(0.002)
    assert rel == pytest.approx(0.002 / 2.002)
    # a parameter whose true gradient is 0 (a bias before BN) only shows rounding noise
    assert compare(np.zeros(3), np.full(3, 1e-12))[1] < 1e-5


def test_gradient_check_leaves_the_network_untouched():
    net = MultiLayerNet(5, [6, 4], 3, use_batchnorm=True, use_dropout=True, rng=np.random.default_rng(0))
    rng = np.random.default_rng(1)
    x, t = rng.standard_normal((10, 5)).astype(np.float32), rng.integers(0, 3, 10)
    net.gradient(x, t)
    params, grads = net.flat_params.copy(), net.flat_grads.copy()
    stats = [bn.running_mean.copy() for bn in net.batchnorm_layers]
    rng_state = copy.deepcopy(net.rng.bit_generator.state)
    gradient_check(net, x, t)
    np.testing.assert_array_equal(net.flat_params, params)
    np.testing.assert_array_equal(net.flat_grads, grads)
    for bn, s in zip(net.batchnorm_layers, stats):
        np.testing.assert_array_equal(bn.running_mean, s)
    assert net.rng.bit_generator.state == rng_state
    assert all(layer.fixed_mask is None for layer in net.dropout_layers)


def test_gradient_check_catches_a_wrong_backward(monkeypatch):
    net = MultiLayerNet(5, [6, 4], 3, activation="sigmoid", weight_init_std="xavier", dtype=np.float64,
                        rng=np.random.default_rng(0))
    rng = np.random.default_rng(1)
    x, t = rng.standard_normal((10, 5)), rng.integers(0, 3, 10)
    assert max(e[1] for e in gradient_check(net, x, t).values()) < 1e-6
    correct = Sigmoid.backward
    # a classic slip: dout · y instead of dout · y (1 − y)
    monkeypatch.setattr(Sigmoid, "backward", lambda self, dout: correct(self, dout) / (1 - self.out))
    errors = gradient_check(net, x, t)
    assert errors["W1"][1] > 0.1 and errors["W2"][1] > 0.1
    assert errors["W3"][1] < 1e-6  # the output layer does not go through a sigmoid


def test_gradient_check_on_sampled_entries_and_chosen_keys():
    net = MultiLayerNet(20, [30], 5, rng=np.random.default_rng(0))
    rng = np.random.default_rng(1)
    # moderate inputs: no sample gets a tiny y_t, where the book's +1e-7 in the log would show (module docstring)
    x, t = 0.3 * rng.standard_normal((12, 20)), rng.integers(0, 5, 12)
    errors = gradient_check(net, x, t, samples=10)
    assert set(errors) == {"W1", "b1", "W2", "b2"}
    assert max(e[1] for e in errors.values()) < 1e-5
    assert set(gradient_check(net, x, t, keys=["W2"])) == {"W2"}
