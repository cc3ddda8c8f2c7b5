"""The bundled programs' entry point: Rawangi (window) and rawangi-cli (console) both start
here and dispatch like `python -m desktop` (a subcommand goes to the command line)."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
