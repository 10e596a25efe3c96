"""MultiLayerNet: whole-network gradient checks (float64), the aliasing contract, init, determinism, clone, dtype,
learning, accuracy."""
import subprocess
import sys

import numpy as np
import pytest

from model.gradcheck import gradient_check, numerical_gradient
from model.init import weight_scale
from model.layers import Affine, BatchNormalization, Dropout
from model.network import MultiLayerNet

REL_TOL = 1e-5
N = 12


def small_net(seed=0, dtype=np.float64, **kwargs):
    """A 6-[8, 7]-4 net whose biases/β/γ are moved off their initial 0/1 values, so no ReLU input sits at a kink."""
    rng = np.random.default_rng(seed)
    net = MultiLayerNet(6, [8, 7], 4, dtype=dtype, rng=rng, **kwargs)
    for key, p in net.params.items():
        if key.startswith(("b", "beta")):
            p += rng.uniform(-0.5, 0.5, p.shape)
        elif key.startswith("gamma"):
            p += rng.uniform(0.0, 0.5, p.shape)
    return net


def batch(seed=1, n=N, dim=6, classes=4):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, dim)), rng.integers(0, classes, n)


def sgd_in_place(net, grads, lr=0.1):
    for key in net.params:
        net.params[key] -= lr * grads[key]


# ------------------------------------------------------------------------------------- gradient checks
CONFIGS = {
    "relu": {},
    "sigmoid": dict(activation="sigmoid", weight_init_std="xavier"),
    "tanh": dict(activation="tanh", weight_init_std="xavier"),
    "batchnorm": dict(use_batchnorm=True),
    "dropout": dict(use_dropout=True, dropout_ratio=0.3),
    "weight_decay": dict(weight_decay_lambda=0.1),
    "everything": dict(activation="tanh", use_batchnorm=True, use_dropout=True, weight_decay_lambda=0.05),
}


@pytest.mark.parametrize("name", CONFIGS)
def test_whole_network_gradient_check(name):
    net = small_net(**CONFIGS[name])
    x, t = batch()
    errors = gradient_check(net, x, t)
    assert set(errors) == set(net.params)
    worst = max(errors, key=lambda k: errors[k][1])
    assert errors[worst][1] < REL_TOL, (worst, errors[worst])


def test_gradient_check_by_hand_with_a_fixed_dropout_mask():
    net = small_net(use_dropout=True, dropout_ratio=0.5, weight_decay_lambda=0.01)
    x, t = batch()
    mask_rng = np.random.default_rng(5)
    for layer, width in zip(net.dropout_layers, net.hidden_size_list):
        layer.fixed_mask = mask_rng.random((N, width)) > 0.5
    grads = {k: g.copy() for k, g in net.gradient(x, t).items()}
    for key, param in net.params.items():
        numerical = numerical_gradient(lambda _: net.loss(x, t, train_flg=True), param)
        err = np.max(np.abs(numerical - grads[key])) / np.max(np.abs(numerical))
        assert err < REL_TOL, key


def test_float32_network_checks_against_a_float64_clone():
    net = small_net(dtype=np.float32, use_batchnorm=True)
    x, t = batch()
    errors = gradient_check(net, x.astype(np.float32), t)
    assert max(e[1] for e in errors.values()) < 1e-4  # float32 parameters, checked in float64


# ------------------------------------------------------------------------------------ aliasing contract
def test_params_are_the_layers_arrays_and_views_of_the_flat_vector():
    net = MultiLayerNet(5, [4, 3], 2, use_batchnorm=True, rng=np.random.default_rng(0))
    for idx in (1, 2, 3):
        layer = net.layers[f"Affine{idx}"]
        assert layer.W is net.params[f"W{idx}"] and layer.b is net.params[f"b{idx}"]
        assert layer.dW is net.grads[f"W{idx}"] and layer.db is net.grads[f"b{idx}"]
    for idx in (1, 2):
        bn = net.layers[f"BatchNorm{idx}"]
        assert bn.gamma is net.params[f"gamma{idx}"] and bn.dbeta is net.grads[f"beta{idx}"]
    for key in net.params:
        assert np.shares_memory(net.params[key], net.flat_params)
        assert np.shares_memory(net.grads[key], net.flat_grads)
    assert net.flat_params.size == sum(p.size for p in net.params.values()) == net.flat_grads.size


def test_book_keys_and_layer_names():
    net = MultiLayerNet(5, [4, 3], 2, use_batchnorm=True, use_dropout=True, rng=np.random.default_rng(0))
    assert list(net.params) == ["W1", "b1", "gamma1", "beta1", "W2", "b2", "gamma2", "beta2", "W3", "b3"]
    assert list(net.layers) == ["Affine1", "BatchNorm1", "Activation_function1", "Dropout1",
                                "Affine2", "BatchNorm2", "Activation_function2", "Dropout2", "Affine3"]
    np.testing.assert_array_equal(net.params["gamma1"], 1)
    np.testing.assert_array_equal(net.params["beta2"], 0)
    np.testing.assert_array_equal(net.params["b3"], 0)


def test_in_place_step_changes_predictions_and_rebinding_does_not():
    net = small_net(dtype=np.float32)
    x, t = batch()
    before = net.predict(x)
    params_before = dict(net.params)
    grads = net.gradient(x, t)
    rebound = {k: p - 0.1 * grads[k] for k, p in net.params.items()}  # the wrong way: new arrays
    np.testing.assert_array_equal(net.predict(x), before)
    del rebound
    sgd_in_place(net, grads)
    assert all(net.params[k] is params_before[k] for k in net.params)
    assert not np.allclose(net.predict(x), before)


def test_a_flat_update_equals_the_per_key_update():
    x, t = batch()
    a, b = small_net(), small_net()
    sgd_in_place(a, a.gradient(x, t), lr=0.05)
    b.gradient(x, t)
    b.flat_params -= 0.05 * b.flat_grads
    for key in a.params:
        np.testing.assert_allclose(a.params[key], b.params[key], rtol=0, atol=1e-15)


def test_gradient_returns_the_same_dict_and_overwrites_it():
    net = small_net()
    x1, t1 = batch(1)
    x2, t2 = batch(2)
    g1 = net.gradient(x1, t1)
    w1 = g1["W1"].copy()
    g2 = net.gradient(x2, t2)
    assert g2 is g1 is net.grads
    assert not np.allclose(g1["W1"], w1)


def test_gradient_does_not_mutate_inputs():
    net = small_net(use_batchnorm=True, use_dropout=True)
    x, t = batch()
    x0, t0 = x.copy(), t.copy()
    net.gradient(x, t)
    net.accuracy(x, t)
    np.testing.assert_array_equal(x, x0)
    np.testing.assert_array_equal(t, t0)


# ----------------------------------------------------------------------------------- loss, weight decay
def test_loss_includes_half_lambda_sum_of_squared_weights_of_every_layer():
    x, t = batch()
    plain, decayed = small_net(), small_net(weight_decay_lambda=0.3)
    penalty = 0.5 * 0.3 * sum(np.sum(decayed.params[f"W{i}"] ** 2) for i in (1, 2, 3))
    assert decayed.loss(x, t) == pytest.approx(plain.loss(x, t) + penalty, rel=1e-12)
    g_plain = {k: v.copy() for k, v in plain.gradient(x, t).items()}
    g_decayed = decayed.gradient(x, t)
    for i in (1, 2, 3):
        np.testing.assert_allclose(g_decayed[f"W{i}"], g_plain[f"W{i}"] + 0.3 * decayed.params[f"W{i}"])
        np.testing.assert_allclose(g_decayed[f"b{i}"], g_plain[f"b{i}"])


def test_last_loss_is_the_training_loss_of_the_batch():
    net = small_net(use_batchnorm=True, weight_decay_lambda=0.1)
    x, t = batch()
    net.gradient(x, t)
    twin = net.clone()
    assert net.last_loss == pytest.approx(twin.loss(x, t, train_flg=True), rel=1e-12)


# ------------------------------------------------------------------------------------------------ init
@pytest.mark.parametrize("spec, expected", [("he", np.sqrt(2 / 784)), ("relu", np.sqrt(2 / 784)),
                                            ("xavier", np.sqrt(1 / 784)), ("Sigmoid", np.sqrt(1 / 784)),
                                            (0.01, 0.01), (1, 1.0)])
def test_weight_scale(spec, expected):
    assert weight_scale(spec, 784) == pytest.approx(expected)


@pytest.mark.parametrize("bad", ["glorot", "", None, True, -0.1, float("nan"), [0.1]])
def test_weight_scale_rejects_anything_else(bad):
    with pytest.raises(ValueError):
        weight_scale(bad, 10)


def test_initial_weight_std_matches_the_scheme():
    net = MultiLayerNet(784, [400, 300], 10, weight_init_std="he", rng=np.random.default_rng(0))
    assert np.std(net.params["W1"]) == pytest.approx(np.sqrt(2 / 784), rel=0.01)
    assert np.std(net.params["W2"]) == pytest.approx(np.sqrt(2 / 400), rel=0.01)
    assert np.std(net.params["W3"]) == pytest.approx(np.sqrt(2 / 300), rel=0.03)  # the output layer too
    net = MultiLayerNet(784, [400], 10, activation="sigmoid", weight_init_std="xavier", rng=np.random.default_rng(0))
    assert np.std(net.params["W1"]) == pytest.approx(np.sqrt(1 / 784), rel=0.01)


def test_weights_are_drawn_layer_by_layer_in_init():
    net = MultiLayerNet(5, [4, 3], 2, weight_init_std=0.5, dtype=np.float64, rng=np.random.default_rng(3))
    rng = np.random.default_rng(3)
    for idx, shape in ((1, (5, 4)), (2, (4, 3)), (3, (3, 2))):
        np.testing.assert_array_equal(net.params[f"W{idx}"], 0.5 * rng.standard_normal(shape))


@pytest.mark.parametrize("kwargs", [dict(activation="elu"), dict(weight_init_std="glorot"),
                                    dict(weight_decay_lambda=-1), dict(dropout_ratio=1.0), dict(dtype=np.int32)])
def test_bad_configuration_raises(kwargs):
    with pytest.raises(ValueError):
        MultiLayerNet(4, [3], 2, rng=np.random.default_rng(0), **kwargs)


# ------------------------------------------------------------------------------- determinism and clone
def test_same_seed_same_network_and_same_dropout_masks():
    x, t = batch()
    a, b = (MultiLayerNet(6, [8, 7], 4, use_dropout=True, rng=np.random.default_rng(11)) for _ in range(2))
    np.testing.assert_array_equal(a.flat_params, b.flat_params)
    for _ in range(3):
        a.gradient(x, t), b.gradient(x, t)
        np.testing.assert_array_equal(a.flat_grads, b.flat_grads)
        a.flat_params -= 0.1 * a.flat_grads
        b.flat_params -= 0.1 * b.flat_grads
    c = MultiLayerNet(6, [8, 7], 4, use_dropout=True, rng=np.random.default_rng(12))
    assert not np.array_equal(a.flat_params, c.flat_params)


def test_clone_is_an_independent_deep_copy():
    net = small_net(use_batchnorm=True, use_dropout=True)
    x, t = batch()
    net.gradient(x, t)  # BN running statistics exist now
    twin = net.clone()
    np.testing.assert_array_equal(twin.predict(x), net.predict(x))
    assert not np.shares_memory(twin.flat_params, net.flat_params)
    assert not np.shares_memory(twin.flat_grads, net.flat_grads)
    assert twin.layers["Affine1"].W is twin.params["W1"]
    bn, twin_bn = net.layers["BatchNorm1"], twin.layers["BatchNorm1"]
    np.testing.assert_array_equal(twin_bn.running_mean, bn.running_mean)
    assert not np.shares_memory(twin_bn.running_var, bn.running_var)

    # the clone draws the same dropout masks (its generator is a copy), then trains on its own
    g = {k: v.copy() for k, v in net.gradient(x, t).items()}
    g_twin = twin.gradient(x, t)
    for key in g:
        np.testing.assert_array_equal(g_twin[key], g[key])
    params_before = net.flat_params.copy()
    stats_before = bn.running_mean.copy()
    for _ in range(3):
        twin.gradient(x, t)
        sgd_in_place(twin, twin.grads)
    np.testing.assert_array_equal(net.flat_params, params_before)
    np.testing.assert_array_equal(bn.running_mean, stats_before)
    assert not np.allclose(twin.flat_params, params_before)


def test_clone_to_another_dtype():
    net = small_net(dtype=np.float32)
    twin = net.clone(dtype=np.float64)
    assert twin.flat_params.dtype == np.float64
    np.testing.assert_array_equal(twin.flat_params, net.flat_params.astype(np.float64))


def test_race_clones_start_equal():
    net = MultiLayerNet(6, [8], 4, rng=np.random.default_rng(0))
    clones = [net.clone() for _ in range(4)]
    for c in clones:
        np.testing.assert_array_equal(c.flat_params, net.flat_params)


# ----------------------------------------------------------------------------------------------- dtype
def test_float32_network_stays_float32():
    net = MultiLayerNet(6, [8, 7], 4, use_batchnorm=True, use_dropout=True, weight_decay_lambda=0.1,
                        rng=np.random.default_rng(0))
    x, t = batch()
    assert net.flat_params.dtype == net.flat_grads.dtype == np.float32
    for _ in range(2):
        grads = net.gradient(x, t)  # float64 input is converted
        sgd_in_place(net, grads)
    assert all(p.dtype == np.float32 for p in net.params.values())
    assert all(g.dtype == np.float32 for g in grads.values())
    assert net.predict(x.astype(np.float32)).dtype == np.float32
    assert all(a.dtype == np.float32 for a in net.hidden_activations())
    assert all(bn.running_var.dtype == np.float32 for bn in net.batchnorm_layers)


# ------------------------------------------------------------------------------------------ learning
def test_a_small_network_learns_a_toy_problem():
    rng = np.random.default_rng(0)
    n = 300  # three interleaved classes on the plane: not linearly separable
    labels = np.arange(n) % 3
    radius = rng.uniform(0.2, 1.0, n)
    angle = labels * 2 * np.pi / 3 + radius * 4 + rng.normal(0, 0.15, n)
    x = np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1).astype(np.float32)
    net = MultiLayerNet(2, [30, 30], 3, rng=np.random.default_rng(1))
    first = net.loss(x, labels)
    for _ in range(200):
        idx = rng.choice(n, 64)
        sgd_in_place(net, net.gradient(x[idx], labels[idx]), lr=0.3)
    assert net.loss(x, labels) < 0.3 * first
    assert net.accuracy(x, labels) > 0.9


# ------------------------------------------------------------------------------------------ accuracy
def test_accuracy_with_int_and_one_hot_labels_and_chunks():
    net = small_net()
    x, t = batch(n=53)
    expected = np.mean(net.predict(x).argmax(axis=1) == t)
    assert net.accuracy(x, t) == pytest.approx(expected)
    assert net.accuracy(x, np.eye(4)[t]) == pytest.approx(expected)
    assert net.accuracy(x, t, batch_size=7) == pytest.approx(expected)


def test_accuracy_and_predict_use_test_mode():
    net = small_net(use_batchnorm=True, use_dropout=True)
    x, t = batch()
    net.gradient(x, t)
    np.testing.assert_array_equal(net.predict(x), net.predict(x))  # no dropout draws, no stat updates
    running = net.batchnorm_layers[0].running_mean.copy()
    net.accuracy(x, t)
    np.testing.assert_array_equal(net.batchnorm_layers[0].running_mean, running)


def test_predict_returns_a_fresh_array():
    net = small_net()
    x1, _ = batch(1)
    x2, _ = batch(2)
    y1 = net.predict(x1)
    y1_copy = y1.copy()
    net.predict(x2)
    np.testing.assert_array_equal(y1, y1_copy)


# ------------------------------------------------------------------------------------ hidden activations
def test_hidden_activations_from_the_last_forward():
    net = MultiLayerNet(6, [8, 7, 5], 4, use_dropout=True, rng=np.random.default_rng(0))
    with pytest.raises(RuntimeError):
        net.hidden_activations()
    x, t = batch()
    net.gradient(x, t)
    acts = net.hidden_activations()
    assert [a.shape for a in acts] == [(N, 8), (N, 7), (N, 5)]
    h1 = np.maximum(0, x.astype(np.float32) @ net.params["W1"] + net.params["b1"])
    np.testing.assert_allclose(acts[0], h1, rtol=1e-6)  # before Dropout1
    net.predict(batch(2)[0])
    assert not np.allclose(net.hidden_activations()[0], acts[0])  # the copies kept their values


def test_model_modules_import_no_qt():
    code = ("import sys, model.layers, model.network, model.gradcheck, model.init; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'PyQt'))]; "
            "sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=str(__import__("pathlib").Path(__file__).parents[2])
                          ).returncode == 0


def test_layer_types():
    net = MultiLayerNet(6, [8], 4, use_batchnorm=True, use_dropout=True, rng=np.random.default_rng(0))
    assert isinstance(net.layers["Affine1"], Affine)
    assert isinstance(net.layers["BatchNorm1"], BatchNormalization)
    assert isinstance(net.layers["Dropout1"], Dropout)
    assert net.layers["Affine1"].need_dx is False and net.layers["Affine2"].need_dx is True
    assert "MultiLayerNet(6-8-4" in repr(net)


@pytest.mark.parametrize("kwargs", [dict(), dict(use_batchnorm=True), dict(activation="sigmoid"),
                                    dict(activation="tanh", use_dropout=True, weight_decay_lambda=0.1)])
def test_divergence_gives_nan_or_inf_without_warnings(kwargs):
    # pyproject turns warnings into errors: an overflow warning would fail this test
    net = MultiLayerNet(20, [30, 30], 5, rng=np.random.default_rng(0), **kwargs)
    rng = np.random.default_rng(1)
    x, t = rng.standard_normal((50, 20)).astype(np.float32), rng.integers(0, 5, 50)
    for _ in range(40):
        net.gradient(x, t)
        with np.errstate(over="ignore", invalid="ignore"):  # the update is not the network's business
            net.flat_params *= 30  # blow up
            net.flat_params -= 1e3 * net.flat_grads
        net.accuracy(x, t), net.loss(x, t), net.predict(x)
    assert not np.isfinite(net.last_loss) or not np.all(np.isfinite(net.flat_params))
