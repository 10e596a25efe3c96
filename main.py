"""Descent: double-click entry point.  ``python main.py [--lang ko|en] [--smoke] [--settings FILE]``"""
from __future__ import annotations

import argparse
import os
import sys
import time

# One BLAS thread: at these matrix sizes a second thread barely helps on a quiet 2-core machine and hurts badly on a
# busy one; it also leaves the other core to the window (bench/bench_step.py measures this). Must precede numpy.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

T_START = time.perf_counter()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="descent", description="Watch neural networks learn.")
    parser.add_argument("--lang", choices=["en", "ko"], help="user-interface language (default: as last time, "
                                                             "else the system's)")
    parser.add_argument("--smoke", action="store_true", help="open the window, run every lab briefly, exit 0")
    parser.add_argument("--settings", help="settings file to use instead of the user's (INI format)")
    parser.add_argument("--startup-time", action="store_true", help="print seconds until the window is shown")
    return parser.parse_args(argv)


def run_smoke(window, app) -> None:
    """Visit every tab, start its experiment, let it draw a few frames, stop it; then quit with 0."""
    from PySide6.QtCore import QTimer

    order = list(range(window.tabs.count()))

    def visit(i: int) -> None:
        if i >= len(order):
            window.close()
            app.quit()
            return
        window.tabs.setCurrentIndex(order[i])
        tab = window.tabs.widget(order[i])
        tab.smoke_start()

        def finish() -> None:
            tab.shutdown()
            visit(i + 1)

        QTimer.singleShot(700, finish)

    QTimer.singleShot(100, lambda: visit(0))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from gui.app import (Translations, choose_language, make_settings, projector_font, register_fonts,
                         resource_dir)
    from gui.plotstyle import configure_pyqtgraph

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from gui.theme import use_light_theme

    use_light_theme(app)  # light on purpose, also under a dark system theme (see gui/theme.py)
    app.setApplicationName("Descent")
    app.setOrganizationName("Descent")
    icon = resource_dir() / "icons" / "descent.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    register_fonts(app)
    projector_font(app)
    settings = make_settings(args.settings)
    translations = Translations(app)
    translations.set_language(choose_language(args.lang, settings))
    configure_pyqtgraph()

    from gui.main_window import MainWindow

    window = MainWindow(settings, translations)
    window.show()
    if args.startup_time:
        QTimer.singleShot(0, lambda: print(f"startup {time.perf_counter() - T_START:.3f} s", flush=True))
    if args.smoke:
        run_smoke(window, app)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
