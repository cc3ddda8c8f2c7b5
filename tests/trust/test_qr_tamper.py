"""1,000 tampered QR payloads, seeded: every one refused, none raising, a sample through the
`verify-qr` command (one line, exit 1, no traceback)."""

import io
import random
import sys
import zlib
from collections import Counter

import base45
import cbor2
import pytest

from desktop.__main__ import main
from desktop.core import clock
from desktop.trust import qr, trustlist
from tests.trust.conftest import LATER, MANIFEST, SLIP, make_headquarters

CASES = 1_000
CLI_SAMPLE = 60
ALPHABET_45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


@pytest.fixture(scope="module")
def scene():
    """Our headquarters' trust list: Islamabad (valid), Karachi (revoked), Lahore (expired
    by LATER), a superseded revision of the manifest; and a stranger's key and root."""
    hq = make_headquarters()
    isb, khi = hq.certify("ISB", "Islamabad"), hq.certify("KHI", "Karachi")
    lhe = hq.certify("LHE", "Lahore", days=10)
    stranger = make_headquarters("Another root").certify("ISB", "Islamabad")
    replaced = {**MANIFEST, "revision": 1}
    document = trustlist.build(
        hq.key,
        hq.root,
        [isb.certificate, khi.certificate, lhe.certificate],
        [trustlist.Revoked(qr.keys.key_id(khi.certificate), "stolen", "2026-02-01T00:00:00Z")],
        [trustlist.Superseded(MANIFEST["code"], 1, 2)],
        now=LATER,
    )
    return {
        "trust": trustlist.load(trustlist.dumps(document)),
        "document": document,
        "isb": isb,
        "khi": khi,
        "lhe": lhe,
        "stranger": stranger,
        "genuine": [qr.sign(fields, isb.key, isb.certificate) for fields in (MANIFEST, SLIP)],
        "replayed": qr.sign(replaced, isb.key, isb.certificate),
    }


def _inside(text: str) -> list:
    """The COSE_Sign1 array of a QR text: [protected, unprotected, payload, signature]."""
    return list(cbor2.loads(zlib.decompress(base45.b45decode(text[len(qr.PREFIX) :]))).value)


def _outside(parts: list) -> str:
    message = cbor2.CBORTag(qr.COSE_SIGN1_TAG, parts)
    return qr.PREFIX + base45.b45encode(zlib.compress(cbor2.dumps(message), 9)).decode("ascii")


def _decompressed(raw: bytes) -> bytes | None:
    try:
        return zlib.decompress(raw)
    except zlib.error:
        return None


def _flip_compressed(rng: random.Random, text: str) -> str:
    """A bit flipped in the compressed stream. A flip in the padding bits after deflate's last
    block leaves the signed message byte for byte what was signed: that is no tampering (the
    code still says exactly what the office signed), so such a flip is drawn again."""
    original = base45.b45decode(text[len(qr.PREFIX) :])
    message = zlib.decompress(original)
    while True:
        raw = bytearray(original)
        bit = rng.randrange(len(raw) * 8)
        raw[bit // 8] ^= 1 << (bit % 8)
        if _decompressed(bytes(raw)) != message:
            return qr.PREFIX + base45.b45encode(bytes(raw)).decode("ascii")


def _flip_signed(rng: random.Random, text: str) -> str:
    """A bit flipped in the protected header, the payload or the signature, recompressed so
    that the code still decodes."""
    parts = _inside(text)
    where = rng.choice((0, 2, 3))
    value = bytearray(parts[where])
    bit = rng.randrange(len(value) * 8)
    value[bit // 8] ^= 1 << (bit % 8)
    parts[where] = bytes(value)
    return _outside(parts)


def _other_field(rng: random.Random, text: str) -> str:
    parts = _inside(text)
    fields = cbor2.loads(parts[2])
    number = rng.choice(sorted(fields))
    value = fields[number]
    if isinstance(value, int):
        fields[number] = value + rng.randint(1, 50)
    elif isinstance(value, bytes):
        fields[number] = bytes(b ^ 0xFF for b in value)
    elif isinstance(value, str):
        fields[number] = value[:-1] + ("X" if value[-1:] != "X" else "Y")
    else:  # the date: another day
        fields[number] = cbor2.CBORTag(qr.DAYS_TAG, 20_000 + rng.randint(1, 500))
    if rng.random() < 0.3:
        fields[max(qr.FIELDS.values()) + 1] = "extra"  # a field nobody signed
    parts[2] = cbor2.dumps(fields)
    return _outside(parts)


def _another_key(rng: random.Random, scene: dict) -> str:
    fields = rng.choice((MANIFEST, SLIP))
    which = rng.choice(("stranger", "pretend"))
    if which == "stranger":  # a key our headquarters never certified
        office = scene["stranger"]
        return qr.sign(fields, office.key, office.certificate)
    # Another key's signature under Islamabad's key id.
    office = scene["stranger"]
    parts = _inside(qr.sign(fields, office.key, office.certificate))
    parts[0] = cbor2.dumps({1: qr.ES256, 4: qr.keys.key_id(scene["isb"].certificate)})
    return _outside(parts)


def _revoked_or_expired(rng: random.Random, scene: dict) -> str:
    office = scene[rng.choice(("khi", "lhe"))]
    return qr.sign(rng.choice((MANIFEST, SLIP)), office.key, office.certificate)


def _truncated(rng: random.Random, text: str) -> str:
    return text[: rng.randrange(len(text) - 1)]


def _garbage(rng: random.Random) -> str:
    kind = rng.randrange(5)
    size = rng.randint(0, 300)
    if kind == 0:
        return "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(size))
    if kind == 1:
        return qr.PREFIX + "".join(rng.choice(ALPHABET_45) for _ in range(size))
    if kind == 2:  # valid base45 of random bytes
        return qr.PREFIX + base45.b45encode(rng.randbytes(size)).decode("ascii")
    if kind == 3:  # valid zlib of random CBOR-ish bytes
        return qr.PREFIX + base45.b45encode(zlib.compress(rng.randbytes(size))).decode("ascii")
    # well-formed CBOR that is not a COSE_Sign1
    value = rng.choice(([1, 2, 3], {"a": 1}, cbor2.CBORTag(18, [b"", {}, b"", b""]), "text"))
    return qr.PREFIX + base45.b45encode(zlib.compress(cbor2.dumps(value))).decode("ascii")


KINDS = (
    "flipped bit (compressed)",
    "flipped bit (signed parts)",
    "other field",
    "another office's key",
    "revoked or expired",
    "replayed superseded revision",
    "truncated",
    "garbage",
)


def tampered(scene: dict, seed: int = 15) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    cases = []
    for number in range(CASES):
        kind = KINDS[number % len(KINDS)]
        genuine = rng.choice(scene["genuine"])
        if kind == KINDS[0]:
            text = _flip_compressed(rng, genuine)
        elif kind == KINDS[1]:
            text = _flip_signed(rng, genuine)
        elif kind == KINDS[2]:
            text = _other_field(rng, genuine)
        elif kind == KINDS[3]:
            text = _another_key(rng, scene)
        elif kind == KINDS[4]:
            text = _revoked_or_expired(rng, scene)
        elif kind == KINDS[5]:
            text = scene["replayed"]
        elif kind == KINDS[6]:
            text = _truncated(rng, genuine)
        else:
            text = _garbage(rng)
        cases.append((kind, text))
    return cases


def test_the_genuine_codes_verify(scene):
    for text in scene["genuine"]:
        assert qr.verify(text, scene["trust"], now=LATER).genuine


def test_a_thousand_tampered_codes_are_all_refused(scene):
    outcomes: Counter[tuple[str, str]] = Counter()
    for kind, text in tampered(scene):
        verdict = qr.verify(text, scene["trust"], now=LATER)  # never raises
        assert not verdict.genuine, (kind, text)
        assert verdict.message and "\n" not in verdict.message
        outcomes[kind, verdict.status.value] += 1
    assert sum(outcomes.values()) == CASES
    said = {status for (_kind, status) in outcomes}
    # Each kind of tampering met the refusal it should.
    assert said == {"forged or damaged", "unknown key", "revoked", "expired", "superseded"}
    assert outcomes["replayed superseded revision", "superseded"] == CASES // len(KINDS)


def test_a_sample_through_verify_qr_exits_1_in_one_line(scene, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(clock, "utc_now", lambda: LATER)
    trust = tmp_path / "trust.json"
    trust.write_text(trustlist.dumps(scene["document"]))
    sample = random.Random(7).sample(tampered(scene), CLI_SAMPLE)
    for number, (kind, text) in enumerate(sample):
        # As a scanner types it (stdin), or as an argument; any text may start with "-".
        if number % 2 or text.startswith("-"):
            monkeypatch.setattr(sys, "stdin", io.StringIO(text))
            code = main(["verify-qr", "-", "--trust", str(trust)])
        else:
            code = main(["verify-qr", text, "--trust", str(trust)])
        captured = capsys.readouterr()
        assert code == 1, (kind, text)
        assert captured.out.count("\n") == 1, (kind, captured.out)
        assert "Traceback" not in captured.out + captured.err
