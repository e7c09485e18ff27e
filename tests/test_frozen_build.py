"""The frozen build (build.spec, PyInstaller one-folder): it starts and paints its window,
in Chinese and English, and carries its resources but not the Qt modules it does not use.

Building takes 30–45 s, so it is opt-in:

    .venv/bin/pip install pyinstaller
    FLOORWATCH_BUILD_TEST=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/test_frozen_build.py

FLOORWATCH_FROZEN_DIR=dist/floorwatch checks an existing build instead of making one.
.ci/run does the first. Without either, every test here is skipped and says why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_xvfb_window import xvfb  # noqa: F401 (fixture: an Xvfb display)

ROOT = Path(__file__).resolve().parents[1]
EXE_NAME = "floorwatch.exe" if sys.platform == "win32" else "floorwatch"


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    """The built folder (dist/floorwatch): made by PyInstaller now, or given."""
    given = os.environ.get("FLOORWATCH_FROZEN_DIR")
    if given:
        folder = Path(given).resolve()
        if not (folder / EXE_NAME).exists():
            pytest.fail(f"FLOORWATCH_FROZEN_DIR={given} holds no {EXE_NAME}")
        return folder
    if os.environ.get("FLOORWATCH_BUILD_TEST") != "1":
        pytest.skip("the frozen build takes 30-45 s: set FLOORWATCH_BUILD_TEST=1 to "
                    "build and check it (or FLOORWATCH_FROZEN_DIR=dist/floorwatch)")
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyinstaller")
    if pyinstaller is None:
        pytest.skip("PyInstaller is not installed (pip install pyinstaller)")
    out = tmp_path_factory.mktemp("frozen")
    done = subprocess.run([pyinstaller, str(ROOT / "build.spec"), "--noconfirm",
                           "--distpath", str(out / "dist"), "--workpath", str(out / "work")],
                          cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr[-4000:]
    return out / "dist" / "floorwatch"


def run_frozen(folder: Path, tmp_path: Path, *args: str, env: dict | None = None,
               timeout: int = 180) -> subprocess.CompletedProcess:
    """Run the frozen executable with its settings and data kept in tmp_path."""
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
            "QT_QPA_PLATFORM": "offscreen", "FLOORWATCH_LANG": "zh_CN", "LANG": "C.UTF-8"}
    for key in ("SYSTEMROOT", "TEMP", "TMP", "LOCALAPPDATA", "APPDATA"):  # Windows needs these
        if key in os.environ:
            base[key] = os.environ[key]
    base.update(env or {})
    return subprocess.run([str(folder / EXE_NAME), *args], env=base, capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_frozen_console_opens_and_paints_its_window(frozen, tmp_path, lang):
    done = run_frozen(frozen, tmp_path, "--smoke-test", "--db", str(tmp_path / "fw.db"),
                      env={"FLOORWATCH_LANG": lang})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SMOKE-TEST OK: painted 'Floorwatch — Floorwatch 示例客服部' with 5 panels" \
        in done.stdout
    assert (tmp_path / "fw.db").exists()


@pytest.mark.xvfb
def test_the_frozen_console_opens_a_real_window_under_xvfb(frozen, xvfb, tmp_path):
    """xcb, not only offscreen: the bundled platform plugin finds what it links against."""
    done = run_frozen(frozen, tmp_path, "--smoke-test", "--db", str(tmp_path / "fw.db"),
                      env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SMOKE-TEST OK" in done.stdout


def test_headless_commands_run_from_the_frozen_build(frozen, tmp_path):
    version = run_frozen(frozen, tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.startswith("floorwatch ")
    metrics = run_frozen(frozen, tmp_path, "--db", str(tmp_path / "fw.db"), "metrics",
                         "--help")
    assert metrics.returncode == 0, metrics.stderr


def test_the_build_carries_the_resources_and_leaves_unused_qt_out(frozen):
    internal = frozen / "_internal"
    resources = internal / "resources"
    for name in ("translations/floorwatch_zh_CN.qm", "translations/floorwatch_en.qm",
                 "fonts/NotoSansCJKsc-Regular-subset.otf", "fonts/OFL.txt",
                 "styles/light.qss", "styles/dark.qss", "data/metrics.json",
                 "data/shifts.json", "help/guide_zh_CN.md", "help/guide_en.md"):
        assert (resources / name).is_file(), name
    assert not list(resources.rglob("*.ts")), "translation sources stay in the repository"
    files = [p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()]
    for unused in ("QtWebEngine", "Qt3D", "QtQuick", "QtQml", "QtMultimedia", "QtNetwork",
                   "libqeglfs", "libqgtk3", "libgtk-3"):
        assert not [f for f in files if unused in f], unused
    qt_translations = [f for f in files if "/translations/" in f and f.startswith("PySide6")]
    assert qt_translations and all("zh_CN" in f for f in qt_translations)
