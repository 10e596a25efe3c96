"""Two-dimensional loss surfaces f(x, y) with exact gradients, for the optimizer race (book §6.1.7).

Built-in surfaces (``SURFACES``, keyed by a stable id):

- ``book``:       f = x²/20 + y², the book's Fig. 6-8 (∇f = (x/10, 2y)); minimum (0, 0).
- ``rosenbrock``: f = (1 − x)² + 100·(y − x²)², a long curved valley; minimum (1, 1).
- ``beale``:      f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²; minimum (3, 0.5).
- ``himmelblau``: f = (x² + y − 11)² + (x + y² − 7)²; four minima, all with f = 0.
- ``saddle``:     f = x² − y² + y⁴/4, a saddle point at the origin between minima (0, ±√2) (bounded below, so
                  runs that leave the saddle settle instead of falling forever).

Users may also type a formula (``parse_surface``), read safely by ``model.formula`` (grammar and limits there),
whose tree gives f and its exact gradient.

Evaluation never raises or warns on overflow, division by zero or a domain error: the result is simply inf or nan.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Callable, Union

import numpy as np
import numpy.typing as npt

from model.formula import CONSTANTS, FUNCTIONS, MAX_FORMULA_LENGTH, MAX_NESTING, FormulaError, parse_formula

__all__ = ["SURFACES", "Surface", "get_surface", "grid_within", "map_heights", "parse_surface",
           # from model.formula:
           "CONSTANTS", "FUNCTIONS", "MAX_FORMULA_LENGTH", "MAX_NESTING", "FormulaError", "parse_formula"]

Array = npt.NDArray[np.float64]
ArrayLike = Union[float, Array]
Point = tuple[float, float]


# --------------------------------------------------------------------------------------------------------------------
# Surface


@dataclass(frozen=True)
class Surface:
    """A 2-D function with its gradient and display hints.

    ``f(x, y)`` and ``grad(x, y)`` accept scalars or NumPy arrays (broadcast against each other, computed in
    float64); with two scalars they return Python floats. ``grad`` returns the pair (∂f/∂x, ∂f/∂y).
    """

    id: str
    """Stable key: a key of ``SURFACES``, or ``"formula"`` for a parsed one."""
    name: str
    """English display name."""
    formula: str
    """The formula as text that ``parse_surface`` accepts (shown in the formula editor)."""
    fn: Callable[[Array, Array], ArrayLike] = field(repr=False, compare=False)
    """Raw f on float64 arrays (use ``f`` instead: it converts inputs and silences floating-point warnings)."""
    grad_fn: Callable[[Array, Array], tuple[ArrayLike, ArrayLike]] = field(repr=False, compare=False)
    """Raw gradient on float64 arrays (use ``grad``)."""
    xlim: Point = (-5.0, 5.0)
    """Default view range in x."""
    ylim: Point = (-5.0, 5.0)
    """Default view range in y."""
    start: Point = (-4.0, 3.0)
    """Default start point of the race."""
    minima: tuple[Point, ...] = ()
    """Known global minima (empty if unknown)."""
    log_scale: bool = False
    """Display hint: values span many orders of magnitude, so space the contour levels logarithmically."""
    clip_above: float | None = None
    """Display hint from the book's Fig. 6-8 script: values above this are set to 0 before contouring."""

    def f(self, x: ArrayLike, y: ArrayLike) -> ArrayLike:
        """f(x, y): a float for scalar inputs, else a float64 array of the broadcast shape."""
        xa, ya, shape = _prepare(x, y)
        with np.errstate(all="ignore"):
            z = self.fn(xa, ya)
        return _finish(z, shape)

    def grad(self, x: ArrayLike, y: ArrayLike) -> tuple[ArrayLike, ArrayLike]:
        """(∂f/∂x, ∂f/∂y) at (x, y): floats for scalar inputs, else float64 arrays of the broadcast shape."""
        xa, ya, shape = _prepare(x, y)
        with np.errstate(all="ignore"):
            gx, gy = self.grad_fn(xa, ya)
        return _finish(gx, shape), _finish(gy, shape)

    def grid(self, nx: int = 200, ny: int = 200) -> tuple[Array, Array, Array]:
        """Sample f over the default view: returns ``xs`` (nx,), ``ys`` (ny,) and ``Z`` (nx, ny), Z[i, j] = f(xs[i], ys[j])."""
        xs = np.linspace(self.xlim[0], self.xlim[1], nx)
        ys = np.linspace(self.ylim[0], self.ylim[1], ny)
        return xs, ys, np.asarray(self.f(xs[:, None], ys[None, :]))


def grid_within(surface: Surface, n: int = 240, budget: float = 0.15, probe: int = 30,
                clock: Callable[[], float] | None = None) -> tuple[Array, Array, Array]:
    """``surface.grid(m, m)`` with the largest m ≤ n whose estimated cost stays within ``budget`` seconds.

    A typed formula may cost a thousand times what a built-in surface costs (250 terms of x^y: 2 s for 240 × 240
    points), so the cost per point is measured on a ``probe`` × ``probe`` grid first and m is chosen from it
    (m² · cost per point ≤ budget, at least ``probe``). The cost of the probe itself is 1/64 of the full grid's.
    """
    clock = clock or time.perf_counter
    start = clock()
    small = surface.grid(probe, probe)
    per_point = max(clock() - start, 0.0) / (probe * probe)
    if per_point * n * n <= budget:
        return surface.grid(n, n)
    m = int(math.sqrt(budget / per_point)) if per_point > 0 else n
    return small if m <= probe else surface.grid(m, m)


def map_heights(z: ArrayLike) -> tuple[Array, Array]:
    """Heights for drawing f as a filled contour map: h = ln(1 + f − f_min) over the finite values of ``z``.

    f − f_min is formed as 2·(f/2 − f_min/2), so that it cannot overflow even when f spans ±1.8e308, and
    ln(1 + 2d) = ln 2 + ln(½ + d) is used where 2d would overflow. Returns ``(h, finite)``: h is finite everywhere
    (the points where f is inf or nan get the highest finite height, 0 if there is none) and ``finite`` marks where
    f is finite. Never warns.
    """
    z = np.asarray(z, dtype=np.float64)
    finite = np.isfinite(z)
    if not finite.any():
        return np.zeros(z.shape), finite
    with np.errstate(all="ignore"):
        half = np.where(finite, z, 0.0) / 2 - z[finite].min() / 2  # (f − f_min)/2 ≥ 0, no overflow
        small = half < 1e300
        h = np.where(small, np.log1p(2 * np.where(small, half, 0.0)), math.log(2) + np.log(0.5 + half))
    h[~finite] = h[finite].max()
    return h, finite


def _prepare(x: ArrayLike, y: ArrayLike) -> tuple[Array, Array, tuple[int, ...] | None]:
    """Inputs as float64 arrays and the output shape (None for two scalars)."""
    xa = np.asarray(x, dtype=np.float64)
    ya = np.asarray(y, dtype=np.float64)
    if xa.ndim == 0 and ya.ndim == 0:
        return xa, ya, None
    return xa, ya, xa.shape if xa.shape == ya.shape else np.broadcast_shapes(xa.shape, ya.shape)


def _finish(z: ArrayLike, shape: tuple[int, ...] | None) -> ArrayLike:
    if shape is None:
        return float(z)
    z = np.asarray(z, dtype=np.float64)
    if z.shape != shape:  # a constant (sub)formula: give it the shape of the grid
        z = np.broadcast_to(z, shape).copy()
    return z


# --------------------------------------------------------------------------------------------------------------------
# Built-in surfaces, with hand-derived gradients


def _book(x: Array, y: Array) -> Array:
    return x**2 / 20 + y**2


def _book_grad(x: Array, y: Array) -> tuple[Array, Array]:
    return x / 10, 2 * y


def _rosenbrock(x: Array, y: Array) -> Array:
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


def _rosenbrock_grad(x: Array, y: Array) -> tuple[Array, Array]:
    r = y - x**2
    return -2 * (1 - x) - 400 * x * r, 200 * r


def _beale_terms(x: Array, y: Array) -> tuple[Array, Array, Array]:
    return 1.5 - x + x * y, 2.25 - x + x * y**2, 2.625 - x + x * y**3


def _beale(x: Array, y: Array) -> Array:
    a, b, c = _beale_terms(x, y)
    return a**2 + b**2 + c**2


def _beale_grad(x: Array, y: Array) -> tuple[Array, Array]:
    a, b, c = _beale_terms(x, y)
    gx = 2 * a * (y - 1) + 2 * b * (y**2 - 1) + 2 * c * (y**3 - 1)
    gy = 2 * a * x + 4 * b * x * y + 6 * c * x * y**2
    return gx, gy


def _himmelblau(x: Array, y: Array) -> Array:
    return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


def _himmelblau_grad(x: Array, y: Array) -> tuple[Array, Array]:
    a, b = x**2 + y - 11, x + y**2 - 7
    return 4 * x * a + 2 * b, 2 * a + 4 * y * b


def _saddle(x: Array, y: Array) -> Array:
    return x**2 - y**2 + y**4 / 4


def _saddle_grad(x: Array, y: Array) -> tuple[Array, Array]:
    return 2 * x, y**3 - 2 * y


SURFACES: dict[str, Surface] = {
    "book": Surface(
        "book", "Book Fig. 6-8: x²/20 + y²", "x^2/20 + y^2", _book, _book_grad,
        xlim=(-10.0, 10.0), ylim=(-10.0, 10.0), start=(-7.0, 2.0), minima=((0.0, 0.0),), clip_above=7.0,
    ),
    "rosenbrock": Surface(
        "rosenbrock", "Rosenbrock valley", "(1 - x)^2 + 100*(y - x^2)^2", _rosenbrock, _rosenbrock_grad,
        xlim=(-2.0, 2.0), ylim=(-1.0, 3.0), start=(-1.2, 1.0), minima=((1.0, 1.0),), log_scale=True,
    ),
    "beale": Surface(
        "beale", "Beale", "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2", _beale, _beale_grad,
        xlim=(-4.5, 4.5), ylim=(-4.5, 4.5), start=(1.0, 1.5), minima=((3.0, 0.5),), log_scale=True,
    ),
    "himmelblau": Surface(
        "himmelblau", "Himmelblau (four minima)", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", _himmelblau,
        _himmelblau_grad, xlim=(-5.0, 5.0), ylim=(-5.0, 5.0), start=(0.0, 0.0),
        minima=(
            (3.0, 2.0),
            (-2.805118086952745, 3.131312518250573),
            (-3.779310253377747, -3.283185991286170),
            (3.584428340330492, -1.848126526964404),
        ),
        log_scale=True,
    ),
    "saddle": Surface(
        "saddle", "Saddle point: x² − y² + y⁴/4", "x^2 - y^2 + y^4/4", _saddle, _saddle_grad,
        xlim=(-4.0, 4.0), ylim=(-3.0, 3.0), start=(-3.5, 0.05), minima=((0.0, math.sqrt(2)), (0.0, -math.sqrt(2))),
    ),
}
"""The built-in surfaces in display order."""


def parse_surface(
    text: str, *, xlim: Point = (-5.0, 5.0), ylim: Point = (-5.0, 5.0), start: Point = (-4.0, 3.0)
) -> Surface:
    """A ``Surface`` for a formula typed by the user, e.g. ``"x^2/20 + y^2"`` or ``"sin(x)*cos(y) + 0.1*x^2"``.

    Raises ``FormulaError`` (a ``ValueError``) with the 0-based ``position`` of the problem.
    """
    tree = parse_formula(text)
    formula = " ".join(text.split())

    def grad(x: Array, y: Array) -> tuple[ArrayLike, ArrayLike]:
        _, dx, dy = tree.dual(x, y)
        return (0.0 if dx is None else dx), (0.0 if dy is None else dy)

    return Surface("formula", f"f(x, y) = {formula}", formula, tree.value, grad, xlim=xlim, ylim=ylim, start=start)


def get_surface(key: str) -> Surface:
    """The built-in surface with id ``key``, or else ``key`` parsed as a formula (``FormulaError`` if malformed)."""
    if key in SURFACES:
        return SURFACES[key]
    return parse_surface(key)
