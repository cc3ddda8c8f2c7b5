"""The one door for every change: each function is a user action, takes the acting user,
refuses what the role may not do, and runs as one transaction."""

from desktop.services.departures import (
    Review,
    change_status,
    get_departure,
    record_departure,
    review_departure,
    update_departure,
    warning_key,
)
from desktop.services.office_database import check_server, office_code, open_office_database
from desktop.services.users import needs_setup, sign_in

__all__ = [
    "Review",
    "change_status",
    "check_server",
    "get_departure",
    "needs_setup",
    "office_code",
    "open_office_database",
    "record_departure",
    "review_departure",
    "sign_in",
    "update_departure",
    "warning_key",
]
