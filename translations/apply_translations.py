#!/usr/bin/env python3
"""Fills translations into a .ts file from a JSON dictionary {"source text": "translation"}.

Used after `cmake --build BUILD --target update_translations` has added new source strings:
    translations/apply_translations.py translations/tierwise_zh_CN.ts zh_CN.json
Plural messages take a list of forms in the JSON (Chinese has one form). Messages whose source is
not in the dictionary are left as they are; the list of those still unfinished is printed.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    ts_path, dictionary_path = sys.argv[1], sys.argv[2]
    with open(dictionary_path, encoding="utf-8") as f:
        dictionary = json.load(f)
    tree = ET.parse(ts_path)
    unfinished = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in dictionary:
            value = dictionary[source]
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in value if isinstance(value, list) else [value]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            unfinished.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1))
    for source in unfinished:
        print("unfinished:", source)
    print(f"{len(unfinished)} unfinished")


if __name__ == "__main__":
    main()
