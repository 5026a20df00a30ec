#!/usr/bin/python3
"""Self-check of the labelled analysis corpus (not used by CI).

For every case: expected.json parses, keys and value fields are known, every
term quote occurs in the document text, every finding quote occurs on the page
it names (PDF: pdftotext per physical page; DOCX: tierwise-cli extract pages;
txt/md: one page). Prints counts per language, format, term key and category.
Usage: /usr/bin/python3 check_corpus.py [CASE...]
"""
import collections, json, os, re, subprocess, sys

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
# TW_ANALYSIS_CASES checks another folder of cases (e.g. a held-out set) the same way.
HERE = os.environ.get("TW_ANALYSIS_CASES", SCRIPT_DIR)
CORPUS = os.path.normpath(os.path.join(SCRIPT_DIR, "../../../../shared/corpus"))
CLI = os.path.normpath(os.path.join(SCRIPT_DIR, "../../../build/dev/bin/tierwise-cli"))
KEYS = {
    "coverage": {"days_per_week", "hours_per_day", "start", "end", "holidays"},
    "response_time": {"minutes", "next_business_day", "basis"},
    "onsite_time": {"minutes", "next_business_day", "basis"},
    "resolution_time": {"minutes", "next_business_day", "basis"},
    "uptime_guarantee": {"percent"},
    "penalty": {"percent", "per", "cap_percent"},
    "parts_quality": {"value"}, "parts_stock": {"value", "location"},
    "parts_dispatch_first": {"value"}, "eol_parts_years": {"value"},
    "certification": {"value"}, "price": {"amount", "currency", "per"},
    "term_months": {"value"}, "price_adjustment": {"value", "percent"},
    "value_added": {"value"},
}
CATS = {"vague_wording", "clock_start", "day_basis", "parts_quality", "no_penalty",
        "scope_exclusion", "subcontracting", "unilateral_change", "price_adjustment",
        "marketing_claim", "missing_sla"}
ENUMS = {
    ("parts_quality", "value"): {"oem_new", "certified_refurbished", "new_or_equivalent",
                                 "vendor_discretion", "compatible", "unspecified"},
    ("parts_stock", "value"): {"local", "regional", "central"},
    ("price_adjustment", "value"): {"fixed", "capped", "unbounded"},
    ("value_added", "value"): {"preventive_maintenance", "software_support", "loaner",
                               "installation_migration", "remote_monitoring", "sla_reporting"},
    ("price", "per"): {"server_year", "server_month", "total", "year", "hour", "month", "incident"},
}


def norm(s):
    return re.sub(r"\s+", "", s)


def pages_of(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
            ["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
        return [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), path, "-"],
                               capture_output=True, text=True).stdout for i in range(1, n + 1)]
    if ext == ".docx":
        d = json.loads(subprocess.run([CLI, "extract", path, "--format", "json"],
                                      capture_output=True, text=True).stdout)
        return ["\n".join(l["text"] for l in p["lines"]) for p in d["pages"]]
    with open(path, encoding="utf-8") as f:
        return [f.read()]


def check(case):
    d = os.path.join(HERE, case)
    exp = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
    if "input" in exp:
        path = os.path.join(CORPUS, exp["input"])
    else:
        ins = [f for f in os.listdir(d) if f.startswith("input.")]
        assert len(ins) == 1, (case, ins)
        path = os.path.join(d, ins[0])
    pages = pages_of(path)
    npages = [norm(p) for p in pages]
    whole = "".join(npages)
    errs = []
    for t in exp["terms"]:
        k = t["key"]
        if k not in KEYS:
            errs.append("unknown key %s" % k); continue
        extra = set(t) - KEYS[k] - {"key", "tier", "priority", "quote"}
        if extra: errs.append("unknown fields %s in %s" % (extra, t))
        for f in ("tier", "priority", "quote"):
            if f not in t: errs.append("missing %s in %s" % (f, t))
        if t.get("priority") not in (None, "P1", "P2", "P3", "P4"): errs.append("bad priority %s" % t)
        for (kk, ff), allowed in ENUMS.items():
            if k == kk and ff in t and t[ff] not in allowed: errs.append("bad enum %s" % t)
        q = norm(t["quote"])
        if q not in whole: errs.append("term quote not found: %r" % t["quote"])
        if t.get("tier") and norm(t["tier"]) not in whole: errs.append("tier not in text: %r" % t["tier"])
    for f in exp["findings"]:
        if f["category"] not in CATS: errs.append("bad category %s" % f)
        if f["page"] is None:
            continue
        q = norm(f.get("quote", ""))
        if not q: errs.append("finding without quote %s" % f); continue
        p = f["page"]
        if p < 1 or p > len(pages) or q not in npages[p - 1]:
            where = [i + 1 for i, t in enumerate(npages) if q in t]
            errs.append("finding quote %r not on page %s (found on %s)" % (f["quote"], p, where))
    return exp, path, len(pages), errs


def main():
    cases = sys.argv[1:] or sorted(c for c in os.listdir(HERE)
                                   if os.path.isfile(os.path.join(HERE, c, "expected.json")))
    tk, fc, lang, fmt = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    bad = 0
    for c in cases:
        exp, path, n, errs = check(c)
        tk.update(t["key"] for t in exp["terms"]); fc.update(f["category"] for f in exp["findings"])
        kind = "real" if "input" in exp else "own"
        lang[(kind, exp["language"])] += 1; fmt[(kind, os.path.splitext(path)[1])] += 1
        print("%-34s %-5s %-9s pages=%-3d terms=%-3d findings=%-3d %s" % (
            c, exp["language"], os.path.splitext(path)[1], n, len(exp["terms"]),
            len(exp["findings"]), "OK" if not errs else "ERRORS"))
        for e in errs:
            print("    " + e)
        bad += bool(errs)
    print("languages:", dict(lang)); print("formats:", dict(fmt))
    print("terms:", dict(sorted(tk.items())), "total", sum(tk.values()))
    print("findings:", dict(sorted(fc.items())), "total", sum(fc.values()))
    sys.exit(1 if bad else 0)


main()
