"""Weight-init comparison (book §6.2.4, Fig. 6-15): std 0.01 stalls, He learns; shared draws; histograms; apply."""
from pathlib import Path

import numpy as np
import pytest

from model.datasets import load_bundled_mnist, load_idx_folder
from model.experiments.base import Experiment
from model.experiments.init_compare import (
    InitCompareConfig,
    InitCompareExperiment,
    book_figure_6_15,
    init_name,
    normalize_init,
)
from model.experiments.mnist_race import MnistRaceConfig, MnistRaceExperiment

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


def test_config_and_names():
    c = book_figure_6_15()
    assert c == InitCompareConfig()
    assert c.inits == (0.01, "xavier", "he") and c.names == ("std=0.01", "Xavier", "He")
    assert c.activation == "relu" and c.optimizer == "SGD" and c.lr == 0.01 and c.batch_size == 128
    assert c.iterations == 2000 and c.value_range == (0.0, 1.0)
    assert InitCompareConfig(inits=("sigmoid", "ReLU", "0.5", 1)).inits == ("xavier", "he", 0.5, 1.0)
    assert init_name(0.01) == "std=0.01" and init_name("relu") == "He" and normalize_init("std=0.1") == 0.1
    assert InitCompareConfig(activation="tanh").value_range == (-1.0, 1.0)


@pytest.mark.parametrize("kw", [
    dict(inits=()), dict(inits=("he", "relu")), dict(inits=(0.01, 0.010)), dict(inits=("glorot",)),
    dict(inits=(-0.1,)), dict(inits=(float("inf"),)), dict(inits=(True,)), dict(optimizer="Bogus"), dict(lr=0),
    dict(histogram_run=3), dict(histogram_run=-1), dict(histogram_bins=0), dict(histogram_range=(1, 0)),
    dict(histogram_range=(0, float("nan"))), dict(activation="elu"), dict(iterations=0), dict(seed=-3),
])
def test_config_validation(kw):
    with pytest.raises(ValueError):
        InitCompareConfig(**kw)


def test_shared_draws_differ_only_in_scale(data):
    exp = InitCompareExperiment(InitCompareConfig(iterations=5), data)
    assert isinstance(exp, Experiment)
    small, xavier, he = (c.network for c in exp.contestants)
    for layer, n_in in zip(range(1, 6), (784, 100, 100, 100, 100)):
        key = f"W{layer}"
        np.testing.assert_allclose(he.params[key], np.sqrt(2) * xavier.params[key], rtol=1e-5)
        np.testing.assert_allclose(small.params[key], 0.01 / np.sqrt(2 / n_in) * he.params[key], rtol=1e-5, atol=1e-9)
    # The He network is the one the MNIST race starts from with the same seed.
    race = MnistRaceExperiment(MnistRaceConfig(iterations=5), data)
    np.testing.assert_array_equal(race.initial_network.flat_params, he.flat_params)


def test_adding_an_init_changes_nothing_for_the_others(data):
    for shared in (True, False):
        a = InitCompareExperiment(InitCompareConfig(inits=("he",), iterations=20, hidden_sizes=(30, 30),
                                                    eval_every=10, eval_train_size=200, shared_draws=shared), data)
        b = InitCompareExperiment(InitCompareConfig(inits=(0.05, "he", 2.0), iterations=20, hidden_sizes=(30, 30),
                                                    eval_every=10, eval_train_size=200, shared_draws=shared), data)
        np.testing.assert_array_equal(a.contestants[0].network.flat_params, b.contestants[1].network.flat_params)
        sa, sb = _run(a), _run(b)
        np.testing.assert_array_equal(sa.run("He").losses, sb.run("He").losses)
    # Without shared draws the networks are not scaled copies of each other.
    c = InitCompareExperiment(InitCompareConfig(inits=("xavier", "he"), shared_draws=False, iterations=1), data)
    x, h = (n.network.params["W1"] for n in c.contestants)
    assert abs(np.corrcoef(x.ravel(), h.ravel())[0, 1]) < 0.05


def test_std_001_stalls_while_he_learns(data):
    s = _run(InitCompareExperiment(InitCompareConfig(iterations=300, eval_every=100, eval_train_size=500), data))
    small, xavier, he = s.runs
    assert small.name == "std=0.01" and he.name == "He"
    assert np.all(np.abs(small.losses - 2.302) < 0.01), (small.losses.min(), small.losses.max())
    assert he.mean_loss(100) < 1.0 < 2.0 < small.mean_loss(100)
    assert he.mean_loss(100) < xavier.mean_loss(100)
    assert small.final_test_acc < 0.2 and he.final_test_acc > 0.75
    assert all(r.hyperparameters == {"lr": 0.01} and r.optimizer == "SGD" for r in s.runs)


def test_histograms_every_eval(data):
    cfg = InitCompareConfig(iterations=25, eval_every=10, eval_train_size=200, histogram_run=2, histogram_bins=20,
                            batch_size=64)
    exp = InitCompareExperiment(cfg, data)
    assert exp.snapshot().histograms is None and exp.snapshot().histogram_history == ()
    s = _run(exp)
    assert [h.step for h in s.histogram_history] == [1, 10, 20, 25]
    assert all(h.run == 2 and h.name == "He" for h in s.histogram_history)
    h = s.histograms
    assert h is s.histogram_history[-1] and len(h.layers) == 4
    for layer in h.layers:
        assert layer.n_values == 64 * 100 and len(layer.counts) == 20 and len(layer.edges) == 21
        assert layer.edges[0] == 0 and layer.edges[-1] == 1
        assert layer.counts.sum() + layer.n_zero + layer.n_below + layer.n_above + layer.n_nonfinite == layer.n_values
        assert layer.n_below == 0 and layer.n_nonfinite == 0
        assert 0.2 < layer.zero_fraction < 0.8  # ReLU switches off about half the units
    # The histogram is of the current batch's activations in the He network.
    acts = exp.contestants[2].network.hidden_activations()
    for layer, a in zip(h.layers, acts):
        assert layer.n_zero == np.count_nonzero(a == 0)
        assert layer.n_above == np.count_nonzero(a > 1)


def test_histogram_run_live_change(data):
    exp = InitCompareExperiment(InitCompareConfig(iterations=30, eval_every=10, eval_train_size=200,
                                                  batch_size=64), data)
    _run(exp, 12)
    s = exp.snapshot()
    assert s.histogram_run == 0 and s.histograms.run == 0 and s.histograms.step == 10
    # std = 0.01: the deeper layers' activations collapse towards 0 (all in the first bin).
    deep = s.histograms.layers[3]
    assert deep.counts[0] == deep.counts.sum() and deep.std < 1e-3
    exp.apply({"histogram_run": 2})
    s2 = exp.snapshot()
    assert s2.histogram_run == 2 and s2.histograms.run == 2 and s2.histograms.step == 12  # binned at once
    assert s2.histograms.layers[3].std > 0.1
    assert s.histograms.run == 0  # the earlier snapshot is untouched
    _run(exp)
    assert [h.step for h in exp.snapshot().histogram_history] == [1, 10, 12, 20, 30]
    for bad in ({"histogram_run": 3}, {"histogram_run": -1}, {"histogram_run": 1.5}, {"histogram_run": True},
                {"histogram_run": "x"}, {"lr": -0.1}, {"lr": "fast"}, {"momentum": 0.9}, {"He.lr": 0.1}):
        with pytest.raises(ValueError):
            exp.apply(bad)
    with pytest.raises(ValueError):  # atomic: the good value is not applied either
        exp.apply({"lr": 0.5, "histogram_run": 7})
    assert all(c.optimizer.lr == 0.01 for c in exp.contestants) and exp.histogram_run == 2


def test_live_lr_applies_to_every_network(data):
    exp = InitCompareExperiment(InitCompareConfig(inits=("xavier", "he"), iterations=40, eval_every=20,
                                                  hidden_sizes=(30, 30), eval_train_size=200), data)
    _run(exp, 10)
    exp.apply({"lr": 1e-30})
    before = [c.network.flat_params.copy() for c in exp.contestants]
    _run(exp, 10)
    for c, b in zip(exp.contestants, before):
        np.testing.assert_array_equal(c.network.flat_params, b)
    assert all(r.hyperparameters["lr"] == 1e-30 for r in exp.snapshot().runs)


def test_divergence_and_determinism(data):
    cfg = InitCompareConfig(inits=(0.01, "he", 3.0), iterations=40, eval_every=10, eval_train_size=200,
                            histogram_run=2, lr=0.5)
    a, b = _run(InitCompareExperiment(cfg, data)), _run(InitCompareExperiment(cfg, data))
    assert a.step == 40 and a.run("std=3").diverged and not a.run("std=0.01").diverged
    for ra, rb in zip(a.runs, b.runs):
        np.testing.assert_array_equal(ra.losses, rb.losses)
        np.testing.assert_array_equal(ra.test_acc, rb.test_acc)
        assert ra.diverged_step == rb.diverged_step
    # Histograms stop with the diverged run they follow.
    assert all(h.step < a.run("std=3").diverged_step for h in a.histogram_history)
    for ha, hb in zip(a.histogram_history, b.histogram_history):
        for la, lb in zip(ha.layers, hb.layers):
            np.testing.assert_array_equal(la.counts, lb.counts)


@pytest.mark.slow
def test_book_init_comparison_on_full_mnist():
    if not SHARED_MNIST.is_dir():
        pytest.skip(f"{SHARED_MNIST} not found")
    s = _run(InitCompareExperiment(book_figure_6_15(), load_idx_folder(SHARED_MNIST)))
    last = {r.name: r.mean_loss(100) for r in s.runs}
    acc = {r.name: r.final_test_acc for r in s.runs}
    assert abs(last["std=0.01"] - 2.30) < 0.01 and acc["std=0.01"] < 0.2, (last, acc)
    assert 0.2 <= last["Xavier"] <= 0.4 and 0.88 <= acc["Xavier"] <= 0.94, (last, acc)
    assert 0.12 <= last["He"] <= 0.30 and 0.91 <= acc["He"] <= 0.95, (last, acc)
