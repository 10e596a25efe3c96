"""The label for any message that may hold what a user typed or a file name: it can never widen the window."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

__all__ = ["MessageLabel"]


class MessageLabel(QLabel):
    """A message that can never widen the window: wrapped (inside long words too), at most ``max_lines`` lines
    with "…" at the end of the last when there is more, the whole text in the tooltip when it does not fit.

    Its width comes from the layout only (horizontal size policy ``Ignored``, minimum width 0); its height is that
    of the lines shown. ``text()`` returns the whole text as set, ``shown_text()`` what is on screen. Plain text
    only. At most ``MAX_CHARS`` characters are laid out, so a 32,767-character formula costs no more than a short one.
    """

    MAX_CHARS = 2000
    TOOLTIP_CHARS = 1000
    TOOLTIP_LINE = 100

    def __init__(self, parent: QWidget | None = None, max_lines: int = 3) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_lines = max(1, max_lines)
        self._tip_is_ours = False
        self._cut = False
        self._laid_out_width = -1
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

    def text(self) -> str:  # noqa: D102 - the whole text, not the shown lines
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def is_elided(self) -> bool:
        """True when part of the text is left out (the last line ends in "…" and the tooltip has it all)."""
        return self._cut

    def setText(self, text: str) -> None:
        self._full = str(text)
        self._relayout()

    def clear(self) -> None:
        self.setText("")

    def setToolTip(self, tip: str) -> None:
        """A tooltip set from outside (e.g. a traceback) is cut into lines too, so that it cannot be wider."""
        self._tip_is_ours = False
        super().setToolTip(self._lines_of(tip, 5 * self.TOOLTIP_CHARS))

    def _relayout(self) -> None:
        width = max(self.contentsRect().width(), 40)
        self._laid_out_width = width
        lines, cut = self._wrap(self._full[: self.MAX_CHARS], width)
        cut = cut or len(self._full) > self.MAX_CHARS
        self._cut = cut
        super().setText("\n".join(lines))
        if cut:
            super().setToolTip(self._tooltip_text())
            self._tip_is_ours = True
        elif self._tip_is_ours:
            super().setToolTip("")
            self._tip_is_ours = False
        self.updateGeometry()

    def _wrap(self, text: str, width: int) -> tuple[list[str], bool]:
        """Up to ``max_lines`` lines of at most ``width`` pixels; True when text was left out (last line elided)."""
        layout = QTextLayout(text.replace("\n", "\u2028"), self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        spans: list[tuple[int, int]] = []
        layout.beginLayout()
        while len(spans) <= self._max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()
        clean = text.replace("\n", " ")
        lines = [clean[a : a + n].rstrip() for a, n in spans[: self._max_lines]]
        if len(spans) <= self._max_lines:
            return lines, False
        start = spans[self._max_lines - 1][0]
        rest = clean[start : start + 4 * width].strip() + " …"
        lines[-1] = self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)
        return lines, True

    def _tooltip_text(self) -> str:
        return self._lines_of(self._full, self.TOOLTIP_CHARS)

    def _lines_of(self, text: str, limit: int) -> str:
        """``text`` in lines of at most ``TOOLTIP_LINE`` characters (a tooltip does not wrap a long word either),
        and at most ``limit`` characters of it."""
        if not text:
            return ""
        text = text if len(text) <= limit else text[:limit] + " …"
        out = []
        for line in text.splitlines() or [""]:
            out += [line[i : i + self.TOOLTIP_LINE] for i in range(0, max(len(line), 1), self.TOOLTIP_LINE)]
        return "\n".join(out)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.contentsRect().width() != self._laid_out_width and self._full:
            self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self._full:
            self._relayout()

    def sizeHint(self) -> QSize:
        shown = self.shown_text()
        lines = shown.count("\n") + 1 if shown else 0
        margins = self.contentsMargins()
        return QSize(60, lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())
