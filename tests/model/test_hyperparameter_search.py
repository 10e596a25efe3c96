"""Hyperparameter search (book §6.5): the book's draw, validation split, determinism across worker counts, crashes,
cancel, narrowing, the command line, and the book's conclusion on a reduced setting."""
import csv
import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from model.datasets import load_bundled_mnist
from model.experiments.hyperparameter_search import (CANCELLED, CSV_COLUMNS, FAILED, OK, STOPPED, HyperparameterSearch,
                                                     Round, SearchConfig, SearchData, TrialSettings, TrialSpec,
                                                     draw_trials, halving_rungs, run_trial, search_data, split_indices)
from model.experiments.hyperparameter_search.trial import state_params
from model.experiments.training import stream_rng
from model.pool import WorkerPool, dask_available

ROOT = Path(__file__).resolve().parents[2]

TINY = dict(n_data=200, epochs=3, hidden_layers=(1, 1), hidden_widths=(20,), lr_log10=(-3, -1))
"""A search that takes a blink: 1 hidden layer of 20, 3 epochs of 160 images."""


def crash_on_trial_2(data, spec, *args):
    """A trial function whose trial 2 kills its worker process (as a segfault in a BLAS would)."""
    if spec.index == 2:
        os._exit(1)
    return run_trial(data, spec, *args)


def raise_on_trial_1(data, spec, *args):
    if spec.index == 1:
        raise RuntimeError("bad trial")
    return run_trial(data, spec, *args)


@pytest.fixture(scope="module")
def mnist():
    return load_bundled_mnist()


def run(search: HyperparameterSearch):
    while not search.done:
        search.step()
    return search.snapshot()


def test_weight_decay_is_drawn_before_the_learning_rate_on_log_scales():
    rnd = Round(0, (-6.0, -2.0), (-8.0, -4.0), 5, 0)
    specs = draw_trials(7, rnd)
    rng = stream_rng(7, 10, 0)
    for spec in specs:
        assert spec.weight_decay == pytest.approx(10 ** rng.uniform(-8, -4), rel=1e-12)
        assert spec.lr == pytest.approx(10 ** rng.uniform(-6, -2), rel=1e-12)
    assert [s.index for s in specs] == list(range(5))
    wide = draw_trials(0, Round(0, (-6.0, -2.0), (-8.0, -4.0), 400, 0))
    exps = np.log10([s.lr for s in wide])
    assert exps.min() >= -6 and exps.max() <= -2
    assert 0.15 < np.mean(exps < -5) < 0.35  # uniform in the exponent: a quarter of the trials below 1e-5


def test_validation_comes_from_the_shuffled_training_images_never_the_test_set(mnist):
    data = search_data(mnist, 500)
    assert np.array_equal(data.x, mnist.x_train[:500])
    train, val = split_indices(0, 500, 0.2)
    assert len(val) == 100 and len(train) == 400
    assert not set(train) & set(val) and set(train) | set(val) == set(range(500))
    assert not np.array_equal(val, np.arange(100))  # shuffled first, as the book does


@pytest.mark.parametrize("rule", ["median", "halving"])
def test_same_seed_same_trials_and_numbers_with_one_or_two_workers(mnist, rule):
    cfg = SearchConfig(trials=6, seed=3, early_stop=rule, wave=2, grace_epochs=1, **TINY)
    snaps = []
    for workers in (1, 2):
        with WorkerPool(search_data(mnist, cfg.n_data), workers=workers) as pool:
            snaps.append(run(HyperparameterSearch(cfg, mnist, pool)))
    one, two = ({r.index: r for r in s.records} for s in snaps)
    assert sorted(one) == sorted(two) == list(range(6))
    for i in range(6):
        assert one[i].spec == two[i].spec
        assert one[i].status == two[i].status
        assert np.array_equal(one[i].val_curve, two[i].val_curve)
        assert np.array_equal(one[i].train_curve, two[i].train_curve)
    assert snaps[0].test_acc == snaps[1].test_acc is not None
    assert snaps[0].best_index == snaps[1].best_index


def test_a_crashing_trial_is_marked_failed_and_the_others_finish(mnist):
    cfg = SearchConfig(trials=5, seed=0, **TINY)
    with WorkerPool(search_data(mnist, cfg.n_data), workers=2) as pool:
        snap = run(HyperparameterSearch(cfg, mnist, pool, trial_fn=crash_on_trial_2))
    status = {r.index: r.status for r in snap.records}
    assert status == {0: OK, 1: OK, 2: FAILED, 3: OK, 4: OK}
    assert "crashed" in next(r.message for r in snap.records if r.index == 2)
    assert snap.test_acc is not None and snap.best_index != 2


def test_a_trial_raising_is_failed_with_its_message(mnist):
    cfg = SearchConfig(trials=3, seed=0, **TINY)
    snap = run(HyperparameterSearch(cfg.__class__(**{**cfg.__dict__, "workers": 1}), mnist,
                                    trial_fn=raise_on_trial_1))
    failed = [r for r in snap.records if r.status == FAILED]
    assert [r.index for r in failed] == [1] and "bad trial" in failed[0].message
    assert np.isnan(failed[0].val_acc)


def test_cancel_keeps_finished_trials_and_leaves_no_worker(mnist):
    cfg = SearchConfig(trials=40, seed=0, **TINY)
    pool = WorkerPool(search_data(mnist, cfg.n_data), workers=2)
    search = HyperparameterSearch(cfg, mnist, pool)
    while len(search.snapshot().records) < 3:
        search.step()
    pids = pool.pids()
    search.apply({"cancel": True})
    snap = run(search)
    assert snap.cancelled and snap.done and 3 <= len(snap.records) < 40
    assert snap.cancelled_trials == 40 - len(snap.records)
    assert snap.test_acc is not None  # the best so far is still tested, once
    assert pids and pool.pids() == []
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    pool.shutdown()


def test_narrowing_starts_a_new_round_and_keeps_the_old_one(mnist):
    cfg = SearchConfig(trials=3, seed=1, workers=1, **TINY)
    first = run(HyperparameterSearch(cfg, mnist))
    narrow = SearchConfig(**{**cfg.__dict__, "trials": 2, "lr_log10": (-2.0, -1.5), "wd_log10": (-6.0, -5.0)})
    second = run(HyperparameterSearch(narrow, mnist, previous=first))
    assert [r.number for r in second.rounds] == [0, 1]
    assert second.rounds[1].lr_log10 == (-2.0, -1.5)
    new = [r for r in second.records if r.round == 1]
    assert sorted(r.index for r in new) == [3, 4]
    assert all(10 ** -2 <= r.lr <= 10 ** -1.5 and 1e-6 <= r.weight_decay <= 1e-5 for r in new)
    assert len(second.records) == 5 and second.test_acc is not None


def test_median_rule_stops_hopeless_trials_after_the_first_wave_and_reports_the_time_saved(mnist):
    cfg = SearchConfig(trials=9, seed=4, early_stop="median", wave=3, grace_epochs=2, workers=1,
                       **{**TINY, "epochs": 4, "lr_log10": (-6, -0.5)})
    snap = run(HyperparameterSearch(cfg, mnist))
    by_index = {r.index: r for r in snap.records}
    assert all(by_index[i].epochs == 4 for i in range(3))  # the first wave has nobody to be compared with
    stopped = [r for r in snap.records if r.status == "stopped"]
    assert stopped and all(2 <= r.epochs < 4 for r in stopped)
    for r in stopped:  # each was below the median of the earlier waves at the epoch it stopped
        e = r.epochs - 1
        earlier = [q.val_curve[e] for q in snap.records
                   if (q.index // 3) < (r.index // 3) and len(q.val_curve) > e]
        assert r.val_curve[e] < np.median(earlier)
    assert snap.saved_epochs == sum(4 - r.epochs for r in stopped)
    assert snap.saved_seconds > 0


def test_bad_settings_are_refused_with_a_message():
    with pytest.raises(ValueError, match="learning rate"):
        SearchConfig(lr_log10=(-2, -6))
    with pytest.raises(ValueError, match="val_fraction"):
        SearchConfig(val_fraction=1.5)
    with pytest.raises(ValueError, match="early_stop"):
        SearchConfig(early_stop="sometimes")


def test_command_line_writes_one_row_per_trial(tmp_path):
    out = tmp_path / "trials.csv"
    proc = subprocess.run(
        [sys.executable, "-m", "model.experiments.hyperparameter_search", "--trials", "3", "--seed", "0",
         "--workers", "1", "--epochs", "1", "--n-data", "100", "--data", "bundled", "--csv", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "test accuracy of the best" in proc.stdout
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0][:7]) == ("trial", "lr", "weight_decay", "val_acc", "train_acc", "epochs", "seconds")
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r[0] for r in rows[1:]] == ["0", "1", "2"]
    assert all(r[5] == "1" and 0 <= float(r[3]) <= 1 for r in rows[1:])


def test_weight_decay_changes_little_and_small_learning_rates_stay_near_chance(mnist):
    """The book's conclusion, trial by trial on its network (784-100×6-10, SGD), 30 epochs of 400 images (the book:
    50); the same trial index (same initial weights and batches) with only λ or η changed."""
    data = search_data(mnist, 500)
    train, val = split_indices(0, 500, 0.2)
    settings = TrialSettings(seed=0, epochs=30)

    def acc(lr, wd):
        return run_trial(data, TrialSpec(0, 0, wd, lr), settings, train, val, keep_params=False).val_acc[-1]

    good_small_wd, good_big_wd = acc(0.009, 1e-8), acc(0.009, 1e-4)
    assert good_small_wd > 0.45                      # measured 0.61-0.69 for trial indices 0-2
    assert abs(good_small_wd - good_big_wd) < 0.05  # weight decay matters little in the book's range (≤ 0.02)
    assert acc(3e-4, 1e-6) < 0.25                    # below 1e-3: still near chance (10 classes: 0.1)


SHARED_MNIST = ROOT.parent / "shared" / "data" / "mnist"


@pytest.mark.slow
@pytest.mark.skipif(not SHARED_MNIST.is_dir(), reason="full MNIST not found")
def test_the_books_search_on_full_mnist():
    """Book §6.5.3 exactly (100 trials, first 500 MNIST training images, 50 epochs): best trials at lr of a few
    1e-3 to 1e-2, every trial below 1e-3 near chance."""
    from model.datasets import load_idx_folder

    snap = run(HyperparameterSearch(SearchConfig(trials=100, seed=0), load_idx_folder(SHARED_MNIST)))
    assert len(snap.records) == 100
    assert all(2e-3 <= r.lr <= 1e-2 for r in snap.best_k[:5])
    assert snap.best.val_acc >= 0.7
    assert max(r.val_acc for r in snap.records if r.lr < 1e-3) <= 0.3


@pytest.mark.skipif(not dask_available(), reason="the optional 'dask' extra (dask[distributed]) is not installed")
def test_a_search_on_a_dask_cluster_gives_the_same_numbers(mnist):
    from distributed import LocalCluster

    cfg = SearchConfig(trials=3, seed=2, **TINY)
    local = run(HyperparameterSearch(SearchConfig(**{**cfg.__dict__, "workers": 1}), mnist))
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        remote = run(HyperparameterSearch(SearchConfig(**{**cfg.__dict__, "address": cluster.scheduler_address}),
                                          mnist))
    a, b = ({r.index: r.val_curve for r in s.records} for s in (local, remote))
    assert sorted(a) == sorted(b) == [0, 1, 2]
    assert all(np.array_equal(a[i], b[i]) for i in a)
    assert local.test_acc == remote.test_acc


@pytest.mark.parametrize("lr, wd", [(0.01, 0.05), (0.005, 1e-6)])
def test_the_span_form_trains_the_same_network_as_the_books_loop(mnist, lr, wd):
    """gram.py keeps W1 = c·W1₀ + X_trᵀ·A instead of W1: same curves, same trained weights (float32 rounding)."""
    data = search_data(mnist, 200)
    train, val = split_indices(0, 200, 0.2)
    spec = TrialSpec(3, 0, wd, lr, hidden_layers=2, hidden_width=30)
    book = run_trial(data, spec, TrialSettings(seed=1, epochs=8, batch_size=20, span_form=False), train, val)
    span = run_trial(data, spec, TrialSettings(seed=1, epochs=8, batch_size=20, span_form=True), train, val)
    np.testing.assert_allclose(span.params, book.params, atol=2e-5)
    np.testing.assert_allclose(span.train_acc, book.train_acc, atol=1 / 160 + 1e-9)
    np.testing.assert_allclose(span.val_acc, book.val_acc, atol=1 / 40 + 1e-9)
    assert span.train_acc[-1] > 0.3  # it learned (chance is 0.1): the comparison is not between two untrained networks


def test_the_span_form_marks_a_diverging_trial(mnist):
    data = search_data(mnist, 200)
    train, val = split_indices(0, 200, 0.2)
    result = run_trial(data, TrialSpec(0, 0, 1e-4, 50.0), TrialSettings(epochs=5), train, val)
    assert result.diverged and result.params is None and result.epochs_run < 5


# ------------------------------------------------------------------------------------------------ successive halving

def test_halving_rungs_follow_one_hyperband_bracket():
    assert halving_rungs(50, 5) == (6, 17, 50)      # 50/9, 50/3, 50 rounded: the lab's default for the book
    assert halving_rungs(100, 5) == (11, 33, 100)
    assert halving_rungs(27, 1) == (1, 3, 9, 27)
    assert halving_rungs(4, 2) == (4,)              # 4/3 < 2: no rung before the end
    assert SearchConfig(early_stop="halving").rungs == (6, 17, 50)  # grace: a tenth of the epochs
    assert SearchConfig().rungs == (50,)


@pytest.mark.parametrize("optimizer, span", [("SGD", True), ("SGD", False), ("Adam", False)])
def test_a_paused_trial_goes_on_exactly_as_an_uninterrupted_one(mnist, optimizer, span):
    """Pausing at epochs 2 and 5 and resuming (as successive halving does, maybe in another worker) gives the same
    curves and weights bit for bit: the state holds every array the trainer updates and the random stream."""
    data = search_data(mnist, 200)
    train, val = split_indices(0, 200, 0.2)
    spec = TrialSpec(4, 0, 1e-3, 0.05 if optimizer == "SGD" else 0.005, optimizer, 2, 30)
    settings = TrialSettings(seed=2, epochs=8, batch_size=20, span_form=span)
    whole = run_trial(data, spec, settings, train, val)
    first = run_trial(data, spec, settings, train, val, None, True, 2)
    assert first.paused and first.params is None and first.epochs_run == 2
    other_worker = SearchData(data.x, data.t)  # nothing prepared: as a fresh worker process
    second = run_trial(other_worker, spec, settings, train, val, None, True, 5, first.state)
    assert second.paused and second.epochs_run == 5
    five = run_trial(data, spec, dataclasses.replace(settings, epochs=5), train, val)  # a 5-epoch trial's weights
    assert np.array_equal(state_params(data, spec, settings, train, second.state), five.params)
    end = run_trial(data, spec, settings, train, val, None, True, None, second.state)
    assert not end.paused and end.epochs_run == 8
    assert np.array_equal(end.val_acc, whole.val_acc) and np.array_equal(end.train_acc, whole.train_acc)
    assert np.array_equal(end.params, whole.params)
    assert end.train_acc[-1] > 0.3  # it learned: the comparison is not between two untrained networks


def test_a_paused_span_trial_gives_its_trained_weights(mnist):
    """``state_params`` forms W1 = c·W1₀ + X_trᵀ·A: the weights the book's loop has after the same epochs."""
    data = search_data(mnist, 200)
    train, val = split_indices(0, 200, 0.2)
    spec = TrialSpec(1, 0, 1e-2, 0.05, hidden_layers=2, hidden_width=30)
    paused = run_trial(data, spec, TrialSettings(seed=0, epochs=6, batch_size=20), train, val, None, True, 3)
    book = run_trial(data, spec, TrialSettings(seed=0, epochs=3, batch_size=20, span_form=False), train, val)
    np.testing.assert_allclose(state_params(data, spec, TrialSettings(seed=0, epochs=6, batch_size=20), train,
                                            paused.state), book.params, atol=2e-5)


def halving_search(mnist, trials=12, epochs=9, **extra):
    cfg = SearchConfig(trials=trials, seed=5, early_stop="halving", grace_epochs=1,
                       **{**TINY, "epochs": epochs, "lr_log10": (-4, -0.5), **extra})
    return cfg


def test_successive_halving_keeps_the_best_third_at_each_rung(mnist):
    cfg = halving_search(mnist, workers=2)
    assert cfg.rungs == (1, 3, 9)
    snap = run(HyperparameterSearch(cfg, mnist))
    by_index = {r.index: r for r in snap.records}
    assert sorted(by_index) == list(range(12)) and not snap.running
    reached = list(by_index.values())
    for rung, kept in ((1, 4), (3, 2)):  # 12 trials reach epoch 1, ⌈12/3⌉ = 4 go on; ⌈4/3⌉ = 2 reach the end
        at_rung = [r for r in reached if r.epochs >= rung]
        going_on = [r for r in at_rung if r.epochs > rung]
        stopped = [r for r in at_rung if r.epochs == rung]
        assert len(going_on) == kept and all(r.status == STOPPED for r in stopped)
        key = lambda r: (r.val_curve[rung - 1], -r.index)  # noqa: E731
        assert min(map(key, going_on)) > max(map(key, stopped))  # the best by validation accuracy at the rung
        reached = going_on
    assert all(r.status == OK and r.epochs == 9 for r in reached)
    assert snap.best.index in {r.index for r in reached}
    assert snap.saved_epochs == sum(9 - r.epochs for r in snap.records)
    assert snap.trained_epochs == 12 * 1 + 4 * 2 + 2 * 6


def test_halving_finishes_a_trial_with_the_numbers_of_a_search_without_early_stopping(mnist):
    cfg = halving_search(mnist, workers=1)
    halved = run(HyperparameterSearch(cfg, mnist))
    full = run(HyperparameterSearch(SearchConfig(**{**cfg.__dict__, "early_stop": "off"}), mnist))
    plain = {r.index: r for r in full.records}
    for r in halved.records:  # every trial, stopped or not, has the first epochs of its uninterrupted run
        assert np.array_equal(r.val_curve, plain[r.index].val_curve[:r.epochs])
        assert np.array_equal(r.train_curve, plain[r.index].train_curve[:r.epochs])
    assert halved.test_acc == full.test_acc or halved.best_index != full.best_index


def test_cancelling_a_halving_search_keeps_the_trials_paused_at_a_rung(mnist):
    cfg = halving_search(mnist, trials=30, epochs=9, workers=1)
    search = HyperparameterSearch(cfg, mnist)
    while not search._decided[0]:  # the first rung is decided: some trials go on from their states
        search.step()
    search.apply({"cancel": True})
    snap = run(search)
    statuses = {r.status for r in snap.records}
    assert CANCELLED in statuses and STOPPED in statuses
    assert len(snap.records) + snap.cancelled_trials == 30
    for r in snap.records:
        if r.status == CANCELLED:  # kept with what they trained, and never chosen as the best
            assert r.epochs >= 1 and len(r.val_curve) == r.epochs
    assert snap.best.status != CANCELLED and snap.best.index == snap.best_index and snap.test_acc is not None


def test_a_crashing_trial_under_halving_fails_alone(mnist):
    cfg = halving_search(mnist, trials=6, workers=2)
    snap = run(HyperparameterSearch(cfg, mnist, trial_fn=crash_on_trial_2))
    status = {r.index: r.status for r in snap.records}
    assert sorted(status) == list(range(6)) and status[2] == FAILED
    assert sum(s == OK for s in status.values()) == 1  # 5 reach epoch 1, 2 go on to 3, 1 to the end
