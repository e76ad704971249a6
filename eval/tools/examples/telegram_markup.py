"""Turns the light markup of the example posts into Telegram Desktop export messages.

Markup: **bold**, __italic__, [text](https://href) for text_link; #hashtags, @mentions and
http(s) links are found in plain runs the way Telegram Desktop finds them.
"""
import re
from datetime import datetime
from zoneinfo import ZoneInfo

KYIV = ZoneInfo("Europe/Kyiv")
MARKUP = re.compile(r"\*\*(?P<bold>.+?)\*\*|__(?P<italic>.+?)__|\[(?P<linktext>[^\]]+)\]\((?P<href>[^)]+)\)", re.S)
AUTO = re.compile(r"(?P<link>https?://[^\s«»]+[^\s«».,;:!?)])|(?P<hashtag>#[\w]+)|(?P<mention>@[A-Za-z0-9_]{4,})")


def _plain_runs(text):
    parts, last = [], 0
    for m in AUTO.finditer(text):
        if m.start() > last:
            parts.append({"type": "plain", "text": text[last:m.start()]})
        kind = m.lastgroup
        parts.append({"type": kind, "text": m.group(0)})
        last = m.end()
    if last < len(text):
        parts.append({"type": "plain", "text": text[last:]})
    return parts


def entities(markup):
    parts, last = [], 0
    for m in MARKUP.finditer(markup):
        parts.extend(_plain_runs(markup[last:m.start()]))
        if m.group("bold") is not None:
            parts.append({"type": "bold", "text": m.group("bold")})
        elif m.group("italic") is not None:
            parts.append({"type": "italic", "text": m.group("italic")})
        else:
            parts.append({"type": "text_link", "text": m.group("linktext"), "href": m.group("href")})
        last = m.end()
    parts.extend(_plain_runs(markup[last:]))
    return parts


def plain_text(markup):
    return "".join(p["text"] for p in entities(markup))


def stamp(local):
    """'2023-02-14T09:12:44' local Kyiv time -> (date, date_unixtime)."""
    moment = datetime.fromisoformat(local).replace(tzinfo=KYIV)
    return local, str(int(moment.timestamp()))


def message(channel, channel_id, post):
    """post: dict with id, date, text (markup) and optional extras."""
    date, unix = stamp(post["date"])
    out = {"id": post["id"], "type": "message", "date": date, "date_unixtime": unix}
    if "edited" in post:
        edited, edited_unix = stamp(post["edited"])
        out["edited"] = edited
        out["edited_unixtime"] = edited_unix
    out["from"] = channel
    out["from_id"] = "channel" + str(channel_id)
    if "forwarded_from" in post:
        out["forwarded_from"] = post["forwarded_from"]
    if "reply_to" in post:
        out["reply_to_message_id"] = post["reply_to"]
    if "photo" in post:
        day = datetime.fromisoformat(post["date"])
        out["photo"] = "photos/photo_%d@%s.jpg" % (post["id"], day.strftime("%d-%m-%Y_%H-%M-%S"))
        out["width"], out["height"] = post["photo"]
    if "video" in post:
        name, seconds = post["video"]
        out["file"] = "video_files/" + name
        out["thumbnail"] = "video_files/" + name + "_thumb.jpg"
        out["media_type"] = "video_file"
        out["mime_type"] = "video/mp4"
        out["duration_seconds"] = seconds
        out["width"], out["height"] = 720, 1280
    parts = entities(post["text"])
    if all(p["type"] == "plain" for p in parts):
        out["text"] = "".join(p["text"] for p in parts)
    else:
        out["text"] = [p["text"] if p["type"] == "plain" else p for p in parts]
    out["text_entities"] = parts
    return out


def service(channel, channel_id, post):
    date, unix = stamp(post["date"])
    out = {"id": post["id"], "type": "service", "date": date, "date_unixtime": unix,
           "actor": channel, "actor_id": "channel" + str(channel_id), "action": post["action"]}
    if post["action"] == "create_channel":
        out["title"] = channel
    if post["action"] == "pin_message":
        out["message_id"] = post["message_id"]
    out["text"] = ""
    out["text_entities"] = []
    return out


def export(channel, channel_id, posts):
    messages = [service(channel, channel_id, p) if "action" in p else message(channel, channel_id, p) for p in posts]
    return {"name": channel, "type": "public_channel", "id": channel_id, "messages": messages}
