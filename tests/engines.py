"""What tests do to a register behind the program's back, on either engine.

On a file that is anyone with an SQLite tool; on the office server, its superuser (the tests'
connection): the append-only guards are triggers it may switch off for one statement.
"""

from __future__ import annotations

from desktop.store.engine import is_server

# The tables whose rows triggers keep from being changed or deleted.
_GUARDED = {"audit": ("audit_no_update", "audit_no_delete"),
            "office_audit": ("office_audit_no_update", "office_audit_no_delete"),
            "manifests": ("manifests_keep_bytes", "manifests_no_delete")}  # fmt: skip


def behind_the_back(db, sql, *args):
    """Run one statement outside the program, committed at once."""
    db.conn.execute(sql, args)
    if not is_server(db):
        db.conn.commit()


def unguard(db, table):
    """Take away a table's append-only guards for good (as a tool on the file can)."""
    for trigger in _GUARDED[table]:
        if is_server(db):
            db.conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")
        else:
            db.conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")


def tamper(db, table, sql, *args):
    """Change a guarded table as someone who may switch its guards off."""
    unguard(db, table)
    db.conn.execute(sql, args)
