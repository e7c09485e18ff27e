"""The report's own copy of the bundled CJK font, under a family name nothing else uses.

Where the system also has "Noto Sans CJK SC" (Debian's fonts-noto-cjk), Qt picks the system
file for that family. Its cmap maps the Kangxi radicals (U+2F00…) to the same glyphs as
the ideographs, and Qt's PDF writer then labels 心 as ⼼: the page looks right but the text
copies and searches wrong. The bundled GB2312 subset has no radicals, so the report
registers it again under REPORT_FAMILY (the name table rewritten in memory) and uses that.

report_font() also turns the font's "locl" feature off: outside a Chinese locale HarfBuzz
shapes Latin runs with the default language, whose "locl" swaps the digits for glyphs no
character maps to, and the PDF's text then loses every digit of an English report.
"""

from __future__ import annotations

import struct

from PySide6.QtGui import QFont, QFontDatabase

from app.resources import resource_path

REPORT_FAMILY = "Floorwatch Report CJK SC"
_FILES = (("NotoSansCJKsc-Regular-subset.otf", "Regular"),
          ("NotoSansCJKsc-Bold-subset.otf", "Bold"))
_RENAMED_IDS = (1, 3, 4, 6, 16)  # family, unique id, full name, PostScript name, typo family
_registered: list[int] = []


def _encode(platform: int, text: str) -> bytes:
    return text.encode("mac_roman" if platform == 1 else "utf-16-be")


def _name_table(old: bytes, style: str) -> bytes:
    """A format-0 name table with the family renamed; other names kept as they were."""
    _, count, storage = struct.unpack(">HHH", old[:6])
    ps_name = REPORT_FAMILY.replace(" ", "") + "-" + style
    new_text = {1: REPORT_FAMILY, 16: REPORT_FAMILY, 4: f"{REPORT_FAMILY} {style}",
                3: ps_name, 6: ps_name}
    records, strings = [], b""
    for i in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack(
            ">HHHHHH", old[6 + 12 * i: 18 + 12 * i])
        if language >= 0x8000:  # a language-tag record (format 1): not kept
            continue
        if name_id in _RENAMED_IDS:
            data = _encode(platform, new_text[name_id])
        else:
            data = old[storage + offset: storage + offset + length]
        records.append((platform, encoding, language, name_id, len(data), len(strings)))
        strings += data
    records.sort()
    head = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records))
    return head + b"".join(struct.pack(">HHHHHH", *r) for r in records) + strings


def renamed_font(data: bytes, style: str) -> bytes:
    """The OpenType font `data` with its name table replaced (appended at the end)."""
    num_tables = struct.unpack(">H", data[4:6])[0]
    for i in range(num_tables):
        entry = 12 + 16 * i
        tag, _, offset, length = struct.unpack(">4sIII", data[entry: entry + 16])
        if tag != b"name":
            continue
        table = _name_table(data[offset: offset + length], style)
        base = len(data) + (-len(data)) % 4
        padded = table + b"\0" * ((-len(table)) % 4)
        checksum = sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF
        out = bytearray(data + b"\0" * (base - len(data)) + padded)
        out[entry + 4: entry + 16] = struct.pack(">III", checksum, base, len(table))
        return bytes(out)
    raise ValueError("the font has no name table")


def report_font_family() -> str:
    """Register the renamed bundled font once; its family (the system font as a fallback)."""
    if not _registered:
        for name, style in _FILES:
            path = resource_path("fonts", name)
            if not path.is_file():
                continue
            font_id = QFontDatabase.addApplicationFontFromData(
                renamed_font(path.read_bytes(), style))
            if font_id >= 0:
                _registered.append(font_id)
    return REPORT_FAMILY if _registered else "Noto Sans CJK SC"


def report_font(pixel_size: float | None = None, bold: bool = False) -> QFont:
    """The report's font: REPORT_FAMILY, digits that stay digits in the PDF's text."""
    from ui.fonts import CJK_FAMILY

    font = QFont()
    font.setFamilies([report_font_family(), CJK_FAMILY, "sans-serif"])
    font.setFeature(QFont.Tag("locl"), 0)
    if pixel_size is not None:
        font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    return font
