import stat

import pytest

from desktop.store.drafts import Draft, draft_path, read_draft, remove_draft, write_draft
from tests.factories import person


def test_a_draft_comes_back_as_it_was_written(tmp_path):
    path = draft_path(tmp_path / "drafts", "/data/office.db", "amina")
    values = {k: str(v) for k, v in person(surname="نصف").items()}
    write_draft(path, Draft(values, departure_id="0190-abc", saved_at="2026-03-01T09:30:00Z"))
    draft = read_draft(path)
    assert draft == Draft(values, departure_id="0190-abc", saved_at="2026-03-01T09:30:00Z")


def test_only_the_owner_may_read_a_draft_or_list_the_folder(tmp_path):
    folder = tmp_path / "drafts"
    path = draft_path(folder, "/data/office.db", "amina")
    write_draft(path, Draft({"surname": "Khan"}))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temporary file left behind


def test_each_user_and_database_has_its_own_draft_and_the_name_shows_neither(tmp_path):
    paths = {
        draft_path(tmp_path, database, user)
        for database in ("/data/office.db", "/data/other.db")
        for user in ("amina", "bilal")
    }
    assert len(paths) == 4
    assert all("amina" not in p.name and "office" not in p.name for p in paths)


@pytest.mark.expected_log("a draft could not be read")
def test_a_removed_or_damaged_draft_is_no_draft(tmp_path):
    path = draft_path(tmp_path, "/data/office.db", "amina")
    assert read_draft(path) is None
    remove_draft(path)  # nothing to remove: no error
    write_draft(path, Draft({"surname": "Khan"}))
    remove_draft(path)
    assert read_draft(path) is None
    path.write_text('{"values": ', encoding="utf-8")  # cut short
    assert read_draft(path) is None
