"""How every number on screen is written: one style for every lab, in both languages.

The style (decided once, applied everywhere):

- **Significant digits, not decimals.** A value shows 3 significant digits between 0.01 and 1000 (``0.141``,
  ``2.35``, ``512``); outside that it is written ``m×10ᵏ`` with a superscript exponent (``4.2×10⁻⁹``), never with an
  ``e`` (a back row cannot read ``4.2e-09``).
- **Percentages** have one decimal and no space before the sign: ``50.0%``, ``97.1%``; a share that is not zero but
  rounds to 0.0 shows ``<0.1%``, one that is not everything but rounds to 100.0 shows ``>99.9%`` (so ``0.0%`` and
  ``100.0%`` are exact). Korean writes percentages the same way (no space, a decimal point), as it does thousands
  (``1,000``): one style serves both languages, and sentences order the numbers through ``tr()`` placeholders.
- **Minus** is the typographic minus sign U+2212 (``−0.5``): as wide as the plus sign and not lost beside a tick.
  Text a user edits (spin boxes) and CSV files keep the ASCII hyphen, which programs parse.
- **No value** is an em dash ``—`` (NaN, infinity, or nothing measured yet).

Characters used (U+2212, superscript digits, ×) exist in the system face and in the bundled NanumGothic fallback,
so Korean screens show them too.

Pure functions of their arguments: no Qt, testable without a window.
"""
from __future__ import annotations

import math

MINUS = "\u2212"
NO_VALUE = "—"
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")

NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0)
"""Mantissas of the round axis ends ``nice_ceil`` and ``nice_floor`` choose from (× 10ᵏ)."""


def _finite(v) -> bool:
    return v is not None and math.isfinite(v)


def with_minus(text: str) -> str:
    """``text`` with every ASCII hyphen-minus turned into the minus sign U+2212."""
    return text.replace("-", MINUS)


def power_of_ten(k: int) -> str:
    """``10⁻⁴`` for k = −4."""
    return "10" + str(int(k)).translate(_SUPERSCRIPT)


def fmt_sci(v: float, digits: int = 2) -> str:
    """``4.2×10⁻⁹``: ``digits`` significant digits and a power of ten; ``0`` for 0, ``—`` for NaN and infinity."""
    if not _finite(v):
        return NO_VALUE
    if v == 0:
        return "0"
    k = math.floor(math.log10(abs(v)))
    m = round(v / 10.0 ** k, digits - 1)
    if abs(m) >= 10:
        k, m = k + 1, m / 10
    return with_minus(f"{m:.{digits - 1}f}") + "×" + power_of_ten(k)


def fmt_number(v: float, digits: int = 3) -> str:
    """``digits`` significant digits for magnitudes 0.01 … 999 (``0.141``, ``−2.5``), else ``m×10ᵏ``."""
    if not _finite(v):
        return NO_VALUE
    if v == 0:
        return "0"
    if 0.01 <= abs(v) < 1000:
        text = f"{v:.{digits}g}"
        if "e" in text:  # 999.6 with 3 digits rounds to 1e+03
            return fmt_sci(v, 2)
        return with_minus(text)
    return fmt_sci(v, 2)


def fmt_scale(w: float) -> str:
    """A weight scale or learning rate as a title shows it: 3 significant digits, plain down to 0.0001
    (``0.00736``, ``0.0001``), ``m×10ᵏ`` below."""
    if not _finite(w):
        return NO_VALUE
    if w == 0:
        return "0"
    if 1e-4 <= abs(w) < 1000:
        return with_minus(f"{w:.3g}")
    return fmt_sci(w, 3)


def fmt_percent(fraction: float) -> str:
    """A fraction as a percentage with one decimal: ``0.5`` → ``50.0%``; ``<0.1%`` and ``>99.9%`` keep a share that is
    not exactly 0 or 1 from looking like it; ``—`` for NaN."""
    if not _finite(fraction):
        return NO_VALUE
    p = 100.0 * fraction
    if 0 < p < 0.05:
        return "<0.1%"
    if 99.95 <= p < 100:
        return ">99.9%"
    return with_minus(f"{p:.1f}") + "%"


def fmt_count(n: int) -> str:
    """An integer with thousands separators: ``100,000`` (the same in Korean)."""
    return with_minus(f"{int(n):,}")


def fmt_tick(v: float) -> str:
    """An axis tick: the shortest exact form (``2.5``, ``−1``, ``0.001``), with the minus sign."""
    return with_minus(f"{float(f'{v:.6g}'):g}")


def axis_exponent(magnitude: float) -> int:
    """The power of ten to divide an axis by so its tick labels stay short (0 for magnitudes 0.01 … 999)."""
    if not (_finite(magnitude) and magnitude > 0):
        return 0
    k = math.floor(math.log10(magnitude))
    return k if k < -2 or k > 2 else 0


def nice_ceil(x: float) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (× 10ᵏ) not below ``x``: axis ends that stay put while a
    value changes a little (a steady axis is easier to watch, and its cached picture is reused). 1 for x ≤ 0."""
    if not (_finite(x) and x > 0):
        return 1.0
    k = math.floor(math.log10(x))
    for m in NICE_STEPS + (10.0,):
        if m * 10.0 ** k >= x * (1 - 1e-9):
            return float(f"{m * 10.0 ** k:.6g}")
    return 10.0 ** (k + 1)


def nice_floor(x: float) -> float:
    """The largest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (× 10ᵏ) not above ``x``. 1 for x ≤ 0."""
    if not (_finite(x) and x > 0):
        return 1.0
    k = math.floor(math.log10(x))
    best = 10.0 ** k
    for m in NICE_STEPS:
        if m * 10.0 ** k <= x * (1 + 1e-9):
            best = m * 10.0 ** k
    return float(f"{best:.6g}")


def nice_ticks(lo: float, hi: float, n: int = 3) -> list[tuple[float, str]]:
    """At least ``n`` round tick values (steps 1, 2, 2.5, 5 × 10ᵏ) in [lo, hi], as few as possible, labelled with
    ``fmt_tick`` (readable in a narrow plot)."""
    span = hi - lo
    if not (_finite(span) and span > 0):
        return [(lo, fmt_tick(lo))]
    k0 = math.floor(math.log10(span))
    best: list[float] = []
    for step in sorted(m * 10.0 ** k for k in (k0 - 2, k0 - 1, k0) for m in (1, 2, 2.5, 5)):
        first, last = math.ceil(lo / step - 1e-9), math.floor(hi / step + 1e-9)
        ticks = [j * step for j in range(first, last + 1)]
        if len(ticks) >= n or not best:
            best = ticks
    return [(0.0 if abs(v) < 1e-9 * span else v, fmt_tick(v)) for v in best]
