"""Surfaces: exact gradients vs central differences, the formula parser, its errors and its safety."""
import builtins

import numpy as np
import pytest

from model.surfaces import SURFACES, FormulaError, Surface, get_surface, parse_formula, parse_surface

H = 1e-6


def central_difference(s: Surface, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(f(x+h) − f(x−h)) / 2h with h relative to the size of the coordinate, in float64."""
    hx, hy = H * np.maximum(1.0, np.abs(x)), H * np.maximum(1.0, np.abs(y))
    gx = (s.f(x + hx, y) - s.f(x - hx, y)) / (2 * hx)
    gy = (s.f(x, y + hy) - s.f(x, y - hy)) / (2 * hy)
    return gx, gy


def assert_gradient_matches(s: Surface, x: np.ndarray, y: np.ndarray) -> None:
    gx, gy = s.grad(x, y)
    nx, ny = central_difference(s, x, y)
    scale = 1.0 + np.abs(s.f(x, y))  # the difference quotient loses ~1e-10 relative to f
    np.testing.assert_allclose(gx, nx, rtol=1e-6, atol=1e-7 * scale.max())
    np.testing.assert_allclose(gy, ny, rtol=1e-6, atol=1e-7 * scale.max())


def random_points(rng, s: Surface, n: int = 200) -> tuple[np.ndarray, np.ndarray]:
    return rng.uniform(*s.xlim, size=n), rng.uniform(*s.ylim, size=n)


@pytest.mark.parametrize("sid", list(SURFACES))
def test_builtin_gradient_matches_central_difference(sid, rng):
    s = SURFACES[sid]
    assert_gradient_matches(s, *random_points(rng, s))


@pytest.mark.parametrize("sid", list(SURFACES))
def test_builtin_formula_text_parses_to_the_same_function(sid, rng):
    s = SURFACES[sid]
    p = parse_surface(s.formula)
    x, y = random_points(rng, s)
    np.testing.assert_allclose(p.f(x, y), s.f(x, y), rtol=1e-12, atol=1e-12)
    for a, b in zip(p.grad(x, y), s.grad(x, y)):
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-9)


@pytest.mark.parametrize("sid", list(SURFACES))
def test_minima_are_stationary_and_lowest_nearby(sid):
    s = SURFACES[sid]
    assert s.minima
    for mx, my in s.minima:
        gx, gy = s.grad(mx, my)
        assert abs(gx) < 1e-9 and abs(gy) < 1e-9
        f0 = s.f(mx, my)
        ring = np.linspace(0, 2 * np.pi, 16, endpoint=False)
        assert np.all(s.f(mx + 1e-3 * np.cos(ring), my + 1e-3 * np.sin(ring)) > f0)
        assert s.xlim[0] <= mx <= s.xlim[1] and s.ylim[0] <= my <= s.ylim[1]
    sx, sy = s.start
    assert s.xlim[0] <= sx <= s.xlim[1] and s.ylim[0] <= sy <= s.ylim[1]


def test_himmelblau_has_four_zero_minima():
    s = SURFACES["himmelblau"]
    assert len(s.minima) == 4
    for mx, my in s.minima:
        assert s.f(mx, my) < 1e-20


def test_book_surface_values():
    s = SURFACES["book"]
    assert list(SURFACES) == ["book", "rosenbrock", "beale", "himmelblau", "saddle"]
    assert s.f(-7.0, 2.0) == 49 / 20 + 4
    assert s.grad(-7.0, 2.0) == (-0.7, 4.0)
    assert s.start == (-7.0, 2.0) and s.xlim == (-10.0, 10.0) and s.ylim == (-10.0, 10.0)
    assert SURFACES["rosenbrock"].f(1.0, 1.0) == 0.0 and SURFACES["beale"].f(3.0, 0.5) == 0.0


PARSED = [
    "sin(x)*cos(y) + 0.1*x^2",
    "exp(-(x^2 + y^2)/4)",
    "x^y",  # evaluated at x > 0 below
    "2^x*y - pi*e*x",
    "log(x^2 + 1)*tanh(y)",
    "ln(1 + y^2) / sqrt(x^2 + y^2 + 1)",
    "abs(x)*y**3",
    "x/(1 + y^2) - -y",
    "sinh(x/3) - cosh(y/3) + tan(x/7)",
    "-x^2^0.5 + (.5e1*y)^3/1e3",
    "(1 - x)^2 + 100*(y - x^2)^2",
    "x^3 - 3*x*y^2",
]


@pytest.mark.parametrize("text", PARSED)
def test_parsed_gradient_matches_central_difference(text, rng):
    s = parse_surface(text)
    x = rng.uniform(0.2, 3.0, size=200)  # positive x keeps x^y and x^2^0.5 real and away from kinks
    y = rng.uniform(-3.0, 3.0, size=200)
    assert_gradient_matches(s, x, y)


def test_parsed_values_follow_precedence():
    f = lambda text, x=2.0, y=3.0: parse_surface(text).f(x, y)  # noqa: E731
    assert f("-x^2") == -4.0
    assert f("2^3^2") == 512.0  # right-associative
    assert f("2**-1") == 0.5
    assert f("1 - 2 - 3") == -4.0 and f("8/4/2") == 1.0
    assert f("x*y + x/y") == 6.0 + 2.0 / 3.0
    assert f("2 * (x + y)") == 10.0
    assert f("PI") == np.pi and f("e") == np.e
    assert f("1e-3 + .5 + 2.") == 1e-3 + 0.5 + 2.0
    assert f("--x") == 2.0 and f("+x") == 2.0


def test_parsed_book_formula_gives_identical_values():
    book = SURFACES["book"]
    X, Y = np.meshgrid(np.arange(-10, 10, 0.01), np.arange(-5, 5, 0.01))
    for text in ("x^2/20 + y^2", "x**2 / 20 + y**2"):
        p = parse_surface(text)
        assert np.array_equal(p.f(X, Y), book.f(X, Y))
        px, py = p.grad(X, Y)
        bx, by = book.grad(X, Y)
        assert np.array_equal(px, bx) and np.array_equal(py, by)


def test_scalars_give_floats_and_arrays_broadcast():
    s = parse_surface("3")
    assert s.f(1.0, 2.0) == 3.0 and isinstance(s.f(1.0, 2.0), float)
    assert s.grad(1.0, 2.0) == (0.0, 0.0)
    z = s.f(np.zeros((4, 5)), 0.0)
    assert z.shape == (4, 5) and np.all(z == 3.0)
    gx, gy = parse_surface("x").grad(np.zeros(3), np.zeros((2, 1)))
    assert gx.shape == gy.shape == (2, 3) and np.all(gx == 1) and np.all(gy == 0)
    b = SURFACES["book"]
    assert isinstance(b.f(np.float32(1), 2), float)
    xs, ys, Z = b.grid(30, 20)
    assert Z.shape == (30, 20) and Z[3, 7] == b.f(xs[3], ys[7])


def test_inf_and_nan_are_values_not_errors():
    # pytest turns warnings into errors, so this also checks that no RuntimeWarning escapes
    assert parse_surface("1/x").f(0.0, 1.0) == np.inf
    assert np.isnan(parse_surface("log(x)").f(-1.0, 0.0))
    assert np.isnan(parse_surface("(-8)^(1/3)").f(0.0, 0.0))
    assert parse_surface("exp(x)").f(1000.0, 0.0) == np.inf
    assert parse_surface("1e999 * 0 + x").grad(1.0, 1.0)[0] == 1.0
    gx, gy = parse_surface("sqrt(x)").grad(0.0, 5.0)
    assert gx == np.inf and gy == 0.0  # ∂/∂y of a function of x alone is exactly 0, not 0·inf


@pytest.mark.parametrize(
    "text, message, position",
    [
        ("", "Empty formula", 0),
        ("   ", "Empty formula", 0),
        ("x + 2)", "Unexpected ')' at position 5", 5),
        ("(x + 1", "Missing ')' at position 6", 6),
        ("sin(x", "Missing ')' at position 5", 5),
        ("x * z", "Unknown name 'z' at position 4 (use x, y, pi, e and functions sin, cos", 4),
        ("x +", "ends too early at position 3", 3),
        ("2x", "Unexpected 'x' at position 1 (missing '*'?)", 1),
        ("x $ y", "Unexpected character '$' at position 2", 2),
        ("sin x", "Expected '(' after 'sin' at position 4", 4),
        ("x ** * 2", "Unexpected '*' at position 5", 5),
        ("()", "Unexpected ')' at position 1", 1),
        ("x y", "Unexpected 'y' at position 2 (missing '*'?)", 2),
        ("1.2.3", "Unexpected '.3' at position 3", 3),
        ("max(x, y)", "Unknown name 'max' at position 0", 0),
    ],
)
def test_parse_errors_have_messages_and_positions(text, message, position):
    with pytest.raises(FormulaError, match=None) as info:
        parse_surface(text)
    assert message in str(info.value)
    assert info.value.position == position
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os')",
        "__import__('os').system('echo hacked')",
        "os.system('ls')",
        "x.__class__",
        "lambda: 0",
        "exec('x')",
        "eval('1')",
        "[x for x in ()]",
        "x; y",
        "x if y else 1",
        "x == y",
        "open('/etc/passwd')",
    ],
)
def test_malicious_text_is_rejected(text):
    with pytest.raises(FormulaError):
        parse_surface(text)


def test_parser_never_uses_eval_exec_or_compile(monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("eval/exec/compile called")

    for name in ("eval", "exec", "compile"):
        monkeypatch.setattr(builtins, name, forbidden)
    s = parse_surface("sin(x)^2 + exp(-y)*sqrt(abs(x) + 1) / (1 + y^2)")
    assert np.isfinite(s.f(1.0, 2.0)) and np.isfinite(s.grad(1.0, 2.0)).all()


def test_limits_on_size_and_nesting():
    long_sum = "+".join(["x"] * 400)
    assert parse_surface(long_sum).grad(1.0, 0.0) == (400.0, 0.0)
    with pytest.raises(FormulaError, match="too long"):
        parse_formula("x+" * 600 + "x")
    with pytest.raises(FormulaError, match="nested too deeply"):
        parse_formula("(" * 300 + "x" + ")" * 300)
    with pytest.raises(FormulaError, match="nested too deeply"):
        parse_formula("-" * 300 + "x")


def test_get_surface_and_formula_surface_fields():
    assert get_surface("rosenbrock") is SURFACES["rosenbrock"]
    s = get_surface("  x^2 +   y^2 ")
    assert s.id == "formula" and s.formula == "x^2 + y^2" and s.minima == ()
    with pytest.raises(FormulaError):
        get_surface("himmelblau2")


# ------------------------------------------------------------------------------------------------- issue 8 (input)


@pytest.mark.parametrize("text, bad", [("\u0663", "\u0663"), ("x*\u0663", "\u0663"), ("x + \uff11", "\uff11"),
                                       ("2\u0661", "\u0661"), ("x^\u00b2", "\u00b2"), ("\uff58 + y", "\uff58"),
                                       ("x + \u0443", "\u0443")])
def test_only_ascii_digits_and_letters_are_accepted(text, bad):
    """Arabic-Indic, full-width and superscript digits, and non-Latin letters, are refused where they stand."""
    with pytest.raises(FormulaError) as e:
        parse_formula(text)
    assert e.value.kind == "bad_char" and e.value.token == bad and e.value.position == text.index(bad)


def test_every_unicode_digit_but_ascii_is_refused():
    digits = [chr(c) for c in range(0x20000) if chr(c).isdigit() and not ("0" <= chr(c) <= "9")]  # all of them
    assert len(digits) > 600
    accepted = []
    for d in digits:
        try:
            parse_formula(f"x*{d}")
            accepted.append(d)
        except FormulaError:
            pass
    assert accepted == []


@pytest.mark.parametrize("text", ["(" * 5000 + "x" + ")" * 5000, "-" * 30000 + "x", "x^" * 16000 + "x",
                                  "sin(" * 6000 + "x" + ")" * 6000, "x" * 32767, "x+" * 16000 + "x"])
def test_huge_or_deep_formulas_give_a_message_quickly(text):
    """No RecursionError, and no work in proportion to a huge text: the length is checked first."""
    with pytest.raises(FormulaError) as e:
        parse_formula(text)
    assert e.value.kind in ("too_long", "too_deep")


@pytest.mark.parametrize("text", ["(" * 99 + "x" + ")" * 99, "+".join(["x"] * 500), "*".join(["sin(x)"] * 140)])
def test_longest_accepted_formulas_evaluate_without_recursion_error(text):
    assert len(text) <= 1000
    s = parse_surface(text)
    _, _, z = s.grid(30, 30)
    gx, gy = s.grad(0.5, 0.25)
    assert z.shape == (30, 30) and np.isfinite(gx) and np.isfinite(gy)


def test_map_heights_stay_finite_for_huge_values():
    from model.surfaces import map_heights
    z = np.array([[-1.5e308, 0.0, 1.5e308], [np.inf, np.nan, 1.0]])
    h, finite = map_heights(z)  # filterwarnings=error: any overflow warning fails here
    assert finite.tolist() == [[True, True, True], [False, False, True]]
    assert np.isfinite(h).all() and h[0, 0] == 0.0
    assert h[0, 2] == pytest.approx(np.log(3.0) + np.log(1e308), rel=1e-12)  # ln(1 + 3e308): 3e308 overflows
    assert h[1, 0] == h[1, 1] == h.max() == h[0, 2]
    small = np.array([1.0, 2.0, 5.0])
    np.testing.assert_allclose(map_heights(small)[0], np.log1p(small - 1.0))
    assert map_heights(np.full((2, 2), np.inf))[0].tolist() == [[0.0, 0.0], [0.0, 0.0]]


def test_overflowing_formula_grid_gives_values_without_warnings():
    s = parse_surface("x*3e307")
    _, _, z = s.grid(50, 50)
    assert np.isfinite(z).all() and z.max() == pytest.approx(1.5e308)
    s = parse_surface("exp(x*200)")
    _, _, z = s.grid(50, 50)
    assert np.isinf(z).any() and np.isfinite(z).any()


def test_grid_within_a_budget_takes_fewer_points_for_a_costly_formula():
    from model.surfaces import grid_within
    s = parse_surface("x^2 + y^2")
    ticks = iter([0.0, 0.0009])  # the 30 x 30 probe "took" 0.9 ms: 1 µs a point, 240 x 240 would take 58 ms
    xs, ys, z = grid_within(s, 240, budget=0.15, clock=lambda: next(ticks))
    assert z.shape == (240, 240)
    ticks = iter([0.0, 0.09])  # 100 µs a point: 5.8 s for 240 x 240; the budget allows 38 x 38
    xs, ys, z = grid_within(s, 240, budget=0.15, clock=lambda: next(ticks))
    assert z.shape == (38, 38) and xs[0] == -5.0 and xs[-1] == 5.0
    np.testing.assert_allclose(z, xs[:, None] ** 2 + ys[None, :] ** 2)
    ticks = iter([0.0, 9.0])  # absurdly slow: the probe itself is the map
    assert grid_within(s, 240, budget=0.15, clock=lambda: next(ticks))[2].shape == (30, 30)



@pytest.mark.parametrize("text", ["+".join(["x*y"] * 160), "-".join(["x/y"] * 160) + "*x", "(" * 40 + "x" + ")" * 40])
def test_long_formulas_evaluate_without_deep_recursion(text):
    """A sum of 160 terms was a tree 160 levels deep (a recursion per level in every evaluation, on a thread's
    small stack too); sums and products are flat now, so evaluation recurses only as deep as the nesting."""
    import sys
    s = parse_surface(text)
    x, y = 0.7, -1.3
    expected = eval(text.replace("^", "**"), {"x": x, "y": y})  # noqa: S307 - the test's own literal text
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    limit = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(depth + 60)  # room for 60 more levels: far fewer than the 160 terms
        value, (gx, gy) = s.f(x, y), s.grad(x, y)
    finally:
        sys.setrecursionlimit(limit)
    assert value == pytest.approx(expected, rel=1e-12)
    h = 1e-6
    assert gx == pytest.approx((s.f(x + h, y) - s.f(x - h, y)) / (2 * h), rel=1e-5)
    assert gy == pytest.approx((s.f(x, y + h) - s.f(x, y - h)) / (2 * h), rel=1e-5)
