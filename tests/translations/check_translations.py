#!/usr/bin/env python3
"""Fails when a user-visible string lacks a Simplified Chinese translation.

1. Runs lupdate over src/ and forms/ into a scratch .ts, so a string added to the code but not to
   translations/tierwise_zh_CN.ts is caught even before anyone refreshes the .ts files.
2. Every message of tierwise_zh_CN.ts that the code still uses must have a finished translation.
Usage: check_translations.py LUPDATE SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(ts_path):
    """{(context, source): translation or None when unfinished/empty}"""
    result = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            text = None
            if translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                text = "".join(translation.itertext()) or None
            result[(name, source)] = text
    return result


def main():
    lupdate, root = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as scratch:
        fresh = os.path.join(scratch, "fresh.ts")
        subprocess.run([lupdate, "-silent", "-locations", "none", os.path.join(root, "src"),
                        os.path.join(root, "forms"), "-ts", fresh], check=True)
        used = messages(fresh)
    committed = messages(os.path.join(root, "translations", "tierwise_zh_CN.ts"))
    missing = sorted(key for key in used if key not in committed)
    untranslated = sorted(key for key in used if key in committed and not committed[key])
    for context, source in missing:
        print(f"not in tierwise_zh_CN.ts (run the update_translations target): {context}: {source!r}")
    for context, source in untranslated:
        print(f"no Chinese translation: {context}: {source!r}")
    print(f"{len(used)} strings in use, {len(missing)} missing from the .ts, {len(untranslated)} untranslated")
    return 1 if missing or untranslated else 0


if __name__ == "__main__":
    sys.exit(main())
