"""The layers stay visible in the imports (contracts in pyproject.toml, run by import-linter)."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    done = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_sql_outside_app():
    offenders = []
    for folder in ("ui", "widgets"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if ".execute(" in text or "SELECT " in text or "INSERT INTO" in text:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
