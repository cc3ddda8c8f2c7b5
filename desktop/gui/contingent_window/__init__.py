"""A contingent's own window: its facts, its people, and what a clerk or supervisor does to it.

`window` holds the window; its people's table and its small dialogs have modules of their own.
"""

from desktop.gui.contingent_window.window import (
    ContingentWindow,
    MoveDialog,
    NoShowsDialog,
    ReasonDialog,
)

__all__ = ["ContingentWindow", "MoveDialog", "NoShowsDialog", "ReasonDialog"]
