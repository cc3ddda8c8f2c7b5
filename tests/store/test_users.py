"""User rows: files made before users had full names keep working."""

from desktop.store import open_database
from desktop.store import users as user_rows


def test_users_of_an_older_file_get_an_empty_full_name_and_print_their_login(tmp_path):
    path = tmp_path / "older.db"
    db = open_database(path)
    # The file as it was before step 0009: no full names, one user already in it.
    db.conn.execute("ALTER TABLE users DROP COLUMN full_name")
    db.conn.execute("ALTER TABLE users DROP COLUMN designation")
    db.conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_user_full_names'")
    db.conn.execute(
        "INSERT INTO users(id, name, role, office, password_hash, created_at, updated_at, "
        "created_by, updated_by) VALUES ('u1', 'amina', 'clerk', 'ISB', 'x', 'a', 'a', 's', 's')"
    )
    db.conn.commit()
    db.close()

    db = open_database(path)

    amina = user_rows.by_name(db, "amina")
    assert (amina.full_name, amina.designation, amina.printed_name) == ("", "", "amina")
    db.close()
