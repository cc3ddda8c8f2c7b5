import json

import pytest

from desktop.trust import keys, qr, trustlist
from desktop.trust.trustlist import Superseded, UntrustedList
from tests.trust.conftest import LATER, MANIFEST, make_headquarters


def _document(hq, offices, **more):
    return trustlist.build(hq.key, hq.root, [o.certificate for o in offices], now=LATER, **more)


def test_a_trust_list_reads_back_with_its_root_fingerprint(hq, office):
    text = trustlist.dumps(
        _document(hq, [office], superseded=[Superseded("ISB-20260305-01", 1, 2)])
    )
    loaded = trustlist.load(text)
    assert loaded.root_fingerprint == keys.fingerprint(hq.root)
    assert json.loads(text)["root_sha256"] == loaded.root_fingerprint
    assert list(loaded.offices) == [keys.key_id(office.certificate)]
    assert loaded.superseded == {("ISB-20260305-01", 1): 2}
    assert loaded.issued_at == "2026-03-01T12:00:00Z"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d["superseded"].append({"code": "ISB-X", "revision": 1, "by": 2}),
        lambda d: d["revoked"].clear(),
        lambda d: d["offices"][0].update(not_after="2099-01-01T00:00:00Z"),
        lambda d: d.update(issued_at="2027-01-01T00:00:00Z"),
    ],
)
def test_a_tampered_trust_list_is_refused(hq, office, tamper):
    revoked = [trustlist.Revoked(b"\x01" * 8, "lost", "2026-02-01T00:00:00Z")]
    document = _document(hq, [office], revoked=revoked)
    tamper(document)
    with pytest.raises(UntrustedList, match="not signed by its root"):
        trustlist.load(trustlist.dumps(document))


def test_a_list_signed_by_another_root_is_refused(hq, office):
    other = make_headquarters("Another root")
    document = trustlist.build(other.key, hq.root, [office.certificate], now=LATER)
    with pytest.raises(UntrustedList, match="not signed by its root"):
        trustlist.load(trustlist.dumps(document))


def test_a_list_whose_root_is_swapped_for_another_is_refused(hq, office):
    document = _document(hq, [office])
    document["root"] = keys.pem(make_headquarters().root).decode()
    with pytest.raises(UntrustedList):
        trustlist.load(trustlist.dumps(document))


def test_an_office_certificate_of_another_root_is_never_trusted(hq, office):
    stranger = make_headquarters().certify("KHI", "Karachi")
    loaded = trustlist.load(trustlist.dumps(_document(hq, [office, stranger])))
    assert keys.key_id(stranger.certificate) not in loaded.offices
    text = qr.sign(MANIFEST, stranger.key, stranger.certificate)
    assert qr.verify(text, loaded, now=LATER).status is qr.Status.UNKNOWN_KEY


@pytest.mark.parametrize(
    "text", ["", "{}", "[1]", "not json", '{"format": "rawangi-trust-list/1"}']
)
def test_an_unreadable_list_is_refused_in_one_line(text):
    with pytest.raises(UntrustedList) as refused:
        trustlist.load(text)
    assert "\n" not in str(refused.value)


def test_a_superseded_line_is_code_revision_and_replacement():
    assert Superseded.parse(" isb-20260305-01:1:2 ") == Superseded("ISB-20260305-01", 1, 2)
    with pytest.raises(ValueError, match="CODE:REV:BY_REV"):
        Superseded.parse("ISB-20260305-01:one")
