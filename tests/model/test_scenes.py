"""Scenes and lectures: every config class round-trips through JSON; bad files raise SceneError and change nothing."""
import dataclasses
import importlib
import json

import numpy as np
import pytest

from model.scenes import (VERSION, Lecture, Scene, SceneError, config_from_dict, config_to_dict, dump_lecture,
                          dump_scene, load_lecture, load_scene)

CONFIGS = [("model.experiments.race", "RaceConfig"), ("model.experiments.mnist_race", "MnistRaceConfig"),
           ("model.experiments.batchnorm", "BatchNormSweepConfig"), ("model.experiments.weight_init", "HistogramConfig"),
           ("model.experiments.init_compare", "InitCompareConfig")]


def config_classes():
    for module, name in CONFIGS:
        yield getattr(importlib.import_module(module), name)


@pytest.mark.parametrize("cls", list(config_classes()), ids=lambda c: c.__name__)
def test_default_config_round_trips(cls):
    config = cls()
    data = json.loads(json.dumps(config_to_dict(config)))
    back, unknown = config_from_dict(cls, data)
    assert unknown == ()
    assert config_to_dict(back) == config_to_dict(config)


def test_changed_values_survive_with_their_types():
    from model.experiments.race import RaceConfig

    config = RaceConfig(surface="x^2 + y^2", start=(-3.0, 2.5), optimizers=("SGD", "Adam"),
                        hyperparameters={"Adam": {"lr": 0.25, "beta2": 0.9}}, max_steps=77)
    back, _ = config_from_dict(RaceConfig, json.loads(dump_scene(Scene("race", config_to_dict(config))))["config"])
    assert back.start == (-3.0, 2.5) and isinstance(back.start, tuple)
    assert back.optimizers == ("SGD", "Adam")
    assert back.hyperparameters["Adam"]["beta2"] == 0.9
    assert back.max_steps == 77 and back.surface == "x^2 + y^2"


def test_dtype_and_union_fields():
    from model.experiments.mnist_race import MnistRaceConfig

    config = MnistRaceConfig(weight_init_std=0.01, eval_test_size=None, dtype=np.float64, hidden_sizes=(50, 20))
    data = config_to_dict(config)
    assert data["dtype"] == "float64" and data["eval_test_size"] is None
    back, _ = config_from_dict(MnistRaceConfig, json.loads(json.dumps(data)))
    assert back.weight_init_std == 0.01 and back.hidden_sizes == (50, 20) and back.eval_test_size is None
    assert np.dtype(back.dtype) == np.float64


def test_unknown_fields_are_reported_and_the_rest_loads():
    from model.experiments.race import RaceConfig

    back, unknown = config_from_dict(RaceConfig, {"max_steps": 10, "warp_drive": True})
    assert unknown == ("warp_drive",) and back.max_steps == 10
    scene = load_scene(json.dumps({"format": "descent-scene", "version": 1, "lab": "race", "config": {},
                                   "colour": "red"}))
    assert scene.unknown == ("colour",)


def test_missing_fields_take_defaults():
    from model.experiments.race import RaceConfig

    back, _ = config_from_dict(RaceConfig, {})
    assert back == RaceConfig()


@pytest.mark.parametrize("data, field_name", [({"max_steps": "many"}, "max_steps"), ({"max_steps": -5}, "max_steps"),
                                              ({"start": [1.0]}, "start"), ({"optimizers": ["Newton"]}, "optimizers"),
                                              ({"max_steps": True}, "max_steps")])
def test_bad_values_name_their_field(data, field_name):
    from model.experiments.race import RaceConfig

    with pytest.raises(SceneError) as info:
        config_from_dict(RaceConfig, data)
    assert info.value.kind == "bad_value" and info.value.field_name == field_name


@pytest.mark.parametrize("text, kind", [
    ("{not json", "not_json"), (b"\xff\xfe\x00", "not_json"), ("[1, 2]", "not_a_scene"), ("[" * 100000, "not_json"),
    ('{"format": "descent-lecture", "version": 1}', "not_a_scene"),
    ('{"format": "descent-scene", "version": 99, "lab": "race", "config": {}}', "newer_version"),
    ('{"format": "descent-scene", "version": "1", "lab": "race", "config": {}}', "not_a_scene"),
    ('{"format": "descent-scene", "version": 1, "lab": "chess", "config": {}}', "unknown_lab"),
    ('{"format": "descent-scene", "version": 1, "lab": "race", "config": []}', "not_a_scene"),
    (" " * 3_000_000, "too_large"),
])
def test_damaged_scene_files(text, kind):
    with pytest.raises(SceneError) as info:
        load_scene(text, labs={"race"})
    assert info.value.kind == kind


def test_lecture_round_trip_and_bad_scene_index():
    scenes = (Scene("race", {"max_steps": 5}, {"view": "map"}, "그림 6-8", "SGD zig-zags"),
              Scene("batchnorm", {"epochs": 3}, title="6-19"))
    text = dump_lecture(Lecture("6장", scenes))
    lecture = load_lecture(text, labs={"race", "batchnorm"})
    assert lecture.title == "6장" and [s.title for s in lecture.scenes] == ["그림 6-8", "6-19"]
    assert lecture.scenes[0].view == {"view": "map"} and lecture.scenes[0].note == "SGD zig-zags"
    doc = json.loads(text)
    doc["scenes"][1]["version"] = VERSION + 1
    with pytest.raises(SceneError) as info:
        load_lecture(json.dumps(doc), labs={"race", "batchnorm"})
    assert info.value.kind == "newer_version" and info.value.index == 1


def test_every_config_field_is_saved():
    """No second list of fields: a scene holds exactly the dataclass's init fields."""
    for cls in config_classes():
        names = {f.name for f in dataclasses.fields(cls) if f.init}
        assert set(config_to_dict(cls())) == names
