"""The office's key beside the database (services/signing.py)."""

import datetime as dt
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from desktop import services
from desktop.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.services import contingents, signing
from desktop.store import audit
from desktop.trust import keys, qr
from tests.factories import person
from tests.trust.conftest import ISSUED, LATER, MANIFEST, make_headquarters

PASSPHRASE = "office passphrase"


@pytest.fixture
def db_path(db):
    return Path(db.conn.execute("PRAGMA database_list").fetchone()[2])


def _certify(hq, files, days=365):
    request = keys.read_request(files.request)
    cert = keys.certify(request, hq.key, hq.root, days=days, now=ISSUED)
    path = files.folder.parent / "office.crt"
    path.write_bytes(keys.pem(cert) + keys.pem(hq.root))
    return path


def test_init_makes_a_private_encrypted_key_and_a_request_naming_the_office(db, admin, db_path):
    files = signing.init_keys(db, admin, db_path, PASSPHRASE)
    assert files.folder == db_path.with_name("office.db.signing")
    assert stat.S_IMODE(files.folder.stat().st_mode) == 0o700
    for path in (files.key, files.request):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "ENCRYPTED PRIVATE KEY" in files.key.read_text()
    assert str(keys.Subject.of(keys.read_request(files.request).subject)) == "Islamabad (ISB)"
    [row] = audit.history(db, "signing key", signing.key_status(db_path).kid)
    assert row["action"] == "create" and row["user"] == admin.name
    assert signing.key_status(db_path).state == "waiting"


def test_the_private_key_never_enters_the_database_file(db, admin, db_path):
    files = signing.init_keys(db, admin, db_path, PASSPHRASE)
    key = keys.load_key(files.key, PASSPHRASE)
    secret = key.private_numbers().private_value.to_bytes(32, "big")
    pkcs8 = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    db.conn.commit()
    stored = (
        b"".join(
            p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith("office.db-")
        )
        + db_path.read_bytes()
    )
    assert secret not in stored and pkcs8 not in stored
    assert PASSPHRASE.encode() not in stored
    assert files.key.read_bytes() not in stored


def test_only_an_admin_makes_the_key(db, clerk, supervisor, db_path):
    for actor in (clerk, supervisor):
        with pytest.raises(PermissionDenied):
            signing.init_keys(db, actor, db_path, PASSPHRASE)
    assert signing.key_status(db_path).state == "no key"


def test_an_existing_key_is_replaced_only_on_renewal_and_its_certificate_is_kept(
    db, admin, db_path, hq
):
    files = signing.init_keys(db, admin, db_path, PASSPHRASE)
    signing.import_certificate(db, admin, db_path, _certify(hq, files), now=LATER)
    first = signing.key_status(db_path, now=LATER).kid
    with pytest.raises(ValidationError, match="--renew"):
        signing.init_keys(db, admin, db_path, PASSPHRASE)
    signing.init_keys(db, admin, db_path, PASSPHRASE, renew=True)
    assert (files.folder / "history" / f"office-{first}.crt").exists()
    status = signing.key_status(db_path, now=LATER)
    assert status.state == "waiting" and status.kid != first


def test_an_imported_certificate_signs_and_verifies(db, admin, db_path, hq):
    files = signing.init_keys(db, admin, db_path, PASSPHRASE)
    cert = signing.import_certificate(db, admin, db_path, _certify(hq, files), now=LATER)
    status = signing.key_status(db_path, now=LATER)
    assert status.state == "valid" and status.root_sha256 == keys.fingerprint(hq.root)
    key, certificate = signing.office_signer(db_path, PASSPHRASE)
    assert certificate == cert
    text = qr.sign(MANIFEST, key, certificate)
    trust = hq.trust_list([type("O", (), {"certificate": cert})()])
    assert qr.verify(text, trust, now=LATER).genuine
    assert signing.key_status(db_path, now=ISSUED + dt.timedelta(days=400)).state == "expired"


def test_a_wrong_passphrase_when_signing_names_the_key_file(db, admin, db_path, hq):
    files = signing.init_keys(db, admin, db_path, PASSPHRASE)
    signing.import_certificate(db, admin, db_path, _certify(hq, files), now=LATER)
    with pytest.raises(ValidationError, match=str(files.key)):
        signing.office_signer(db_path, "not it")


def test_signing_before_a_certificate_is_imported_says_what_to_do(db, admin, db_path):
    signing.init_keys(db, admin, db_path, PASSPHRASE)
    with pytest.raises(NotFound, match="keys import"):
        signing.office_signer(db_path, PASSPHRASE)


def test_import_refuses_a_certificate_for_another_key_office_or_root(db, admin, db_path, hq):
    files = signing.init_keys(db, admin, db_path, PASSPHRASE)
    folder = files.folder.parent
    other_key = hq.certify("ISB", "Islamabad")
    (folder / "other.crt").write_bytes(keys.pem(other_key.certificate) + keys.pem(hq.root))
    other_office = keys.certify(
        keys.make_request(keys.new_key(), "KHI", "Karachi"), hq.key, hq.root, now=ISSUED
    )
    (folder / "khi.crt").write_bytes(keys.pem(other_office) + keys.pem(hq.root))
    good = _certify(hq, files)
    stranger = make_headquarters("Stranger")
    cases = {
        folder / "other.crt": "another key",
        folder / "khi.crt": "another key",
        good: "not issued by the root",
    }
    for path, words in cases.items():
        root = None
        if words == "not issued by the root":
            root = folder / "stranger.crt"
            root.write_bytes(keys.pem(stranger.root))
        with pytest.raises(ValidationError, match=words):
            signing.import_certificate(db, admin, db_path, path, root, now=LATER)
    with pytest.raises(ValidationError, match="not valid now"):
        signing.import_certificate(db, admin, db_path, good, now=ISSUED + dt.timedelta(days=400))
    bare = folder / "bare.crt"
    bare.write_bytes(
        good.read_bytes().split(b"-----END CERTIFICATE-----")[0] + b"-----END CERTIFICATE-----\n"
    )
    with pytest.raises(ValidationError, match="--ca-cert"):
        signing.import_certificate(db, admin, db_path, bare, now=LATER)
    assert signing.key_status(db_path, now=LATER).state == "waiting"


def test_superseded_revisions_of_the_database_name_their_replacement(db, clerk, supervisor):
    flight = {
        "flight_no": "PK 731",
        "carrier": "Pakistan International Airlines",
        "airport": "isb",
        "departure_date": "2026-03-15",
        "departure_time": "09:30",
        "destinations": "Saudi Arabia",
        "capacity": "3",
    }
    contingent = contingents.create_contingent(db, clerk, flight)
    crowd = [
        services.record_departure(
            db, clerk, person(cnic=f"35202-{i:07d}-1", passport_no=f"AB{i:07d}")
        )
        for i in (1, 2)
    ]
    contingents.add_people(db, clerk, contingent.id, [crowd[0].id])
    contingents.finalize(db, supervisor, contingent.id)
    assert signing.superseded_revisions(db) == []
    contingents.reopen(db, supervisor, contingent.id, reason="One more")
    contingents.add_people(db, clerk, contingent.id, [crowd[1].id])
    contingents.finalize(db, supervisor, contingent.id)
    [found] = signing.superseded_revisions(db)
    assert (found.revision, found.by) == (1, 2) and found.code.startswith("ISB-")
