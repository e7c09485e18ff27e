"""Entry point of the frozen build (build.spec): the `floorwatch` command of ui/cli.py."""

import sys

from ui.cli import main

if __name__ == "__main__":
    sys.exit(main())
