"""Display names of platforms (bilingual data from resources/)."""

from __future__ import annotations

from functools import lru_cache

from app.resources import load_json


@lru_cache(maxsize=1)
def _platforms() -> dict[str, dict[str, str]]:
    return load_json("data", "platforms.json")["platforms"]


def platform_name(key: str, lang: str = "zh_CN") -> str:
    names = _platforms().get(key)
    if not names:
        return key
    return names["zh_CN"] if lang.startswith("zh") else names["en"]


def platform_keys() -> list[str]:
    return list(_platforms())


def platform_key(text: str) -> str | None:
    """The platform key for a key or a display name in either language ("天猫" → "tmall")."""
    text = text.strip()
    for key, names in _platforms().items():
        if text.lower() == key or text in (names["zh_CN"], names["en"]) \
                or text.lower() == names["en"].lower():
            return key
    return None
