"""A headquarters root and a certified office, made at fixed moments (no clock drift)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from desktop.trust import keys, trustlist

ISSUED = dt.datetime(2026, 1, 10, 9, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)  # while the office certificate is valid


@dataclass
class Office:
    key: keys.PrivateKey
    certificate: object


@dataclass
class Headquarters:
    key: keys.PrivateKey
    root: object

    def certify(self, office: str = "ISB", name: str = "Islamabad", days: int = 365) -> Office:
        key = keys.new_key()
        request = keys.make_request(key, office, name)
        return Office(key, keys.certify(request, self.key, self.root, days=days, now=ISSUED))

    def trust_list(self, offices=(), revoked=(), superseded=()) -> trustlist.TrustList:
        document = trustlist.build(
            self.key, self.root, [o.certificate for o in offices], revoked, superseded, now=LATER
        )
        return trustlist.load(trustlist.dumps(document))


def make_headquarters(name: str = "Rawangi headquarters root") -> Headquarters:
    key = keys.new_key()
    return Headquarters(key, keys.make_root(key, name, years=10, now=ISSUED))


@pytest.fixture(scope="module")
def hq() -> Headquarters:
    return make_headquarters()


@pytest.fixture(scope="module")
def office(hq: Headquarters) -> Office:
    return hq.certify()


MANIFEST = {
    "kind": "manifest",
    "office": "ISB",
    "code": "ISB-20260305-01",
    "revision": 2,
    "flight": "PK-233",
    "date": "2026-03-05",
    "count": 120,
    "fingerprint": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
}

SLIP = {
    "kind": "slip",
    "name": "MUHAMMAD ASLAM KHAN",
    "father_name": "GHULAM RASOOL KHAN",
    "cnic": "3520212345671",
    "passport_no": "AB1234567",
    "code": "ISB-20260305-01",
    "revision": 2,
    "flight": "PK-233",
    "date": "2026-03-05",
    "office": "ISB",
}
