"""`rawangi` and `python -m desktop`: a subcommand goes to the command line, none opens
the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from desktop import cli

    if cli.wants_command_line(args):
        return cli.main(args)
    from desktop import gui

    return gui.main(args)


if __name__ == "__main__":
    sys.exit(main())
