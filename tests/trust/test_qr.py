import datetime as dt
import os
import random
import string
import zlib

import base45
import cbor2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.errors import ValidationError
from desktop.trust import keys, qr
from desktop.trust.trustlist import Revoked, Superseded
from tests.trust.conftest import ISSUED, LATER, MANIFEST, SLIP, make_headquarters

# What QR's alphanumeric mode can hold.
ALPHANUMERIC = set(string.digits + string.ascii_uppercase + " $%*+-./:")
BASE45 = string.digits + string.ascii_uppercase + " $%*+-./:"


def test_a_signed_manifest_verifies_with_its_fields(hq, office):
    text = qr.sign(MANIFEST, office.key, office.certificate)
    verdict = qr.verify(text, hq.trust_list([office]), now=LATER)
    assert verdict.genuine
    assert verdict.fields == MANIFEST | {"fingerprint": MANIFEST["fingerprint"][:32]}
    assert verdict.office == "ISB"
    assert verdict.message == (
        "GENUINE: manifest ISB-20260305-01 rev 2 (120 people) flight PK-233 on 2026-03-05, "
        "signed by Islamabad (ISB)."
    )


def test_a_signed_slip_verifies_with_the_persons_fields(hq, office):
    text = qr.sign(SLIP, office.key, office.certificate)
    verdict = qr.verify(text, hq.trust_list([office]), now=LATER)
    assert verdict.genuine and verdict.fields == SLIP
    assert "slip of MUHAMMAD ASLAM KHAN" in verdict.message


def test_a_manifest_payload_fits_a_small_alphanumeric_qr(office):
    longest = 0
    for _ in range(50):  # random fingerprints do not compress: the worst case
        fields = MANIFEST | {"fingerprint": os.urandom(32).hex(), "count": 1200, "revision": 12}
        text = qr.sign(fields, office.key, office.certificate)
        assert set(text) <= ALPHANUMERIC
        longest = max(longest, len(text))
    assert longest <= 250


def test_a_changed_character_anywhere_is_refused(hq, office):
    trust = hq.trust_list([office])
    text = qr.sign(MANIFEST, office.key, office.certificate)
    for at in range(len(text)):
        other = BASE45[(BASE45.index(text[at]) + 1) % 45] if text[at] in BASE45 else "X"
        changed = text[:at] + other + text[at + 1 :]
        verdict = qr.verify(changed, trust, now=LATER)
        assert not verdict.genuine, at
        assert verdict.status in (qr.Status.FORGED, qr.Status.UNKNOWN_KEY)


def test_a_truncated_or_garbage_text_is_damaged(hq, office):
    trust = hq.trust_list([office])
    text = qr.sign(MANIFEST, office.key, office.certificate)
    for bad in (text[:-3], text[:40], "", "RW1:", "HC1:" + text[4:], "hello", text + "00"):
        verdict = qr.verify(bad, trust, now=LATER)
        assert verdict.status is qr.Status.FORGED
        assert verdict.message.startswith("FORGED OR DAMAGED:")


def test_a_key_headquarters_never_certified_is_unknown(hq, office):
    stranger = make_headquarters("Somebody else").certify("ISB", "Islamabad")
    text = qr.sign(MANIFEST, stranger.key, stranger.certificate)
    verdict = qr.verify(text, hq.trust_list([office]), now=LATER)
    assert verdict.status is qr.Status.UNKNOWN_KEY
    assert verdict.message.startswith("UNKNOWN KEY:") and verdict.fields == {}


def test_another_offices_fields_under_a_borrowed_key_id_are_forged(hq, office):
    other = hq.certify("KHI", "Karachi")
    trust = hq.trust_list([office, other])
    genuine = qr._open(qr.sign(MANIFEST, office.key, office.certificate))
    forged = qr._open(qr.sign(MANIFEST | {"count": 121}, other.key, other.certificate))
    spliced = cbor2.CBORTag(18, [genuine.protected, {}, forged.payload, forged.signature])
    text = qr.PREFIX + base45.b45encode(zlib.compress(cbor2.dumps(spliced))).decode()
    assert qr.verify(text, trust, now=LATER).status is qr.Status.FORGED


def test_an_expired_or_not_yet_valid_certificate_is_refused(hq):
    office = hq.certify(days=30)
    trust = hq.trust_list([office])
    text = qr.sign(MANIFEST, office.key, office.certificate)
    assert qr.verify(text, trust, now=ISSUED + dt.timedelta(days=29)).genuine
    expired = qr.verify(text, trust, now=ISSUED + dt.timedelta(days=31))
    assert expired.status is qr.Status.EXPIRED and expired.message.startswith("EXPIRED:")
    early = qr.verify(text, trust, now=ISSUED - dt.timedelta(days=1))
    assert early.status is qr.Status.EXPIRED


def test_a_revoked_key_is_refused_with_its_reason(hq, office):
    revoked = Revoked(keys.key_id(office.certificate), "laptop stolen", "2026-02-01T10:00:00Z")
    trust = hq.trust_list([office], revoked=[revoked])
    verdict = qr.verify(qr.sign(MANIFEST, office.key, office.certificate), trust, now=LATER)
    assert verdict.status is qr.Status.REVOKED
    assert "laptop stolen" in verdict.message and "2026-02-01" in verdict.message


def test_a_superseded_revision_says_which_revision_replaced_it(hq, office):
    trust = hq.trust_list([office], superseded=[Superseded("ISB-20260305-01", 2, 3)])
    old = qr.verify(qr.sign(MANIFEST, office.key, office.certificate), trust, now=LATER)
    assert old.status is qr.Status.SUPERSEDED
    assert "superseded by revision 3" in old.message
    slip = qr.verify(qr.sign(SLIP, office.key, office.certificate), trust, now=LATER)
    assert slip.status is qr.Status.SUPERSEDED
    new = qr.verify(
        qr.sign(MANIFEST | {"revision": 3}, office.key, office.certificate), trust, now=LATER
    )
    assert new.genuine


def test_signing_with_a_key_that_is_not_the_certificates_is_refused(office):
    with pytest.raises(ValidationError, match="does not belong"):
        qr.sign(MANIFEST, keys.new_key(), office.certificate)


def test_a_thousand_tampered_payloads_are_all_refused(hq, office):
    """Bits flipped inside the decoded message, re-compressed and re-encoded, so that every one
    reaches the signature check (not just the base45 decoder)."""
    trust = hq.trust_list([office])
    raw = zlib.decompress(base45.b45decode(qr.sign(MANIFEST, office.key, office.certificate)[4:]))
    chance = random.Random(15)
    for _ in range(1000):
        changed = bytearray(raw)
        for _ in range(chance.randint(1, 3)):
            changed[chance.randrange(len(changed))] ^= 1 << chance.randrange(8)
        text = qr.PREFIX + base45.b45encode(zlib.compress(bytes(changed))).decode()
        assert not qr.verify(text, trust, now=LATER).genuine


@settings(max_examples=300, deadline=None)
@given(st.text() | st.binary().map(lambda b: qr.PREFIX + b.hex().upper()))
def test_no_text_at_all_is_genuine_or_raises(text):
    hq = _TRUSTED
    assert not qr.verify(text, hq, now=LATER).genuine


_HQ = make_headquarters()
_TRUSTED = _HQ.trust_list([_HQ.certify()])
