"""Who may do what (DESIGN.md "Roles"). The services ask here; the GUI asks too, to hide buttons."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final

from desktop.core.errors import PermissionDenied
from desktop.core.messages import Message


class Role(enum.StrEnum):
    """The three roles of an office."""

    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Action(enum.StrEnum):
    """Everything the role table speaks of."""

    RECORD_DEPARTURE = "record a departure"
    EDIT_DEPARTURE = "edit a departure"
    CHANGE_STATUS = "change a departure's status"
    MANAGE_CONTINGENT = "create a contingent or assign people"
    FINALIZE = "finalize a contingent"
    REOPEN = "reopen a contingent"
    PRINT_MANIFEST = "print a manifest"
    PRINT_SLIPS = "print departure slips"
    OVERRIDE = "override a rule"
    MANAGE_USERS = "manage users"
    OFFICE_SETTINGS = "change office settings"
    RESTORE_BACKUP = "restore a backup"
    IMPORT_LIST = "import a list"
    EXPORT_DATA = "export CSV or XLSX"
    EXPORT_BUNDLE = "export a headquarters bundle"
    IMPORT_BUNDLE = "import a headquarters bundle"
    TAKE_BACKUP = "take a backup"
    VIEW_AUDIT = "browse the audit log"


_C, _S, _A = Role.CLERK, Role.SUPERVISOR, Role.ADMIN

PERMISSIONS: Final[dict[Action, frozenset[Role]]] = {
    Action.RECORD_DEPARTURE: frozenset({_C, _S}),
    Action.EDIT_DEPARTURE: frozenset({_C, _S}),
    Action.CHANGE_STATUS: frozenset({_C, _S}),
    Action.MANAGE_CONTINGENT: frozenset({_C, _S}),
    Action.FINALIZE: frozenset({_S}),
    Action.REOPEN: frozenset({_S}),
    Action.PRINT_MANIFEST: frozenset({_S}),
    Action.PRINT_SLIPS: frozenset({_S, _A}),
    Action.OVERRIDE: frozenset({_S}),
    Action.MANAGE_USERS: frozenset({_A}),
    Action.OFFICE_SETTINGS: frozenset({_A}),
    Action.RESTORE_BACKUP: frozenset({_A}),
    Action.IMPORT_LIST: frozenset({_C, _S}),
    Action.EXPORT_DATA: frozenset({_C, _S, _A}),
    Action.EXPORT_BUNDLE: frozenset({_S, _A}),
    Action.IMPORT_BUNDLE: frozenset({_S, _A}),
    Action.TAKE_BACKUP: frozenset({_S, _A}),
    Action.VIEW_AUDIT: frozenset({_S, _A}),
}


@dataclass(frozen=True)
class Actor:
    """The person acting: their user name, role and office."""

    name: str
    role: Role
    office: str  # the office they act for: never guessed


def allowed(actor: Actor, action: Action) -> bool:
    """Whether the actor's role may do the action."""
    return actor.role in PERMISSIONS[action]


def require(actor: Actor, action: Action) -> None:
    """Refuse an action the actor's role does not allow.

    Raises:
        PermissionDenied: with a message naming the user, role and action.
    """
    if not allowed(actor, action):
        # Every action is allowed to some role; the roles keep the table's order.
        roles = tuple(role.value for role in Role if role in PERMISSIONS[action])
        raise PermissionDenied(
            Message(
                "permission.denied",
                user=actor.name,
                role=actor.role.value,
                action=action.value,
                roles=roles,
            )
        )
