"""Fill unfinished entries of a .ts file from a JSON object {source text: translation}.

    python tools/ts_fill.py resources/i18n/descent_ko.ts new_terms.json

Entries whose source is in the JSON get that translation and lose the "unfinished" mark; others are left alone.
Prints the sources still unfinished, so a translator sees what is left.
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, mapping: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_path)
    left = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in mapping:
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            left.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as fh:
        text = fh.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(ts_path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return left


if __name__ == "__main__":
    with open(sys.argv[2], encoding="utf-8") as fh:
        remaining = fill(sys.argv[1], json.load(fh))
    print("\n".join(remaining) if remaining else "all translated")
