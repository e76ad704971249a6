#!/usr/bin/env python3
"""Checks the example corpus: every file parses, the Telegram exports have the Telegram Desktop shape, the news
pages carry title, article and published time, the feeds are RSS 2.0 / Atom, and every item MANIFEST.md names
exists. Run from anywhere: python3 eval/tools/examples/check_examples.py (exit 1 on the first list of problems)."""
import html.parser
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ElementTree

ROOT = pathlib.Path(__file__).resolve().parents[3] / "examples"
problems = []


def check_telegram(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    for field in ("name", "type", "id", "messages"):
        if field not in data:
            problems.append("%s: no top-level %s" % (path, field))
    ids = set()
    for m in data["messages"]:
        where = "%s#%s" % (path.relative_to(ROOT), m.get("id"))
        for field in ("id", "type", "date", "date_unixtime", "text", "text_entities"):
            if field not in m:
                problems.append("%s: no %s" % (where, field))
        if not isinstance(m.get("date_unixtime"), str):
            problems.append("%s: date_unixtime must be a string" % where)
        if not "2023-02-01" <= m["date"][:10] <= "2023-04-30":
            problems.append("%s: date %s outside Feb-Apr 2023" % (where, m["date"]))
        text = m["text"] if isinstance(m["text"], str) else "".join(p if isinstance(p, str) else p["text"] for p in m["text"])
        if text != "".join(e["text"] for e in m["text_entities"]):
            problems.append("%s: text and text_entities disagree" % where)
        if "reply_to_message_id" in m and m["reply_to_message_id"] not in ids:
            problems.append("%s: reply to unknown or later message" % where)
        ids.add(m["id"])
    return data


class PageParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()
        self.published = None

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("property") == "article:published_time":
            self.published = attrs.get("content")


def check_page(path):
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    for tag in ("title", "article", "nav", "header", "footer"):
        if tag not in parser.tags:
            problems.append("%s: no <%s>" % (path.name, tag))
    if not parser.published:
        problems.append("%s: no article:published_time" % path.name)


def check_feed(path):
    root = ElementTree.parse(path).getroot()
    if root.tag == "rss":
        items = root.findall("./channel/item")
        if root.get("version") != "2.0" or not all(i.find("pubDate") is not None for i in items):
            problems.append("%s: not RSS 2.0 with pubDate" % path.name)
    elif root.tag == "{http://www.w3.org/2005/Atom}feed":
        items = root.findall("{http://www.w3.org/2005/Atom}entry")
        if not all(i.find("{http://www.w3.org/2005/Atom}updated") is not None for i in items):
            problems.append("%s: Atom entry without updated" % path.name)
    else:
        problems.append("%s: neither RSS nor Atom" % path.name)
        items = []
    if not 3 <= len(items) <= 5:
        problems.append("%s: %d entries, want 3-5" % (path.name, len(items)))


oko = check_telegram(ROOT / "telegram" / "result.json")
golos = check_telegram(ROOT / "telegram" / "golos_pribaikalya" / "result.json")
if sum(1 for m in oko["messages"] if m["type"] == "message") < 40:
    problems.append("telegram/result.json: fewer than 40 messages")
pages = sorted((ROOT / "news").glob("*.html"))
for page in pages:
    check_page(page)
for feed in sorted((ROOT / "feeds").glob("*.xml")):
    check_feed(feed)

manifest = (ROOT / "../docs/example-corpus.md").read_text(encoding="utf-8")
known = {"oko": {m["id"] for m in oko["messages"]}, "gp": {m["id"] for m in golos["messages"]}}
for channel, number in re.findall(r"\b(oko|gp)#(\d+)", manifest):
    if int(number) not in known[channel]:
        problems.append("MANIFEST.md: %s#%s does not exist" % (channel, number))
for name in re.findall(r"news/([\w.-]+\.html)", manifest):
    if not (ROOT / "news" / name).exists():
        problems.append("MANIFEST.md: news/%s does not exist" % name)

for line in problems:
    print("ERROR " + line, file=sys.stderr)
print("%d + %d Telegram messages, %d pages, %d problems" % (len(oko["messages"]), len(golos["messages"]), len(pages), len(problems)))
sys.exit(1 if problems else 0)
