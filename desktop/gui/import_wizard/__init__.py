"""The import wizard: a list of selected candidates (CSV or XLSX) into the register.

`wizard` holds the wizard itself; each of its pages has a module of its own.
"""

from desktop.gui.import_wizard.problems import ProblemsModel
from desktop.gui.import_wizard.wizard import ImportWizard

__all__ = ["ImportWizard", "ProblemsModel"]
