"""Layers: backward against central differences (float64), no input mutation, the book's BN/Dropout facts."""
import numpy as np
import pytest

from model.functions import cross_entropy_error, softmax
from model.gradcheck import numerical_gradient
from model.layers import (BN_EPS, Affine, BatchNormalization, Dropout, Relu, Sigmoid, SoftmaxWithLoss, Tanh)

N = 12  # batch size for the checks (the book's BN check used 1, which makes it vacuous)
REL_TOL = 1e-5


def rel_err(a: np.ndarray, b: np.ndarray) -> float:
    """max |a − b| relative to the largest entry of either."""
    return float(np.max(np.abs(a - b)) / max(np.max(np.abs(a)), np.max(np.abs(b)), 1e-12))


def away_from_zero(rng, shape):
    """Values with |x| in [0.1, 1.1): no ReLU input within reach of the h = 1e-4 step."""
    return rng.choice([-1.0, 1.0], size=shape) * (0.1 + rng.random(shape))


def check_layer(layer, x, rng, params=(), train_flg=True):
    """Compare backprop of L = Σ forward(x) · w (w random) with numerical gradients, for x and ``params``.

    ``params`` are (array, gradient attribute name) pairs. Returns the largest relative error.
    """
    w = rng.standard_normal(layer.forward(x, train_flg).shape)

    def loss(_):
        return float(np.sum(layer.forward(x, train_flg) * w))

    loss(None)
    dx = layer.backward(w).copy()
    analytic = {name: getattr(layer, name).copy() for _, name in params}
    errors = [rel_err(dx, numerical_gradient(loss, x))]
    for array, name in params:
        errors.append(rel_err(analytic[name], numerical_gradient(loss, array)))
    return max(errors)


# ------------------------------------------------------------------------------------------- gradients
def test_affine_gradients(rng):
    x = rng.standard_normal((N, 5))
    layer = Affine(rng.standard_normal((5, 3)), rng.standard_normal(3))
    assert check_layer(layer, x, rng, [(layer.W, "dW"), (layer.b, "db")]) < REL_TOL


def test_affine_without_input_gradient_still_computes_dw_db(rng):
    x = rng.standard_normal((N, 5))
    W, b = rng.standard_normal((5, 3)), rng.standard_normal(3)
    full, first = Affine(W, b), Affine(W, b, need_dx=False)
    dout = rng.standard_normal((N, 3))
    full.forward(x), first.forward(x)
    assert full.backward(dout) is not None
    assert first.backward(dout) is None
    np.testing.assert_allclose(first.dW, x.T @ dout)
    np.testing.assert_allclose(first.db, dout.sum(axis=0))


@pytest.mark.parametrize("cls", [Relu, Sigmoid, Tanh])
def test_activation_gradients(cls, rng):
    x = away_from_zero(rng, (N, 7))
    assert check_layer(cls(), x, rng) < REL_TOL


def test_relu_derivative_is_zero_at_the_kink():
    layer = Relu()
    layer.forward(np.array([[-1.0, 0.0, 2.0]]))
    np.testing.assert_array_equal(layer.backward(np.ones((1, 3))), [[0.0, 0.0, 1.0]])


def test_batchnorm_gradients_training(rng):
    x = rng.standard_normal((N, 4)) * 3 + 1
    layer = BatchNormalization(1 + rng.random(4), rng.standard_normal(4))
    assert check_layer(layer, x, rng, [(layer.gamma, "dgamma"), (layer.beta, "dbeta")]) < REL_TOL


def test_batchnorm_gradients_test_mode(rng):
    x = rng.standard_normal((N, 4))
    layer = BatchNormalization(1 + rng.random(4), rng.standard_normal(4))
    layer.forward(rng.standard_normal((N, 4)) * 2, train_flg=True)  # some running statistics
    err = check_layer(layer, x, rng, [(layer.gamma, "dgamma"), (layer.beta, "dbeta")], train_flg=False)
    assert err < REL_TOL


def test_dropout_gradient_with_fixed_mask(rng):
    x = rng.standard_normal((N, 6))
    mask = rng.random((N, 6)) > 0.4
    layer = Dropout(0.4, fixed_mask=mask)
    assert check_layer(layer, x, rng) < REL_TOL
    np.testing.assert_array_equal(layer.forward(x), x * mask)


@pytest.mark.parametrize("one_hot", [False, True])
def test_softmax_with_loss_gradient_and_value(one_hot, rng):
    x = rng.standard_normal((N, 5)) * 2
    labels = rng.integers(0, 5, N)
    t = np.eye(5)[labels] if one_hot else labels
    layer = SoftmaxWithLoss()
    loss = layer.forward(x, t)
    assert loss == pytest.approx(cross_entropy_error(softmax(x), labels), rel=1e-12)
    dx = layer.backward().copy()
    np.testing.assert_allclose(dx, (softmax(x) - np.eye(5)[labels]) / N, atol=1e-15)
    numerical = numerical_gradient(lambda _: layer.forward(x, t), x)
    assert rel_err(dx, numerical) < REL_TOL


def test_softmax_subtracts_the_row_max():
    layer = SoftmaxWithLoss()
    x = np.array([[1000.0, 1001.0, 999.0], [-1000.0, -1000.0, -1000.0]])
    loss = layer.forward(x, np.array([1, 0]))
    np.testing.assert_allclose(layer.y, softmax(x))
    assert np.isfinite(loss)


def test_sigmoid_saturates_without_warnings():
    # pytest turns warnings into errors (pyproject), so an overflow in exp would fail here
    for dtype in (np.float32, np.float64):
        y = Sigmoid().forward(np.array([[-1000.0, 0.0, 1000.0]], dtype=dtype))
        np.testing.assert_array_equal(y, [[0.0, 0.5, 1.0]])


# ------------------------------------------------------------------------------------- no mutation
def _layers_and_extra(rng):
    return [
        (Affine(rng.standard_normal((6, 4)), rng.standard_normal(4)), (N, 6)),
        (Relu(), (N, 6)),
        (Sigmoid(), (N, 6)),
        (Tanh(), (N, 6)),
        (BatchNormalization(np.ones(6), np.zeros(6)), (N, 6)),
        (Dropout(0.5, rng=rng), (N, 6)),
    ]


@pytest.mark.parametrize("index", range(6))
@pytest.mark.parametrize("train_flg", [True, False])
def test_no_layer_mutates_its_inputs(index, train_flg, rng):
    layer, shape = _layers_and_extra(rng)[index]
    x = away_from_zero(rng, shape)
    x_before = x.copy()
    out = layer.forward(x, train_flg)
    dout = rng.standard_normal(out.shape)
    dout_before = dout.copy()
    layer.backward(dout)
    np.testing.assert_array_equal(x, x_before)
    np.testing.assert_array_equal(dout, dout_before)


def test_softmax_with_loss_does_not_mutate(rng):
    x, t = rng.standard_normal((N, 4)), rng.integers(0, 4, N)
    x_before, t_before = x.copy(), t.copy()
    layer = SoftmaxWithLoss()
    layer.forward(x, t)
    layer.backward()
    np.testing.assert_array_equal(x, x_before)
    np.testing.assert_array_equal(t, t_before)


def test_affine_keeps_the_very_arrays_it_was_given(rng):
    W, b = rng.standard_normal((3, 2)), np.zeros(2)
    dW, db = np.empty((3, 2)), np.empty(2)
    layer = Affine(W, b, dW, db)
    assert layer.W is W and layer.b is b and layer.dW is dW and layer.db is db
    x = rng.standard_normal((N, 3))
    before = layer.forward(x).copy()
    W -= 0.5  # an in-place optimizer step on the caller's array changes the layer
    assert not np.allclose(layer.forward(x), before)
    layer.backward(np.ones((N, 2)))
    np.testing.assert_allclose(dW, x.T @ np.ones((N, 2)))


# ------------------------------------------------------------------------------------------- BN facts
def test_batchnorm_eps_is_the_books_10e_minus_7():
    assert BN_EPS == 1e-6 == 10e-7


def test_batchnorm_running_stats_start_at_zero_and_follow_momentum_09():
    layer = BatchNormalization(np.array([2.0, 1.0]), np.array([0.5, -1.0]))
    x1 = np.array([[1.0, 2.0], [3.0, 6.0]])  # μ = (2, 4), biased var = (1, 4)
    x2 = np.array([[0.0, 0.0], [2.0, 4.0]])  # μ = (1, 2), biased var = (1, 4)
    layer.forward(x1, train_flg=True)
    np.testing.assert_allclose(layer.running_mean, [0.2, 0.4])  # 0.9·0 + 0.1·μ
    np.testing.assert_allclose(layer.running_var, [0.1, 0.4])
    layer.forward(x2, train_flg=True)
    np.testing.assert_allclose(layer.running_mean, [0.9 * 0.2 + 0.1 * 1, 0.9 * 0.4 + 0.1 * 2])  # (0.28, 0.56)
    np.testing.assert_allclose(layer.running_var, [0.9 * 0.1 + 0.1 * 1, 0.9 * 0.4 + 0.1 * 4])  # (0.19, 0.76)
    # test mode uses the running statistics and leaves them alone
    out = layer.forward(np.array([[1.0, 1.0]]), train_flg=False)
    expected = np.array([2.0, 1.0]) * (np.array([1.0, 1.0]) - [0.28, 0.56]) / np.sqrt(np.array([0.19, 0.76]) + 1e-6)
    np.testing.assert_allclose(out, [expected + [0.5, -1.0]])
    np.testing.assert_allclose(layer.running_mean, [0.28, 0.56])


def test_batchnorm_training_output_uses_biased_batch_variance():
    layer = BatchNormalization(np.ones(2), np.zeros(2))
    x = np.array([[1.0, 2.0], [3.0, 6.0]])
    out = layer.forward(x, train_flg=True)
    np.testing.assert_allclose(out, [[-1 / np.sqrt(1 + 1e-6), -2 / np.sqrt(4 + 1e-6)],
                                     [1 / np.sqrt(1 + 1e-6), 2 / np.sqrt(4 + 1e-6)]])


def test_batchnorm_test_mode_before_training_uses_zero_running_stats():
    layer = BatchNormalization(np.ones(2), np.zeros(2))
    out = layer.forward(np.array([[0.001, -0.002]]), train_flg=False)
    np.testing.assert_allclose(layer.running_var, [0.0, 0.0])
    np.testing.assert_allclose(out, [[0.001 / np.sqrt(1e-6), -0.002 / np.sqrt(1e-6)]])


# ------------------------------------------------------------------------------------------ Dropout facts
def test_dropout_test_mode_scales_by_one_minus_ratio(rng):
    x = rng.standard_normal((N, 5))
    out = Dropout(0.3, rng=rng).forward(x, train_flg=False)
    np.testing.assert_allclose(out, x * 0.7)


def test_dropout_training_mask_is_the_books_rand_greater_than_ratio():
    x = np.arange(1.0, 41.0).reshape(8, 5)
    layer = Dropout(0.5, rng=np.random.default_rng(7))
    out = layer.forward(x, train_flg=True)
    mask = np.random.default_rng(7).random((8, 5)) > 0.5
    np.testing.assert_array_equal(out, x * mask)  # not inverted: no 1/(1 − ratio)
    np.testing.assert_array_equal(layer.backward(np.ones((8, 5))), mask.astype(float))


def test_dropout_without_generator_or_mask_refuses_to_draw():
    with pytest.raises(ValueError):
        Dropout(0.5).forward(np.ones((2, 2)), train_flg=True)


# ------------------------------------------------------------------------------------------- dtypes
@pytest.mark.parametrize("index", range(6))
def test_float32_in_float32_out(index, rng):
    layer, shape = _layers_and_extra(rng)[index]
    if isinstance(layer, Affine):
        layer = Affine(layer.W.astype(np.float32), layer.b.astype(np.float32))
    if isinstance(layer, BatchNormalization):
        layer = BatchNormalization(np.ones(6, np.float32), np.zeros(6, np.float32))
    x = away_from_zero(rng, shape).astype(np.float32)
    out = layer.forward(x, True)
    assert out.dtype == np.float32
    assert layer.backward(np.ones(out.shape, np.float32)).dtype == np.float32
