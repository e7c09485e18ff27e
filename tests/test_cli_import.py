"""`floorwatch import`: exit codes 0 imported / 1 rejected / 2 usage, a report, no traceback."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

from app.db import open_database
from app.importing.sample import write_sample
from app.settings import set_setting
from ui.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["import", *args])
    out, err = capsys.readouterr()
    return code, out, err


def count(db_path, table: str = "conversations") -> int:
    db = open_database(db_path)
    try:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


def test_a_good_file_is_imported_with_a_summary(capsys, tmp_path, db_path):
    path = write_sample(tmp_path / "c.csv", rows=25)
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "en", str(path))
    assert (code, err) == (0, "")
    assert out.startswith("Imported (")
    assert "c.csv: conversations, UTF-8, 25 rows" in out
    assert "conversations added: 25" in out
    assert count(db_path) == 25


def test_the_report_speaks_chinese_when_asked(capsys, tmp_path, db_path):
    path = write_sample(tmp_path / "c.csv", rows=3, encoding="gb18030", chinese=True)
    code, out, _ = run(capsys, "--db", str(db_path), "--lang", "zh_CN", str(path))
    assert code == 0
    assert "导入完成" in out and "c.csv：会话，GB18030/GBK，3 行" in out and "新增会话：3" in out


def test_a_rejected_file_exits_1_with_every_bad_row_and_writes_nothing(capsys, tmp_path,
                                                                       db_path):
    path = write_sample(tmp_path / "c.csv", rows=5)
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    rows[3][rows[0].index("replies")] = "many"  # spreadsheet row 4
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "en", str(path))
    assert code == 1
    assert out.startswith("Not imported: 1 problems found; nothing was written.")
    assert "c.csv, row 4, column L «replies»: 'many' is not a number" in out
    assert "Traceback" not in out + err
    assert count(db_path) == 0


def test_json_output(capsys, tmp_path, db_path):
    path = write_sample(tmp_path / "s.csv", "sessions", rows=4)
    code, out, _ = run(capsys, "--db", str(db_path), "--json", str(path))
    doc = json.loads(out)
    assert code == 0 and doc["ok"] and doc["committed"]
    assert doc["files"][0]["format"] == "sessions"
    assert doc["counts"]["sessions_added"] == 4


def test_check_writes_nothing(capsys, tmp_path, db_path):
    path = write_sample(tmp_path / "c.csv", rows=7)
    code, out, _ = run(capsys, "--db", str(db_path), "--check", "--lang", "en", str(path))
    assert code == 0 and out.startswith("Checked, nothing written")
    assert "conversations added: 7" in out
    assert count(db_path) == 0


def test_offset_less_times_follow_tz_else_the_floor_zone(capsys, tmp_path, db_path):
    path = tmp_path / "s.csv"
    path.write_text("platform,store,account,agent,status,at\n"
                    "jd,S,S:1,A,online,2026-11-21 08:00:00\n", encoding="utf-8")
    db = open_database(db_path)
    set_setting(db, "floor_tz", "Asia/Shanghai")
    db.close()
    assert run(capsys, "--db", str(db_path), str(path))[0] == 0
    assert run(capsys, "--db", str(db_path), "--tz", "UTC", str(path))[0] == 0
    db = open_database(db_path)
    ats = [r[0] for r in db.execute("SELECT at FROM session_events ORDER BY at")]
    db.close()
    assert ats[1] - ats[0] == 8 * 3600  # 08:00 in Shanghai, then 08:00 UTC


def test_usage_errors_exit_2(capsys, tmp_path, db_path):
    good = write_sample(tmp_path / "c.csv", rows=1)
    code, _, err = run(capsys, "--db", str(db_path), str(tmp_path / "nope.csv"))
    assert code == 2 and "no such file" in err
    code, _, err = run(capsys, "--db", str(db_path), "--tz", "Mars/Base", str(good))
    assert code == 2 and "Mars/Base" in err
    code, _, err = run(capsys, "--db", str(db_path), str(tmp_path))
    assert code == 2 and "folder" in err
    not_db = tmp_path / "not.db"
    not_db.write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "--db", str(not_db), str(good))
    assert code == 2 and "cannot be read as a Floorwatch database" in err


def test_the_subcommand_is_on_the_floorwatch_command(tmp_path):
    path = write_sample(tmp_path / "c.csv", rows=2)
    done = subprocess.run([sys.executable, "-m", "ui.cli", "import", "--db",
                           str(tmp_path / "f.db"), "--lang", "en", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "conversations added: 2" in done.stdout
    helped = subprocess.run([sys.executable, "-m", "ui.cli", "import", "--help"],
                            capture_output=True, text=True, timeout=60)
    for flag in ("--db", "--tz", "--check", "--json", "FILE"):
        assert flag in helped.stdout
