"""The `floorwatch` command line: version, help, flags and subcommands on one entry point."""

import subprocess
import sys

import pytest

from app import __version__
from ui.cli import build_parser


def floorwatch(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ui.cli", *args], capture_output=True,
                          text=True, timeout=60)


def test_version_prints_the_version():
    done = floorwatch("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"floorwatch {__version__}"


def test_help_lists_the_console_flags_and_subcommands():
    done = floorwatch("--help")
    assert done.returncode == 0
    for flag in ("--db", "--demo", "--no-demo", "--demo-speed", "--version", "metrics"):
        assert flag in done.stdout


def test_demo_flags_parse():
    args = build_parser().parse_args(["--no-demo", "--demo-speed", "60", "--db", "x.db"])
    assert (args.demo, args.demo_speed, args.db) == (False, 60.0, "x.db")
    assert build_parser().parse_args([]).demo is None


@pytest.mark.parametrize("argv", [
    [], ["--no-demo", "--demo-speed", "60", "--db", "x.db"], ["--demo", "--demo-seed", "3"],
    ["--db=metrics", "--smoke-test"]])
def test_the_console_options_read_alone_match_the_full_command_line(argv):
    """Opening the console reads its options without importing the subcommands' modules;
    what it reads is what the full parser reads."""
    from ui.cli import _console_args

    assert vars(_console_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["metrics"], ["--help"], ["-h"], ["--db", "x", "report"],
                                  ["--demo", "--no-demo"], ["--demo-speed", "0"], ["--de"]])
def test_anything_beyond_the_console_options_goes_to_the_full_parser(argv):
    from ui.cli import _console_args

    assert _console_args(argv) is None


def test_the_console_starts_without_the_subcommands_modules():
    code = ("import sys; from unittest import mock; import ui.cli as c; "
            "mock.patch('ui.application.run_gui', lambda a: 0).start(); c.main(['--no-demo']); "
            "print(sorted(m for m in ('app.cli_import', 'app.cli_playbooks', 'ui.bench.cli', "
            "'ui.report.cli') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("bad", ["0", "-1", "fast"])
def test_a_bad_demo_speed_is_a_clear_usage_error(bad):
    done = floorwatch("--demo-speed", bad)
    assert done.returncode == 2
    assert "--demo-speed" in done.stderr and "Traceback" not in done.stderr


def test_a_database_from_a_newer_version_is_refused_with_a_message(tmp_path):
    import sqlite3

    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    done = subprocess.run([sys.executable, "-m", "ui.cli", "--db", str(path)],
                          capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
                          input="")
    assert done.returncode == 2
    assert "newer Floorwatch" in done.stderr and "Traceback" not in done.stderr


def test_the_installed_console_script_points_at_a_real_function():
    """pyproject's [project.scripts] entry must import: the README's first command runs it."""
    import importlib
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text("utf-8"))
    module, _, func = project["project"]["scripts"]["floorwatch"].partition(":")
    assert callable(getattr(importlib.import_module(module), func))
