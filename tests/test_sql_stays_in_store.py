"""DESIGN.md: `desktop/store` is the only place that speaks SQL.

Services, commands, windows and the manifest call store functions; none of them sends a
statement, reads a table by name or holds the engine's own connection.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"
STORE = PACKAGE / "store"

# Statements and pragmas written as text, in the upper-case keywords SQL is written in here
# (so that "Select a contingent" or "Create one" in a message is not taken for SQL).
SQL_TEXT = re.compile(
    r"^\s*(SELECT\s.*\sFROM\s|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s"
    r"|(CREATE|DROP|ALTER)\s+(TABLE|INDEX|VIEW|TRIGGER)\s|PRAGMA\s|BEGIN(\s|$)|COMMIT\b)",
    re.DOTALL,
)
# Calls that send SQL or reach into the engine (sqlite3 and sqlite-utils spellings).
SQL_CALLS = {
    "execute",
    "executescript",
    "executemany",
    "query",
    "table_names",
    "rows_where",
    "create_table",
    "attach",
    "set_progress_handler",
}
ENGINE_MODULES = {"sqlite3", "sqlite_utils.db", "psycopg", "psycopg2"}


def _outside_store() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if STORE not in path.parents and "forms" not in path.relative_to(PACKAGE).parts
    )


def sql_uses(source: str) -> list[str]:
    """What in `source` speaks SQL: one entry per use, with its line."""
    found = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Import):
            found += [f"{line}: import {a.name}" for a in node.names if a.name in ENGINE_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module in ENGINE_MODULES:
            found.append(f"{line}: from {node.module} import …")
        elif isinstance(node, ast.Attribute) and node.attr == "conn":
            found.append(f"{line}: .conn")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SQL_CALLS
        ):
            found.append(f"{line}: .{node.func.attr}()")
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id == "db"
            and isinstance(node.slice, ast.Constant)
            and isinstance(node.slice.value, str)
        ):
            found.append(f'{line}: db["{node.slice.value}"]')
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and SQL_TEXT.match(node.value)
        ):
            found.append(f"{line}: SQL text {node.value.split()[0]}")
    return found


@pytest.mark.parametrize(
    "source",
    [
        "import sqlite3",
        "db.conn.execute('SELECT 1')",
        "rows = db.query('select * from departures')",
        "sql = 'SELECT code, name FROM offices ORDER BY code'",
        "cursor.executemany(statement, rows)",
        'table = db["departures"]',
        'columns = db.execute("PRAGMA table_info(audit)")',
        "names = db.table_names()",
        "text = '''\n  SELECT code FROM offices'''",
    ],
)
def test_the_check_sees_sql(source: str) -> None:
    assert sql_uses(source)


def test_the_check_lets_plain_code_through() -> None:
    source = (
        "selected = 'Select a contingent first.'\n"
        "hint = 'Create one from the Contingents tab'\n"
        "rows = store.rows(db, text=options.query)\n"
        "item = row['name']\n"
    )
    assert sql_uses(source) == []


def test_no_module_outside_the_store_speaks_sql() -> None:
    offenders = {
        str(path.relative_to(PACKAGE.parent)): uses
        for path in _outside_store()
        if (uses := sql_uses(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
