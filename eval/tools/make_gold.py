#!/usr/bin/env python3
"""Builds the extraction gold files of eval/dev from the compact annotations in eval/annotations.

For every eval/annotations/NAME.json it reads eval/dev/NAME.txt, finds each annotated surface string in the text,
computes UTF-16 offsets (Java String indices; emoji outside the BMP count two), checks everything it can and writes
eval/dev/NAME.gold.json. It fails loudly (exit 1, every problem listed with file and annotation) when a string is not
found, a span does not read back, a key is malformed or an event refers to a unit or region the text never mentions.

    python3 eval/tools/make_gold.py            # regenerate all gold files
    python3 eval/tools/make_gold.py --check    # verify that committed gold files are up to date

Annotation format: see eval/README.md.
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEV = ROOT / "eval" / "dev"
ANNOTATIONS = ROOT / "eval" / "annotations"
PLACES = json.loads((ROOT / "eval" / "tools" / "places.json").read_text(encoding="utf-8"))["places"]

REGION_KEY = re.compile(r"^(RU-[A-Z]{2,3}|UA-\d{2})$")
UNIT_KEY = re.compile(r"^unit:((army|corps|division|brigade|regiment|battalion|company|detachment|unit):\d+|named:[a-z0-9-]+)$")
ORG_KEY = re.compile(r"^org:[a-z0-9-]+$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EVENT_TYPES = {"APPEAL", "REFUSAL", "DETENTION", "DESERTION", "MUTINY", "ASSAULT", "CASUALTIES", "SHORTAGE",
               "ABUSE", "PROSECUTION", "MOBILIZATION", "COUNTER_STATEMENT"}
LANGUAGES = {"en", "ru", "uk"}


class Problems:
    def __init__(self, name):
        self.name = name
        self.items = []

    def add(self, where, message):
        self.items.append("%s: %s: %s" % (self.name, where, message))


def utf16(text, index):
    """UTF-16 code-unit offset of the Python str index."""
    return len(text[:index].encode("utf-16-le")) // 2


def is_word(ch):
    return ch.isalnum() or ch in "_#@"


def occurrences(text, surface):
    """Start indices of surface in text at word boundaries; a '#' or '@' before it (a hashtag) does not count."""
    found, at = [], text.find(surface)
    while at >= 0:
        before = text[at - 1] if at > 0 else " "
        after = text[at + len(surface)] if at + len(surface) < len(text) else " "
        first_is_word = surface[0].isalnum()
        last_is_word = surface[-1].isalnum()
        if (not first_is_word or not is_word(before)) and (not last_is_word or not is_word(after)):
            found.append(at)
        at = text.find(surface, at + 1)
    return found


class Locator:
    """Finds the n-th occurrence of a string, or by default the next one after the last annotated occurrence."""

    def __init__(self, text, problems):
        self.text = text
        self.problems = problems
        self.used = {}

    def find(self, surface, where, n=None):
        if not surface:
            self.problems.add(where, "empty string")
            return None
        found = occurrences(self.text, surface)
        if n is None:
            n = self.used.get(surface, 0) + 1
        if len(found) < n:
            self.problems.add(where, "%r occurrence %d not found (found %d)" % (surface, n, len(found)))
            return None
        self.used[surface] = max(self.used.get(surface, 0), n)
        start = found[n - 1]
        return start, start + len(surface)


def check_date(problems, where, low, high):
    for value in (low, high):
        if not isinstance(value, str) or not ISO_DATE.match(value):
            problems.add(where, "date must be YYYY-MM-DD: %r" % (value,))
            return
    if low > high:
        problems.add(where, "from after to: %s > %s" % (low, high))


def check_figure(problems, where, low, high, unit, per):
    if low is None and high is None:
        problems.add(where, "figure without low and high")
    for value in (low, high):
        if value is not None and not isinstance(value, (int, float)):
            problems.add(where, "figure must be a number or null: %r" % (value,))
    if isinstance(low, (int, float)) and isinstance(high, (int, float)) and low > high:
        problems.add(where, "low > high: %s > %s" % (low, high))
    if not isinstance(unit, str) or not unit:
        problems.add(where, "unit missing")
    if per not in (None, "day", "week", "month", "year"):
        problems.add(where, "per must be day, week, month, year or null: %r" % (per,))


def mention(entry, locator, problems, index):
    where = "mention %d %r" % (index, entry[:2])
    options = entry[-1] if isinstance(entry[-1], dict) else {}
    fields = entry[:-1] if options else entry
    kind, surface = fields[0], fields[1]
    attrs = fields[2:]
    span = locator.find(surface, where, options.get("n"))
    if span is None:
        return None
    out = {"type": kind, "text": surface, "start": span[0], "end": span[1]}
    if kind == "REGION":
        (key,) = attrs
        if not REGION_KEY.match(key):
            problems.add(where, "bad region key %r" % key)
        out["key"] = key
    elif kind == "PLACE":
        (place_id,) = attrs
        place = PLACES.get(place_id)
        if place is None:
            problems.add(where, "unknown place %r (add it to eval/tools/places.json)" % place_id)
            return None
        if place["key"].startswith("geonames:"):
            out["key"] = place["key"]
        # places missing from cities500 get no key: the extractor's gazetteer may key them differently,
        # so they are scored by name (see eval/README.md)
        out.update({"name": place["name"], "country": place["country"],
                    "region": place["region"], "lat": place["lat"], "lon": place["lon"]})
    elif kind == "UNIT":
        (key,) = attrs
        if not UNIT_KEY.match(key):
            problems.add(where, "bad unit key %r" % key)
        out["key"] = key
    elif kind == "ORG":
        (key,) = attrs
        if not ORG_KEY.match(key):
            problems.add(where, "bad org key %r" % key)
        out["key"] = key
    elif kind == "DATE":
        low, high = attrs
        check_date(problems, where, low, high)
        out.update({"from": low, "to": high})
    elif kind == "QUANTITY":
        low, high, unit, per = attrs
        check_figure(problems, where, low, high, unit, per)
        out.update({"low": low, "high": high, "unit": unit, "per": per})
    else:
        problems.add(where, "unknown mention type %r" % kind)
        return None
    return out


def build(name):
    problems = Problems(name)
    annotation = json.loads((ANNOTATIONS / (name + ".json")).read_text(encoding="utf-8"))
    text_path = DEV / (name + ".txt")
    if not text_path.exists():
        problems.add("text", "missing %s" % text_path)
        return None, problems
    text = text_path.read_text(encoding="utf-8")
    language = annotation.get("language")
    if language not in LANGUAGES or not name[4:6] == language:
        problems.add("language", "language %r does not match the file name" % language)
    if not ISO_DATE.match(annotation.get("published", "")):
        problems.add("published", "must be YYYY-MM-DD")
    if not 300 <= len(text) <= 5000:
        problems.add("text", "length %d outside 300..5000" % len(text))

    locator = Locator(text, problems)
    mentions = [m for i, e in enumerate(annotation.get("mentions", [])) if (m := mention(e, locator, problems, i))]
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    for a, b in zip(mentions, mentions[1:]):
        if b["start"] < a["end"]:
            problems.add("mentions", "overlap %r [%d,%d) and %r [%d,%d)" % (a["text"], a["start"], a["end"],
                                                                               b["text"], b["start"], b["end"]))

    claims = []
    for i, c in enumerate(annotation.get("claims", [])):
        where = "claim %d" % i
        span = Locator(text, problems).find(c["text"], where, c.get("n"))
        if span is None:
            continue
        if c.get("claimant") and not occurrences(text, c["claimant"]):
            problems.add(where, "claimant %r not in the text" % c["claimant"])
        if c.get("claimant_key") is not None and not ORG_KEY.match(c["claimant_key"]):
            problems.add(where, "bad claimant_key %r" % c["claimant_key"])
        check_figure(problems, where, c.get("low"), c.get("high"), c.get("unit"), c.get("per"))
        claims.append({"text": c["text"], "start": span[0], "end": span[1], "claimant": c["claimant"],
                       "claimantKey": c.get("claimant_key"), "subject": c["subject"], "low": c.get("low"),
                       "high": c.get("high"), "unit": c.get("unit"), "per": c.get("per")})

    unit_keys = {m["key"] for m in mentions if m["type"] == "UNIT"}
    region_keys = {m["key"] for m in mentions if m["type"] == "REGION"} | {m["region"] for m in mentions if m["type"] == "PLACE"}
    events = []
    for i, e in enumerate(annotation.get("events", [])):
        where = "event %d %s" % (i, e.get("type"))
        if e.get("type") not in EVENT_TYPES:
            problems.add(where, "unknown event type")
        span = Locator(text, problems).find(e["text"], where, e.get("n"))
        if span is None:
            continue
        if e.get("from") is not None or e.get("to") is not None:
            check_date(problems, where, e.get("from"), e.get("to"))
        for unit in e.get("units", []):
            if unit not in unit_keys:
                problems.add(where, "unit %s is not among the UNIT mentions" % unit)
        for region in e.get("origin", []) + e.get("location", []):
            if region not in region_keys:
                problems.add(where, "region %s is neither a REGION mention nor the region of a PLACE mention" % region)
        events.append({"type": e["type"], "text": e["text"], "start": span[0], "end": span[1],
                       "from": e.get("from"), "to": e.get("to"), "origin": e.get("origin", []),
                       "location": e.get("location", []), "units": e.get("units", [])})

    # convert str indices to UTF-16 offsets, then read every span back in UTF-16
    for record in mentions + claims + events:
        record["start"], record["end"] = utf16(text, record["start"]), utf16(text, record["end"])
    units16 = text.encode("utf-16-le")
    for record in mentions + claims + events:
        back = units16[2 * record["start"]:2 * record["end"]].decode("utf-16-le")
        if back != record["text"]:
            problems.add("span", "%r reads back as %r" % (record["text"], back))

    gold = {"language": language, "published": annotation["published"], "source": annotation.get("source"),
            "mentions": mentions, "claims": claims, "events": events}
    return gold, problems


def main(argv):
    check = "--check" in argv
    names = sorted(p.stem for p in ANNOTATIONS.glob("*.json"))
    failures, stale = [], []
    texts = sorted(p.stem for p in DEV.glob("*.txt"))
    for text in texts:
        if text not in names:
            failures.append("%s: text without annotation" % text)
    for name in names:
        gold, problems = build(name)
        failures.extend(problems.items)
        if gold is None or problems.items:
            continue
        rendered = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        path = DEV / (name + ".gold.json")
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != rendered:
                stale.append(name)
        else:
            path.write_text(rendered, encoding="utf-8")
    for line in failures:
        print("ERROR " + line, file=sys.stderr)
    for name in stale:
        print("STALE %s.gold.json (run make_gold.py)" % name, file=sys.stderr)
    counts = {lang: sum(1 for n in names if n[4:6] == lang) for lang in sorted(LANGUAGES)}
    print("%d annotated texts %s, %d problems, %d stale" % (len(names), counts, len(failures), len(stale)))
    return 1 if failures or stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
