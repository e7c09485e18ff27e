"""Helpers for the report PDF tests: poppler's tools, the CLI, and a look at rendered pages."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} not installed (Debian: poppler-utils; .ci/run installs it)")
    return found


def floorwatch(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ui.cli", *args], capture_output=True,
                          text=True, timeout=180, env=env)


def page_count(pdf: Path) -> int:
    info = subprocess.run([poppler("pdfinfo"), str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(pdf: Path) -> str:
    """The text layer, as pdftotext reads it."""
    return subprocess.run([poppler("pdftotext"), "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def render_pages(pdf: Path, folder: Path, dpi: int = 40) -> list[Path]:
    """Every page as a PNG (poppler's rendering, independent of Qt)."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([poppler("pdftoppm"), "-r", str(dpi), "-png", str(pdf),
                    str(folder / "page")], capture_output=True, check=True)
    return sorted(folder.glob("page-*.png"))


def ink_and_colour(png: Path) -> tuple[float, int]:
    """(share of pixels darker than light grey, largest channel spread of any pixel)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format_RGB32)
    dark = spread = 0
    for y in range(image.height()):
        for x in range(0, image.width()):
            c = image.pixelColor(x, y)
            r, g, b = c.red(), c.green(), c.blue()
            spread = max(spread, max(r, g, b) - min(r, g, b))
            dark += (r + g + b) < 3 * 180
    return dark / (image.width() * image.height()), spread


def radicals(text: str) -> str:
    """Kangxi / CJK radicals in the text: what a PDF shows when it labels 心 as ⼼."""
    return "".join(ch for ch in text if 0x2E80 <= ord(ch) <= 0x2FDF)
