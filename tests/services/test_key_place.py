"""Where the office's key lives: beside a database file, or for a register on the office
server in this PC's data folder, one private place per server database."""

from __future__ import annotations

from pathlib import Path

from desktop.services import signing, users
from desktop.store import Use, is_server_address, office_settings, open_checked
from desktop.store.db import data_dir, db_path

PASSWORD = "key-place-password"


def test_the_key_is_beside_a_file_or_in_this_pcs_data_folder(db, db_target):
    users.initialize(db, office="ISB", admin_name="root", password=PASSWORD)
    place = signing.key_place(db)
    if is_server_address(db_target):
        database_id = office_settings.get(db, "database_id")
        assert place == data_dir() / "signing" / database_id / "office"
        assert db_target not in str(place)
    else:
        assert place == Path(db_path(db))
        assert signing.signing_folder(place) == Path(db_target).with_name("office.db.signing")


def test_two_server_databases_keep_their_keys_apart(cluster):
    # Each made empty and set up on its own, as `rawangi server init` does: each its own id.
    names = [cluster.new_database(template=None), cluster.new_database(template=None)]
    try:
        places = []
        for name in names:
            database = open_checked(cluster.address(name), Use.CREATE)
            try:
                users.initialize(database, office="ISB", admin_name="root", password=PASSWORD)
                places.append(signing.key_place(database))
            finally:
                database.close()
        assert places[0] != places[1]
        assert all(p.is_relative_to(data_dir() / "signing") for p in places)
    finally:
        for name in names:
            cluster.drop(name)
