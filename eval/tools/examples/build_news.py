"""Writes the example news pages (full HTML with site boilerplate). Run: python3 eval/tools/examples/build_news.py"""
import html
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from articles import ARTICLES

OUT = pathlib.Path(__file__).resolve().parents[3] / "examples" / "news"

OUTLETS = {
    "ledger": {"name": "The Steppe Ledger", "host": "steppeledger.example", "css": "sl",
               "nav": ["World", "Russia", "Ukraine war", "Central Asia", "Investigations", "Opinion", "Podcasts"],
               "section": "Ukraine war"},
    "efm": {"name": "Eastern Front Monitor", "host": "easternfrontmonitor.example", "css": "efm",
            "nav": ["Latest", "Frontline", "Analysis", "Maps", "Data", "Newsletter", "About"], "section": "Frontline"},
    "lenta": {"name": "Сибирская лента", "host": "sibirlenta.example", "css": "lenta",
              "nav": ["Новости", "Иркутск", "Бурятия", "Красноярск", "Война", "Расследования", "Мнения"], "section": "Война"},
    "ural": {"name": "Уральский репортёр", "host": "uralreporter.example", "css": "ur",
             "nav": ["Главное", "Екатеринбург", "Челябинск", "Мобилизация", "Суды", "Экономика", "Спецпроекты"],
             "section": "Мобилизация"},
    "okraina": {"name": "Новая окраина", "host": "novokraina.example", "css": "no",
                "nav": ["Новости", "Сюжеты", "Суды", "Регионы", "Интервью", "Поддержать"], "section": "Суды"},
    "kurier": {"name": "Прифронтовий кур'єр", "host": "kurier-front.example", "css": "pk",
               "nav": ["Новини", "Фронт", "Донеччина", "Луганщина", "Розслідування", "Відео", "Про нас"],
               "section": "Фронт"},
    "slobo": {"name": "Голос Слобожанщини", "host": "slobo-voice.example", "css": "gs",
              "nav": ["Харків", "Область", "Куп'янськ", "Війна", "Суспільство", "Культура"], "section": "Війна"},
    "skhid": {"name": "Новини Сходу", "host": "novyny-skhodu.example", "css": "ns",
              "nav": ["Головне", "Війна", "Донбас", "Аналітика", "Світ", "Підтримати"], "section": "Війна"},
}

WORDS = {
    "en": {"cookie": "We use cookies to measure our audience and to improve this site. You can change your choice at any time.",
           "accept": "Accept all", "reject": "Only necessary", "by": "By", "related": "Related stories",
           "share": "Share", "newsletter": "Get our morning briefing", "subscribe": "Subscribe",
           "rights": "All rights reserved.", "privacy": "Privacy policy", "contact": "Contact the newsroom",
           "skip": "Skip to content", "read": "Most read", "search": "Search"},
    "ru": {"cookie": "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая чтение, вы соглашаетесь с этим.",
           "accept": "Принять", "reject": "Только необходимые", "by": "Автор:", "related": "Читайте также",
           "share": "Поделиться", "newsletter": "Рассылка: главное за день", "subscribe": "Подписаться",
           "rights": "Все права защищены.", "privacy": "Политика конфиденциальности", "contact": "Написать в редакцию",
           "skip": "Перейти к содержанию", "read": "Самое читаемое", "search": "Поиск"},
    "uk": {"cookie": "Ми використовуємо файли cookie для аналітики та зручності. Ви можете змінити налаштування будь-коли.",
           "accept": "Прийняти", "reject": "Лише необхідні", "by": "Автор:", "related": "Читайте також",
           "share": "Поширити", "newsletter": "Розсилка: головне за день", "subscribe": "Підписатися",
           "rights": "Усі права захищено.", "privacy": "Політика конфіденційності", "contact": "Написати в редакцію",
           "skip": "Перейти до змісту", "read": "Найпопулярніше", "search": "Пошук"},
}


def inline(text):
    escaped = html.escape(text, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped)


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "story"


def page(article):
    o = OUTLETS[article["outlet"]]
    w = WORDS[article["lang"]]
    c = o["css"]
    url = "https://%s/%s" % (o["host"], article["file"].replace(".html", ""))
    nav = "\n".join('        <li><a href="/%s/">%s</a></li>' % (slug(n) if article["lang"] == "en" else "s%d" % i, html.escape(n))
                    for i, n in enumerate(o["nav"]))
    paragraphs = []
    for i, p in enumerate(article["paragraphs"]):
        if p.startswith("\u201c") or p.startswith("«"):
            paragraphs.append('      <blockquote class="%s-quote"><p>%s</p></blockquote>' % (c, inline(p)))
        else:
            paragraphs.append("      <p>%s</p>" % inline(p))
        if i == 1:
            paragraphs.append('      <aside class="%s-inline-ad" aria-hidden="true"><div class="ad-slot" data-slot="mid-article"></div></aside>' % c)
    related = "\n".join('        <li><a href="/story/%d">%s</a></li>' % (1000 + i, html.escape(r)) for i, r in enumerate(article["related"]))
    date_shown = article["published"][:10]
    return f"""<!DOCTYPE html>
<html lang="{article['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(article['title'])} | {html.escape(o['name'])}</title>
  <meta name="description" content="{html.escape(article['lead'])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{html.escape(article['title'])}">
  <meta property="og:site_name" content="{html.escape(o['name'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{article['published']}">
  <meta property="article:section" content="{html.escape(o['section'])}">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" href="/static/{c}/main.css">
  <script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":{json.dumps(article['title'], ensure_ascii=False)},"datePublished":"{article['published']}","publisher":{{"@type":"Organization","name":"{html.escape(o['name'])}"}}}}</script>
  <script async src="/static/{c}/analytics.js"></script>
</head>
<body class="{c}-body {c}-article">
  <a class="skip-link" href="#content">{w['skip']}</a>
  <div id="cookie-banner" class="{c}-cookies" role="dialog" aria-live="polite">
    <p>{w['cookie']} <a href="/privacy">{w['privacy']}</a></p>
    <button type="button" data-consent="all">{w['accept']}</button>
    <button type="button" data-consent="necessary">{w['reject']}</button>
  </div>
  <header class="{c}-header">
    <div class="{c}-topbar"><a class="{c}-logo" href="/">{html.escape(o['name'])}</a>
      <form class="{c}-search" action="/search"><input type="search" name="q" placeholder="{w['search']}"></form>
      <a class="{c}-subscribe" href="/subscribe">{w['subscribe']}</a></div>
    <nav class="{c}-nav" aria-label="main">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main id="content" class="{c}-main">
    <nav class="{c}-breadcrumbs"><a href="/">{html.escape(o['name'])}</a> › <a href="/section">{html.escape(o['section'])}</a></nav>
    <article class="{c}-story">
      <h1>{html.escape(article['title'])}</h1>
      <p class="{c}-lead">{html.escape(article['lead'])}</p>
      <p class="{c}-byline">{w['by']} <span class="author">{html.escape(article['author'])}</span> · <time datetime="{article['published']}">{date_shown}</time></p>
{chr(10).join(paragraphs)}
      <div class="{c}-share">{w['share']}: <a href="https://t.me/share/url?url={url}">Telegram</a> · <a href="https://x.com/intent/post?url={url}">X</a> · <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a></div>
    </article>
    <section class="{c}-related">
      <h2>{w['related']}</h2>
      <ul>
{related}
      </ul>
    </section>
    <aside class="{c}-popular">
      <h2>{w['read']}</h2>
      <ol><li><a href="/story/2001">…</a></li><li><a href="/story/2002">…</a></li><li><a href="/story/2003">…</a></li></ol>
    </aside>
    <section class="{c}-newsletter">
      <h2>{w['newsletter']}</h2>
      <form action="/newsletter" method="post"><input type="email" name="email" required><button>{w['subscribe']}</button></form>
    </section>
  </main>
  <footer class="{c}-footer">
    <p>© 2023 {html.escape(o['name'])}. {w['rights']}</p>
    <p><a href="/about">About</a> · <a href="/privacy">{w['privacy']}</a> · <a href="mailto:newsroom@{o['host']}">{w['contact']}</a> · <a href="/rss.xml">RSS</a></p>
  </footer>
  <script src="/static/{c}/cookies.js"></script>
</body>
</html>
"""


for a in ARTICLES:
    path = OUT / a["file"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page(a), encoding="utf-8")
    print(path)
