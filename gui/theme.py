"""Descent is light on purpose, whatever the system theme.

The plots are drawn dark on white (``gui.plotstyle``), hints are grey (#555) and the status line dark grey (#333) on
the panel colour. Under a dark system theme Qt hands the widgets a dark palette: pyqtgraph's axis labels then take
the palette's near-white text on the white plots, and the grey hint and status text drop to 1.9:1 and 1.1:1 against
the dark panels. A projector washes out dark themes anyway, so the app keeps one light look: the Fusion style (the
same on every OS) with the explicit palette below, and Qt 6.8's colour-scheme hint set to light.

Contrast is the WCAG ratio (L1 + 0.05) / (L2 + 0.05) of relative luminances; text needs 4.5:1.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

LIGHT = {
    QPalette.ColorRole.Window: "#EFEFEF", QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#FFFFFF", QPalette.ColorRole.AlternateBase: "#F5F5F5",
    QPalette.ColorRole.Text: "#000000", QPalette.ColorRole.PlaceholderText: "#5F5F5F",
    QPalette.ColorRole.Button: "#E6E6E6", QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.BrightText: "#FFFFFF",
    QPalette.ColorRole.ToolTipBase: "#FFFFE1", QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.Highlight: "#1F5FA8", QPalette.ColorRole.HighlightedText: "#FFFFFF",
    QPalette.ColorRole.Link: "#0B57B0", QPalette.ColorRole.LinkVisited: "#6A3D9A",
    QPalette.ColorRole.Light: "#FFFFFF", QPalette.ColorRole.Midlight: "#D8D8D8", QPalette.ColorRole.Mid: "#A0A0A0",
    QPalette.ColorRole.Dark: "#7A7A7A", QPalette.ColorRole.Shadow: "#404040",
}
"""The light palette (active and inactive groups)."""

DISABLED = {QPalette.ColorRole.WindowText: "#646464", QPalette.ColorRole.Text: "#646464",
            QPalette.ColorRole.ButtonText: "#646464", QPalette.ColorRole.Base: "#F3F3F3",
            QPalette.ColorRole.Highlight: "#9A9A9A"}
"""Disabled controls: grey text still at 4.5:1 on the light panel (WCAG exempts it; a projector does not)."""


def light_palette() -> QPalette:
    """The explicit light palette Descent uses on every system."""
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, value in LIGHT.items():
            palette.setColor(group, role, QColor(value))
    for role, value in DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
    return palette


def use_light_theme(app: QApplication) -> None:
    """Fusion style and the light palette for the whole app; call before any window is made."""
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: ask the platform for light title bars and dialogs too
        hints.setColorScheme(Qt.ColorScheme.Light)
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(light_palette())


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour: 0.2126 R + 0.7152 G + 0.0722 B of the linearised channels."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours, from 1 (same) to 21 (black on white)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
