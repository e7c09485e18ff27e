"""Regression: PySide6 6.12 on Python < 3.12 died after ~5,100 void Qt calls (STACK_NOTES)."""

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(50_000):
    label.setText(str(i))
print("ok", label.text())
"""


def test_fifty_thousand_void_qt_calls_do_not_kill_the_process():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok 49999"
