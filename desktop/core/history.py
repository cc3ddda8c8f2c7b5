"""The audit log's rows about one record, told in words for the History panel."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.departure import label

_ACTIONS = {
    "record": "Recorded",
    "edit": "Edited",
    "status": "Status changed",
    "create": "Created",
    "assign": "Added to a contingent",
    "unassign": "Taken out of a contingent",
    "move": "Moved to another contingent",
}


def _value(value: Any) -> str:
    return "—" if value in (None, "") else str(value)


def describe(entry: Mapping[str, Any]) -> str:
    """One line per change: "Status changed: recorded → withdrawn (reason: visa cancelled)"."""
    action = str(entry.get("action", ""))
    before: Mapping[str, Any] = entry.get("before") or {}
    after: Mapping[str, Any] = entry.get("after") or {}
    head = _ACTIONS.get(action, action.replace("_", " ").capitalize())
    if action == "record":
        text = head
    elif not before and after and action in ("create", "setup"):
        shown = [f"{label(k).lower()} {_value(v)}" for k, v in sorted(after.items())]
        text = f"{head}: " + ", ".join(shown)
    elif action in ("assign", "unassign", "move"):
        code = after.get("contingent") or before.get("contingent")
        text = f"{head} {code}" if code else head
    else:
        changes = [
            f"{label(key)}: {_value(before.get(key))} → {_value(after.get(key))}"
            for key in sorted(set(before) | set(after))
        ]
        if action == "status" and "status" in after:
            text = f"{head}: {_value(before.get('status'))} → {_value(after['status'])}"
        else:
            text = f"{head}: " + "; ".join(changes) if changes else head
    reason = str(entry.get("reason") or "").strip()
    return f"{text} (reason: {reason})" if reason else text
