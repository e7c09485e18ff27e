"""The import's words in Chinese and English (resources/data/import_messages.json)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from app.resources import load_json


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, dict[str, dict[str, str]]]:
    return load_json("data", "import_messages.json")


def _lang(lang: str) -> str:
    return "zh_CN" if lang.startswith("zh") else "en"


def word(section: str, key: str, lang: str = "en", **params: Any) -> str:
    """The `key` entry of `section` ("messages", "report", "counts", …) with its fields filled.

    An unknown key (a format added without its words) falls back to the key itself.
    """
    entry = _catalogue().get(section, {}).get(key)
    if entry is None:
        return key.replace("_", " ") + (f" {params}" if params else "")
    template = entry[_lang(lang)]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return f"{template} {params}"


def message(code: str, lang: str = "en", **params: Any) -> str:
    return word("messages", code, lang, **params)


def count_label(key: str, lang: str = "en") -> str:
    return word("counts", key, lang)


def format_title(name: str, lang: str = "en") -> str:
    return word("formats", name, lang)


def encoding_title(name: str, lang: str = "en") -> str:
    return word("encodings", name, lang)
