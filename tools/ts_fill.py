"""Fill unfinished entries of a .ts file from a JSON object {source text: translation}.

    python tools/ts_fill.py resources/i18n/descent_ko.ts new_terms.json

Entries whose source is in the JSON get that translation and lose the "unfinished" mark; others are left alone.
A key "Context::source" applies to that context only and wins over a plain "source" key (the same English word
can need different Korean in two places).
Prints the sources still unfinished, so a translator sees what is left.
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, mapping: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_path)
    left = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            _fill_message(name, message, mapping, left)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as fh:
        text = fh.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(ts_path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return left


def _fill_message(context: str, message, mapping: dict[str, str], left: list[str]) -> None:
    source = message.findtext("source")
    translation = message.find("translation")
    text = mapping.get(f"{context}::{source}", mapping.get(source))
    if text is not None:
        translation.text = text
        translation.attrib.pop("type", None)
    elif translation.get("type") == "unfinished":
        left.append(f"{context}::{source}")


if __name__ == "__main__":
    with open(sys.argv[2], encoding="utf-8") as fh:
        remaining = fill(sys.argv[1], json.load(fh))
    print("\n".join(remaining) if remaining else "all translated")
