"""Copies the texts of selected example items into eval/dev/NNN-<lang>-<slug>.txt.

A Telegram message's text is the concatenation of its text_entities (what an importer sees); an article's text is
title, lead and paragraphs separated by blank lines. Run from the repository root:
python3 eval/tools/texts_from_examples.py
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval" / "tools" / "examples"))
from articles import ARTICLES  # noqa: E402

OKO = ROOT / "examples/telegram/result.json"
GOLOS = ROOT / "examples/telegram/golos_pribaikalya/result.json"

SELECTION = [
    ("001-ru-buryatia-wives-appeal", GOLOS, 3),
    ("002-ru-buryatia-1432-appeal", GOLOS, 4),
    ("003-ru-ulan-ude-call-up", GOLOS, 7),
    ("004-ru-vuhledar-two-versions", OKO, 10),
    ("005-ru-mod-counter-video", OKO, 14),
    ("006-ru-bakhmut-loss-figures", OKO, 17),
    ("007-ru-zaitseve-basement", OKO, 18),
    ("008-ru-krasnoyarsk-refusal", OKO, 20),
    ("009-ru-valuyki-mutiny", OKO, 22),
    ("010-ru-novosibirsk-appeal", OKO, 25),
    ("011-ru-kursk-kupiansk-shortage", OKO, 30),
    ("012-ru-krasnoyarsk-sentence", OKO, 32),
    ("013-ru-krasnoyarsk-wives", OKO, 34),
    ("014-ru-irkutsk-article", "2023-03-06-sibirskaya-lenta-irkutsk-obrashchenie.html", None),
    ("015-ru-chelyabinsk-article", "2023-03-04-uralskiy-reporter-poteryavshiesya.html", None),
    ("016-ru-krasnoyarsk-article", "2023-04-10-novaya-okraina-krasnoyarsk-sud.html", None),
    ("018-uk-omsk-archive", OKO, 4),
    ("019-uk-buryatia-kreminna", OKO, 7),
    ("020-uk-vuhledar-waves", OKO, 9),
    ("021-uk-chelyabinsk-lost", OKO, 11),
    ("022-uk-irkutsk-avdiivka", OKO, 13),
    ("023-uk-genstaff-losses", OKO, 16),
    ("024-uk-zaitseve-basement", OKO, 19),
    ("025-uk-weekly-digest", OKO, 27),
    ("026-uk-storm-z-abuse", OKO, 28),
    ("027-uk-wagner-novocherkassk", OKO, 35),
    ("028-uk-refuseniks-count", OKO, 38),
    ("029-uk-zaitseve-article", "2023-03-12-pryfrontovyi-kurier-pidval-zaitseve.html", None),
    ("030-uk-kupiansk-marinka-article", "2023-04-04-holos-slobozhanshchyny-kupiansk-marinka.html", None),
    ("031-uk-storm-z-article", "2023-03-29-novyny-skhodu-shtorm-z-vtraty.html", None),
    ("035-en-buryatia-article", "2023-02-21-steppe-ledger-buryatia-appeal.html", None),
    ("036-en-irkutsk-article", "2023-03-08-eastern-front-monitor-irkutsk-appeal.html", None),
    ("037-en-vuhledar-article", "2023-03-09-eastern-front-monitor-vuhledar-losses.html", None),
]


def message_text(path, message_id):
    for m in json.loads(path.read_text(encoding="utf-8"))["messages"]:
        if m["id"] == message_id:
            return "".join(e["text"] for e in m["text_entities"])
    raise SystemExit("no message %d in %s" % (message_id, path))


def article_text(file):
    a = next(a for a in ARTICLES if a["file"] == file)
    parts = [a["title"], a["lead"]] + [re.sub(r"\*\*(.+?)\*\*", r"\1", p) for p in a["paragraphs"]]
    return "\n\n".join(parts)


for name, source, message_id in SELECTION:
    text = message_text(source, message_id) if message_id else article_text(source)
    (ROOT / "eval/dev" / (name + ".txt")).write_text(text, encoding="utf-8")
    print(name, len(text))
