"""gui/format.py: one way to write numbers, checked value by value (pure functions, no window)."""
import math

import pytest

from gui.format import (MINUS, NO_VALUE, axis_exponent, fmt_count, fmt_number, fmt_percent, fmt_scale, fmt_sci,
                        fmt_tick, nice_ceil, nice_floor, nice_ticks, power_of_ten, with_minus)


def test_power_of_ten_uses_superscripts_and_a_superscript_minus():
    assert power_of_ten(-4) == "10⁻⁴"
    assert power_of_ten(12) == "10¹²"
    assert power_of_ten(0) == "10⁰"


@pytest.mark.parametrize("value, text", [
    (0.141, "0.141"), (2.5, "2.5"), (512.0, "512"), (0.01, "0.01"), (-0.5, MINUS + "0.5"),
    (0.0, "0"), (4.2e-9, "4.2×10⁻⁹"), (-3.0e-5, MINUS + "3.0×10⁻⁵"), (12345.0, "1.2×10⁴"), (999.7, "1.0×10³"),
    (math.nan, NO_VALUE), (math.inf, NO_VALUE), (None, NO_VALUE),
])
def test_fmt_number_three_significant_digits_or_a_power_of_ten(value, text):
    assert fmt_number(value) == text


def test_fmt_sci_rounds_the_mantissa_up_into_the_next_power():
    assert fmt_sci(9.96e-3) == "1.0×10⁻²"
    assert fmt_sci(1.234e-6, 3) == "1.23×10⁻⁶"
    assert fmt_sci(0) == "0"


@pytest.mark.parametrize("value, text", [
    (1.0, "1"), (0.00736, "0.00736"), (1e-4, "0.0001"), (0.158489, "0.158"), (5e-5, "5.00×10⁻⁵"),
])
def test_fmt_scale_plain_down_to_one_ten_thousandth(value, text):
    assert fmt_scale(value) == text


@pytest.mark.parametrize("fraction, text", [
    (0.5, "50.0%"), (0.971, "97.1%"), (0.0, "0.0%"), (1.0, "100.0%"), (0.0004, "<0.1%"), (0.9996, ">99.9%"),
    (0.0005, "0.1%"), (math.nan, NO_VALUE),
])
def test_fmt_percent_one_decimal_no_space_and_exact_ends(fraction, text):
    assert fmt_percent(fraction) == text


def test_counts_and_ticks():
    assert fmt_count(100000) == "100,000"
    assert fmt_tick(-2.5) == MINUS + "2.5"
    assert fmt_tick(0.30000000000000004) == "0.3"
    assert with_minus("-1 - 2") == f"{MINUS}1 {MINUS} 2"


@pytest.mark.parametrize("magnitude, k", [(5.0, 0), (0.01, 0), (0.009, -3), (999.0, 0), (1000.0, 3),
                                          (0.0, 0), (math.nan, 0)])
def test_axis_exponent_only_outside_hundredths_to_hundreds(magnitude, k):
    assert axis_exponent(magnitude) == k


@pytest.mark.parametrize("x, up, down", [(1.0, 1.0, 1.0), (1.01, 1.2, 1.0), (7.3, 8.0, 6.0), (0.031, 0.04, 0.03),
                                         (8.5, 10.0, 8.0), (250.0, 250.0, 250.0)])
def test_nice_ceil_and_floor_bracket_the_value(x, up, down):
    assert nice_ceil(x) == pytest.approx(up)
    assert nice_floor(x) == pytest.approx(down)
    assert nice_floor(x) <= x <= nice_ceil(x)


def test_nice_ceil_of_nothing_is_one():
    assert nice_ceil(0.0) == 1.0 and nice_ceil(-3.0) == 1.0 and nice_ceil(math.nan) == 1.0


def test_nice_ticks_are_round_inside_the_range_and_labelled_with_the_minus_sign():
    ticks = nice_ticks(-3.0, 3.0, 3)
    values = [v for v, _ in ticks]
    assert values == [-2.5, 0.0, 2.5]
    assert [t for _, t in ticks] == [MINUS + "2.5", "0", "2.5"]
    assert nice_ticks(0.0, 7.5, 3) == [(0.0, "0"), (2.5, "2.5"), (5.0, "5"), (7.5, "7.5")]
    assert nice_ticks(1.0, 1.0) == [(1.0, "1")]
