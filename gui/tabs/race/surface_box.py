"""The race's surface controls: which surface (or a typed formula and what is wrong with it), the start point and
the number of steps."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox

from gui.explain import explain, explain_choices
from gui.widgets import MessageLabel
from model.surfaces import SURFACES, FormulaError

CUSTOM = "custom"
"""The surface chooser's entry for a typed formula."""
START_LIMIT = 1e6
"""The start point is kept within ±START_LIMIT in x and y (typed, clicked after panning, or dragged)."""
FORMULA_EXCERPT = 40
"""Characters of the formula shown on each side of the place an error points at."""


class SurfaceBox(QGroupBox):
    """The 'Loss surface' group. It holds the widgets; the tab reads them and decides what a change does."""

    def __init__(self, formula: str, start: tuple[float, float], parent=None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.surface_label, self.formula_label = QLabel(self), QLabel(self)
        self.surface_combo = QComboBox(self)
        for sid in list(SURFACES) + [CUSTOM]:
            self.surface_combo.addItem("", sid)
        form.addRow(self.surface_label, self.surface_combo)
        form.addRow(self.formula_label, self._formula_row(formula))
        self.formula_error = MessageLabel(self, max_lines=4)
        self.formula_error.setStyleSheet("color: #B00020;")
        self.surface_note = MessageLabel(self, max_lines=2)
        self.surface_note.setStyleSheet("color: #7A4B00;")
        form.addRow(self.formula_error)
        form.addRow(self.surface_note)
        self.start_label = QLabel(self)
        form.addRow(self.start_label, self._start_row(start))
        self.steps_label = QLabel(self)
        self.max_steps = QSpinBox(self)
        self.max_steps.setRange(1, 100000)
        self.max_steps.setValue(200)
        form.addRow(self.steps_label, self.max_steps)
        self._explain()

    def _formula_row(self, formula: str) -> QHBoxLayout:
        self.formula_edit = QLineEdit(formula, self)
        self.formula_apply = QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.formula_edit, 1)
        row.addWidget(self.formula_apply)
        return row

    def _start_row(self, start: tuple[float, float]) -> QHBoxLayout:
        self.start_x, self.start_y = (
            pg.SpinBox(value=v, step=0.1, decimals=4, compactHeight=False, bounds=(-START_LIMIT, START_LIMIT))
            for v in start[:2])
        self.start_x_label, self.start_y_label = QLabel("x"), QLabel("y")
        row = QHBoxLayout()
        for w in (self.start_x_label, self.start_x, self.start_y_label, self.start_y):
            row.addWidget(w)
        return row

    def _explain(self) -> None:
        explain_choices(self.surface_combo, {sid: f"surface.{sid}" for sid in list(SURFACES) + [CUSTOM]})
        for widget in (self.start_label, self.start_x, self.start_y):
            explain(widget, "start")
        for widget in (self.steps_label, self.max_steps):
            explain(widget, "max_steps")

    def set_formula_enabled(self) -> None:
        """The formula field and its button work only when 'Your formula…' is chosen."""
        custom = self.surface_combo.currentData() == CUSTOM
        self.formula_edit.setEnabled(custom)
        self.formula_apply.setEnabled(custom)

    # text -----------------------------------------------------------------------------------------------------------
    def surface_names(self) -> dict[str, str]:
        return {"book": self.tr("Book: x²/20 + y²"), "rosenbrock": self.tr("Rosenbrock (banana valley)"),
                "beale": self.tr("Beale"), "himmelblau": self.tr("Himmelblau (four minima)"),
                "saddle": self.tr("Saddle point"), CUSTOM: self.tr("Your formula…")}

    def retranslate(self) -> None:
        names = self.surface_names()
        for i in range(self.surface_combo.count()):
            self.surface_combo.setItemText(i, names.get(self.surface_combo.itemData(i), ""))
        self.setTitle(self.tr("Loss surface"))
        self.surface_label.setText(self.tr("Surface"))
        self.formula_label.setText(self.tr("f(x, y) ="))
        self.formula_apply.setText(self.tr("Apply"))
        self.formula_edit.setToolTip(self.tr(
            "Numbers, x, y, pi, e, + - * / ** ^, parentheses and sin cos tan exp log sqrt abs tanh sinh cosh"))
        self.start_label.setText(self.tr("Start point"))
        self.steps_label.setText(self.tr("Steps"))

    def formula_problem(self, exc: FormulaError) -> str:
        """The parser's problem in the user's language; %1 is the 1-based position, %2 the text at fault."""
        messages = {
            "empty": self.tr("The formula is empty."),
            "too_long": self.tr("The formula is too long."),
            "too_deep": self.tr("The formula is nested too deeply (at character %1)."),
            "expected_paren": self.tr("'%2' needs its argument in parentheses, e.g. %2(x) (at character %1)."),
            "unknown_name": self.tr("Unknown name '%2' at character %1. Use x, y, pi, e and the functions "
                                    "sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh."),
            "missing_paren": self.tr("A ')' is missing at character %1."),
            "ends_early": self.tr("The formula ends too early: a number, x, y, a function or '(' is missing."),
            "bad_char": self.tr("The character '%2' at position %1 is not allowed."),
            "missing_times": self.tr("Unexpected '%2' at character %1. Is a '*' missing?"),
            "unexpected": self.tr("Unexpected '%2' at character %1."),
        }
        text = messages.get(getattr(exc, "kind", ""), str(exc))
        return text.replace("%1", str(exc.position + 1)).replace("%2", getattr(exc, "token", ""))

    def formula_error_text(self, text: str, exc: FormulaError) -> str:
        """The problem, then the formula around the place it points at, that character between ⟦ ⟧ (plain text)."""
        pos = min(max(exc.position, 0), len(text))
        lo, hi = max(0, pos - FORMULA_EXCERPT), min(len(text), pos + 1 + FORMULA_EXCERPT)
        excerpt = (("…" if lo > 0 else "") + text[lo:pos] + "⟦" + (text[pos:pos + 1] or " ") + "⟧"
                   + text[pos + 1:hi] + ("…" if hi < len(text) else ""))
        if exc.kind == "too_long":
            excerpt = text[:FORMULA_EXCERPT] + "…"
        return (self.tr("The formula was not changed: %1").replace("%1", self.formula_problem(exc))
                + "\n" + " ".join(excerpt.split()))
