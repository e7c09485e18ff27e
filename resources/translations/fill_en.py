"""Fill floorwatch_en.ts, the English catalogue: each new message gets its source text.

English is the source language, so the English catalogue starts as the identity. It exists
so the English wording can be corrected in the .ts (Qt Linguist) without touching the code:
a translation someone edited is kept; only unfinished messages are filled. update.sh runs
this between lupdate and lrelease; run it alone with

    python resources/translations/fill_en.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fill_zh import MESSAGE, SOURCE, TRANSLATION  # noqa: E402  (one parser of the .ts)

TS_EN = Path(__file__).resolve().with_name("floorwatch_en.ts")


def fill_identity(ts_text: str) -> tuple[str, int]:
    """The .ts with every unfinished translation set to its source; how many were set."""
    filled = 0

    def do_message(mm) -> str:
        nonlocal filled
        body = mm.group("body")
        sm, tm = SOURCE.search(body), TRANSLATION.search(body)
        if sm is None or tm is None or "unfinished" not in tm.group("attrs") \
                or "numerus" in mm.group("attrs"):
            return mm.group(0)
        filled += 1
        new_body = body[:tm.start()] + f"<translation>{sm.group(1)}</translation>" \
            + body[tm.end():]
        return f"<message{mm.group('attrs')}>{new_body}</message>"

    return MESSAGE.sub(do_message, ts_text), filled


def main(path: Path = TS_EN) -> int:
    if not path.exists():
        print(f"{path} does not exist: run resources/translations/update.sh", file=sys.stderr)
        return 2
    text = path.read_text(encoding="utf-8")
    new_text, filled = fill_identity(text)
    if new_text != text:
        path.write_text(new_text, encoding="utf-8", newline="\n")
    print(f"{path.name}: {filled} new message(s) given their English source text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
