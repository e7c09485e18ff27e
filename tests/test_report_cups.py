"""A real print path: `floorwatch report --printer PDF` through the CUPS scheduler and the
cups-pdf virtual printer, compared with the direct PDF export.

cups-pdf re-renders through Ghostscript into Type 3 fonts, so its text layer is not
readable: the printout is checked by page count and by rendering, the text on the direct
export (../shared/STACK_NOTES.md). `.ci/run` starts CUPS (.ci/cups_pdf.sh); run as root
without it, this module starts the scheduler itself and stops it afterwards. Where CUPS
cannot run, the tests skip and say why.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from fs_events import wait_for

from report_pdf_tools import floorwatch, ink_and_colour, page_count, pdf_text, render_pages
from shift_floor import floor_file

QUEUE = "PDF"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
WAIT_S = 90.0


def _scheduler_running() -> bool:
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True)
    return "is running" in done.stdout


def cups_pdf_output_dir() -> Path:
    """Where cups-pdf writes this user's jobs (`Out` in /etc/cups/cups-pdf.conf)."""
    out = "/var/spool/cups-pdf/${USER}"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.is_file():
        for line in conf.read_text(encoding="utf-8", errors="replace").splitlines():
            if re.match(r"\s*Out\s+\S", line):
                out = line.split(None, 1)[1].strip()
    user = pwd.getpwuid(os.getuid())
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


@pytest.fixture(scope="module")
def cups_queue():
    if shutil.which("lpstat") is None or not Path("/usr/sbin/cupsd").exists():
        pytest.skip("CUPS is not installed (Debian: cups printer-driver-cups-pdf; "
                    ".ci/run installs them)")
    if not CUPS_PDF_BACKEND.exists():
        pytest.skip("the cups-pdf virtual printer is not installed "
                    "(Debian: printer-driver-cups-pdf)")
    started = None
    if not _scheduler_running():
        if os.geteuid() != 0:
            pytest.skip("the CUPS scheduler is not running and only root can start it here "
                        "(run `bash .ci/cups_pdf.sh` as root)")
        run_dir = Path("/run/cups")
        run_dir.mkdir(parents=True, exist_ok=True)
        started = subprocess.Popen(["/usr/sbin/cupsd", "-f"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        # cupsd answers once its socket is in /run/cups: woken when that folder changes.
        if not wait_for(run_dir, _scheduler_running, 15):
            started.terminate()
            pytest.skip("the CUPS scheduler did not start (no systemd, no /run/cups?)")
    try:
        if subprocess.run(["lpstat", "-p", QUEUE], capture_output=True).returncode != 0:
            added = subprocess.run(["lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-E", "-m", PPD],
                                   capture_output=True, text=True)
            if added.returncode != 0:
                pytest.skip(f"cannot add the cups-pdf queue: {added.stderr.strip()}")
        yield cups_pdf_output_dir()
    finally:
        if started is not None:
            started.terminate()
            started.wait(15)


@pytest.fixture(scope="module")
def floor_db(tmp_path_factory):
    return floor_file(tmp_path_factory.mktemp("cups") / "floor.db")


def _new_pdf(folder: Path, before: set[Path]) -> Path | None:
    """A PDF cups-pdf has finished writing since `before`: one that ends with its trailer."""
    for path in sorted(set(folder.glob("*.pdf")) - before):
        with path.open("rb") as f:
            f.seek(max(0, path.stat().st_size - 1024))
            if b"%%EOF" in f.read():
                return path
    return None


def test_a_report_printed_through_cups_matches_the_direct_export(cups_queue, floor_db,
                                                                  tmp_path):
    period = ["--shift", "early", "--day", "2026-11-21", "--lang", "zh_CN"]
    direct = tmp_path / "direct.pdf"
    done = floorwatch("report", "--db", str(floor_db), *period, "--pdf", str(direct))
    assert done.returncode == 0, done.stderr
    text = pdf_text(direct)
    assert "交接班报告" in text and "核心指标" in text and "店铺覆盖" in text
    assert "新开 1 起 · 已解决 1 起 · 未关闭 1 起 · 升级 1 次" in text

    cups_queue.mkdir(parents=True, exist_ok=True)  # watched below; cups-pdf writes into it
    before = set(cups_queue.glob("*.pdf"))
    done = floorwatch("report", "--db", str(floor_db), *period, "--printer", QUEUE)
    assert done.returncode == 0, done.stderr
    assert f"to printer {QUEUE}" in done.stdout
    found: list[Path] = []
    assert wait_for(cups_queue, lambda: found.append(_new_pdf(cups_queue, before)) or found[-1],
                    WAIT_S), (
        f"cups-pdf wrote nothing to {cups_queue} within {WAIT_S:.0f} s "
        "(see /var/log/cups/cups-pdf-PDF_log)")
    printed = found[-1]
    try:
        assert page_count(printed) == page_count(direct)
        for png in render_pages(printed, tmp_path / "printed"):
            ink, _ = ink_and_colour(png)
            assert ink > 0.01, f"printed {png.name} is (nearly) blank"
    finally:
        printed.unlink(missing_ok=True)
