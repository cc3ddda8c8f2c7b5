"""`rawangi` and `python -m desktop`: a subcommand goes to the command line, none opens
the window."""

from __future__ import annotations

import os
import sys

# Everything Rawangi writes (database, journal, backups, bundles, logs, exports) holds personal
# data: readable by the account that made it only. Explicit modes in `desktop.store` cover the
# files it names; the umask covers what SQLite, zip and the log rotation create on their own.
PRIVATE_UMASK = 0o077


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # the program itself, not a test calling in
        keep_private()
    args = sys.argv[1:] if argv is None else argv
    from desktop import cli

    if cli.wants_command_line(args):
        return cli.main(args)
    from desktop import gui

    return gui.main(args)


def keep_private() -> None:
    """Files and folders created from now on are readable by their owner only (POSIX)."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


if __name__ == "__main__":
    sys.exit(main())
