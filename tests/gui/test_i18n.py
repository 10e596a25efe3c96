"""Korean ships complete: every tr() string is in the .ts, translated, compiled, and shown when Korean is chosen."""
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tools import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "descent_ko.ts"
QM = ROOT / "resources" / "i18n" / "descent_ko.qm"


def messages(ts_path):
    tree = ET.parse(ts_path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_every_korean_entry_is_translated():
    unfinished = [(c, m.findtext("source")) for c, m in messages(TS)
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not (m.findtext("translation") or "").strip()]
    assert not unfinished, f"untranslated: {unfinished[:10]}"


def test_every_tr_string_is_in_the_ts(tmp_path):
    copy = tmp_path / "descent_ko.ts"
    shutil.copy(TS, copy)
    i18n.lupdate(copy)
    before = {(c, m.findtext("source")) for c, m in messages(TS)}
    after = {(c, m.findtext("source")) for c, m in messages(copy)}
    assert after - before == set(), f"strings missing from the .ts (run tools/i18n.py): {sorted(after - before)[:10]}"


def test_qm_matches_ts(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    wrong = []
    for context, m in messages(TS):
        source = m.findtext("source")
        expected = m.findtext("translation")
        if m.get("numerus") == "yes":
            continue
        got = translator.translate(context, source, m.findtext("comment"))
        if got != expected:
            wrong.append((context, source, got, expected))
    assert not wrong, f"the .qm is stale (run tools/i18n.py --release): {wrong[:5]}"


@pytest.fixture
def korean(qapp):
    from gui.app import Translations
    t = Translations(qapp)
    assert t.set_language("ko")
    yield t
    t.set_language("en")


def test_korean_window_title_tabs_and_buttons(qtbot, korean, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from gui.app import make_settings
    from gui.main_window import MainWindow

    window = MainWindow(make_settings(str(tmp_path / "s.ini")), korean)
    qtbot.addWidget(window)
    assert window.tabs.widget(0).run_bar.play_button.text() == "재생"
    assert any("\uac00" <= ch <= "\ud7a3" for ch in window.windowTitle())
    assert any("\uac00" <= ch <= "\ud7a3" for ch in window.tabs.tabText(0))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "취소"
    assert QCoreApplication.translate("RunBar", "Play") != "Play"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Optimizer race (2-D)")
    assert window.windowTitle() == "Descent: watch neural networks learn"
    assert window.tabs.widget(0).run_bar.play_button.text() in ("Play", "Pause")
    window.shutdown()
