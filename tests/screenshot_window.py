"""Open the console on the current display, wait for live demo data, save a screenshot.

Used by the Xvfb test and to make the README screenshot:
    python tests/screenshot_window.py OUT.png DB [--size 1600x1000]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from ui.application import build_window, make_application  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("db")
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--wait-ms", type=int, default=4000)
    opts = parser.parse_args()
    app = make_application()
    window, feed = build_window(argparse.Namespace(db=opts.db, demo=True, demo_speed=1.0,
                                                   demo_seed=7))
    width, height = (int(v) for v in opts.size.split("x"))
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    feed.start()
    result = {"code": 1}

    def snap() -> None:
        stores = window.docks[0].store_model.rowCount()
        screen = QGuiApplication.primaryScreen()
        image = screen.grabWindow(0) if screen.name() != "offscreen" else window.grab()
        ok = image.save(opts.out)
        print(f"platform={QGuiApplication.platformName()} stores={stores} saved={ok}")
        result["code"] = 0 if ok and stores >= 6 else 1
        feed.stop()
        window.close()
        app.quit()

    QTimer.singleShot(opts.wait_ms, snap)
    app.exec()
    return result["code"]


if __name__ == "__main__":
    sys.exit(main())
