"""Descent: double-click entry point.  ``python main.py [--lang ko|en] [--smoke] [--settings FILE]``"""
from __future__ import annotations

import argparse
import multiprocessing
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
    parser.add_argument("--install-desktop", action="store_true",
                        help="Linux: add Descent to the application menu, then exit")
    parser.add_argument("--desktop", action="store_true", help="with --install-desktop: also on the desktop")
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


def install_desktop(on_desktop: bool) -> int:
    """``--install-desktop``: write the Linux launcher for this very installation (venv, pipx or bundle)."""
    from gui.desktop_entry import install
    from model.files import WriteError

    if not sys.platform.startswith("linux"):
        print("descent: --install-desktop is for Linux desktops", file=sys.stderr)
        return 1
    try:
        for path in install(on_desktop):
            print(f"wrote {path}")
    except (WriteError, OSError) as e:
        print(f"descent: {e}", file=sys.stderr)
        return 1
    return 0


def report_missing_resources(smoke: bool) -> bool:
    """True when every bundled file is there; otherwise say which are missing (stderr, and the exit code in smoke)."""
    from model.resources import ResourceError, missing, resources_dir

    absent = missing()
    if not absent:
        return True
    try:
        where = str(resources_dir())
    except ResourceError as e:
        where = str(e)
    print(f"descent: the installation is incomplete, missing in {where}: {', '.join(absent)}", file=sys.stderr)
    return not smoke


def print_smoke_report(window, language: str, translated: bool) -> None:
    """What ``--smoke`` checked, for the bundle test: tab titles in the chosen language and the bundled data."""
    from model.datasets import load_bundled_mnist

    data = load_bundled_mnist()
    titles = " | ".join(window.tabs.tabText(i) for i in range(window.tabs.count()))
    text = (f"smoke: language {language} ({'translation loaded' if translated else 'NO TRANSLATION'}); "
            f"tabs: {titles}\nsmoke: bundled MNIST {data.n_train} train / {data.n_test} test")
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"  # sys.stdout is None in a windowed Windows app
    print(text.encode(encoding, "backslashreplace").decode(encoding), flush=True)


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # first: a frozen bundle's worker processes start here
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.install_desktop:
        return install_desktop(args.desktop)
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from gui.platform_check import check_qt_platform

    if not check_qt_platform(args.lang):
        return 2
    if not report_missing_resources(args.smoke):
        return 3

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from gui.app import Translations, choose_language, make_settings, projector_font, register_fonts
    from gui.desktop_entry import APP_ID
    from gui.plotstyle import configure_pyqtgraph
    from model.resources import resource_path

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from gui.theme import use_light_theme

    use_light_theme(app)  # light on purpose, also under a dark system theme (see gui/theme.py)
    app.setApplicationName("Descent")
    app.setOrganizationName("Descent")
    app.setDesktopFileName(APP_ID)  # docks match the window to the launcher written by --install-desktop
    icon = resource_path("icons/descent.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    register_fonts(app)
    projector_font(app)
    settings = make_settings(args.settings)
    translations = Translations(app)
    language = choose_language(args.lang, settings)
    translated = translations.set_language(language)
    configure_pyqtgraph()
    from gui.threads import GuiThreadCollector

    GuiThreadCollector(app)  # Python's cyclic GC on the GUI thread only: never a Qt object freed by a worker

    from gui.main_window import MainWindow

    window = MainWindow(settings, translations)
    window.show()
    if args.startup_time:
        QTimer.singleShot(0, lambda: print(f"startup {time.perf_counter() - T_START:.3f} s", flush=True))
    if args.smoke:
        print_smoke_report(window, language, translated)
        if not translated:
            return 4
        run_smoke(window, app)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
