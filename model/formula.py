"""The formula a user types for the optimizer race, read safely: a tokenizer and a recursive-descent parser build an
expression tree; no user text is ever passed to ``eval``. The tree evaluates f on arrays and gives the exact gradient
by forward-mode differentiation (each node returns its value with ∂/∂x and ∂/∂y).

Grammar (``^`` and ``**`` are both power, right-associative and binding tighter than unary minus: −x^2 = −(x²))::

    expr   := term (('+' | '-') term)*
    term   := unary (('*' | '/') unary)*
    unary  := ('+' | '-') unary | power
    power  := atom (('^' | '**') unary)?
    atom   := number | 'x' | 'y' | 'pi' | 'e' | function '(' expr ')' | '(' expr ')'

Bounded work for any input: at most ``MAX_FORMULA_LENGTH`` characters, at most ``MAX_NESTING`` levels of
parentheses, signs and powers; sums and products are flat nodes evaluated in a loop, so evaluation recurses only as
deep as the nesting. Only ASCII digits and letters are read (``٣`` or ``１`` is not a number here).
Evaluation never raises on overflow, division by zero or a domain error: the result is simply inf or nan (callers
silence NumPy's warnings, see ``model.surfaces.Surface``).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Union

import numpy as np
import numpy.typing as npt

__all__ = ["CONSTANTS", "FUNCTIONS", "MAX_FORMULA_LENGTH", "MAX_NESTING", "FormulaError", "parse_formula"]

Array = npt.NDArray[np.float64]
ArrayLike = Union[float, Array]


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
