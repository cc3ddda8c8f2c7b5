"""Where the shipped files (icons, fonts, translations) are, wherever the program runs from.

One function finds them from a checkout, an installed wheel and the PyInstaller bundle, never
through the current directory: reportlab and Qt get real file paths.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def root() -> Path:
    """The folder that holds `icons/`, `fonts/` and `translations/`."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in the bundled program
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here.parent / "resources")  # a checkout (also an editable install)
    candidates.append(here / "_resources")  # a wheel: setup maps resources/ there
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(
        "Rawangi's resources folder is missing; reinstall the program. Looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def path(name: str) -> Path:
    """The real path of a shipped file, e.g. `path("fonts/NotoSans-Regular.ttf")`.

    Raises:
        FileNotFoundError: the file is not shipped (a packaging mistake, not a user error).
    """
    found = root() / name
    if not found.exists():
        raise FileNotFoundError(f"Rawangi's resource {name!r} is missing from {root()}")
    return found
