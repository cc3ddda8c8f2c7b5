"""`rawangi trust export`: headquarters writes the signed trust list verifiers use."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import open_db
from desktop.cli.keys import passphrase
from desktop.services import signing
from desktop.store import Use
from desktop.trust import authority, keys, trustlist


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(name, help="the trust list verifiers use")
    actions = parser.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write the trust list signed by the root",
        description="Write the trust list: the root certificate, every office certificate "
        "issued with its validity, the revoked keys and the superseded manifest revisions "
        "(CODE:REV:BY_REV lines or JSON files given with --superseded, and those of a "
        "database given with --db), signed by the root key.",
    )
    export.add_argument("--ca", metavar="DIR", required=True)
    export.add_argument("--out", metavar="FILE", required=True)
    export.add_argument("--superseded", metavar="FILE", nargs="*", default=[])
    export.add_argument("--db", metavar="PATH", default=None, help="add its superseded revisions")
    export.set_defaults(run=run_export)


def run_export(options: argparse.Namespace) -> int:
    ca = authority.Authority(Path(options.ca))
    root = ca.root()
    superseded = [s for f in options.superseded for s in authority.read_superseded(Path(f))]
    if options.db:
        db = open_db(options, Use.READ)
        try:
            superseded += signing.superseded_revisions(db)
        finally:
            db.close()
    document = authority.trust_list(ca, passphrase(f"the root key {ca.key_path}"), superseded)
    Path(options.out).write_text(trustlist.dumps(document), "utf-8")
    print(
        f"Wrote {options.out}: {len(document['offices'])} office certificate(s), "
        f"{len(document['revoked'])} revoked, {len(document['superseded'])} superseded "
        f"revision(s); root fingerprint {keys.fingerprint(root)}."
    )
    return 0
