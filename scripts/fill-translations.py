#!/usr/bin/env python3
"""Fills unfinished messages in translations/*.ts from a JSON file of translations.

The JSON maps an English source string to {"de": "...", "fr": "..."}; a key "context|source" applies to one context
only. For a plural (numerus) message the value is a list of forms, e.g. {"de": ["%n Zeile", "%n Zeilen"]}. Run the update_translations target first so every source string is in the .ts files, then:

    scripts/fill-translations.py translations.json translations/campaign-console_de.ts translations/campaign-console_fr.ts

Messages the JSON does not cover are listed and left unfinished, so the completeness test names them.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    table = json.load(open(sys.argv[1], encoding="utf-8"))
    missing = 0
    for path in sys.argv[2:]:
        tree = ET.parse(path)
        root = tree.getroot()
        lang = root.get("language", "")[:2]
        for context in root.findall("context"):
            ctx = context.findtext("name")
            for message in context.findall("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                done = (translation.text or "").strip() or any((f.text or "").strip() for f in translation)
                if translation.get("type") != "unfinished" and done:
                    continue
                entry = table.get(f"{ctx}|{source}") or table.get(source)
                if not entry or lang not in entry:
                    missing += 1
                    print(f"{path}: no {lang} translation for [{ctx}] {source!r}", file=sys.stderr)
                    continue
                value = entry[lang]
                if message.get("numerus") == "yes":
                    # Plural forms: a list, one string per form of the language (de and fr: singular, plural).
                    forms = value if isinstance(value, list) else [value]
                    for old in list(translation):
                        translation.remove(old)
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value
                translation.attrib.pop("type", None)
        ET.indent(tree, space="    ")
        with open(path, "wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
            out.write(b"\n")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
