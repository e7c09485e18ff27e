"""A real window on an X server (Xvfb): the console starts, shows live data, is screenshotted."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fs_events import wait_for

HERE = Path(__file__).resolve().parent


def free_display() -> int:
    for n in range(90, 140):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb():
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed (apt-get install xvfb); .ci/run installs it")
    n = free_display()
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sockets = Path("/tmp/.X11-unix")
    sockets.mkdir(mode=0o1777, exist_ok=True)
    # Xvfb accepts clients once its socket exists; woken by the folder changing.
    up = wait_for(sockets, lambda: (sockets / f"X{n}").exists() or proc.poll() is not None, 10)
    if not up or proc.poll() is not None:
        proc.kill()
        pytest.fail("Xvfb did not start")
    yield f":{n}"
    proc.terminate()
    proc.wait(10)


@pytest.mark.xvfb
def test_the_console_opens_a_real_window_with_live_data(xvfb, tmp_path):
    shot = tmp_path / "console.png"
    env = dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", FLOORWATCH_LANG="zh_CN",
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, str(HERE / "screenshot_window.py"), str(shot), str(tmp_path / "fw.db")],
        env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert "platform=xcb" in done.stdout
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1600, 1000)
    colours = {image.pixel(x, y) for x in range(0, 1600, 37) for y in range(0, 1000, 29)}
    assert len(colours) > 20, "the screenshot is blank"
    keep = os.environ.get("FLOORWATCH_SCREENSHOT_DIR")
    if keep:
        shutil.copy(shot, Path(keep) / "console-xvfb.png")
