"""A contingent's own window: its facts, its people, and what a clerk or supervisor does to it.

`window` holds the window; its people actions (`people`), its supervisor actions (`jobs`), its
people's table (`people_model`) and its small dialogs (`questions`) have modules of their own.
"""

from desktop.gui.contingent_window.questions import MoveDialog, NoShowsDialog, ReasonDialog
from desktop.gui.contingent_window.window import ContingentWindow

__all__ = ["ContingentWindow", "MoveDialog", "NoShowsDialog", "ReasonDialog"]
