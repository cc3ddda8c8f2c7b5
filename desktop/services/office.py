"""Office settings an admin changes: idle lock, passport validity warning, manifest paper."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core import clock
from desktop.core.errors import ValidationError
from desktop.core.options import BY_NAME
from desktop.core.roles import Action, Actor
from desktop.services.access import authorize
from desktop.store import Database, audit, write
from desktop.store import office_settings as stored_settings


def _default(key: str) -> Any:
    return BY_NAME[key].default


@dataclass(frozen=True)
class OfficeSettings:
    """The settings shared by everyone who uses this office's database (defaults: as declared
    in `desktop.core.options`)."""

    idle_minutes: int = _default("idle_minutes")
    validity_months: int = _default("passport_validity_months")
    manifest_page_size: str = _default("manifest_page_size")
    manifest_urdu_names: bool = _default("manifest_urdu_names")


def office_settings(db: Database) -> OfficeSettings:
    return OfficeSettings(
        idle_minutes=stored_settings.integer(db, "idle_minutes"),
        validity_months=stored_settings.integer(db, "passport_validity_months"),
        manifest_page_size=stored_settings.text(db, "manifest_page_size"),
        manifest_urdu_names=stored_settings.flag(db, "manifest_urdu_names"),
    )


def change_office_settings(db: Database, actor: Actor, new: OfficeSettings) -> OfficeSettings:
    """Store new office settings (admins), audited with what changed.

    Raises:
        PermissionDenied, ValidationError (a value out of range).
    """
    authorize(db, actor, Action.OFFICE_SETTINGS)
    if not 1 <= new.idle_minutes <= 120:
        raise ValidationError("The idle lock is between 1 and 120 minutes.", "idle_minutes")
    if not 0 <= new.validity_months <= 24:
        raise ValidationError("The validity warning is between 0 and 24 months.", "validity")
    if new.manifest_page_size not in ("A4", "Letter"):
        raise ValidationError("Manifest paper is A4 or Letter.", "manifest_page_size")
    old = office_settings(db)
    stored = {
        "idle_minutes": str(new.idle_minutes),
        "passport_validity_months": str(new.validity_months),
        "manifest_page_size": new.manifest_page_size,
        "manifest_urdu_names": "1" if new.manifest_urdu_names else "0",
    }
    before = {
        "idle_minutes": str(old.idle_minutes),
        "passport_validity_months": str(old.validity_months),
        "manifest_page_size": old.manifest_page_size,
        "manifest_urdu_names": "1" if old.manifest_urdu_names else "0",
    }
    changed = {k: v for k, v in stored.items() if before[k] != v}
    if changed:
        with write(db):
            for key, value in changed.items():
                stored_settings.put(db, key, value)
            audit.append(
                db,
                at=clock.utc_stamp(),
                user=actor.name,
                action="edit",
                entity="settings",
                before={k: before[k] for k in changed},
                after=changed,
            )
    return office_settings(db)
