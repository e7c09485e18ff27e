"""The `floorwatch` command: the console by default, subcommands for headless work."""

from __future__ import annotations

import argparse
import sys

from app import __version__


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return value


class _NotConsoleOnly(Exception):
    """The command line is more than the console's own options (or wrong): parse it fully."""


class _ConsoleParser(argparse.ArgumentParser):
    def error(self, message: str):  # never prints: the full parser words every mistake
        raise _NotConsoleOnly(message)


def _console_options(parser: argparse.ArgumentParser) -> None:
    """The options of the console itself (no subcommand)."""
    parser.add_argument("--version", action="version", version=f"floorwatch {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="database file (default: floorwatch.db in the user data directory)")
    demo = parser.add_mutually_exclusive_group()
    demo.add_argument("--demo", dest="demo", action="store_true", default=None,
                      help="run the built-in demo floor (the default when no source is set up)")
    demo.add_argument("--no-demo", dest="demo", action="store_false",
                      help="do not run the demo floor")
    parser.add_argument("--demo-speed", type=_positive, default=1.0, metavar="N",
                        help="simulated seconds per real second for the demo (default 1)")
    parser.add_argument("--demo-seed", type=int, default=7, metavar="SEED",
                        help="seed of the demo floor (default 7): same seed, same events")
    # Hidden: open the console, exit 0 once its window is painted (checks a frozen build).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="floorwatch",
        description="Floorwatch: the customer-service floor supervisor's console. "
                    "With no subcommand it opens the console window.")
    _console_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from app import cli_import, cli_metrics

    cli_metrics.add_parser(sub)
    from app import cli_playbooks

    cli_playbooks.add_parser(sub)
    cli_import.add_parser(sub)
    from ui.report import cli as cli_report

    cli_report.add_parser(sub)
    from ui.bench import cli as cli_bench

    cli_bench.add_parser(sub)
    return parser


def _console_args(argv: list[str] | None) -> argparse.Namespace | None:
    """The console's options when the command line holds nothing else (no subcommand, no
    --help, no mistake), read without importing every subcommand's modules (≈ 40-130 ms of
    start-up, docs/performance.md); None otherwise."""
    parser = _ConsoleParser(prog="floorwatch", add_help=False)
    _console_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotConsoleOnly:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    args = _console_args(argv)
    if args is None:  # a subcommand, --help, or a mistake the full parser words
        args = build_parser().parse_args(argv)
    if args.command:
        return int(args.func(args) or 0)
    from ui.gc_startup import pause_collection

    pause_collection()  # until the first paint (ui.application.show_console)
    from ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
