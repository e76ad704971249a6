"""Writes the example Telegram Desktop exports. Run from the repository root: python3 eval/tools/examples/build_telegram.py"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import telegram_markup
import posts_oko_frontu
import posts_golos_pribaikalya

ROOT = pathlib.Path(__file__).resolve().parents[3] / "examples" / "telegram"


def write(path, module):
    data = telegram_markup.export(module.CHANNEL, module.CHANNEL_ID, module.POSTS)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(data["messages"]), "messages")


write(ROOT / "result.json", posts_oko_frontu)
write(ROOT / "golos_pribaikalya" / "result.json", posts_golos_pribaikalya)
