"""`floorwatch playbooks`: which playbooks file is in use, check a file, make an editable copy.

Every refusal is one line per problem on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.playbooks import (PlaybookError, copy_for_editing, load_playbooks, read_playbooks,
                           user_path)


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `playbooks` on an argparse subparsers object; run() is set as `func`."""
    p = subparsers.add_parser(
        "playbooks", help="incident playbooks: the file in use, check a file, edit a copy",
        description="Show which incident playbooks file is in use (the supervisor's copy in "
                    f"{user_path()} overrides the shipped one), check a file, or make the "
                    "editable copy.")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--check", metavar="FILE", type=Path,
                        help="validate FILE and list every problem (file, entry, problem)")
    action.add_argument("--edit-copy", action="store_true",
                        help="copy the shipped playbooks to the user data directory (if there "
                             "is no copy yet) and print its path")
    p.set_defaults(func=run)
    return p


def _describe(types) -> str:
    steps = sum(len(t.steps) for t in types)
    clocks = sum(len(t.deadlines) for t in types)
    return f"{len(types)} incident types, {steps} steps, {clocks} deadline rules"


def run(args: argparse.Namespace) -> int:
    if args.check is not None:
        try:
            types = read_playbooks(args.check)
        except PlaybookError as exc:
            print(exc, file=sys.stderr)
            return 2
        print(f"{args.check}: OK ({_describe(types)})")
        return 0
    if args.edit_copy:
        try:
            print(copy_for_editing())
        except OSError as exc:
            print(f"floorwatch: the copy could not be written: {exc}", file=sys.stderr)
            return 2
        return 0
    loaded = load_playbooks()
    print(f"in use: {loaded.source} ({_describe(loaded.types)})")
    if loaded.problems:
        print(f"not used: {loaded.rejected}", file=sys.stderr)
        for problem in loaded.problems:
            print(problem, file=sys.stderr)
        return 2
    return 0
