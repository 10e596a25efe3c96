"""Optimizers: two hand-computed updates each, in-place contract, dtype, live hyperparameters, validation."""
import math

import numpy as np
import pytest

from model.optimizers import (
    EPS,
    HYPERPARAMETERS,
    OPTIMIZERS,
    SGD,
    AdaGrad,
    Adam,
    Momentum,
    Nesterov,
    RMSprop,
    create_optimizer,
    validate_hyperparameter,
)

# Two updates on a small dict: "a" has shape (2,), "b" shape (1, 1). Different gradients each time.
G1 = {"a": [0.5, 1.0], "b": [[-2.0]]}
G2 = {"a": [0.25, -1.0], "b": [[1.0]]}


def two_updates(opt, dtype=np.float64):
    params = {"a": np.array([1.0, -2.0], dtype=dtype), "b": np.array([[0.5]], dtype=dtype)}
    opt.update(params, {k: np.array(v, dtype=dtype) for k, v in G1.items()})
    first = {k: v.copy() for k, v in params.items()}
    opt.update(params, {k: np.array(v, dtype=dtype) for k, v in G2.items()})
    return first, params


def check(got, a, b):
    np.testing.assert_allclose(got["a"], a, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(got["b"], [[b]], rtol=1e-12, atol=1e-15)


def test_sgd_two_steps():
    p1, p2 = two_updates(SGD(lr=0.1))
    check(p1, [1.0 - 0.1 * 0.5, -2.0 - 0.1 * 1.0], 0.5 - 0.1 * -2.0)
    check(p2, [0.95 - 0.1 * 0.25, -2.1 - 0.1 * -1.0], 0.7 - 0.1 * 1.0)
    check(p2, [0.925, -2.0], 0.6)


def test_momentum_two_steps():
    p1, p2 = two_updates(Momentum(lr=0.1, momentum=0.9))
    # v1 = -0.1*g1 = a [-0.05, -0.1], b 0.2
    check(p1, [0.95, -2.1], 0.7)
    # v2 = 0.9*v1 - 0.1*g2 = a [-0.045 - 0.025, -0.09 + 0.1] = [-0.07, 0.01], b 0.18 - 0.1 = 0.08
    check(p2, [0.95 - 0.07, -2.1 + 0.01], 0.7 + 0.08)


def test_nesterov_two_steps():
    p1, p2 = two_updates(Nesterov(lr=0.1, momentum=0.9))
    # step 1: v_old = 0, W += -(1 + 0.9)*0.1*g1 = -0.19*g1; then v1 = -0.1*g1 = a [-0.05, -0.1], b 0.2
    check(p1, [1.0 - 0.19 * 0.5, -2.0 - 0.19 * 1.0], 0.5 + 0.19 * 2.0)
    check(p1, [0.905, -2.19], 0.88)
    # step 2: W += 0.81*v1 - 0.19*g2
    check(p2, [0.905 + 0.81 * -0.05 - 0.19 * 0.25, -2.19 + 0.81 * -0.1 + 0.19 * 1.0], 0.88 + 0.81 * 0.2 - 0.19)
    check(p2, [0.817, -2.081], 0.852)


def test_adagrad_two_steps():
    p1, p2 = two_updates(AdaGrad(lr=0.1))
    # h1 = g1² = a [0.25, 1], b 4
    a1 = [1.0 - 0.1 * 0.5 / (0.5 + 1e-7), -2.0 - 0.1 * 1.0 / (1.0 + 1e-7)]
    b1 = 0.5 + 0.1 * 2.0 / (2.0 + 1e-7)
    check(p1, a1, b1)
    # h2 = g1² + g2² = a [0.3125, 2], b 5
    a2 = [a1[0] - 0.1 * 0.25 / (math.sqrt(0.3125) + 1e-7), a1[1] + 0.1 * 1.0 / (math.sqrt(2.0) + 1e-7)]
    b2 = b1 - 0.1 * 1.0 / (math.sqrt(5.0) + 1e-7)
    check(p2, a2, b2)


def test_rmsprop_two_steps():
    p1, p2 = two_updates(RMSprop(lr=0.1, decay_rate=0.9))
    # h1 = 0.1*g1² = a [0.025, 0.1], b 0.4
    a1 = [1.0 - 0.1 * 0.5 / (math.sqrt(0.025) + 1e-7), -2.0 - 0.1 * 1.0 / (math.sqrt(0.1) + 1e-7)]
    b1 = 0.5 + 0.1 * 2.0 / (math.sqrt(0.4) + 1e-7)
    check(p1, a1, b1)
    # h2 = 0.9*h1 + 0.1*g2² = a [0.0225 + 0.00625, 0.09 + 0.1], b 0.36 + 0.1
    a2 = [a1[0] - 0.1 * 0.25 / (math.sqrt(0.02875) + 1e-7), a1[1] + 0.1 * 1.0 / (math.sqrt(0.19) + 1e-7)]
    b2 = b1 - 0.1 * 1.0 / (math.sqrt(0.46) + 1e-7)
    check(p2, a2, b2)


def test_adam_two_steps():
    p1, p2 = two_updates(Adam(lr=0.1, beta1=0.9, beta2=0.99))
    # t=1: lr_t = 0.1*sqrt(1 - 0.99)/(1 - 0.9) = 0.1; m1 = 0.1*g1; v1 = 0.01*g1², sqrt(v1) = 0.1*|g1|
    a1 = [1.0 - 0.1 * 0.05 / (0.05 + 1e-7), -2.0 - 0.1 * 0.1 / (0.1 + 1e-7)]
    b1 = 0.5 + 0.1 * 0.2 / (0.2 + 1e-7)
    check(p1, a1, b1)
    # t=2: lr_t = 0.1*sqrt(1 - 0.9801)/(1 - 0.81); m2 = 0.9*m1 + 0.1*g2; v2 = 0.99*v1 + 0.01*g2²
    lr_t = 0.1 * math.sqrt(0.0199) / 0.19
    m2 = [0.045 + 0.025, 0.09 - 0.1, -0.18 + 0.1]
    v2 = [0.99 * 0.0025 + 0.01 * 0.0625, 0.99 * 0.01 + 0.01 * 1.0, 0.99 * 0.04 + 0.01 * 1.0]
    a2 = [a1[0] - lr_t * m2[0] / (math.sqrt(v2[0]) + 1e-7), a1[1] - lr_t * m2[1] / (math.sqrt(v2[1]) + 1e-7)]
    b2 = b1 - lr_t * m2[2] / (math.sqrt(v2[2]) + 1e-7)
    check(p2, a2, b2)


def test_adam_bias_correction_first_step_is_lr_times_sign():
    # Without the correction the first step would be lr*sqrt(1-β2)/(1-β1) ... folded in, it is ≈ lr·sign(g).
    opt = Adam(lr=0.3)
    p = {"x": np.array([-7.0]), "y": np.array([2.0])}
    opt.update(p, {"x": np.array([-0.7]), "y": np.array([4.0])})
    assert round(float(p["x"][0]), 6) == -6.700001
    assert round(float(p["y"][0]), 6) == 1.7
    assert opt.t == 1


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_update_is_in_place_and_moves_every_time(name):
    opt = OPTIMIZERS[name](lr=0.1)
    params = {"W": np.array([[1.0, -2.0], [3.0, 0.5]]), "b": np.array([0.1, -0.1])}
    before = dict(params)
    grads = {"W": np.array([[0.3, -0.2], [0.1, 0.4]]), "b": np.array([1.0, -1.0])}
    grads_copy = {k: v.copy() for k, v in grads.items()}
    history = []
    for _ in range(3):
        old = {k: v.copy() for k, v in params.items()}
        opt.update(params, grads)
        for k in params:
            assert params[k] is before[k], "update() rebound the array instead of changing it in place"
            assert not np.array_equal(params[k], old[k]), "update() did not change the values"
        history.append({k: v.copy() for k, v in params.items()})
    for k in grads:  # gradients are read, never written
        np.testing.assert_array_equal(grads[k], grads_copy[k])
    assert not np.array_equal(history[0]["W"], history[1]["W"])


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_float32_stays_float32_and_matches_float64(name):
    p32_first, p32 = two_updates(OPTIMIZERS[name](lr=0.1), dtype=np.float32)
    _, p64 = two_updates(OPTIMIZERS[name](lr=0.1), dtype=np.float64)
    for k in p32:
        assert p32[k].dtype == np.float32
        assert p32_first[k].dtype == np.float32
        np.testing.assert_allclose(p32[k], p64[k], rtol=1e-5)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_float32_params_with_float64_grads(name):
    opt = OPTIMIZERS[name](lr=0.1)
    p = {"W": np.ones((3, 4), dtype=np.float32)}
    before = p["W"]
    opt.update(p, {"W": np.full((3, 4), 0.5)})
    assert p["W"] is before and p["W"].dtype == np.float32
    assert np.all(p["W"] < 1)


def test_defaults_are_the_books():
    assert SGD().lr == 0.01
    assert (Momentum().lr, Momentum().momentum) == (0.01, 0.9)
    assert (Nesterov().lr, Nesterov().momentum) == (0.01, 0.9)
    assert AdaGrad().lr == 0.01
    assert (RMSprop().lr, RMSprop().decay_rate) == (0.01, 0.99)
    assert (Adam().lr, Adam().beta1, Adam().beta2) == (0.001, 0.9, 0.999)
    assert EPS == 1e-7


def test_registry_order_and_hyperparameter_names():
    assert list(OPTIMIZERS) == ["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSprop", "Adam"]
    assert HYPERPARAMETERS == {
        "SGD": ("lr",),
        "Momentum": ("lr", "momentum"),
        "Nesterov": ("lr", "momentum"),
        "AdaGrad": ("lr",),
        "RMSprop": ("lr", "decay_rate"),
        "Adam": ("lr", "beta1", "beta2"),
    }
    assert Adam(lr=0.3).hyperparameters() == {"lr": 0.3, "beta1": 0.9, "beta2": 0.999}
    assert repr(Momentum(lr=0.1)) == "Momentum(lr=0.1, momentum=0.9)"


def test_hyperparameter_changed_between_updates_takes_effect():
    opt = SGD(lr=0.1)
    p = {"x": np.array([1.0])}
    opt.update(p, {"x": np.array([1.0])})
    opt.lr = 0.5
    opt.update(p, {"x": np.array([1.0])})
    np.testing.assert_allclose(p["x"], [1.0 - 0.1 - 0.5])

    mom = Momentum(lr=0.1, momentum=0.9)
    p = {"x": np.array([0.0])}
    mom.update(p, {"x": np.array([1.0])})  # v = -0.1, x = -0.1
    mom.set_hyperparameter("momentum", 0.0)
    mom.update(p, {"x": np.array([1.0])})  # v = 0*v - 0.1 = -0.1, x = -0.2 (with 0.9 it would be -0.29)
    np.testing.assert_allclose(p["x"], [-0.2])

    adam = Adam(lr=0.1)
    p = {"x": np.array([0.0])}
    adam.update(p, {"x": np.array([1.0])})
    adam.set_hyperparameter("lr", 1.0)
    x1 = float(p["x"][0])
    adam.update(p, {"x": np.array([1.0])})
    # constant gradient: m/√v is ≈ 1 after bias correction, so the step is ≈ the new lr
    assert float(p["x"][0]) - x1 == pytest.approx(-1.0, rel=1e-5)


def test_reset_clears_state():
    opt = Adam(lr=0.3)
    p = {"x": np.array([-7.0])}
    opt.update(p, {"x": np.array([-0.7])})
    opt.update(p, {"x": np.array([-0.7])})
    opt.reset()
    assert opt.t == 0
    q = {"x": np.array([-7.0])}
    opt.update(q, {"x": np.array([-0.7])})
    assert round(float(q["x"][0]), 6) == -6.700001

    mom = Momentum(lr=0.1)
    p = {"x": np.array([0.0])}
    mom.update(p, {"x": np.array([1.0])})
    mom.reset()
    mom.update(p, {"x": np.array([1.0])})
    np.testing.assert_allclose(p["x"], [-0.2])  # no velocity carried over


@pytest.mark.parametrize(
    "name, value",
    [("lr", 0), ("lr", -0.1), ("lr", float("inf")), ("lr", float("nan")), ("lr", "abc"), ("lr", None),
     ("lr", True), ("momentum", 1.0), ("momentum", -0.1), ("beta1", 1), ("beta2", 1.5), ("decay_rate", -1e-9)],
)
def test_validation_rejects_bad_values(name, value):
    with pytest.raises(ValueError, match=name):
        validate_hyperparameter(name, value)


def test_set_hyperparameter_rejects_and_keeps_old_value():
    opt = Adam(lr=0.3)
    with pytest.raises(ValueError, match="beta2"):
        opt.set_hyperparameter("beta2", 1.0)
    with pytest.raises(ValueError, match="no hyperparameter 'momentum'"):
        opt.set_hyperparameter("momentum", 0.5)
    assert opt.hyperparameters() == {"lr": 0.3, "beta1": 0.9, "beta2": 0.999}
    opt.set_hyperparameter("beta1", "0.5")
    assert opt.beta1 == 0.5 and isinstance(opt.beta1, float)
    assert validate_hyperparameter("momentum", 0) == 0.0


def test_create_optimizer():
    opt = create_optimizer("RMSprop", lr=0.15)
    assert isinstance(opt, RMSprop) and opt.lr == 0.15 and opt.decay_rate == 0.99
    with pytest.raises(ValueError, match="Unknown optimizer"):
        create_optimizer("Adadelta")
    with pytest.raises(ValueError, match="lr"):
        create_optimizer("SGD", lr=-1)
