"""Two-dimensional loss surfaces f(x, y) with exact gradients, for the optimizer race (book §6.1.7).

Built-in surfaces (``SURFACES``, keyed by a stable id):

- ``book``:       f = x²/20 + y², the book's Fig. 6-8 (∇f = (x/10, 2y)); minimum (0, 0).
- ``rosenbrock``: f = (1 − x)² + 100·(y − x²)², a long curved valley; minimum (1, 1).
- ``beale``:      f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²; minimum (3, 0.5).
- ``himmelblau``: f = (x² + y − 11)² + (x + y² − 7)²; four minima, all with f = 0.
- ``saddle``:     f = x² − y² + y⁴/4, a saddle point at the origin between minima (0, ±√2) (bounded below, so
                  runs that leave the saddle settle instead of falling forever).

Users may also type a formula (``parse_surface``). It is read by a small tokenizer and recursive-descent parser
into an expression tree; no user text is ever passed to ``eval``. The tree evaluates f on arrays and gives the
exact gradient by forward-mode differentiation (each node returns its value with ∂/∂x and ∂/∂y).

Grammar (``^`` and ``**`` are both power, right-associative and binding tighter than unary minus: −x^2 = −(x²))::

    expr   := term (('+' | '-') term)*
    term   := unary (('*' | '/') unary)*
    unary  := ('+' | '-') unary | power
    power  := atom (('^' | '**') unary)?
    atom   := number | 'x' | 'y' | 'pi' | 'e' | function '(' expr ')' | '(' expr ')'

Evaluation never raises or warns on overflow, division by zero or a domain error: the result is simply inf or nan.
"""
from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass, field
from typing import Callable, Union

import numpy as np
import numpy.typing as npt

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


# --------------------------------------------------------------------------------------------------------------------
# Formula parser


class FormulaError(ValueError):
    """A formula that cannot be read. ``position`` is the 0-based index of the offending character in the text.

    ``kind`` names the problem for a user interface that words it in another language ("empty", "too_long",
    "too_deep", "expected_paren", "unknown_name", "missing_paren", "ends_early", "bad_char", "missing_times",
    "unexpected"), and ``token`` is the text at fault.
    """

    def __init__(self, message: str, position: int, kind: str = "unexpected", token: str = "") -> None:
        super().__init__(message)
        self.position = position
        self.kind = kind
        self.token = token


MAX_FORMULA_LENGTH = 1000
"""Longer text is rejected before parsing."""

MAX_NESTING = 100
"""Deepest nesting of parentheses, signs and powers the parser accepts (keeps recursion bounded)."""

CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e}
"""Names that stand for numbers."""

# name -> (f(u), f'(u) given u and f(u))
FUNCTIONS: dict[str, tuple[Callable[[Array], Array], Callable[[Array, Array], Array]]] = {
    "sin": (np.sin, lambda u, v: np.cos(u)),
    "cos": (np.cos, lambda u, v: -np.sin(u)),
    "tan": (np.tan, lambda u, v: 1 + v * v),
    "exp": (np.exp, lambda u, v: v),
    "log": (np.log, lambda u, v: 1 / u),
    "ln": (np.log, lambda u, v: 1 / u),
    "sqrt": (np.sqrt, lambda u, v: 0.5 / v),
    "abs": (np.abs, lambda u, v: np.sign(u)),
    "tanh": (np.tanh, lambda u, v: 1 - v * v),
    "sinh": (np.sinh, lambda u, v: np.cosh(u)),
    "cosh": (np.cosh, lambda u, v: np.sinh(u)),
}
"""Functions of one argument with their derivatives (log and ln are the natural logarithm)."""

_NAMES_HINT = "use x, y, pi, e and functions " + ", ".join(FUNCTIONS)

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<num>(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)
      | (?P<name>[A-Za-z_][A-Za-z_0-9]*)
      | (?P<op>\*\*|[-+*/^()])
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class _Token:
    kind: str  # "num", "name", "op", "end", or "bad" for a character that is not allowed
    text: str
    pos: int


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        m = _TOKEN.match(text, i)
        if m is None:  # reported by the parser when it gets there, so that errors come in reading order
            tokens.append(_Token("bad", text[i], i))
            i += 1
            continue
        kind = m.lastgroup or "op"
        start = m.start(kind)
        tokens.append(_Token(kind, m.group(kind), start))
        i = m.end()
    tokens.append(_Token("end", "", len(text.rstrip())))
    return tokens


# Dual numbers: (value, ∂/∂x, ∂/∂y); None stands for a derivative that is identically 0, so that e.g. ∂/∂y of
# sqrt(x) is exactly 0 and not 0·inf = nan at x = 0.
Dual = tuple[ArrayLike, ArrayLike | None, ArrayLike | None]


def _add(a: ArrayLike | None, b: ArrayLike | None) -> ArrayLike | None:
    if a is None:
        return b
    if b is None:
        return a
    return a + b


def _neg(a: ArrayLike | None) -> ArrayLike | None:
    return None if a is None else -a


def _scale(d: ArrayLike | None, factor: ArrayLike) -> ArrayLike | None:
    return None if d is None else d * factor


def _divide(d: ArrayLike | None, divisor: ArrayLike) -> ArrayLike | None:
    return None if d is None else d / divisor


class _Node:
    """An expression-tree node. ``has_vars`` says whether it depends on x or y."""

    has_vars: bool = False

    def value(self, x: Array, y: Array) -> ArrayLike:
        raise NotImplementedError

    def dual(self, x: Array, y: Array) -> Dual:
        raise NotImplementedError


class _Num(_Node):
    def __init__(self, v: float) -> None:
        self.v = np.float64(v)  # NumPy scalar: 1/0 gives inf, not ZeroDivisionError; (-8)^(1/3) gives nan

    def value(self, x: Array, y: Array) -> ArrayLike:
        return self.v

    def dual(self, x: Array, y: Array) -> Dual:
        return self.v, None, None


class _Var(_Node):
    has_vars = True

    def __init__(self, name: str) -> None:
        self.name = name

    def value(self, x: Array, y: Array) -> ArrayLike:
        return x if self.name == "x" else y

    def dual(self, x: Array, y: Array) -> Dual:
        one = np.float64(1.0)
        return (x, one, None) if self.name == "x" else (y, None, one)


class _Neg(_Node):
    def __init__(self, a: _Node) -> None:
        self.a, self.has_vars = a, a.has_vars

    def value(self, x: Array, y: Array) -> ArrayLike:
        return -self.a.value(x, y)

    def dual(self, x: Array, y: Array) -> Dual:
        v, dx, dy = self.a.dual(x, y)
        return -v, _neg(dx), _neg(dy)


class _Binary(_Node):
    def __init__(self, op: str, a: _Node, b: _Node) -> None:
        self.op, self.a, self.b = op, a, b
        self.has_vars = a.has_vars or b.has_vars

    def value(self, x: Array, y: Array) -> ArrayLike:
        a, b = self.a.value(x, y), self.b.value(x, y)
        return _power(a, b) if self.op == "^" else _arith_value(self.op, a, b)

    def dual(self, x: Array, y: Array) -> Dual:
        a, ax, ay = self.a.dual(x, y)
        b, bx, by = self.b.dual(x, y)
        if self.op != "^":
            return _arith_dual(self.op, (a, ax, ay), (b, bx, by))
        v = _power(a, b)
        if not self.b.has_vars:  # (a^c)' = c·a^(c−1)·a'
            if b == 0:
                return v, None, None
            factor = 2 * a if b == 2 else (1 if b == 1 else b * _power(a, b - 1))
            return v, _scale(ax, factor), _scale(ay, factor)
        if not self.a.has_vars:  # (c^b)' = c^b·ln c·b'
            factor = v * np.log(a)
            return v, _scale(bx, factor), _scale(by, factor)
        # (a^b)' = a^b·(b'·ln a + b·a'/a)
        ln_a, b_over_a = np.log(a), b / a
        dx = _scale(_add(_scale(bx, ln_a), _scale(ax, b_over_a)), v)
        dy = _scale(_add(_scale(by, ln_a), _scale(ay, b_over_a)), v)
        return v, dx, dy


class _Chain(_Node):
    """a op₁ b op₂ c … for + − or * /, evaluated left to right in a loop: a sum of 500 terms is one node, so that
    evaluating the tree never recurses deeper than the formula's nesting (at most ``MAX_NESTING``)."""

    def __init__(self, first: _Node, rest: list[tuple[str, _Node]]) -> None:
        self.first, self.rest = first, rest
        self.has_vars = first.has_vars or any(n.has_vars for _, n in rest)

    def value(self, x: Array, y: Array) -> ArrayLike:
        acc = self.first.value(x, y)
        for op, node in self.rest:
            acc = _arith_value(op, acc, node.value(x, y))
        return acc

    def dual(self, x: Array, y: Array) -> Dual:
        acc = self.first.dual(x, y)
        for op, node in self.rest:
            acc = _arith_dual(op, acc, node.dual(x, y))
        return acc


def _arith_value(op: str, a: ArrayLike, b: ArrayLike) -> ArrayLike:
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a / b


def _arith_dual(op: str, da: Dual, db: Dual) -> Dual:
    """The dual number of a op b for + − * /."""
    (a, ax, ay), (b, bx, by) = da, db
    if op == "+":
        return a + b, _add(ax, bx), _add(ay, by)
    if op == "-":
        return a - b, _add(ax, _neg(bx)), _add(ay, _neg(by))
    if op == "*":  # (ab)' = a'b + ab'
        return a * b, _add(_scale(ax, b), _scale(bx, a)), _add(_scale(ay, b), _scale(by, a))
    q = a / b  # (a/b)' = (a' − (a/b)·b') / b
    return q, _divide(_add(ax, _neg(_scale(bx, q))), b), _divide(_add(ay, _neg(_scale(by, q))), b)


def _power(a: ArrayLike, b: ArrayLike) -> ArrayLike:
    """a^b, with a^2 computed as a·a exactly (like ``a**2`` on arrays)."""
    if np.ndim(b) == 0 and b == 2:
        return a * a
    return np.power(a, b)


class _Call(_Node):
    def __init__(self, name: str, a: _Node) -> None:
        self.name, self.a, self.has_vars = name, a, a.has_vars
        self.f, self.df = FUNCTIONS[name]

    def value(self, x: Array, y: Array) -> ArrayLike:
        return self.f(self.a.value(x, y))

    def dual(self, x: Array, y: Array) -> Dual:
        u, ux, uy = self.a.dual(x, y)
        v = self.f(u)
        if ux is None and uy is None:
            return v, None, None
        d = self.df(u, v)
        return v, _scale(ux, d), _scale(uy, d)


class _Parser:
    """Recursive descent over the token list; each method parses one grammar rule (see the module docstring)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.i = 0
        self.depth = 0

    @property
    def tok(self) -> _Token:
        return self.tokens[self.i]

    def advance(self) -> _Token:
        t = self.tokens[self.i]
        self.i += 1
        return t

    def parse(self) -> _Node:
        if self.tok.kind == "end":
            raise FormulaError("Empty formula", 0, "empty")
        node = self.expr()
        if self.tok.kind != "end":
            raise self.unexpected(after_operand=True)
        return node

    def nest(self) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise FormulaError(f"Formula is nested too deeply at position {self.tok.pos}", self.tok.pos, "too_deep")

    def expr(self) -> _Node:
        return self.chain(("+", "-"), self.term)

    def term(self) -> _Node:
        return self.chain(("*", "/"), self.unary)

    def chain(self, ops: tuple[str, str], operand: Callable[[], _Node]) -> _Node:
        """operand (op operand)*, as one flat node (left-associative)."""
        first, rest = operand(), []
        while self.tok.text in ops and self.tok.kind == "op":
            op = self.advance().text
            rest.append((op, operand()))
        return _Chain(first, rest) if rest else first

    def unary(self) -> _Node:
        self.nest()
        if self.tok.kind == "op" and self.tok.text in ("+", "-"):
            sign = self.advance().text
            operand = self.unary()
            node = _Neg(operand) if sign == "-" else operand
        else:
            node = self.power()
        self.depth -= 1
        return node

    def power(self) -> _Node:
        base = self.atom()
        if self.tok.kind == "op" and self.tok.text in ("^", "**"):
            self.advance()
            return _Binary("^", base, self.unary())
        return base

    def atom(self) -> _Node:
        t = self.tok
        if t.kind == "num":
            self.advance()
            return _Num(float(t.text))
        if t.kind == "name":
            return self.name()
        if t.kind == "op" and t.text == "(":
            self.advance()
            inner = self.expr()
            self.close(t)
            return inner
        raise self.unexpected(after_operand=False)

    def name(self) -> _Node:
        t = self.advance()
        key = t.text.lower()
        if key in ("x", "y"):
            return _Var(key)
        if key in CONSTANTS:
            return _Num(CONSTANTS[key])
        if key in FUNCTIONS:
            if not (self.tok.kind == "op" and self.tok.text == "("):
                pos = self.tok.pos
                raise FormulaError(f"Expected '(' after '{t.text}' at position {pos}, as in {key}(x)", pos,
                                   "expected_paren", t.text)
            opening = self.advance()
            arg = self.expr()
            self.close(opening)
            return _Call(key, arg)
        raise FormulaError(f"Unknown name '{t.text}' at position {t.pos} ({_NAMES_HINT})", t.pos, "unknown_name",
                           t.text)

    def close(self, opening: _Token) -> None:
        if self.tok.kind == "op" and self.tok.text == ")":
            self.advance()
            return
        if self.tok.kind == "end":
            pos = self.tok.pos
            raise FormulaError(f"Missing ')' at position {pos} to close the '(' at position {opening.pos}", pos,
                               "missing_paren", str(opening.pos))
        raise self.unexpected(after_operand=True)

    def unexpected(self, *, after_operand: bool) -> FormulaError:
        t = self.tok
        if t.kind == "end":
            return FormulaError(
                f"Formula ends too early at position {t.pos}: expected a number, x, y, a function or '('", t.pos,
                "ends_early")
        if t.kind == "bad":
            return FormulaError(f"Unexpected character '{t.text}' at position {t.pos}", t.pos, "bad_char", t.text)
        if after_operand and (t.kind in ("num", "name") or t.text == "("):
            return FormulaError(f"Unexpected '{t.text}' at position {t.pos} (missing '*'?)", t.pos, "missing_times",
                                t.text)
        return FormulaError(f"Unexpected '{t.text}' at position {t.pos}", t.pos, "unexpected", t.text)


def parse_formula(text: str) -> _Node:
    """Parse ``text`` into an expression tree, or raise ``FormulaError``."""
    if len(text) > MAX_FORMULA_LENGTH:
        raise FormulaError(f"Formula is too long (more than {MAX_FORMULA_LENGTH} characters)", MAX_FORMULA_LENGTH,
                           "too_long")
    return _Parser(text).parse()


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
