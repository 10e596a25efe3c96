"""The MNIST optimizer race (book §6.1.8, Fig. 6-9): fairness, determinism, ordering, live changes, divergence."""
from pathlib import Path

import numpy as np
import pytest

from model.datasets import Dataset, load_bundled_mnist, load_idx_folder, subset
from model.experiments.base import Experiment
from model.experiments.mnist_race import MnistRaceConfig, MnistRaceExperiment, book_figure_6_9

SHARED_MNIST = Path(__file__).resolve().parents[3] / "shared" / "data" / "mnist"

SMALL = dict(hidden_sizes=(50, 50, 50, 50), eval_every=50, eval_train_size=500)


@pytest.fixture(scope="module")
def data():
    return load_bundled_mnist()


def _run(exp, n=None):
    k = 0
    while not exp.done and (n is None or k < n):
        exp.step()
        k += 1
    return exp.snapshot()


def test_is_an_experiment(data):
    exp = MnistRaceExperiment(MnistRaceConfig(iterations=3, **SMALL), data)
    assert isinstance(exp, Experiment)
    s = exp.snapshot()
    assert s.step == 0 and s.iterations == 3 and not s.done and s.dataset == data.name
    assert [r.name for r in s.runs] == ["SGD", "Momentum", "AdaGrad", "Adam"]
    assert [r.optimizer for r in s.runs] == ["SGD", "Momentum", "AdaGrad", "Adam"]
    assert all(len(r.losses) == 0 and len(r.smoothed) == 0 for r in s.runs)


def test_book_figure_6_9_config():
    c = book_figure_6_9()
    assert c.optimizers == ("SGD", "Momentum", "AdaGrad", "Adam")
    assert c.hidden_sizes == (100, 100, 100, 100) and c.activation == "relu" and c.weight_init_std == "he"
    assert c.batch_size == 128 and c.iterations == 2000 and c.dtype == np.float32
    assert c.hyperparameters["SGD"] == {"lr": 0.01}
    assert c.hyperparameters["Momentum"] == {"lr": 0.01, "momentum": 0.9}
    assert c.hyperparameters["AdaGrad"] == {"lr": 0.01}
    assert c.hyperparameters["Adam"] == {"lr": 0.001, "beta1": 0.9, "beta2": 0.999}
    assert MnistRaceConfig() == c


def test_all_start_from_identical_weights(data):
    exp = MnistRaceExperiment(MnistRaceConfig(iterations=5, **SMALL), data)
    ref = exp.initial_network.flat_params
    nets = [c.network for c in exp.contestants]
    assert len({id(n) for n in nets}) == 4 and len({id(n.flat_params) for n in nets}) == 4
    for net in nets:
        np.testing.assert_array_equal(net.flat_params, ref)
        assert net.params["W1"].std() == pytest.approx(np.sqrt(2 / 784), rel=0.05)  # He
    exp.step()
    # ... and after one update on the same batch they differ (each optimizer moved its own copy).
    assert not np.array_equal(nets[0].flat_params, nets[3].flat_params)
    np.testing.assert_array_equal(exp.initial_network.flat_params, ref)


def test_two_sgd_runs_see_the_same_batches(data):
    cfg = MnistRaceConfig(optimizers=("SGD", "Adam", "SGD#2"), hyperparameters={"SGD": {"lr": 0.05}},
                          iterations=60, **SMALL)
    s = _run(MnistRaceExperiment(cfg, data))
    a, b = s.run("SGD"), s.run("SGD#2")
    assert b.optimizer == "SGD" and b.hyperparameters == {"lr": 0.05}
    np.testing.assert_array_equal(a.losses, b.losses)
    np.testing.assert_array_equal(a.test_acc, b.test_acc)
    # A run of its own can have other hyperparameters.
    cfg2 = MnistRaceConfig(optimizers=("SGD", "SGD#fast"), hyperparameters={"SGD#fast": {"lr": 0.1}},
                           iterations=60, **SMALL)
    s2 = _run(MnistRaceExperiment(cfg2, data))
    assert s2.run("SGD").hyperparameters == {"lr": 0.01} and s2.run("SGD#fast").hyperparameters == {"lr": 0.1}
    assert s2.run("SGD#fast").mean_loss(20) < s2.run("SGD").mean_loss(20)


def test_determinism_from_the_seed(data):
    cfg = MnistRaceConfig(iterations=40, eval_every=10, hidden_sizes=(30, 30), eval_train_size=300)
    a, b = _run(MnistRaceExperiment(cfg, data)), _run(MnistRaceExperiment(cfg, data))
    for ra, rb in zip(a.runs, b.runs):
        np.testing.assert_array_equal(ra.losses, rb.losses)
        np.testing.assert_array_equal(ra.smoothed, rb.smoothed)
        np.testing.assert_array_equal(ra.eval_steps, rb.eval_steps)
        np.testing.assert_array_equal(ra.test_acc, rb.test_acc)
        np.testing.assert_array_equal(ra.train_acc, rb.train_acc)
    c = _run(MnistRaceExperiment(MnistRaceConfig(iterations=40, eval_every=10, hidden_sizes=(30, 30),
                                                 eval_train_size=300, seed=1), data))
    assert not np.array_equal(a.runs[0].losses, c.runs[0].losses)


def test_book_ordering_on_the_bundled_set(data):
    s = _run(MnistRaceExperiment(MnistRaceConfig(iterations=300, **SMALL), data))
    assert s.done and s.step == 300
    last = {r.name: r.mean_loss(100) for r in s.runs}
    for name in ("Momentum", "AdaGrad", "Adam"):
        assert last["SGD"] > 3 * last[name], last
    assert last["AdaGrad"] < last["Momentum"], last
    acc = {r.name: r.final_test_acc for r in s.runs}
    assert all(acc["SGD"] < acc[n] for n in ("Momentum", "AdaGrad", "Adam")), acc
    for r in s.runs:
        assert len(r.losses) == 300 and len(r.smoothed) == 300 and not r.diverged
        assert r.eval_steps.tolist() == [0, 50, 100, 150, 200, 250, 300]
        assert r.test_acc[0] < 0.2 < 0.7 < r.test_acc[-1]


def test_live_lr_change_takes_effect(data):
    exp = MnistRaceExperiment(MnistRaceConfig(optimizers=("SGD", "Momentum"), iterations=80, **SMALL), data)
    _run(exp, 30)
    exp.apply({"SGD.lr": 1e-30})
    sgd, mom = exp.contestant("SGD").network, exp.contestant("Momentum").network
    frozen, moving = sgd.flat_params.copy(), mom.flat_params.copy()
    _run(exp, 20)
    np.testing.assert_array_equal(sgd.flat_params, frozen)  # steps far below float32 resolution: nothing moves
    assert not np.array_equal(mom.flat_params, moving)
    s = exp.snapshot()
    assert s.run("SGD").hyperparameters["lr"] == 1e-30 and s.run("Momentum").hyperparameters["lr"] == 0.01
    exp.apply({"SGD.lr": 0.2, "Momentum.momentum": 0.5})
    assert exp.contestant("SGD").optimizer.lr == 0.2 and exp.contestant("Momentum").optimizer.momentum == 0.5
    before = exp.contestant("SGD").losses[-10:].mean()
    _run(exp, 30)
    assert exp.contestant("SGD").losses[-10:].mean() < before


def test_divergence_of_one_optimizer(data):
    cfg = MnistRaceConfig(hyperparameters={"SGD": {"lr": 10.0}}, iterations=60, **SMALL)
    exp = MnistRaceExperiment(cfg, data)
    steps = []
    while not exp.done:
        exp.step()
        steps.append(exp.step_count)
    assert steps == list(range(1, 61))
    s = exp.snapshot()
    sgd = s.run("SGD")
    assert sgd.diverged and 1 <= sgd.diverged_step < 60
    assert len(sgd.losses) == sgd.diverged_step - 1 and np.all(np.isfinite(sgd.losses))
    for name in ("Momentum", "AdaGrad", "Adam"):
        r = s.run(name)
        assert not r.diverged and r.diverged_step is None and len(r.losses) == 60
        assert np.all(np.isfinite(r.losses))


def test_done_when_every_run_diverged(data):
    cfg = MnistRaceConfig(optimizers=("SGD", "Momentum"), hyperparameters={"SGD": {"lr": 10}, "Momentum": {"lr": 10}},
                          iterations=1000, **SMALL)
    s = _run(MnistRaceExperiment(cfg, data))
    assert s.done and s.step < 1000 and all(r.diverged for r in s.runs)


def test_snapshots_are_read_only_and_independent(data):
    exp = MnistRaceExperiment(MnistRaceConfig(iterations=120, eval_every=20, hidden_sizes=(30, 30),
                                              eval_train_size=300), data)
    _run(exp, 50)
    snap = exp.snapshot()
    copies = [{k: np.array(getattr(r, k)) for k in ("losses", "smoothed", "eval_steps", "train_acc", "test_acc")}
              for r in snap.runs]
    hp = dict(snap.runs[0].hyperparameters)
    for r in snap.runs:
        assert len(r.losses) == 50 == len(r.smoothed)
        for k in ("losses", "smoothed", "eval_steps", "train_acc", "test_acc"):
            with pytest.raises(ValueError):
                getattr(r, k)[...] = 0
    snap.runs[0].hyperparameters["lr"] = 5.0  # a fresh dict: does not reach the optimizer
    assert exp.contestant("SGD").optimizer.lr == 0.01
    exp.apply({"SGD.lr": 0.3})
    _run(exp)
    for r, kept in zip(snap.runs, copies):
        for k, v in kept.items():
            np.testing.assert_array_equal(getattr(r, k), v)
    assert snap.step == 50 and not snap.done and exp.snapshot().done
    assert hp == {"lr": 0.01}


def test_apply_rejects_bad_keys_and_values(data):
    exp = MnistRaceExperiment(MnistRaceConfig(iterations=5, **SMALL), data)
    bad = [{"Nesterov.lr": 0.1}, {"SGD.momentum": 0.5}, {"lr": 0.1}, {"SGD": 0.1}, {"iterations": 10},
           {"SGD.lr": -1}, {"SGD.lr": 0}, {"SGD.lr": "fast"}, {"SGD.lr": float("nan")}, {"SGD.lr": None},
           {"Adam.beta1": 1.0}, {"Momentum.momentum": -0.1}, {"SGD.lr": True}]
    for changes in bad:
        with pytest.raises(ValueError):
            exp.apply(changes)
    # Nothing changes when one value of several is bad.
    with pytest.raises(ValueError):
        exp.apply({"SGD.lr": 0.5, "Adam.lr": -1})
    assert exp.contestant("SGD").optimizer.lr == 0.01 and exp.contestant("Adam").optimizer.lr == 0.001
    exp.apply({"Adam.beta2": "0.99"})
    assert exp.contestant("Adam").optimizer.beta2 == 0.99


@pytest.mark.parametrize("kw", [
    dict(optimizers=()), dict(optimizers=("SGD", "Bogus")), dict(optimizers=("SGD", "SGD")),
    dict(optimizers=("SGD.x",)), dict(hyperparameters={"SGD": {"momentum": 0.9}}),
    dict(hyperparameters={"Unknown": {"lr": 0.1}}), dict(hyperparameters={"SGD": {"lr": -1}}),
    dict(hidden_sizes=(100, 0)), dict(activation="swish"), dict(weight_init_std="huge"),
    dict(batch_size=0), dict(iterations=0), dict(iterations=2.5), dict(seed=-1), dict(eval_every=0),
    dict(eval_train_size=-1), dict(dtype=np.int32),
])
def test_config_validation(kw):
    with pytest.raises(ValueError):
        MnistRaceConfig(**kw)


def test_small_dataset_is_fine(data):
    small = subset(data, 60, 30)
    s = _run(MnistRaceExperiment(MnistRaceConfig(iterations=12, eval_every=5, batch_size=128, **{
        k: v for k, v in SMALL.items() if k != "eval_every"}), small))
    assert s.done and all(r.eval_steps.tolist() == [0, 5, 10, 12] for r in s.runs)
    assert all(np.all((r.test_acc >= 0) & (r.test_acc <= 1)) for r in s.runs)
    no_test = Dataset("no test", data.x_train[:100], data.t_train[:100], data.x_test[:0], data.t_test[:0])
    s = _run(MnistRaceExperiment(MnistRaceConfig(iterations=3, eval_every=2, hidden_sizes=(10,)), no_test))
    assert all(np.all(np.isnan(r.test_acc)) for r in s.runs)
    with pytest.raises(ValueError):
        MnistRaceExperiment(MnistRaceConfig(), None)


def test_timing_fields(data):
    exp = MnistRaceExperiment(MnistRaceConfig(iterations=10, **SMALL), data)
    assert exp.snapshot().elapsed == 0 and exp.snapshot().iterations_per_second == 0
    s = _run(exp)
    assert s.elapsed > 0 and s.iterations_per_second == pytest.approx(10 / s.elapsed)


@pytest.mark.slow
def test_book_race_on_full_mnist():
    if not SHARED_MNIST.is_dir():
        pytest.skip(f"{SHARED_MNIST} not found")
    ds = load_idx_folder(SHARED_MNIST)
    s = _run(MnistRaceExperiment(book_figure_6_9(), ds))
    assert s.done and s.step == 2000
    last = {r.name: r.mean_loss(100) for r in s.runs}
    acc = {r.name: r.final_test_acc for r in s.runs}
    assert 0.12 <= last["SGD"] <= 0.30, last
    assert last["Momentum"] < 0.11 and last["AdaGrad"] < 0.06 and last["Adam"] < 0.08, last
    assert 0.91 <= acc["SGD"] <= 0.95, acc
    assert all(acc[n] >= 0.955 for n in ("Momentum", "AdaGrad", "Adam")), acc
