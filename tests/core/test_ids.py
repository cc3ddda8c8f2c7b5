import uuid

from desktop.core.ids import new_id, new_ids


def test_keys_are_version_7_uuids():
    key = uuid.UUID(new_id())
    assert key.version == 7 and key.variant == uuid.RFC_4122


def test_keys_sort_in_the_order_they_were_made_and_never_repeat():
    keys = [new_id() for _ in range(2000)] + new_ids(5000) + [new_id() for _ in range(100)]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    assert all(uuid.UUID(k).version == 7 for k in keys[::97])
