import json
import stat

import pytest

from desktop.core.errors import ValidationError
from desktop.trust import authority, keys, trustlist
from tests.trust.conftest import ISSUED, LATER

PASSPHRASE = "hq passphrase"


@pytest.fixture
def ca(tmp_path):
    return authority.create(tmp_path / "hq", "Test root", PASSPHRASE, years=5, now=ISSUED)


def _request(tmp_path, office="LHE", name="Lahore"):
    key = keys.new_key()
    path = tmp_path / f"{office}.csr"
    path.write_bytes(keys.pem(keys.make_request(key, office, name)))
    return key, path


def test_a_new_root_is_private_and_refuses_a_folder_in_use(ca, tmp_path):
    assert stat.S_IMODE(ca.folder.stat().st_mode) == 0o700
    for name in ("ca.key", "ca.crt", "issued.json"):
        assert stat.S_IMODE((ca.folder / name).stat().st_mode) == 0o600
    assert keys.is_root(ca.root())
    with pytest.raises(ValidationError, match="not empty"):
        authority.create(ca.folder, "Again", PASSPHRASE)
    assert keys.is_root(ca.root())  # the first root is untouched


def test_certify_writes_the_certificate_with_its_root_and_records_it(ca, tmp_path):
    key, request = _request(tmp_path)
    out = tmp_path / "lhe.crt"
    cert = authority.certify(ca, request, out, PASSPHRASE, days=30, now=ISSUED)
    office, root = keys.read_certificates(out)
    assert office == cert and root == ca.root()
    assert keys.same_key(cert, key.public_key())
    [entry] = ca.register()
    assert entry["office"] == "LHE" and entry["kid"] == keys.key_id(cert).hex()
    assert entry["not_after"] == "2026-02-09T09:00:00Z" and entry["revoked_at"] == ""


def test_certify_with_a_wrong_passphrase_names_the_root_key(ca, tmp_path):
    _key, request = _request(tmp_path)
    with pytest.raises(ValidationError, match=str(ca.key_path)):
        authority.certify(ca, request, tmp_path / "x.crt", "wrong", now=ISSUED)
    assert ca.register() == []


def test_revoke_marks_the_certificate_and_the_trust_list_names_it(ca, tmp_path):
    _key, request = _request(tmp_path)
    out = tmp_path / "lhe.crt"
    cert = authority.certify(ca, request, out, PASSPHRASE, now=ISSUED)
    entry = authority.revoke(ca, out, "key  lost", now=LATER)
    assert entry["revoked_reason"] == "key lost" and entry["revoked_at"] == "2026-03-01T12:00:00Z"
    with pytest.raises(ValidationError, match="revoked on 2026-03-01"):
        authority.revoke(ca, out, "again", now=LATER)
    listed = trustlist.load(trustlist.dumps(authority.trust_list(ca, PASSPHRASE, now=LATER)))
    assert listed.revoked[keys.key_id(cert)].reason == "key lost"


def test_revoking_a_certificate_another_root_issued_is_refused(ca, tmp_path):
    other = authority.create(tmp_path / "other", "Other", PASSPHRASE, now=ISSUED)
    _key, request = _request(tmp_path)
    authority.certify(other, request, tmp_path / "o.crt", PASSPHRASE, now=ISSUED)
    with pytest.raises(ValidationError, match="was not issued by the root"):
        authority.revoke(ca, tmp_path / "o.crt", "no")


def test_superseded_revisions_come_as_lines_or_json(tmp_path):
    lines = tmp_path / "s.txt"
    lines.write_text("# from the office\nISB-20260305-01:1:2\n\nisb-20260305-02:2:3\n")
    as_json = tmp_path / "s.json"
    as_json.write_text(json.dumps([{"code": "ISB-20260305-01", "revision": 1, "by": 2}]))
    assert authority.read_superseded(lines) == [
        trustlist.Superseded("ISB-20260305-01", 1, 2),
        trustlist.Superseded("ISB-20260305-02", 2, 3),
    ]
    assert authority.read_superseded(as_json) == [trustlist.Superseded("ISB-20260305-01", 1, 2)]
