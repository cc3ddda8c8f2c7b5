"""What people touch: the window, its forms and dialogs."""

from __future__ import annotations

from collections.abc import Sequence


def main(args: Sequence[str]) -> int:
    from desktop.gui.app import run

    return run(list(args))
