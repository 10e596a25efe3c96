"""Weight initialisation lab (book §6.2.2): the forward/backward stack, the display statistics and the book's numbers.

Reference numbers: means over seeds 0–4 of the book's script (ch06/weight_init_activation_histogram.py), whose RNG stream is
``np.random.seed(s); np.random.randn`` (our ``rng_stream="book"``). With that stream the table is reproduced to
its printed digits; with the default ``np.random.default_rng`` stream the same effects hold within the looser
tolerances of the brief (0.02 at layer 1, 0.05 deeper).
"""
from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest

from model.experiments.weight_init import (
    BOOK_PRESETS,
    ForwardBackward,
    HistogramConfig,
    HistogramLab,
    HistogramSnapshot,
    LayerStats,
    forward_backward,
    layer_activations,
    layer_gradients,
    resolve_weight_std,
)

SEEDS = range(5)


@pytest.fixture(scope="module")
def lab():
    return HistogramLab()


def seed_mean(lab, stream, activation, weight_std, fn, **kw):
    """Mean over seeds 0–4 of fn(snapshot) (fn returns an array of per-layer numbers)."""
    vals = [
        fn(lab.compute(HistogramConfig(activation, weight_std, seed=s, rng_stream=stream, **kw))) for s in SEEDS
    ]
    return np.mean(np.array(vals, dtype=np.float64), axis=0)


def act_std(snap):
    return np.array(snap.activation_stds)


def sat_lo(snap):
    return np.array([a.frac_sat_lo for a in snap.activations])


def sat_hi(snap):
    return np.array([a.frac_sat_hi for a in snap.activations])


def book_close(got, printed: str) -> bool:
    """got rounds to the printed table value (half a unit of its last digit, plus 5 % slack for float32)."""
    d = Decimal(printed)
    tol = 0.5 * 10.0 ** d.as_tuple().exponent * 1.05
    return abs(got - float(d)) <= tol


# ------------------------------------------------------------------------------------------------------------
# The book's table, reproduced on the book's RNG stream (seed means, 0–4)

BOOK_STD_TABLE = {
    ("sigmoid", 1.0): ["0.459", "0.436", None, None, "0.436"],
    ("sigmoid", 0.01): ["0.0249", "0.0117", "0.0125", "0.0121", "0.0120"],
    ("sigmoid", "xavier"): ["0.208", "0.121", "0.125", "0.120", "0.119"],
    ("sigmoid", "he"): ["0.261", "0.169", "0.173", "0.166", "0.165"],
    ("relu", 0.01): ["0.058", "0.0041", "3.1e-4", "2.3e-5", "1.6e-6"],
    ("relu", "xavier"): ["0.583", "0.413", "0.311", "0.229", "0.161"],
    ("relu", "he"): ["0.825", "0.826", "0.881", "0.916", "0.912"],
    ("relu", 1.0): ["5.8", "41", "311", "2.3e3", "1.6e4"],
    ("tanh", 1.0): ["0.959", None, None, None, None],
    ("tanh", 0.01): ["0.099", "0.0099", "9.9e-4", "9.8e-5", "9.8e-6"],
    ("tanh", "xavier"): ["0.627", "0.485", "0.407", "0.355", "0.318"],
    ("tanh", "he"): ["0.720", "0.633", "0.595", "0.574", "0.564"],
}


@pytest.mark.parametrize("key", list(BOOK_STD_TABLE), ids=lambda k: f"{k[0]}-{k[1]}")
def test_book_stream_reproduces_the_reference_table_stds(lab, key):
    activation, weight_std = key
    got = seed_mean(lab, "book", activation, weight_std, act_std)
    for layer, printed in enumerate(BOOK_STD_TABLE[key], start=1):
        if printed is not None:
            assert book_close(got[layer - 1], printed), (key, layer, got[layer - 1], printed)


def test_book_stream_sigmoid_std1_saturation_table(lab):
    lo = seed_mean(lab, "book", "sigmoid", 1.0, sat_lo)
    hi = seed_mean(lab, "book", "sigmoid", 1.0, sat_hi)
    for layer, (plo, phi) in enumerate(
        [("0.348", "0.347"), ("0.256", "0.300"), ("0.274", "0.306"), ("0.253", "0.319"), ("0.287", "0.278")]
    ):
        assert book_close(lo[layer], plo), (layer, lo[layer])
        assert book_close(hi[layer], phi), (layer, hi[layer])


def test_book_stream_single_seed_ranges(lab):
    """The [min–max] over seeds printed in the table: sigmoid std 1 layer-2 'lo', ReLU He layer-5 std."""
    lo2 = [lab.compute(HistogramConfig("sigmoid", 1.0, seed=s, rng_stream="book")).activations[1].frac_sat_lo
           for s in SEEDS]
    assert book_close(min(lo2), "0.21") and book_close(max(lo2), "0.28")
    he5 = [lab.compute(HistogramConfig("relu", "he", seed=s, rng_stream="book")).activations[4].std for s in SEEDS]
    assert book_close(min(he5), "0.815") and book_close(max(he5), "1.04")


def test_book_stream_tanh_std1_saturation_table(lab):
    sat = seed_mean(lab, "book", "tanh", 1.0, lambda s: np.array([a.frac_saturated for a in s.activations]))
    for layer, printed in enumerate(["0.817", "0.812", "0.810", "0.809", "0.809"]):
        assert book_close(sat[layer], printed), (layer, sat[layer])


def test_book_stream_equals_the_books_script_exactly():
    """rng=RandomState(s) is np.random.seed(s); np.random.randn: the book's loop, written out here as the oracle."""
    rs = np.random.RandomState(3)
    x = rs.randn(1000, 100)
    expected = []
    for _ in range(5):
        w = rs.randn(100, 100) * np.sqrt(1.0 / 100)
        x = 1 / (1 + np.exp(-(x @ w)))
        expected.append(x)
    got = layer_activations("sigmoid", "xavier", rng=np.random.RandomState(3))
    for g, e in zip(got, expected):
        np.testing.assert_allclose(g, e, rtol=1e-12, atol=1e-15)


# ------------------------------------------------------------------------------------------------------------
# The same effects on the default stream (brief's tolerances: 0.02 at layer 1, 0.05 deeper)


def tol(layer_index):
    return 0.02 if layer_index == 0 else 0.05


def test_sigmoid_std1_saturates_at_both_ends(lab):
    lo = seed_mean(lab, "default", "sigmoid", 1.0, sat_lo)
    hi = seed_mean(lab, "default", "sigmoid", 1.0, sat_hi)
    assert abs(lo[0] - 0.35) <= 0.02 and abs(hi[0] - 0.35) <= 0.02
    assert np.all(lo[1:] > 0.2) and np.all(hi[1:] > 0.2)  # the U shape in every layer


def test_sigmoid_std001_is_a_spike_at_one_half(lab):
    for s in SEEDS:
        snap = lab.compute(HistogramConfig("sigmoid", 0.01, seed=s))
        for a in snap.activations:
            assert abs(a.mean - 0.5) < 0.005
            assert a.std < 0.03
            assert a.frac_saturated == 0
    std = seed_mean(lab, "default", "sigmoid", 0.01, act_std)
    assert abs(std[0] - 0.0249) < 0.002


def test_sigmoid_xavier_keeps_a_spread_and_nothing_saturates(lab):
    std = seed_mean(lab, "default", "sigmoid", "xavier", act_std)
    assert abs(std[0] - 0.21) <= tol(0)
    for i in range(1, 5):
        assert abs(std[i] - 0.12) <= tol(i)
    sat = seed_mean(lab, "default", "sigmoid", "xavier", lambda s: sat_lo(s) + sat_hi(s))
    assert np.all(sat < 0.001)


def test_relu_puts_half_of_every_layer_at_exactly_zero(lab):
    zero = seed_mean(lab, "default", "relu", "he", lambda s: np.array([a.frac_zero for a in s.activations]))
    assert abs(zero[0] - 0.5) <= 0.02
    assert np.all(np.abs(zero - 0.5) <= 0.05)


def test_relu_zero_fraction_does_not_depend_on_the_scale():
    """A bias-free ReLU net is positively homogeneous: the sign pattern is the same for every init scale."""
    masks = [
        [z == 0 for z in layer_activations("relu", w, rng=np.random.default_rng(7))] for w in (0.01, "he", 1.0)
    ]
    for layer in range(5):
        assert np.count_nonzero(masks[0][layer] != masks[1][layer]) <= 2
        assert np.count_nonzero(masks[2][layer] != masks[1][layer]) <= 2


def test_relu_he_keeps_the_spread_xavier_decays(lab):
    he = seed_mean(lab, "default", "relu", "he", act_std)
    assert np.all((he > 0.75) & (he < 1.05)), he
    xavier = seed_mean(lab, "default", "relu", "xavier", act_std)
    assert abs(xavier[0] - 0.58) <= tol(0)
    assert abs(xavier[4] - 0.16) <= tol(4)
    assert np.all(np.diff(xavier) < 0)


def test_relu_std001_shrinks_about_14x_per_layer(lab):
    std = seed_mean(lab, "default", "relu", 0.01, act_std)
    assert abs(std[0] - 0.058) <= 0.005
    ratios = std[:-1] / std[1:]
    assert np.all((ratios > 11) & (ratios < 18)), ratios  # √(100/2)·0.01 ≈ 1/14 and the table's 0.058 → 0.0041


def test_tanh_std001_shrinks_10x_per_layer(lab):
    std = seed_mean(lab, "default", "tanh", 0.01, act_std)
    assert abs(std[0] - 0.099) <= 0.005
    np.testing.assert_allclose(std[:-1] / std[1:], 10.0, rtol=0.05)


def test_gradients_vanish_with_sigmoid_std001_and_explode_with_relu_std1(lab):
    for s in SEEDS:
        g = lab.compute(HistogramConfig("sigmoid", 0.01, seed=s)).gradient_stds
        assert g[0] / g[-1] < 1e-4  # about (0.25 · 0.01 · √100)^4 ≈ 4e-7
        assert all(a < b for a, b in zip(g, g[1:]))
        g = lab.compute(HistogramConfig("relu", 1.0, seed=s)).gradient_stds
        assert g[0] / g[-1] > 100  # about (√(100/2))^4 ≈ 2500
        assert all(a > b for a, b in zip(g, g[1:]))
        g = lab.compute(HistogramConfig("relu", "he", seed=s)).gradient_stds
        assert 0.2 < g[0] / g[-1] < 5


# ------------------------------------------------------------------------------------------------------------
# The forward/backward functions


def test_forward_backward_rng_order_and_gradients_against_an_independent_oracle():
    """Draw order x, W1..WL, upstream; dL/da matches central differences of L = Σ g ⊙ z_L (float64)."""
    n_layers, n_units, n_samples = 3, 4, 5
    for activation in ("sigmoid", "tanh", "relu"):
        fb = forward_backward(activation, 0.7, n_layers, n_units, n_samples, np.random.default_rng(11))
        rng = np.random.default_rng(11)
        x = rng.standard_normal((n_samples, n_units))
        ws = [rng.standard_normal((n_units, n_units)) * 0.7 for _ in range(n_layers)]
        g = rng.standard_normal((n_samples, n_units))
        f = {"sigmoid": lambda a: 1 / (1 + np.exp(-a)), "tanh": np.tanh, "relu": lambda a: np.maximum(a, 0)}[
            activation
        ]

        def loss_from(layer, a):  # L as a function of the pre-activation of `layer` (0-based)
            z = f(a)
            for w in ws[layer + 1 :]:
                z = f(z @ w)
            return float(np.sum(g * z))

        z = x
        for layer, w in enumerate(ws):
            a = z @ w
            np.testing.assert_allclose(fb.activations[layer], f(a), rtol=1e-12)
            num = np.zeros_like(a)
            h = 1e-6
            for idx in np.ndindex(a.shape):
                ap, am = a.copy(), a.copy()
                ap[idx] += h
                am[idx] -= h
                num[idx] = (loss_from(layer, ap) - loss_from(layer, am)) / (2 * h)
            np.testing.assert_allclose(fb.gradients[layer], num, rtol=1e-5, atol=1e-8)
            z = f(a)
        np.testing.assert_array_equal(fb.output_gradients[-1], g)


def test_wrappers_agree_with_forward_backward():
    fb = forward_backward("tanh", "xavier", rng=np.random.default_rng(2))
    acts = layer_activations("tanh", "xavier", rng=np.random.default_rng(2))
    grads = layer_gradients("tanh", "xavier", rng=np.random.default_rng(2))
    assert isinstance(fb, ForwardBackward) and isinstance(acts, list) and isinstance(grads, list)
    assert len(acts) == len(grads) == 5
    for a, b in zip(acts, fb.activations):
        np.testing.assert_array_equal(a, b)
    for a, b in zip(grads, fb.gradients):
        np.testing.assert_array_equal(a, b)
    assert acts[0].shape == (1000, 100) and acts[0].dtype == np.float64


def test_default_rng_is_seed_zero_and_float32_matches_float64():
    a = layer_activations("relu", "he")
    b = layer_activations("relu", "he", rng=np.random.default_rng(0))
    np.testing.assert_array_equal(a[-1], b[-1])
    c = layer_activations("relu", "he", rng=np.random.default_rng(0), dtype=np.float32)
    assert c[-1].dtype == np.float32
    np.testing.assert_allclose(c[-1], b[-1], rtol=1e-4, atol=1e-5)


def test_weight_std_names_and_aliases():
    assert resolve_weight_std("xavier", 100) == pytest.approx(0.1)
    assert resolve_weight_std("Sigmoid", 100) == pytest.approx(0.1)
    assert resolve_weight_std("he", 50) == pytest.approx(0.2)
    assert resolve_weight_std("relu", 50) == pytest.approx(0.2)
    assert resolve_weight_std(0.01, 100) == 0.01
    assert resolve_weight_std("0.5", 100) == 0.5
    assert HistogramConfig(weight_std="sigmoid").weight_std == "xavier"
    assert HistogramConfig(weight_std="RELU").weight_std == "he"
    assert HistogramConfig(activation="ReLU", weight_std="he").scale == pytest.approx(np.sqrt(2 / 100))


# ------------------------------------------------------------------------------------------------------------
# Display statistics


ALL_CONFIGS = [
    HistogramConfig(act, w, seed=1)
    for act in ("sigmoid", "tanh", "relu")
    for w in (0.01, "xavier", "he", 1.0)
]


@pytest.mark.parametrize("config", ALL_CONFIGS, ids=lambda c: f"{c.activation}-{c.weight_std}")
def test_every_value_is_accounted_for(lab, config):
    snap = lab.compute(config)
    assert isinstance(snap, HistogramSnapshot) and snap.config == config
    assert len(snap.activations) == len(snap.gradients) == config.n_layers
    for stats in snap.activations + snap.gradients:
        assert isinstance(stats, LayerStats)
        assert stats.n_values == config.n_samples * config.n_units
        total = stats.counts.sum() + stats.n_zero_unbinned + stats.n_below + stats.n_above + stats.n_nonfinite
        assert total == stats.n_values
        assert np.all(stats.counts >= 0)
        assert stats.counts.shape == (config.n_bins,) and stats.edges.shape == (config.n_bins + 1,)
        assert not stats.counts.flags.writeable and not stats.edges.flags.writeable


def test_fixed_ranges_for_sigmoid_and_tanh_match_numpy_histogram():
    lab = HistogramLab()
    for act, rng_ in (("sigmoid", (0.0, 1.0)), ("tanh", (-1.0, 1.0))):
        config = HistogramConfig(act, "xavier", seed=3, dtype="float64")
        snap = lab.compute(config)
        acts = layer_activations(act, "xavier", rng=np.random.default_rng(3))
        for stats, z in zip(snap.activations, acts):
            assert stats.range == rng_
            expected, _ = np.histogram(z, bins=30, range=rng_)
            assert np.abs(stats.counts - expected).sum() <= 2
            assert stats.n_below == stats.n_above == stats.n_zero_unbinned == 0
            assert stats.mean == pytest.approx(z.mean()) and stats.std == pytest.approx(z.std())


def test_relu_zeros_are_counted_apart_and_the_range_is_robust():
    lab = HistogramLab()
    snap = lab.compute(HistogramConfig("relu", "he", seed=4, dtype="float64", act_range="per_layer"))
    acts = layer_activations("relu", "he", rng=np.random.default_rng(4))
    for stats, z in zip(snap.activations, acts):
        assert stats.n_zero_unbinned == np.count_nonzero(z == 0) == round(stats.frac_zero * z.size)
        lo, hi = stats.range
        assert lo == 0.0 and 0 < hi < z.max()
        positive = z[z > 0]
        expected, _ = np.histogram(positive, bins=30, range=(lo, hi))
        assert np.abs(stats.counts - expected).sum() <= 2
        assert stats.n_above == np.count_nonzero(positive > hi)
        assert 0.002 < stats.n_above / positive.size < 0.01  # about the top 0.5 % of the non-zero values
    # gradients: the dead half has an exactly-zero gradient too, kept out of the bins
    for stats in snap.gradients:
        assert 0.4 < stats.n_zero_unbinned / stats.n_values < 0.6
        lo, hi = stats.range
        assert lo == -hi


def test_shared_and_per_layer_ranges():
    lab = HistogramLab()
    shared = lab.compute(HistogramConfig("relu", 1.0, act_range="shared", grad_range="shared"))
    per = lab.compute(HistogramConfig("relu", 1.0, act_range="per_layer", grad_range="per_layer"))
    assert len({s.range for s in shared.activations}) == 1
    assert len({s.range for s in shared.gradients}) == 1
    assert shared.activations[0].range == max((s.range for s in per.activations), key=lambda r: r[1])
    # exploding activations: each layer's own range grows by about 7× per layer
    tops = [s.range[1] for s in per.activations]
    assert all(4 < b / a < 12 for a, b in zip(tops, tops[1:]))
    # the statistics themselves do not depend on the range mode
    assert shared.activation_stds == per.activation_stds and shared.gradient_stds == per.gradient_stds


def test_sigmoid_saturation_is_reported_per_side():
    snap = HistogramLab().compute(HistogramConfig("sigmoid", 1.0))
    first = snap.activations[0]
    assert first.frac_sat_lo > 0.3 and first.frac_sat_hi > 0.3
    assert first.frac_saturated == pytest.approx(first.frac_sat_lo + first.frac_sat_hi)
    for g in snap.gradients:
        assert g.frac_sat_lo == g.frac_sat_hi == 0


def test_overflow_and_underflow_are_reported_not_raised():
    """filterwarnings=error: nothing may warn. ReLU std 100 over 20 layers overflows float32; 1e-4 underflows."""
    lab = HistogramLab()
    snap = lab.compute(HistogramConfig("relu", 100.0, n_layers=20, n_samples=50))
    assert snap.activations[-1].n_nonfinite > 0
    for stats in snap.activations + snap.gradients:
        total = stats.counts.sum() + stats.n_zero_unbinned + stats.n_below + stats.n_above + stats.n_nonfinite
        assert total == stats.n_values
    snap = lab.compute(HistogramConfig("tanh", 1e-4, n_layers=20, n_samples=50))
    assert snap.activations[-1].frac_zero == 1.0
    assert np.isfinite(snap.activations[-1].std)


# ------------------------------------------------------------------------------------------------------------
# The lab object: determinism, caching, presets


def _same(a: HistogramSnapshot, b: HistogramSnapshot) -> bool:
    for sa, sb in zip(a.activations + a.gradients, b.activations + b.gradients):
        for field in ("mean", "std", "min", "max", "frac_zero", "frac_sat_lo", "frac_sat_hi", "n_above"):
            if getattr(sa, field) != getattr(sb, field):
                return False
        if not (np.array_equal(sa.counts, sb.counts) and np.array_equal(sa.edges, sb.edges)):
            return False
    return True


def test_determinism_and_the_draw_cache():
    a_cfg = HistogramConfig("relu", "he", seed=5)
    b_cfg = a_cfg.replace(activation="sigmoid", weight_std=0.3, n_bins=12)
    lab = HistogramLab()
    first = lab.compute(a_cfg)
    lab.compute(b_cfg)
    lab.compute(a_cfg.replace(seed=6))
    again = lab.compute(a_cfg)
    fresh = HistogramLab().compute(a_cfg)
    assert _same(first, again) and _same(first, fresh)
    assert not _same(first, lab.compute(a_cfg.replace(seed=6)))
    # a snapshot computed with cached draws equals one with freshly drawn ones
    b_fresh = HistogramLab().compute(b_cfg)
    assert _same(lab.compute(b_cfg), b_fresh)


def test_lab_matches_the_functions():
    snap = HistogramLab().compute(HistogramConfig("tanh", "he", seed=9, dtype="float64"))
    fb = forward_backward("tanh", "he", rng=np.random.default_rng(9))
    for stats, z in zip(snap.activations, fb.activations):
        assert stats.std == pytest.approx(z.std(), rel=1e-9)
    for stats, g in zip(snap.gradients, fb.gradients):
        assert stats.std == pytest.approx(g.std(), rel=1e-9)


def test_book_presets():
    assert list(BOOK_PRESETS) == [
        "fig6-10_sigmoid_std1",
        "fig6-11_sigmoid_std0.01",
        "fig6-13_sigmoid_xavier",
        "fig6-13_tanh_xavier",
        "fig6-14_relu_std0.01",
        "fig6-14_relu_xavier",
        "fig6-14_relu_he",
    ]
    expected = [
        ("sigmoid", 1.0),
        ("sigmoid", 0.01),
        ("sigmoid", "xavier"),
        ("tanh", "xavier"),
        ("relu", 0.01),
        ("relu", "xavier"),
        ("relu", "he"),
    ]
    for config, (act, w) in zip(BOOK_PRESETS.values(), expected):
        assert (config.activation, config.weight_std) == (act, w)
        assert (config.n_layers, config.n_units, config.n_samples, config.n_bins) == (5, 100, 1000, 30)
        assert config.seed == 0 and config.rng_stream == "book"
    with pytest.raises(TypeError):
        BOOK_PRESETS["mine"] = HistogramConfig()  # type: ignore[index]
    lab = HistogramLab()
    snaps = {k: lab.compute(c) for k, c in BOOK_PRESETS.items()}
    assert snaps["fig6-10_sigmoid_std1"].activations[0].frac_saturated > 0.6
    assert snaps["fig6-11_sigmoid_std0.01"].activations[4].std < 0.03
    assert snaps["fig6-14_relu_std0.01"].activations[4].std < 1e-5


# ------------------------------------------------------------------------------------------------------------
# Argument validation


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"activation": "softmax"}, "activation"),
        ({"activation": 3}, "activation"),
        ({"weight_std": 0}, "weight_std"),
        ({"weight_std": -0.1}, "weight_std"),
        ({"weight_std": "lecun"}, "weight_std"),
        ({"weight_std": float("nan")}, "weight_std"),
        ({"weight_std": 1000}, "weight_std"),
        ({"weight_std": True}, "weight_std"),
        ({"n_layers": 0}, "n_layers"),
        ({"n_layers": 2.5}, "n_layers"),
        ({"n_layers": True}, "n_layers"),
        ({"n_units": 0}, "n_units"),
        ({"n_samples": 10_001}, "n_samples"),
        ({"n_samples": 10_000, "n_units": 1000}, "n_samples × n_units"),
        ({"seed": -1}, "seed"),
        ({"n_bins": 0}, "n_bins"),
        ({"rng_stream": "legacy"}, "rng_stream"),
        ({"act_range": "global"}, "act_range"),
        ({"grad_range": None}, "grad_range"),
        ({"dtype": "int32"}, "dtype"),
        ({"dtype": "float16"}, "dtype"),
    ],
)
def test_config_validation(kwargs, message):
    with pytest.raises(ValueError, match=message):
        HistogramConfig(**kwargs)


def test_function_and_replace_validation():
    with pytest.raises(ValueError, match="activation"):
        layer_activations("step", 0.1)
    with pytest.raises(ValueError, match="weight_std"):
        forward_backward("relu", "big")
    with pytest.raises(ValueError, match="n_units"):
        layer_gradients("relu", "he", n_units=-5)
    with pytest.raises(TypeError, match="rng"):
        layer_activations("relu", "he", rng=42)
    with pytest.raises(ValueError, match="colour"):
        HistogramConfig().replace(colour="red")
    with pytest.raises(ValueError, match="weight_std"):
        HistogramConfig().replace(weight_std=-1)
    with pytest.raises(TypeError):
        HistogramLab().compute({"activation": "relu"})  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------- the lab's settings


def test_the_lab_config_draws_100k_values_per_histogram_within_100_to_1000_inputs():
    from model.experiments.weight_init import samples_for_units
    assert [samples_for_units(n) for n in (10, 100, 250, 500)] == [1000, 1000, 400, 200]
    config = HistogramConfig.for_lab("relu", "he", n_layers=4, n_units=250, seed=7)
    assert (config.n_samples, config.n_bins, config.rng_stream, config.dtype) == (400, 30, "book", "float32")
    assert (config.act_range, config.grad_range) == ("shared", "per_layer")


def test_control_ranges_are_valid_configs_and_the_seed_range_is_everyones():
    from model.experiments.base import SEED_RANGE
    ranges = HistogramConfig.CONTROL_RANGES
    assert ranges["seed"] == SEED_RANGE
    hi = HistogramConfig.for_lab("relu", ranges["weight_std"][1], int(ranges["n_layers"][1]),
                                 int(ranges["n_units"][1]), SEED_RANGE[1])
    assert hi.n_layers == 10 and hi.seed == 2**31 - 1
    with pytest.raises(ValueError, match="seed"):
        HistogramConfig(seed=SEED_RANGE[1] + 1)


@pytest.mark.parametrize("n", [1, 50, 100, 784])
def test_xavier_and_he_scales_are_the_books_formulas(n):
    assert resolve_weight_std("xavier", n) == pytest.approx((1.0 / n) ** 0.5)
    assert resolve_weight_std("he", n) == pytest.approx((2.0 / n) ** 0.5)
    assert HistogramConfig("relu", "he", n_units=n, n_samples=10).scale == pytest.approx((2.0 / n) ** 0.5)
