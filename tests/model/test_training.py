"""Shared side-by-side training machinery: smoothing, contestants, divergence, evaluation, histograms."""
import math

import numpy as np
import pytest

from model.datasets import Dataset, load_bundled_mnist, subset, to_float32
from model.experiments.training import (
    SMOOTH_BETA,
    SMOOTH_WINDOW,
    Contestant,
    SideBySideTrainer,
    activation_histograms,
    evenly_spaced,
    smooth_curve,
    stream_rng,
)
from model.network import MultiLayerNet
from model.optimizers import SGD, Adam


@pytest.fixture(scope="module")
def data():
    return load_bundled_mnist()


# ------------------------------------------------------------------------------------------------- smooth_curve


def _kaiser_by_hand():
    """w[k] = I0(β·sqrt(1 − (2k/(M−1) − 1)²)) / I0(β), normalised to sum 1, with I0 as its power series."""

    def i0(z):
        return sum((z / 2) ** (2 * m) / math.factorial(m) ** 2 for m in range(40))

    m = SMOOTH_WINDOW
    w = [i0(SMOOTH_BETA * math.sqrt(1 - (2 * k / (m - 1) - 1) ** 2)) / i0(SMOOTH_BETA) for k in range(m)]
    s = sum(w)
    return [v / s for v in w]


def test_smooth_curve_impulses_by_hand():
    w = _kaiser_by_hand()
    assert w[5] == pytest.approx(0.11955, abs=1e-5)  # centre weight of Kaiser(11, 2), normalised
    np.testing.assert_allclose(w, np.kaiser(11, 2) / np.kaiser(11, 2).sum(), rtol=1e-12)
    n = 14
    # Impulse at the start: the start is reflected WITHOUT repeating x[0], so out[0] is the centre weight alone.
    x = np.zeros(n)
    x[0] = 1.0
    expected = np.zeros(n)
    expected[:6] = [w[5], w[4], w[3], w[2], w[1], w[0]]
    np.testing.assert_allclose(smooth_curve(x), expected, atol=1e-12)
    # Impulse at the end: the end is reflected WITH the last value repeated, so it counts twice near the edge.
    x = np.zeros(n)
    x[-1] = 1.0
    expected = np.zeros(n)
    expected[n - 1] = w[5] + w[6]
    expected[n - 2] = w[4] + w[7]
    expected[n - 3] = w[3] + w[8]
    expected[n - 4] = w[2] + w[9]
    expected[n - 5] = w[1] + w[10]
    expected[n - 6] = w[0]
    np.testing.assert_allclose(smooth_curve(x), expected, atol=1e-12)


@pytest.mark.parametrize("n", [11, 12, 40, 2000])
def test_smooth_curve_matches_the_books_formula(n):
    x = np.random.default_rng(n).random(n)
    # The book's common/util.py, written out as a test oracle (valid for n >= 11).
    wl = 11
    s = np.r_[x[wl - 1:0:-1], x, x[-1:-wl:-1]]
    w = np.kaiser(wl, 2)
    y = np.convolve(w / w.sum(), s, mode="valid")
    book = y[5:len(y) - 5]
    np.testing.assert_allclose(smooth_curve(x), book, rtol=1e-12)


@pytest.mark.parametrize("n", list(range(0, 16)))
def test_smooth_curve_any_length(n):
    x = np.linspace(1.0, 2.0, n)
    y = smooth_curve(x)
    assert y.shape == (n,)
    if n:
        assert y.min() >= 1.0 - 1e-12 and y.max() <= 2.0 + 1e-12
        np.testing.assert_allclose(smooth_curve(np.full(n, 0.7)), 0.7, rtol=1e-12)


# ---------------------------------------------------------------------------------------------------- helpers


def _net(seed=0, sizes=(20, 20)):
    return MultiLayerNet(784, list(sizes), 10, rng=np.random.default_rng(seed))


def _trainer(data, contestants, **kw):
    args = dict(batch_size=32, iterations=30, batch_rng=np.random.default_rng(0), eval_every=10,
                eval_train_size=200, eval_test_size=None)
    args.update(kw)
    return SideBySideTrainer(data, contestants, **args)


def test_stream_rng_is_reproducible_and_independent():
    a = stream_rng(5, 0).standard_normal(4)
    assert np.array_equal(a, stream_rng(5, 0).standard_normal(4))
    assert not np.array_equal(a, stream_rng(5, 1).standard_normal(4))
    assert not np.array_equal(a, stream_rng(6, 0).standard_normal(4))


def test_evenly_spaced():
    assert evenly_spaced(10, None) is None and evenly_spaced(10, 10) is None and evenly_spaced(10, 20) is None
    idx = evenly_spaced(4000, 2000)
    assert len(idx) == 2000 and idx[0] == 0 and idx[-1] == 3999 and np.all(np.diff(idx) > 0)


# ------------------------------------------------------------------------------------------------- training


def test_same_batch_same_optimizer_same_curve(data):
    net = _net()
    a = Contestant("a", net.clone(), SGD(lr=0.05), 30, 10)
    b = Contestant("b", net.clone(), SGD(lr=0.05), 30, 10)
    c = Contestant("c", net.clone(), SGD(lr=0.01), 30, 10)
    tr = _trainer(data, [a, b, c])
    while not tr.done:
        tr.step()
    sa, sb, sc = tr.snapshot().runs
    assert len(sa.losses) == 30
    np.testing.assert_array_equal(sa.losses, sb.losses)
    np.testing.assert_array_equal(a.network.flat_params, b.network.flat_params)
    assert not np.array_equal(sa.losses, sc.losses)


def test_loss_is_recorded_after_the_update_like_the_book(data):
    net = _net()
    ref = net.clone()
    c = Contestant("c", net, SGD(lr=0.1), 5, 5)
    tr = _trainer(data, [c], iterations=1, batch_rng=np.random.default_rng(7))
    tr.step()
    rng = np.random.default_rng(7)
    idx = rng.choice(data.n_train, 32)
    x, t = to_float32(data.x_train[idx]), data.t_train[idx]
    ref.gradient(x, t)
    SGD(lr=0.1).update(ref.params, ref.grads)
    assert c.losses[0] == pytest.approx(ref.loss(x, t), rel=1e-6)
    np.testing.assert_allclose(c.network.flat_params, ref.flat_params, rtol=1e-6, atol=1e-7)


def test_loss_before_update_option(data):
    net = _net()
    c = Contestant("c", net, SGD(lr=0.1), 5, 5)
    ref = net.clone()
    tr = _trainer(data, [c], iterations=1, batch_rng=np.random.default_rng(7), loss_after_update=False)
    tr.step()
    idx = np.random.default_rng(7).choice(data.n_train, 32)
    assert c.losses[0] == pytest.approx(ref.loss(to_float32(data.x_train[idx]), data.t_train[idx]), rel=1e-6)


def test_divergence_marks_one_run_and_the_others_go_on(data):
    net = _net(sizes=(50, 50, 50))
    good = Contestant("good", net.clone(), SGD(lr=0.01), 40, 10)
    bad = Contestant("bad", net.clone(), SGD(lr=10.0), 40, 10)
    tr = _trainer(data, [bad, good], iterations=40)
    while not tr.done:
        tr.step()
    assert tr.step_count == 40
    sb, sg = tr.snapshot().runs
    assert sb.diverged and isinstance(sb.diverged_step, int) and 1 <= sb.diverged_step < 40
    assert len(sb.losses) == sb.diverged_step - 1 and np.all(np.isfinite(sb.losses))
    assert len(sb.smoothed) == len(sb.losses)
    assert not sg.diverged and sg.diverged_step is None and len(sg.losses) == 40
    # The diverged run was frozen: no further evaluations after its divergence.
    assert np.all(sb.eval_steps < sb.diverged_step)
    assert sg.eval_steps.tolist() == [0, 10, 20, 30, 40]


def test_all_diverged_is_done(data):
    net = _net(sizes=(50, 50, 50))
    runs = [Contestant(n, net.clone(), SGD(lr=lr), 500, 60) for n, lr in (("a", 10.0), ("b", 30.0))]
    tr = _trainer(data, runs, iterations=500)
    while not tr.done:
        tr.step()
    assert tr.step_count < 500
    assert all(r.diverged for r in tr.snapshot().runs)
    tr.step()  # nothing happens once done
    assert tr.step_count == max(r.diverged_step for r in tr.snapshot().runs)


def test_accuracies_match_a_direct_evaluation(data):
    small = subset(data, 1000, 300)
    net = _net()
    c = Contestant("c", net, Adam(), 25, 10)
    # 25 is not a multiple of eval_every: the last iteration is an evaluation point too.
    tr = _trainer(small, [c], iterations=25, eval_every=10, eval_train_size=250)
    initial = net.clone()
    snaps = []
    while not tr.done:
        tr.step()
        snaps.append(tr.snapshot())
    s = tr.snapshot().runs[0]
    assert s.eval_steps.tolist() == [0, 10, 20, 25]
    idx = evenly_spaced(1000, 250)
    for acc, n, x, t in ((s.train_acc, 250, small.x_train[idx], small.t_train[idx]),
                         (s.test_acc, 300, small.x_test, small.t_test)):
        assert acc[-1] == pytest.approx(c.network.accuracy(to_float32(x), t))
        assert acc[0] == pytest.approx(initial.accuracy(to_float32(x), t))
        assert np.all((acc * n) == np.round(acc * n))
    # Evaluation work is spread out: the iteration-10 result appears after iteration 10, labelled 10.
    assert snaps[9].runs[0].eval_steps.tolist() in ([0], [0, 10])
    assert snaps[19].runs[0].eval_steps.tolist()[:2] == [0, 10]


def test_tiny_dataset_and_empty_test_set(data):
    tiny = Dataset("tiny", data.x_train[:30], data.t_train[:30], data.x_test[:0], data.t_test[:0])
    c = Contestant("c", _net(), SGD(), 5, 5)
    tr = _trainer(tiny, [c], iterations=5, batch_size=64, eval_every=2, eval_train_size=5000)
    while not tr.done:
        tr.step()
    s = tr.snapshot().runs[0]
    assert s.eval_steps.tolist() == [0, 2, 4, 5]
    assert np.all(np.isnan(s.test_acc)) and np.all((s.train_acc >= 0) & (s.train_acc <= 1))
    with pytest.raises(ValueError):
        _trainer(Dataset("none", data.x_train[:0], data.t_train[:0], data.x_test, data.t_test), [c])


def test_snapshot_is_read_only_and_independent(data):
    c = Contestant("c", _net(), SGD(lr=0.05), 10, 5)
    tr = _trainer(data, [c], iterations=60, eval_every=5)
    for _ in range(12):
        tr.step()
    snap = tr.snapshot()
    r = snap.runs[0]
    kept = {k: np.array(getattr(r, k)) for k in ("losses", "smoothed", "eval_steps", "train_acc", "test_acc")}
    for k in kept:
        with pytest.raises(ValueError):
            getattr(r, k)[0] = 123
    while not tr.done:  # also grows the buffers past their initial capacity
        tr.step()
    for k, v in kept.items():
        np.testing.assert_array_equal(getattr(r, k), v)
    assert snap.step == 12 and len(tr.snapshot().runs[0].losses) == 60
    assert snap.elapsed > 0 and snap.iterations_per_second > 0


# ---------------------------------------------------------------------------------------------- histograms


def test_histogram_counts_add_up():
    a = np.array([[0.0, 0.0, 0.25, 0.5], [1.0, 1.5, -0.5, np.nan], [np.inf, 0.999, 0.0, 0.1]], dtype=np.float32)
    (h,) = activation_histograms([a], bins=4, value_range=(0.0, 1.0))
    assert h.n_values == 12 and h.n_zero == 3 and h.n_nonfinite == 2 and h.n_above == 1 and h.n_below == 1
    assert h.counts.tolist() == [1, 1, 1, 2]  # 0.1 | 0.25 | 0.5 | 0.999, 1.0 (last bin closed)
    assert h.counts.sum() + h.n_zero + h.n_below + h.n_above + h.n_nonfinite == h.n_values
    assert h.zero_fraction == pytest.approx(3 / 12)
    np.testing.assert_allclose(h.edges, [0, 0.25, 0.5, 0.75, 1.0])
    with pytest.raises(ValueError):
        h.counts[0] = 5


def test_histograms_of_a_relu_network(data):
    net = _net(sizes=(30, 30, 30))
    x = to_float32(data.x_train[:64])
    net.loss(x, data.t_train[:64])
    hs = activation_histograms(net.hidden_activations(copy=False), bins=10, value_range=(0, 1))
    assert [h.layer for h in hs] == [1, 2, 3]
    for h, a in zip(hs, net.hidden_activations()):
        assert h.n_values == 64 * 30
        assert h.n_zero == np.count_nonzero(a == 0)
        assert h.counts.sum() + h.n_zero + h.n_above + h.n_below + h.n_nonfinite == h.n_values
        assert h.std == pytest.approx(float(a.astype(np.float64).std()))
    with pytest.raises(ValueError):
        activation_histograms([x], value_range=(1, 0))


def test_intermediate_evaluations_use_the_test_subset_and_the_last_the_whole_test_set(data):
    from model.datasets import to_float32
    from model.experiments.training import evenly_spaced

    c = Contestant("a", _net(), SGD(lr=0.05), 30, 10)
    trainer = _trainer(data, [c], eval_test_size=100)
    steps = [trainer.step() for _ in range(29)]
    assert any(steps)
    first_test = c.snapshot().test_acc[0]
    idx = evenly_spaced(len(data.x_test), 100)
    net0 = _net()  # same seed as the contestant's initial network
    expected_subset = net0.accuracy(to_float32(data.x_test[idx]), data.t_test[idx])
    assert first_test == pytest.approx(expected_subset)
    trainer.step()
    assert trainer.done
    final = c.snapshot().test_acc[-1]
    assert final == pytest.approx(c.network.accuracy(to_float32(data.x_test), data.t_test))


def test_layer_histogram_percent_and_peak_are_shares_of_all_values():
    """Bars are percentages of *all* values (zeros kept apart, values outside the range and NaN included in the
    total), so bars, zero share and the rest add up to 100."""
    from model.histograms import layer_histogram
    h = layer_histogram(np.array([0.0, 0.0, 0.1, 0.2, 0.2, 0.9, np.nan, 5.0]), 0.0, 1.0, bins=2)
    assert list(h.counts) == [3, 1] and (h.n_zero, h.n_above, h.n_nonfinite, h.n_values) == (2, 1, 1, 8)
    assert np.allclose(h.percent, [37.5, 12.5])
    assert h.peak_fraction == pytest.approx(3 / 8) and h.zero_fraction == pytest.approx(2 / 8)


def test_hyperparameter_keys_are_made_and_parsed_in_one_place():
    from model.experiments.base import hyperparameter_key, split_hyperparameter_key
    assert hyperparameter_key("SGD", "lr") == "SGD.lr"
    assert split_hyperparameter_key("Adam.beta1") == ("Adam", "beta1")
    assert split_hyperparameter_key("SGD 2.lr") == ("SGD 2", "lr")  # the last dot separates
    assert split_hyperparameter_key(hyperparameter_key("Mom.entum", "momentum")) == ("Mom.entum", "momentum")
    for bad in ("lr", ".lr", "SGD."):
        with pytest.raises(ValueError):
            split_hyperparameter_key(bad)
