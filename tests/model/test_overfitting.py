"""The overfitting lab (book §6.4): memorising 300 images, weight decay and dropout as cures, paired runs."""
from pathlib import Path

import numpy as np
import pytest

from model.datasets import load_bundled_mnist, load_idx_folder
from model.experiments.base import Experiment
from model.experiments.overfitting import (BASELINE, REGULARIZED, OverfitConfig, OverfittingExperiment, PRESETS,
                                           preset)

SHARED_MNIST = Path(__file__).resolve().parents[3] / "shared" / "data" / "mnist"


@pytest.fixture(scope="module")
def data():
    return load_bundled_mnist()


def _run(exp, n=None):
    k = 0
    while not exp.done and (n is None or k < n):
        exp.step()
        k += 1
    return exp.snapshot()


@pytest.fixture(scope="module")
def book_decay(data):
    """Figure 6-20 and 6-21 in one paired run: the baseline is λ = 0, the regularised run λ = 0.1 (601 updates)."""
    return _run(OverfittingExperiment(preset("fig6_21"), data))


def test_book_presets():
    for name, cfg in PRESETS.items():
        assert cfg.train_size == 300 and cfg.batch_size == 100 and cfg.lr == 0.01
        assert cfg.hidden_sizes == (100,) * 6 and cfg.seed == 0
    assert PRESETS["fig6_20"].weight_decay_lambda == 0 and PRESETS["fig6_20"].dropout_ratio == 0
    assert PRESETS["fig6_21"].weight_decay_lambda == 0.1 and PRESETS["fig6_21"].updates == 601
    assert PRESETS["fig6_23"].dropout_ratio == 0.2 and PRESETS["fig6_23"].updates == 901
    # the book's epoch bookkeeping: 3 updates an epoch, a point after update 1 and every 3 updates after
    cfg = PRESETS["fig6_21"]
    assert cfg.updates_per_epoch() == 3 and cfg.eval_every() == 3 and cfg.epochs() == 200
    assert PRESETS["fig6_23"].epochs() == 300


def test_epochs_follow_the_training_set_size():
    cfg = PRESETS["fig6_21"]
    assert cfg.updates_per_epoch(100) == 1 and cfg.epochs(100) == 600
    assert cfg.updates_per_epoch(60_000) == 600 and cfg.epochs(60_000) == 1
    for n in (100, 300, 1000, 4000, 60_000):  # 100 to 400 points whatever the size
        points = (cfg.updates - 1) // cfg.eval_every(n) + 1
        assert 100 <= points <= 401, (n, points)
    assert cfg.updates_for_epochs(200, 300) == 601


def test_config_limits_are_enforced():
    with pytest.raises(ValueError, match="weight_decay_lambda"):
        OverfitConfig(weight_decay_lambda=-0.1)
    with pytest.raises(ValueError, match="dropout_ratio"):
        OverfitConfig(dropout_ratio=OverfitConfig.LIMITS["dropout_ratio"][1] + 0.05)
    with pytest.raises(ValueError, match="train_size"):
        OverfitConfig(train_size=50)
    with pytest.raises(ValueError, match="lr"):
        OverfitConfig(lr=0)


def test_weight_decay_closes_the_gap(book_decay):
    """λ = 0 memorises the 300 images while the test accuracy stalls; λ = 0.1 keeps training accuracy below 1,
    closes the gap and keeps every layer's weights smaller (figures 6-20 and 6-21)."""
    base, reg = book_decay.run(BASELINE), book_decay.run(REGULARIZED)
    assert book_decay.done and base.points == reg.points == 201
    assert base.epochs[0] == 0 and base.epochs[-1] == 200 and list(base.updates[:3]) == [1, 4, 7]
    assert base.final_train_acc == 1.0
    assert base.final_test_acc < 0.85 and base.gap >= 0.2
    assert reg.final_train_acc < 0.97
    assert reg.gap < base.gap - 0.02
    assert np.all(reg.weight_norms[-1] < base.weight_norms[-1])
    assert np.all(base.decay_term == 0) and np.all(reg.decay_term > 0)
    np.testing.assert_allclose(reg.decay_term, 0.5 * 0.1 * reg.weight_norms.sum(axis=1))
    # the data loss of the memorising network goes to ~0; the regularised one cannot
    assert base.data_loss[-1] < 0.05 < reg.data_loss[-1]
    assert not base.diverged and not reg.diverged


def test_confusion_and_mistakes_match_the_test_accuracy(book_decay, data):
    for run in book_decay.runs:
        cm = run.confusion
        assert cm.shape == (10, 10) and cm.sum() == data.n_test
        np.testing.assert_array_equal(cm.sum(axis=1), np.bincount(data.t_test, minlength=10))
        assert np.trace(cm) / data.n_test == pytest.approx(run.final_test_acc)
        assert len(run.wrong) == data.n_test - np.trace(cm)
        assert np.all(data.t_test[run.wrong] != run.wrong_pred)


def test_last_point_is_the_networks_accuracy_on_every_image(data):
    """The Gram form of the first layer and the chunked evaluation give the network's own accuracy."""
    exp = OverfittingExperiment(OverfitConfig(updates=40, weight_decay_lambda=0.05, dropout_ratio=0.3), data)
    assert exp.trackers[BASELINE] is not None  # 300 images: the Gram form is in use
    snap = _run(exp)
    for name, net in exp.nets.items():
        run = snap.run(name)
        x_tr = data.x_train[:300].astype(np.float32) / 255
        x_te = data.x_test.astype(np.float32) / 255
        assert run.final_train_acc == pytest.approx(net.accuracy(x_tr, data.t_train[:300]), abs=2 / 300)
        assert run.final_test_acc == pytest.approx(net.accuracy(x_te, data.t_test), abs=2 / data.n_test)
        # the tracked first layer equals the network's: X_tr·W1 = c·X_tr·W1₀ + G_tr·A on the training rows
        g = exp._rows
        z = exp.trackers[name].c * g.p0[:300] + g.gram[:300] @ exp.trackers[name].A
        np.testing.assert_allclose(z, x_tr @ net.params["W1"], rtol=1e-3, atol=1e-4)


def test_no_regularisation_gives_two_identical_runs(data):
    snap = _run(OverfittingExperiment(OverfitConfig(updates=31), data))
    base, reg = snap.runs
    np.testing.assert_array_equal(base.test_acc, reg.test_acc)
    np.testing.assert_array_equal(base.weight_norms, reg.weight_norms)


def test_same_seed_same_baseline_for_decay_and_dropout_presets(data):
    """The book: without dropout the curves are identical to the λ = 0 run (same seed, same stream)."""
    a = _run(OverfittingExperiment(preset("fig6_21", updates=16), data))
    b = _run(OverfittingExperiment(preset("fig6_23", updates=16), data))
    again = _run(OverfittingExperiment(preset("fig6_21", updates=16), data))
    for field in ("train_acc", "test_acc", "data_loss", "weight_norms"):
        np.testing.assert_array_equal(getattr(a.run(BASELINE), field), getattr(b.run(BASELINE), field))
        np.testing.assert_array_equal(getattr(a.run(REGULARIZED), field), getattr(again.run(REGULARIZED), field))
    assert not np.array_equal(a.run(REGULARIZED).weight_norms, b.run(REGULARIZED).weight_norms)
    other = _run(OverfittingExperiment(preset("fig6_21", updates=16, seed=1), data))
    assert not np.array_equal(a.run(BASELINE).weight_norms, other.run(BASELINE).weight_norms)


def test_live_lambda_takes_effect_at_the_next_update(data):
    exp = OverfittingExperiment(OverfitConfig(updates=50), data)
    _run(exp, 10)
    reg = exp.nets[REGULARIZED]
    w_before = reg.params["W3"].copy()
    exp.apply({"weight_decay_lambda": 0.5})
    assert exp.snapshot().weight_decay_lambda == 0.5
    exp.step()
    # the update of step 11 shrank W by (1 − lr·λ) on top of the gradient step, the baseline's did not
    base = exp.nets[BASELINE]
    shrink = reg.params["W3"] - base.params["W3"]
    np.testing.assert_allclose(shrink, -0.01 * 0.5 * w_before, rtol=1e-3, atol=1e-6)


def test_live_changes_are_validated(data):
    exp = OverfittingExperiment(OverfitConfig(updates=5), data)
    with pytest.raises(ValueError, match="cannot be changed"):
        exp.apply({"train_size": 1000})
    with pytest.raises(ValueError, match="dropout_ratio"):
        exp.apply({"lr": 0.1, "dropout_ratio": 0.95})
    assert exp.lr == 0.01  # nothing changed
    exp.apply({"dropout_ratio": 0.5, "lr": 0.02})
    assert exp.ratio == 0.5 and exp.lr == 0.02
    assert all(layer.dropout_ratio == 0.5 and layer.fixed_mask is None for layer in exp.nets[REGULARIZED].dropout_layers)


def test_divergence_marks_one_run_and_the_other_goes_on(data):
    exp = OverfittingExperiment(OverfitConfig(updates=30, lr=0.01), data)
    _run(exp, 3)
    exp.nets[REGULARIZED].params["W2"][0, 0] = np.inf
    snap = _run(exp)
    reg, base = snap.run(REGULARIZED), snap.run(BASELINE)
    assert reg.diverged and reg.diverged_step == 4
    assert not base.diverged and base.updates[-1] == 30 and snap.done
    assert reg.points < base.points


def test_is_an_experiment(data):
    exp = OverfittingExperiment(OverfitConfig(updates=3), data)
    assert isinstance(exp, Experiment)
    s = exp.snapshot()
    assert s.step == 0 and not s.done and all(r.points == 0 and r.confusion is None for r in s.runs)
    s2 = _run(exp)
    assert s.runs[0].points == 0 and s2.runs[0].points == 2  # after updates 1 and 3; the old snapshot is unchanged


@pytest.mark.slow
@pytest.mark.skipif(not SHARED_MNIST.is_dir(), reason="full MNIST not found at ../shared/data/mnist")
def test_book_numbers_on_full_mnist():
    """The book on full MNIST: λ = 0 ends at train 1.0 / test about 0.75; λ = 0.1 at about 0.9 / 0.73; dropout 0.2
    learns slowly (about 0.6 / 0.5 at epoch 300) with a gap about 0.12."""
    mnist = load_idx_folder(SHARED_MNIST)
    decay = _run(OverfittingExperiment(preset("fig6_21"), mnist))
    base, reg = decay.run(BASELINE), decay.run(REGULARIZED)
    assert base.final_train_acc == 1.0 and 0.70 < base.final_test_acc < 0.80 and base.gap > 0.2
    assert 0.82 < reg.final_train_acc < 0.97 and 0.65 < reg.final_test_acc < 0.80 and reg.gap < base.gap
    assert np.all(reg.weight_norms[-1] < base.weight_norms[-1])
    drop = _run(OverfittingExperiment(preset("fig6_23"), mnist)).run(REGULARIZED)
    assert drop.points == 301
    assert drop.final_train_acc < 0.85 and drop.final_test_acc < 0.65 and drop.gap < base.gap
    # ten times the learning rate: dropout ends above the plain network on the test set (measured 0.807 / 0.787)
    fast = _run(OverfittingExperiment(preset("fig6_23", lr=0.1), mnist))
    assert fast.run(REGULARIZED).final_test_acc > fast.run(BASELINE).final_test_acc + 0.01
    assert fast.run(REGULARIZED).gap < fast.run(BASELINE).gap


def test_training_in_the_span_form_is_the_direct_training(data, monkeypatch):
    """With up to GRAM_MAX_TRAIN images the first layer is trained as W1 = c·W1₀ + X_trᵀ·A (never formed until the
    end); the curves, the weight norms (‖W1‖² from the identity) and the final weights equal direct training."""
    cfg = OverfitConfig(updates=31, weight_decay_lambda=0.1, dropout_ratio=0.2, lr=0.05)
    span = OverfittingExperiment(cfg, data)
    snap_span = _run(span)
    monkeypatch.setattr("model.experiments.overfitting.GRAM_MAX_TRAIN", 0)
    direct = OverfittingExperiment(cfg, data)
    assert direct.trackers[BASELINE] is None and span.trackers[BASELINE] is not None
    snap_direct = _run(direct)
    for name in (BASELINE, REGULARIZED):
        a, b = snap_span.run(name), snap_direct.run(name)
        np.testing.assert_allclose(a.weight_norms, b.weight_norms, rtol=2e-4)
        np.testing.assert_allclose(a.data_loss, b.data_loss, rtol=1e-3)
        np.testing.assert_allclose(a.train_acc, b.train_acc, atol=2 / 300)
        np.testing.assert_allclose(span.nets[name].flat_params, direct.nets[name].flat_params, atol=1e-4)
    assert snap_span.run(REGULARIZED).weight_norms[-1, 0] < snap_span.run(BASELINE).weight_norms[-1, 0]


def test_background_scoring_records_the_same_points_at_fixed_updates(data, monkeypatch):
    """Each epoch's point is scored in a background thread while the next updates train: the same numbers as scoring
    it in the step, recorded at a fixed update (the one before the next point) whatever the threads' timing."""
    cfg = OverfitConfig(updates=31, weight_decay_lambda=0.1, dropout_ratio=0.2, lr=0.05)
    background = OverfittingExperiment(cfg, data)
    seen = []
    while not background.done:
        background.step()
        seen.append(background.snapshot().runs[0].points)
    assert background.eval_every == 3
    # update 1 is scored while 2 and 3 train and recorded after update 3; update 4 after 6 ...; the last at the end
    assert seen[:7] == [0, 0, 1, 1, 1, 2, 2]
    monkeypatch.setattr("model.experiments.overfitting_eval.EvalJob.start_background", lambda job: None)
    inline = _run(OverfittingExperiment(cfg, data))
    for name in (BASELINE, REGULARIZED):
        a, b = background.snapshot().run(name), inline.run(name)
        np.testing.assert_array_equal(a.epochs, b.epochs)
        np.testing.assert_array_equal(a.train_acc, b.train_acc)
        np.testing.assert_array_equal(a.test_acc, b.test_acc)
        np.testing.assert_array_equal(a.confusion, b.confusion)


def test_add_rows_adds_repeated_indices_like_add_at():
    from model.experiments.overfitting_eval import add_rows
    rng = np.random.default_rng(3)
    a = rng.standard_normal((40, 5)).astype(np.float32)
    b = a.copy()
    idx = np.array([3, 7, 3, 0, 39, 7, 3])
    rows = rng.standard_normal((7, 5)).astype(np.float32)
    np.add.at(a, idx, rows)
    add_rows(b, idx, rows)
    np.testing.assert_allclose(b, a, rtol=1e-6, atol=1e-6)
    assert not np.allclose(b[3], a[3] - rows[0])  # all three rows for index 3 were added
