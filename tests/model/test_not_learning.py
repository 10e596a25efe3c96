"""Item 10e of issue 8: at learning rate 100, AdaGrad and Adam end at chance level; the race marks them "not
learning" (decided in the model's snapshot) instead of letting them look finished."""
import math

import pytest

from model.datasets import load_bundled_mnist
from model.experiments.mnist_race import (CHANCE_MARGIN, NOT_LEARNING_AFTER, MnistRaceConfig, MnistRaceExperiment,
                                          MnistRaceSnapshot)


@pytest.fixture(scope="module")
def race():
    config = MnistRaceConfig(optimizers=("SGD", "AdaGrad", "Adam"),
                             hyperparameters={"SGD": {"lr": 0.1}, "AdaGrad": {"lr": 100.0}, "Adam": {"lr": 100.0}},
                             hidden_sizes=(50, 50), batch_size=64, iterations=NOT_LEARNING_AFTER + 20, seed=0,
                             eval_every=1000)
    experiment = MnistRaceExperiment(config, load_bundled_mnist())
    snapshots = {}
    while not experiment.done:
        experiment.step()
        if experiment.step_count in (NOT_LEARNING_AFTER - 1, NOT_LEARNING_AFTER):
            snapshots[experiment.step_count] = experiment.snapshot()
    snapshots["end"] = experiment.snapshot()
    return snapshots


def test_chance_level_is_ln_of_the_classes(race):
    snap = race["end"]
    assert isinstance(snap, MnistRaceSnapshot)
    assert snap.chance_loss == pytest.approx(math.log(10))


def test_runs_stuck_at_chance_are_marked_not_learning_and_learning_ones_are_not(race):
    end = race["end"]
    assert end.done
    for name in ("AdaGrad", "Adam"):
        run = end.run(name)
        assert not run.diverged and run.mean_loss(50) >= end.chance_loss - CHANCE_MARGIN  # at chance or worse
        assert end.is_not_learning(name)
    assert end.run("SGD").mean_loss(50) < 1.0 and not end.is_not_learning("SGD")


def test_no_mark_before_enough_iterations(race):
    assert race[NOT_LEARNING_AFTER - 1].not_learning == ()
    assert set(race[NOT_LEARNING_AFTER].not_learning) == {"AdaGrad", "Adam"}
