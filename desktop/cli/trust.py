"""`rawangi trust export`: headquarters writes the signed trust list verifiers use."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import acting_user, add_db_option, add_user_option, open_db, passphrase
from desktop.core.errors import ValidationError
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
    kept = actions.add_parser(
        "import",
        help="keep headquarters' trust list in this (headquarters') database (admins)",
        description="Keep the trust list in the database: from then on `bundle import` takes "
        "only bundles signed by an office key it certifies, not revoked and valid now. A later "
        "list must carry the same root and must not be older than the one kept.",
    )
    kept.add_argument("file", metavar="FILE", help="trust.json")
    add_db_option(kept)
    add_user_option(kept)
    kept.add_argument(
        "--expect-root", metavar="SHA256", default=None, help="the root fingerprint HQ publishes"
    )
    kept.set_defaults(run=run_import)


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


def run_import(options: argparse.Namespace) -> int:
    path = Path(options.file)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeError) as error:
        raise ValidationError(f"Cannot read the trust list {path} ({error}).") from None
    db = open_db(options)
    try:
        actor = acting_user(options, db)
        kept = signing.keep_trust_list(db, actor, text, expect_root=options.expect_root)
    finally:
        db.close()
    print(
        f"Kept the trust list of {kept.issued_at}: {len(kept.offices)} office certificate(s), "
        f"{len(kept.revoked)} revoked; root fingerprint {kept.root_fingerprint}. Bundles are "
        "now taken only when signed by a key it certifies."
    )
    return 0
