"""Register the bundled CJK font so Chinese renders on a machine with none installed."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

log = logging.getLogger(__name__)
CJK_FAMILY = "Noto Sans CJK SC"  # named explicitly: under C.UTF-8 Qt would pick the JP face


def install_fonts(app: QApplication) -> list[str]:
    """Load resources/fonts/*.otf and make the CJK family the app's default font."""
    families: list[str] = []
    for path in sorted(resource_path("fonts").glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    if CJK_FAMILY not in families and CJK_FAMILY not in QFontDatabase.families():
        log.warning("no Chinese font found: Chinese text may show as boxes")
    base = app.font()
    font = QFont(base)
    font.setFamilies([CJK_FAMILY, base.family()])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    return families
