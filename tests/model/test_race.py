"""The optimizer race: the book's Fig. 6-8 numbers, divergence, live changes, snapshots, determinism."""
import subprocess
import sys

import numpy as np
import pytest

from model.experiments.base import Experiment
from model.experiments.race import (
    RACE_LEARNING_RATES,
    RaceConfig,
    RaceExperiment,
    RaceSnapshot,
    book_figure_6_8,
)
from model.optimizers import OPTIMIZERS
from model.surfaces import FormulaError

# The book's ch06/optimizer_compare_naive.py (figure 6-8), run by hand: p1, p2, p3, p10, p29 (last plotted)
# and the result of the 30th update.
BOOK_TABLE = {
    "SGD": [(-6.335, -1.8), (-5.733175, 1.62), (-5.188523, -1.458), (-2.579787, 0.697357),
            (-0.387175, -0.094203), (-0.350393, 0.084782)],
    "Momentum": [(-6.93, 1.6), (-6.7977, 0.92), (-6.610653, 0.124), (-4.347554, 0.008800),
                 (0.814112, 0.272878), (0.896414, 0.088086)],
    "AdaGrad": [(-5.5, 0.5), (-4.573268, 0.136197), (-3.887842, 0.037315), (-1.489386, 4e-6),
                (-0.136185, 3.3e-16), (-0.120162, 0.0)],
    "Adam": [(-6.700001, 1.7), (-6.400417, 1.402246), (-6.101549, 1.108912), (-4.059419, -0.491846),
             (0.020149, 0.321957), (0.136007, 0.318245)],
    "Nesterov": [(-6.867, 1.24), (-6.679827, 0.4448), (-6.446258, -0.216704), (-4.078278, 0.102721),
                 (0.619266, 0.007374), (0.689615, -0.000680)],
    "RMSprop": [(-5.500002, 0.5), (-4.570392, 0.134473), (-3.880896, 0.035884), (-1.452069, 2e-6),
                (-0.105303, 0.0), (-0.091099, 0.0)],
}
INDICES = [1, 2, 3, 10, 29, 30]


def run_to_end(exp: RaceExperiment) -> RaceSnapshot:
    while not exp.done:
        exp.step()
    return exp.snapshot()


def figure_paths(extras: bool = True, steps: int = 30) -> dict[str, np.ndarray]:
    exp = RaceExperiment(book_figure_6_8(extras=extras))
    exp.apply({"max_steps": steps})
    return {r.name: r.path for r in run_to_end(exp).runs}


def test_book_figure_6_8_config():
    cfg = book_figure_6_8()
    assert cfg.surface == "book" and cfg.start == (-7.0, 2.0) and cfg.max_steps == 29
    assert cfg.optimizers == ("SGD", "Momentum", "AdaGrad", "Adam")
    assert cfg.hyperparameters == {"SGD": {"lr": 0.95}, "Momentum": {"lr": 0.1}, "AdaGrad": {"lr": 1.5},
                                   "Adam": {"lr": 0.3}}
    snap = run_to_end(RaceExperiment(cfg))
    assert snap.done and snap.step == 29
    assert [r.name for r in snap.runs] == ["SGD", "Momentum", "AdaGrad", "Adam"]
    for r in snap.runs:  # 30 points, as the book plots: the start and 29 updates
        assert r.path.shape == (30, 2) and r.losses.shape == (30,) and r.steps == 29
        assert tuple(r.path[0]) == (-7.0, 2.0)
        assert not r.diverged and r.diverged_step is None
    assert snap.run("Momentum").hyperparameters == {"lr": 0.1, "momentum": 0.9}


@pytest.mark.parametrize("name", list(BOOK_TABLE))
def test_book_figure_6_8_numbers(name):
    path = figure_paths()[name]
    for k, (ex, ey) in zip(INDICES, BOOK_TABLE[name]):
        x, y = path[k]
        # the table prints 6 decimals: agree to half a unit in the last place
        assert abs(x - ex) <= 5e-7 + 1e-12, f"{name} p{k}: x = {x:.7f}, book {ex}"
        assert abs(y - ey) <= 5e-7 + 1e-12, f"{name} p{k}: y = {y:.7f}, book {ey}"


def test_tiny_values_of_the_book_table():
    paths = figure_paths()
    assert paths["AdaGrad"][10, 1] == pytest.approx(4.34e-6, rel=1e-3)
    assert paths["RMSprop"][10, 1] == pytest.approx(2.31e-6, rel=1e-3)
    # A printed value of 3.3e-16 for AdaGrad's p29 y is p28. The book's own code (y shrinks by a
    # factor of about 0.274 per step here) gives 9.07e-17 at p29.
    assert paths["AdaGrad"][28, 1] == pytest.approx(3.31e-16, rel=1e-2)
    assert paths["AdaGrad"][29, 1] == pytest.approx(9.07e-17, rel=1e-2)


def test_study_note_mistakes_would_be_caught():
    paths = figure_paths()
    # Momentum with v ← m·m·v − lr·g gives p5 = (−6.200145, −0.813384)
    assert np.round(paths["Momentum"][5], 6).tolist() == [-6.101438, -1.16084]
    # the update loop inside the lazy-init branch would freeze every path after p1
    for name, path in paths.items():
        assert not np.array_equal(path[1], path[2]), name
        assert len(np.unique(path, axis=0)) == len(path), name
    # Adam without bias correction would start with p1 = (−6.051321, 1.051317)
    assert np.round(paths["Adam"][1], 6).tolist() == [-6.700001, 1.7]
    # the old Nesterov order would give p1 = (−6.810300, 0.916000)
    assert np.round(paths["Nesterov"][1], 6).tolist() == [-6.867, 1.24]


def test_losses_are_f_along_the_path():
    exp = RaceExperiment(book_figure_6_8())
    snap = run_to_end(exp)
    for r in snap.runs:
        np.testing.assert_array_equal(r.losses, exp.surface.f(r.path[:, 0], r.path[:, 1]))


def test_formula_surface_races_like_the_builtin():
    builtin = figure_paths(extras=True)
    cfg = RaceConfig(surface="x^2/20 + y^2", start=(-7, 2), hyperparameters=RACE_LEARNING_RATES, max_steps=30)
    snap = run_to_end(RaceExperiment(cfg))
    for r in snap.runs:
        np.testing.assert_array_equal(r.path, builtin[r.name])


def test_divergence_freezes_one_run_and_the_others_continue():
    cfg = RaceConfig(optimizers=("SGD", "Adam"), hyperparameters={"SGD": {"lr": 1.5}, "Adam": {"lr": 0.3}},
                     start=(-7.0, 2.0), max_steps=40)
    exp = RaceExperiment(cfg)
    # SGD lr 1.5: y ← y − 1.5·2y = −2y, so y_k = 2·(−2)^k; f > 1e6 first when y = 2·(−2)^9 = −1024
    for _ in range(8):
        exp.step()
    snap = exp.snapshot()
    assert not snap.run("SGD").diverged and snap.run("SGD").path[8, 1] == 512.0
    exp.step()
    sgd = exp.snapshot().run("SGD")
    assert sgd.diverged and sgd.diverged_step == 9
    assert sgd.steps == 8 and sgd.position[1] == 512.0  # the path ends at the last good position
    for _ in range(10):
        exp.step()
    snap = exp.snapshot()
    assert snap.run("SGD").steps == 8 and snap.run("SGD").diverged_step == 9
    adam = snap.run("Adam")
    assert not adam.diverged and adam.steps == 19 == snap.step
    assert not snap.done
    snap = run_to_end(exp)
    assert snap.step == 40 and snap.run("Adam").steps == 40


def test_divergence_threshold_and_non_finite_values():
    # |x| beyond the threshold
    cfg = RaceConfig(optimizers=("SGD",), hyperparameters={"SGD": {"lr": 1.5}}, start=(-7.0, 2.0),
                     divergence_threshold=100.0)
    exp = RaceExperiment(cfg)
    snap = run_to_end(exp)
    # y_k = 2·(−2)^k and f ≈ y²: f = 256 + x²/20 > 100 at k = 3 (y = −16), the first k with y² > 100
    assert snap.run("SGD").diverged_step == 3 and snap.done and snap.step == 3
    # a non-finite loss: log(x) after x jumps below 0
    cfg = RaceConfig(surface="log(x) + y^2", start=(0.5, 0.0), optimizers=("SGD", "AdaGrad"),
                     hyperparameters={"SGD": {"lr": 1.0}, "AdaGrad": {"lr": 0.01}}, max_steps=5)
    snap = run_to_end(RaceExperiment(cfg))
    assert snap.run("SGD").diverged_step == 1 and snap.run("SGD").steps == 0
    assert not snap.run("AdaGrad").diverged and snap.run("AdaGrad").steps == 5
    # a start where f is not finite: every run is diverged at step 0 and the race is done at once
    exp = RaceExperiment(RaceConfig(surface="log(x)", start=(-1.0, 0.0)))
    assert exp.done and all(r.diverged_step == 0 for r in exp.snapshot().runs)


def test_done_when_every_run_diverged():
    cfg = RaceConfig(optimizers=("SGD", "Momentum"), hyperparameters={"SGD": {"lr": 2.0}, "Momentum": {"lr": 2.0}},
                     max_steps=1000)
    exp = RaceExperiment(cfg)
    snap = run_to_end(exp)
    assert snap.done and snap.step < 1000 and all(r.diverged for r in snap.runs)
    exp.step()  # a no-op once done
    assert exp.step_count == snap.step


def test_experiment_protocol_and_defaults():
    exp = RaceExperiment()
    assert isinstance(exp, Experiment)
    assert exp.config.surface == "book" and exp.start == (-7.0, 2.0)
    assert exp.names == tuple(OPTIMIZERS) and exp.max_steps == 200
    assert exp.step_count == 0 and not exp.done
    snap = exp.snapshot()
    assert snap.step == 0 and len(snap.runs) == 6 and all(r.steps == 0 for r in snap.runs)
    assert snap.run("Adam").hyperparameters == {"lr": 0.3, "beta1": 0.9, "beta2": 0.999}
    assert exp.LIVE_FIELDS == frozenset(
        {"max_steps", "SGD.lr", "Momentum.lr", "Momentum.momentum", "Nesterov.lr", "Nesterov.momentum",
         "AdaGrad.lr", "RMSprop.lr", "RMSprop.decay_rate", "Adam.lr", "Adam.beta1", "Adam.beta2"}
    )
    assert RaceExperiment(RaceConfig(surface="saddle")).start == (-3.5, 0.05)


def test_determinism():
    a = run_to_end(RaceExperiment(RaceConfig(surface="himmelblau")))
    b = run_to_end(RaceExperiment(RaceConfig(surface="himmelblau"), rng=np.random.default_rng(123)))
    for ra, rb in zip(a.runs, b.runs):
        assert np.array_equal(ra.path, rb.path) and np.array_equal(ra.losses, rb.losses)
        assert ra.diverged_step == rb.diverged_step


def test_snapshot_is_an_independent_read_only_copy():
    exp = RaceExperiment(book_figure_6_8())
    for _ in range(5):
        exp.step()
    snap = exp.snapshot()
    saved = {r.name: (r.path.copy(), r.losses.copy()) for r in snap.runs}
    for _ in range(10):
        exp.step()
    exp.apply({"Adam.lr": 0.01})
    assert snap.step == 5 and not snap.done
    for r in snap.runs:
        assert r.path.shape == (6, 2)
        assert np.array_equal(r.path, saved[r.name][0]) and np.array_equal(r.losses, saved[r.name][1])
        assert not r.path.flags.writeable and not r.losses.flags.writeable
        with pytest.raises(ValueError):
            r.path[0, 0] = 1.0
    assert snap.run("Adam").hyperparameters["lr"] == 0.3
    snap.run("SGD").hyperparameters["lr"] = 123.0  # a copy: the experiment is not affected
    assert exp.snapshot().run("SGD").hyperparameters["lr"] == 0.95


def test_apply_changes_hyperparameters_between_steps():
    exp = RaceExperiment(RaceConfig(optimizers=("SGD", "Momentum"), start=(-7.0, 2.0)))
    exp.step()  # SGD lr 0.95: (−7 + 0.95·0.7, 2 − 0.95·4) = (−6.335, −1.8)
    exp.apply({"SGD.lr": 0.5, "Momentum.momentum": 0.0})
    exp.step()  # SGD lr 0.5: (−6.335 + 0.5·0.6335, −1.8 + 0.5·3.6) = (−6.01825, 0.0)
    snap = exp.snapshot()
    np.testing.assert_allclose(snap.run("SGD").path[2], [-6.01825, 0.0], atol=1e-15)
    assert snap.run("SGD").hyperparameters == {"lr": 0.5}
    # Momentum lr 0.1: v1 = (0.07, −0.4), p1 = (−6.93, 1.6); momentum 0: v2 = −0.1·(−0.693, 3.2) = (0.0693, −0.32)
    np.testing.assert_allclose(snap.run("Momentum").path[2], [-6.93 + 0.0693, 1.6 - 0.32], atol=1e-15)


def test_apply_max_steps_extends_a_finished_race():
    exp = RaceExperiment(book_figure_6_8())
    snap = run_to_end(exp)
    assert snap.done and snap.step == 29
    exp.apply({"max_steps": 500})
    assert not exp.done and exp.max_steps == 500
    snap = run_to_end(exp)
    assert snap.step == 500 and all(r.path.shape == (501, 2) for r in snap.runs)
    exp.apply({"max_steps": 100})  # less than already done: finished
    assert exp.done


@pytest.mark.parametrize(
    "changes, match",
    [
        ({"Adam.momentum": 0.5}, "Adam.momentum"),
        ({"Nesterov.lr": 0.1}, "Nesterov.lr"),  # not in this race
        ({"start": (0, 0)}, "start"),
        ({"surface": "rosenbrock"}, "surface"),
        ({"lr": 0.1}, "lr"),
        ({"Adam.lr": -1}, "Adam.lr"),
        ({"Adam.lr": float("nan")}, "Adam.lr"),
        ({"Adam.lr": "fast"}, "Adam.lr"),
        ({"Adam.beta1": 1.0}, "Adam.beta1"),
        ({"Momentum.momentum": -0.1}, "Momentum.momentum"),
        ({"max_steps": 0}, "max_steps"),
        ({"max_steps": 2.5}, "max_steps"),
        ({"max_steps": "many"}, "max_steps"),
        ({"SGD.lr": 0.2, "Adam.beta2": 2.0}, "Adam.beta2"),  # one bad value: the good one is not applied either
        ({"SGD.lr": 0.2, "Adam.visible": False}, "Adam.visible"),
    ],
)
def test_apply_rejects_unknown_keys_and_bad_values_and_changes_nothing(changes, match):
    cfg = RaceConfig(optimizers=("SGD", "Momentum", "Adam"))
    exp = RaceExperiment(cfg)
    exp.step()
    before = exp.snapshot()
    with pytest.raises(ValueError, match=match):
        exp.apply(changes)
    after = exp.snapshot()
    assert exp.max_steps == 200
    for a, b in zip(before.runs, after.runs):
        assert a.hyperparameters == b.hyperparameters
    exp.step()
    reference = RaceExperiment(cfg)
    reference.step()
    reference.step()
    for a, b in zip(exp.snapshot().runs, reference.snapshot().runs):
        assert np.array_equal(a.path, b.path)


def test_config_validation():
    with pytest.raises(ValueError, match="Unknown optimizer 'Adadelta'"):
        RaceConfig(optimizers=("SGD", "Adadelta"))
    with pytest.raises(FormulaError) as info:
        RaceConfig(surface="x^2 + z")
    assert info.value.position == 6
    with pytest.raises(ValueError, match="Adam.lr"):
        RaceConfig(hyperparameters={"Adam": {"lr": 0}})
    with pytest.raises(ValueError, match="SGD has no hyperparameter 'momentum'"):
        RaceConfig(hyperparameters={"SGD": {"momentum": 0.9}})
    with pytest.raises(ValueError, match="start"):
        RaceConfig(start=(float("inf"), 0.0))
    with pytest.raises(ValueError, match="start"):
        RaceConfig(start=(1.0,))
    with pytest.raises(ValueError, match="max_steps"):
        RaceConfig(max_steps=0)
    with pytest.raises(ValueError, match="divergence_threshold"):
        RaceConfig(divergence_threshold=-1)
    cfg = RaceConfig(optimizers=["Adam", "SGD"], start=[1, 2], hyperparameters={"Adam": {"lr": "0.5"}})
    assert cfg.optimizers == ("SGD", "Adam") and cfg.start == (1.0, 2.0)
    assert cfg.hyperparameters == {"Adam": {"lr": 0.5}}
    # hyperparameters not given fall back to the book's defaults
    snap = RaceExperiment(RaceConfig(hyperparameters={})).snapshot()
    assert snap.run("SGD").hyperparameters == {"lr": 0.01}
    assert snap.run("RMSprop").hyperparameters == {"lr": 0.01, "decay_rate": 0.99}


def test_empty_race_is_done():
    exp = RaceExperiment(RaceConfig(optimizers=()))
    assert exp.done and exp.snapshot().runs == ()


def test_model_modules_do_not_import_qt():
    code = (
        "import sys; import model.experiments.race, model.optimizers, model.surfaces; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6', 'PyQt5', 'PyQt6')]; "
        "sys.exit(1 if bad else 0)"
    )
    root = __import__("pathlib").Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0
