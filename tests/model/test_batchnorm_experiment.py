"""The batch-normalization sweep (book Fig. 6-19) and the BN gradient check."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from model.datasets import DataError, load_bundled_mnist, load_idx_folder, to_float32
from model.experiments.base import Experiment
from model.experiments.batchnorm import (
    LIVE_FIELDS,
    BatchNormSweepConfig,
    BatchNormSweepExperiment,
    BatchNormSweepSnapshot,
    bn_gradient_check,
    book_figure_6_19,
    gradient_check_network,
    log_scales,
)
from model.network import MultiLayerNet

SHARED_MNIST = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "mnist"

SMALL = dict(n_train=200, hidden=(20, 20), batch_size=50, epochs=3, scales=log_scales(3, 1.0, 0.01))
"""A tiny sweep: 4 iterations per epoch, 9 updates, 3 scales."""


@pytest.fixture(scope="module")
def mnist5k():
    return load_bundled_mnist()


@pytest.fixture(scope="module")
def contrast(mnist5k):
    """The book's setting (1000 images, 784-100x5-10, SGD 0.01, batch 100, 20 epochs) at four scales, run to the end."""
    exp = BatchNormSweepExperiment(book_figure_6_19().replace(scales=(1.0, 0.25, 0.01, 0.001)), mnist5k)
    snaps = []
    while not exp.done:
        exp.step()
        if exp.step_count in (1, 50):
            snaps.append(exp.snapshot())
    return exp, exp.snapshot(), snaps


def small(mnist5k, **changes):
    return BatchNormSweepExperiment(BatchNormSweepConfig(**{**SMALL, **changes}), mnist5k)


# ----------------------------------------------------------------------------------------------- configuration


def test_book_defaults():
    cfg = book_figure_6_19()
    assert cfg == BatchNormSweepConfig()
    assert (cfg.n_train, cfg.hidden, cfg.activation, cfg.lr, cfg.batch_size, cfg.epochs, cfg.seed) == (
        1000, (100,) * 5, "relu", 0.01, 100, 20, 0)
    assert cfg.scales == tuple(np.logspace(0, -4, 16))
    assert cfg.n_scales == 16 and cfg.iter_per_epoch == 10
    assert cfg.eval_test is False and cfg.dtype == "float32"
    assert cfg.scales[cfg.resolved_inspect_index] == pytest.approx(0.0136, rel=0.01)  # closest to 0.01
    assert LIVE_FIELDS == {"lr", "inspect_index"}


def test_log_scales():
    assert log_scales(16) == tuple(np.logspace(0, -4, 16))
    s = log_scales(8)
    assert len(s) == 8 and s[0] == pytest.approx(1) and s[-1] == pytest.approx(1e-4)
    assert all(a > b for a, b in zip(s, s[1:]))
    assert log_scales(3, hi=0.1, lo=0.001) == pytest.approx((0.1, 0.01, 0.001))
    assert log_scales(1) == (1.0,)
    for bad in (0, -1, 1.5, True, 65):
        with pytest.raises(ValueError):
            log_scales(bad)
    with pytest.raises(ValueError):
        log_scales(4, hi=0)


@pytest.mark.parametrize("changes", [
    {"scales": ()}, {"scales": (0.1, 0.0)}, {"scales": (0.1, float("nan"))}, {"scales": (0.1, "x")},
    {"hidden": ()}, {"hidden": (100, 0)}, {"hidden": (1.5,)}, {"activation": "softplus"}, {"lr": 0},
    {"lr": -0.1}, {"batch_size": 0}, {"epochs": 0}, {"n_train": 0}, {"dtype": "float16"}, {"dtype": "nonsense"},
    {"inspect_index": 16}, {"inspect_index": -1}, {"inspect_index": True}, {"eval_test": "yes"}, {"n_bins": 0},
    {"seed": -1}, {"no_such_field": 1},
])
def test_config_validation(changes):
    with pytest.raises(ValueError):
        book_figure_6_19().replace(**changes)


def test_config_normalises():
    cfg = BatchNormSweepConfig(hidden=[50, 50], scales=np.array([0.5, 0.05]), activation=" ReLU ", dtype=np.float64)
    assert cfg.hidden == (50, 50) and cfg.scales == (0.5, 0.05) and cfg.activation == "relu"
    assert cfg.dtype == "float64"
    assert BatchNormSweepConfig(n_train=50, batch_size=100).iter_per_epoch == 1


# ------------------------------------------------------------------------------------------ same start, same data


def test_experiment_contract(mnist5k):
    exp = small(mnist5k)
    assert isinstance(exp, Experiment)
    assert exp.step_count == 0 and not exp.done and exp.total_iterations == 9
    snap = exp.snapshot()
    assert isinstance(snap, BatchNormSweepSnapshot)
    assert snap.epoch == 0 and snap.iteration == 0 and len(snap.scales) == 3


def test_same_initial_weights_per_scale(mnist5k):
    exp = small(mnist5k, scales=(0.5, 0.05, 0.005))
    stds = []
    for k, scale in enumerate(exp.config.scales):
        bn, plain = exp.networks(k)
        assert bn.use_batchnorm and not plain.use_batchnorm
        for idx in (1, 2, 3):
            np.testing.assert_array_equal(bn.params[f"W{idx}"], plain.params[f"W{idx}"])
            np.testing.assert_array_equal(bn.params[f"b{idx}"], plain.params[f"b{idx}"])
        for idx in (1, 2):
            np.testing.assert_array_equal(bn.params[f"gamma{idx}"], 1)
            np.testing.assert_array_equal(bn.params[f"beta{idx}"], 0)
        assert bn.params["W1"].dtype == np.float32
        stds.append(float(plain.params["W2"].std()))
        assert stds[-1] == pytest.approx(scale, rel=0.1)
    # Each scale draws its own weights (not the same matrix rescaled).
    w0, w1 = exp.networks(0)[1].params["W1"], exp.networks(1)[1].params["W1"]
    assert not np.allclose(w0 / 0.5, w1 / 0.05)


def test_every_network_trains_on_the_same_batch(mnist5k):
    exp = small(mnist5k)
    twins = [(bn.clone(), plain.clone()) for bn, plain in (exp.networks(k) for k in range(3))]
    data_x = to_float32(mnist5k.x_train[:200])
    data_t = mnist5k.t_train[:200]
    for i in range(3):
        exp.step()
        idx = exp.batch_indices()
        assert idx.shape == (50,) and idx.min() >= 0 and idx.max() < 200
        snap = exp.snapshot()
        for k, (bn_twin, plain_twin) in enumerate(twins):
            # The recorded loss is the training-mode loss of this batch before the update: a twin that is given
            # the same batch and the same update must reproduce it and end with the same parameters.
            for twin, recorded, live in ((bn_twin, snap.scales[k].bn_losses, exp.networks(k)[0]),
                                         (plain_twin, snap.scales[k].plain_losses, exp.networks(k)[1])):
                if k == 0 and twin is plain_twin:
                    continue  # the scale-1 plain network may already have overflowed
                with np.errstate(all="ignore"):
                    twin.gradient(data_x[idx], data_t[idx])
                assert twin.last_loss == pytest.approx(recorded[i], rel=1e-5)
                twin.flat_params -= np.float32(0.01) * twin.flat_grads
                np.testing.assert_allclose(twin.flat_params, live.flat_params, rtol=1e-5, atol=1e-7)


def test_batches_are_drawn_with_replacement_from_the_seed(mnist5k):
    exp = small(mnist5k, n_train=200, batch_size=150)
    _, batch_seq = np.random.SeedSequence(exp.config.seed).spawn(2)
    expected = np.random.default_rng(batch_seq)
    for _ in range(3):
        exp.step()
        idx = exp.batch_indices()
        np.testing.assert_array_equal(idx, expected.choice(200, 150))
        assert len(np.unique(idx)) < 150  # with replacement: 150 draws of 200 repeat some (p ≈ 1)


def test_determinism(mnist5k):
    a, b = small(mnist5k, seed=3), small(mnist5k, seed=3)
    c = small(mnist5k, seed=4)
    for exp in (a, b, c):
        for _ in range(5):
            exp.step()
    sa, sb, sc = a.snapshot(), b.snapshot(), c.snapshot()
    for x, y, z in zip(sa.scales, sb.scales, sc.scales):
        np.testing.assert_array_equal(x.bn_losses, y.bn_losses)
        np.testing.assert_array_equal(x.plain_train_acc, y.plain_train_acc)
        assert not np.array_equal(x.bn_losses, z.bn_losses)


# ----------------------------------------------------------------------------------------------- bookkeeping


def test_epoch_bookkeeping(mnist5k):
    exp = small(mnist5k)  # ipe = 200 // 50 = 4, epochs 3 -> evaluations after updates 0, 4, 8
    assert exp.iter_per_epoch == 4 and exp.total_iterations == 9
    x, t = to_float32(mnist5k.x_train[:200]), mnist5k.t_train[:200]
    expected_epochs = [1, 1, 1, 1, 2, 2, 2, 2, 3]
    for i in range(9):
        exp.step()
        snap = exp.snapshot()
        assert snap.iteration == exp.step_count == i + 1
        assert snap.epoch == exp.epoch == expected_epochs[i]
        assert list(snap.eval_iterations) == [0, 4, 8][: snap.epoch]
        for s in snap.scales:
            assert len(s.bn_train_acc) == len(s.plain_train_acc) == len(s.bn_epoch_loss) == snap.epoch
            assert len(s.bn_losses) == len(s.plain_losses) == snap.iteration
            assert s.bn_test_acc is None and s.plain_test_acc is None
        if i % 4 == 0:
            # The evaluation comes after this iteration's update: the networks, as they are now, give the
            # recorded accuracies (test mode: BN uses its running statistics).
            for k, s in enumerate(snap.scales):
                bn, plain = exp.networks(k)
                with np.errstate(all="ignore"):
                    assert bn.accuracy(x, t) == s.bn_train_acc[-1]
                    assert plain.accuracy(x, t) == s.plain_train_acc[-1]
    assert exp.done and snap.done
    exp.step()  # no-op once done
    assert exp.step_count == 9
    s = exp.snapshot().scales[1]
    assert s.bn_epoch_loss[0] == pytest.approx(s.bn_losses[0])
    assert s.bn_epoch_loss[1] == pytest.approx(np.mean(s.bn_losses[1:5]))
    assert s.plain_epoch_loss[2] == pytest.approx(np.mean(s.plain_losses[5:9]))


def test_n_train_capped_and_test_accuracy(mnist5k):
    exp = small(mnist5k, n_train=10_000, batch_size=1000, epochs=2, eval_test=True, n_test=300)
    assert exp.n_train == mnist5k.n_train == 4000 and exp.iter_per_epoch == 4 and exp.total_iterations == 5
    exp.step()
    snap = exp.snapshot()
    assert snap.n_train == 4000 and snap.n_test == 300
    x_test, t_test = to_float32(mnist5k.x_test[:300]), mnist5k.t_test[:300]
    for k, s in enumerate(snap.scales):
        assert s.bn_test_acc.shape == s.plain_test_acc.shape == (1,)
        with np.errstate(all="ignore"):
            assert s.bn_test_acc[0] == exp.networks(k)[0].accuracy(x_test, t_test)


def test_bn_epoch_zero_uses_running_var_started_at_zero(contrast):
    """The book's BN starts running_var at 0, so after one update it is 0.1 x the batch variance and the first
    test-mode accuracy is near chance level."""
    _, final, (first, _) = contrast
    assert first.epoch == 1 and first.inside.iteration == 1
    ratios = [layer.running_var_ratio for layer in first.inside.bn_layers]
    # Scale 0.01 is inspected; its first update changes the weights a little, hence the loose band around 0.1.
    assert all(0.05 < r < 0.2 for r in ratios), ratios
    for s in final.scales:
        assert s.bn_train_acc[0] < 0.35
    # Later the running statistics have caught up.
    assert all(0.5 < layer.running_var_ratio < 2 for layer in final.inside.bn_layers)


# ----------------------------------------------------------------------------------------------- the contrast


def test_contrast_on_bundled_mnist(contrast):
    exp, snap, _ = contrast
    assert snap.done and snap.epoch == 20 and snap.iteration == 191 and list(snap.eval_iterations) == list(
        range(0, 191, 10))
    by_scale = {s.scale: s for s in snap.scales}
    for scale in (0.01, 0.001):  # BN learns where the plain network is stuck at chance level
        s = by_scale[scale]
        assert s.bn_train_acc[-1] > 0.6, (scale, s.bn_train_acc)
        assert s.plain_train_acc[-1] < 0.25, (scale, s.plain_train_acc)
        assert not s.plain_diverged and not s.bn_diverged
    assert by_scale[0.01].bn_train_acc[-1] > 0.9
    # In the narrow band where the plain network learns, it is faster than BN (as in the book).
    s = by_scale[0.25]
    assert s.plain_train_acc[-1] > 0.8 and s.plain_train_acc[-1] > s.bn_train_acc[-1] > 0.4
    # Learning shows in the losses too.
    assert s.plain_epoch_loss[-1] < 0.5 * s.plain_epoch_loss[0]
    assert by_scale[0.01].bn_epoch_loss[-1] < 0.2 * by_scale[0.01].bn_epoch_loss[0]


def test_overflowing_plain_network_is_marked_and_frozen(contrast, mnist5k):
    exp, snap, _ = contrast
    s = snap.scales[0]
    assert s.scale == 1.0
    assert s.plain_diverged and s.plain_diverged_iteration is not None and s.plain_diverged_iteration < 20
    d = s.plain_diverged_iteration
    assert np.all(np.isfinite(s.plain_losses[:d])) and np.all(np.isnan(s.plain_losses[d:]))
    # Accuracy counted the book's way: NaN scores, argmax 0, i.e. the share of label 0 among the 1000 images.
    share_of_zeros = float(np.mean(mnist5k.t_train[:1000] == 0))
    assert np.all(s.plain_train_acc[d // 10 + 1:] == share_of_zeros)
    assert not s.bn_diverged and np.all(np.isfinite(s.bn_losses))
    assert s.bn_train_acc[-1] > 0.25  # BN still learns at scale 1, slowly
    assert sum(x.plain_diverged for x in snap.scales) == 1


# ----------------------------------------------------------------------------------------------- the inside view


def _check_histograms(hists, n_layers, n_values, n_bins):
    assert len(hists) == n_layers
    for j, h in enumerate(hists):
        assert h.layer == j + 1 and h.n_values == n_values
        assert h.edges.shape == (n_bins + 1,) and h.counts.shape == (n_bins,)
        assert int(h.counts.sum()) + h.n_zero_unbinned + h.n_nonfinite == n_values
        assert np.all(h.counts >= 0) and np.all(np.diff(h.edges) > 0)
        assert not h.counts.flags.writeable and not h.edges.flags.writeable


def test_inside_view(contrast):
    exp, snap, _ = contrast
    inside = snap.inside
    assert inside.index == snap.inspect_index == 2 and inside.scale == 0.01  # closest to 0.01
    assert inside.iteration == 191 and inside.batch_size == 100
    _check_histograms(inside.bn, 5, 100 * 100, 30)
    _check_histograms(inside.plain, 5, 100 * 100, 30)
    for h in inside.bn:
        # BN output ≈ N(β, γ²) per unit, so about half of the ReLU inputs are negative.
        assert h.n_zero_unbinned == round(h.zero_fraction * h.n_values)
        assert 0.25 < h.zero_fraction < 0.85 and h.n_nonfinite == 0
        assert 0.2 < h.std < 3
    # The plain network at scale 0.01: the activations shrink layer by layer.
    stds = [h.std for h in inside.plain]
    assert stds[-1] < 0.01 * stds[0]
    assert len(inside.bn_layers) == 5
    for layer in inside.bn_layers:
        for a in (layer.running_mean, layer.running_var, layer.batch_mean, layer.batch_var):
            assert a.shape == (100,) and a.dtype == np.float64 and not a.flags.writeable
        assert np.all(layer.running_var >= 0) and np.all(layer.batch_var >= 0)


def test_inside_view_of_a_diverged_network_and_live_index(contrast):
    exp, snap, _ = contrast
    bn, _ = exp.networks(0)
    running = [(layer.running_mean.copy(), layer.running_var.copy()) for layer in bn.batchnorm_layers]
    exp.apply({"inspect_index": 0})  # recomputed at once, without touching the sweep's running statistics
    inside = exp.snapshot().inside
    assert inside.index == 0 and inside.scale == 1.0
    for layer, (rm, rv) in zip(bn.batchnorm_layers, running):
        np.testing.assert_array_equal(layer.running_mean, rm)
        np.testing.assert_array_equal(layer.running_var, rv)
    _check_histograms(inside.plain, 5, 100 * 100, 30)
    _check_histograms(inside.bn, 5, 100 * 100, 30)
    assert sum(h.n_nonfinite for h in inside.plain) > 0  # NaN weights: counted, not binned, no warning
    assert snap.inside.index == 2  # an earlier snapshot keeps its view
    exp.apply({"inspect_index": 2})


def test_inside_view_before_training_and_other_activations(mnist5k):
    exp = small(mnist5k, activation="sigmoid", n_bins=12, inspect_index=1)
    inside = exp.snapshot().inside
    assert inside.iteration == 0 and inside.index == 1
    for h in (*inside.bn, *inside.plain):
        assert h.edges[0] == 0 and h.edges[-1] == 1 and h.n_zero_unbinned == 0
    _check_histograms(inside.bn, 2, 50 * 20, 12)
    assert all(np.all(layer.running_var == 0) for layer in inside.bn_layers)  # before the first update


# ----------------------------------------------------------------------------------------------- snapshots, apply


def test_snapshot_independence(mnist5k):
    exp = small(mnist5k)
    for _ in range(5):
        exp.step()
    snap = exp.snapshot()
    before = [(s.bn_losses.copy(), s.plain_train_acc.copy()) for s in snap.scales]
    inside_counts = snap.inside.bn[0].counts.copy()
    with pytest.raises(ValueError):
        snap.scales[1].bn_losses[0] = 0
    with pytest.raises(ValueError):
        snap.scales[1].plain_train_acc[0] = 0
    with pytest.raises(ValueError):
        snap.inside.bn_layers[0].running_var[0] = 0
    with pytest.raises(ValueError):
        snap.eval_iterations[0] = 1
    for _ in range(4):
        exp.step()
    exp.apply({"inspect_index": 0, "lr": 0.1})
    for s, (losses, acc) in zip(snap.scales, before):
        np.testing.assert_array_equal(s.bn_losses, losses)
        np.testing.assert_array_equal(s.plain_train_acc, acc)
    np.testing.assert_array_equal(snap.inside.bn[0].counts, inside_counts)
    assert snap.iteration == 5 and snap.epoch == 2 and snap.lr == 0.01 and not snap.done
    assert exp.snapshot().lr == 0.1


@pytest.mark.parametrize("changes", [
    {"epochs": 5}, {"lr": 0}, {"lr": -1}, {"lr": "fast"}, {"lr": float("nan")}, {"inspect_index": 3},
    {"inspect_index": -1}, {"inspect_index": 1.5}, {"inspect_index": True}, {"inspect_index": "1"},
    {"lr": 0.5, "inspect_index": 99},
])
def test_apply_rejects_bad_changes_and_changes_nothing(mnist5k, changes):
    exp = small(mnist5k)
    with pytest.raises(ValueError):
        exp.apply(changes)
    assert exp.lr == 0.01 and exp.inspect_index == exp.config.resolved_inspect_index


def test_live_lr(mnist5k):
    exp = small(mnist5k, scales=(0.1, 0.01))
    exp.step()
    exp.apply({"lr": 1e-30})  # so small that float32 parameters no longer move
    before = [net.flat_params.copy() for k in range(2) for net in exp.networks(k)]
    exp.step()
    after = [net.flat_params for k in range(2) for net in exp.networks(k)]
    for a, b in zip(before, after):
        np.testing.assert_allclose(a, b, rtol=0, atol=1e-20)
    exp.apply({"lr": "0.05"})
    assert exp.lr == 0.05 and exp.snapshot().lr == 0.05


def test_display_numbers_come_with_the_snapshot(contrast):
    """What the detail view draws is computed here: smoothed curves of the finite losses, the loss axis top, and the
    per-layer averages of the BN statistics (the view only maps them to items)."""
    from model.experiments.training import smooth_curve
    _, snap, _ = contrast
    s = snap.scales[0]  # scale 1: the plain network diverged
    d = s.plain_diverged_iteration
    assert np.array_equal(s.plain_smoothed, smooth_curve(s.plain_losses[:d]))
    assert np.array_equal(s.bn_smoothed, smooth_curve(s.bn_losses))
    p95 = max(np.percentile(s.bn_losses, 95), np.percentile(s.plain_losses[:d], 95))
    top = max(p95, s.bn_smoothed.max(), s.plain_smoothed.max())
    assert s.loss_top == pytest.approx(min(max(1.1 * top, 2.5), 20.0))
    layer = snap.inside.bn_layers[1]
    assert layer.running_mean_avg == pytest.approx(np.mean(layer.running_mean))
    assert layer.batch_mean_spread == pytest.approx(np.std(layer.batch_mean))
    assert layer.running_var_avg == pytest.approx(np.mean(layer.running_var))
    assert layer.batch_var_avg == pytest.approx(np.mean(layer.batch_var))
    assert snap.inside.running_var_ratios[1] == pytest.approx(layer.running_var_avg / layer.batch_var_avg)


# ----------------------------------------------------------------------------------------------- gradient check


def test_gradient_check_passes_with_real_early_gradients(mnist5k):
    result = bn_gradient_check(mnist5k, n_samples=10, seed=0)  # its speed is measured in bench/bench_batchnorm.py
    expected = ["W1", "b1", "gamma1", "beta1", "W2", "b2", "gamma2", "beta2", "W3", "b3"]
    assert list(result) == expected
    for key, (abs_diff, rel_err) in result.items():
        assert abs_diff < 1e-7 and rel_err < 1e-6, (key, abs_diff, rel_err)

    net, x, t = gradient_check_network(mnist5k, n_samples=10, seed=0)
    assert x.shape == (10, 784) and x.dtype == np.float64 and len(set(t.tolist())) > 1
    grads = net.gradient(x, t)
    lit = x.any(axis=0)  # pixels that are not black in every one of the 10 images
    assert np.count_nonzero(grads["W1"][lit]) > 0.9 * grads["W1"][lit].size
    assert not np.any(grads["W1"][~lit])  # a black pixel's weights get no gradient
    for key in ("gamma1", "beta1", "W2"):
        assert np.count_nonzero(grads[key]) > 0.9 * grads[key].size, key
    assert np.abs(grads["W1"]).max() > 1e-3
    # A bias right before BN has no effect: its true gradient is 0.
    assert np.abs(grads["b1"]).max() < 1e-12


def test_the_books_one_sample_check_is_vacuous(mnist5k):
    """Why ours uses 10 samples: with one sample every gradient before the last BN is exactly 0."""
    net = MultiLayerNet(784, [20, 20], 10, use_batchnorm=True, dtype=np.float64, rng=np.random.default_rng(0))
    x = to_float32(mnist5k.x_train[:1]).astype(np.float64)
    grads = net.gradient(x, mnist5k.t_train[:1])
    for key in ("W1", "gamma1", "beta1", "W2", "gamma2"):
        assert not np.any(grads[key]), key


def test_gradient_check_arguments(mnist5k):
    with pytest.raises(ValueError):
        bn_gradient_check(mnist5k, n_samples=1)
    with pytest.raises(ValueError):
        bn_gradient_check(mnist5k, samples_per_param=0)
    with pytest.raises(ValueError):
        bn_gradient_check(mnist5k, h=0)
    r = bn_gradient_check(mnist5k, n_samples=4, seed=3, samples_per_param=5)
    assert max(rel for _, rel in r.values()) < 1e-6


# ----------------------------------------------------------------------------------------------- full MNIST


@pytest.mark.slow
def test_book_contrast_on_full_mnist():
    try:
        data = load_idx_folder(SHARED_MNIST)
    except DataError as e:
        pytest.skip(f"full MNIST not available: {e}")
    exp = BatchNormSweepExperiment(book_figure_6_19(), data)
    while not exp.done:
        exp.step()
    snap = exp.snapshot()
    assert snap.epoch == 20 and snap.iteration == 191
    final_bn = {s.scale: s.bn_train_acc[-1] for s in snap.scales}
    final_plain = {s.scale: s.plain_train_acc[-1] for s in snap.scales}
    # The book: BN reaches 0.87-1.0 for w ≈ 0.0012 ... 0.086 (seed 0 here: 0.88-1.0).
    band = [w for w in final_bn if 0.0011 < w < 0.09]
    assert len(band) == 8
    assert min(final_bn[w] for w in band) >= 0.85, final_bn
    assert np.mean([final_bn[w] for w in band]) >= 0.93, final_bn
    assert max(final_bn.values()) > 0.99
    # The plain network learns only around w ≈ 0.16-0.29 ...
    learners = sorted(w for w, acc in final_plain.items() if acc > 0.6)
    assert len(learners) == 2 and 0.15 < learners[0] < learners[1] < 0.3, final_plain
    # ... is at chance level below 0.05, and overflows at w >= 0.54 (accuracy 0.097 = share of zeros).
    share_of_zeros = float(np.mean(data.t_train[:1000] == 0))
    for s in snap.scales:
        if s.scale < 0.05:
            assert s.plain_train_acc[-1] < 0.15
        if s.scale > 0.5:
            assert s.plain_diverged and s.plain_train_acc[-1] == pytest.approx(share_of_zeros)
        else:
            assert not s.plain_diverged
        assert not s.bn_diverged and s.bn_train_acc[0] < 0.3 and math.isfinite(s.bn_epoch_loss[-1])
