"""Which images the MNIST race scores: the snapshot names them (``EvaluatedImages``) and they are the images the
accuracies were really measured on (tab text and tests read them from the model, not from the GUI)."""
import pytest

from model.datasets import load_bundled_mnist, subset, to_float32
from model.experiments.mnist_race import EvaluatedImages, MnistRaceConfig, MnistRaceExperiment

TINY = dict(hidden_sizes=(20, 20), iterations=3, eval_every=1)


@pytest.fixture(scope="module")
def data():
    return load_bundled_mnist()  # 4,000 training and 1,000 test images


def test_evenly_spaced_subsets_are_named_in_every_snapshot(data):
    exp = MnistRaceExperiment(MnistRaceConfig(eval_train_size=500, eval_test_size=300, **TINY), data)
    ev = exp.snapshot().evaluated
    assert (ev.dataset, ev.train_images, ev.test_images) == ("MNIST 5k", 4000, 1000)
    assert (ev.train_scored, ev.test_scored) == (500, 300) and ev.test_subset_while_racing
    # 500 of 4,000 evenly spaced: 0, 3999/499 ≈ 8.014 apart, rounded; both ends included
    assert list(ev.train_indices[:4]) == [0, 8, 16, 24] and ev.train_indices[-1] == 3999
    assert list(ev.test_indices[:3]) == [0, 3, 7] and ev.test_indices[-1] == 999  # 999/299 ≈ 3.341 apart
    assert not ev.train_indices.flags.writeable and not ev.test_indices.flags.writeable
    exp.step()
    assert exp.snapshot().evaluated is ev


def test_the_named_images_are_the_ones_scored(data):
    exp = MnistRaceExperiment(MnistRaceConfig(eval_train_size=700, eval_test_size=250, **TINY), data)
    ev = exp.evaluated
    net = exp.initial_network
    exp.step()  # the evaluation of iteration 0 (the untrained network) completes within the first steps
    run = exp.snapshot().run("Adam")
    assert run.eval_steps[0] == 0
    x_tr, t_tr = to_float32(data.x_train[ev.train_indices]), data.t_train[ev.train_indices]
    x_te, t_te = to_float32(data.x_test[ev.test_indices]), data.t_test[ev.test_indices]
    assert run.train_acc[0] == pytest.approx(net.accuracy(x_tr, t_tr), abs=1e-12)
    assert run.test_acc[0] == pytest.approx(net.accuracy(x_te, t_te), abs=1e-12)
    # ... and the last evaluation scores every test image, as the snapshot says
    while not exp.done:
        exp.step()
    final = exp.snapshot().run("Adam")
    adam = exp.contestant("Adam").network
    assert final.final_test_acc == pytest.approx(adam.accuracy(to_float32(data.x_test), data.t_test), abs=1e-12)


def test_all_images_when_the_set_is_small_or_no_subset_is_asked(data):
    small = subset(data, 600)
    ev = MnistRaceExperiment(MnistRaceConfig(eval_train_size=2000, eval_test_size=None, **TINY), small).evaluated
    assert ev.train_indices is None and ev.test_indices is None
    assert (ev.train_images, ev.train_scored, ev.test_scored, ev.test_images) == (600, 600, 1000, 1000)
    assert not ev.test_subset_while_racing
    assert EvaluatedImages.of(small, MnistRaceConfig(eval_test_size=1000)).test_indices is None  # 1,000 of 1,000
