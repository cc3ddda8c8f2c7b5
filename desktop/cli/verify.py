"""`rawangi verify-qr TEXT|- --trust trust.json`: the verdict on a manifest's or a slip's QR,
offline, with no database."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.core.errors import ValidationError
from desktop.trust import qr, trustlist


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        name,
        help="check a manifest's or a slip's QR text against the trust list",
        description="Print one line: genuine (whose and what), superseded, revoked, unknown "
        "key, expired, or forged or damaged. Exit 0 only for genuine. Needs no database.",
    )
    parser.add_argument("text", metavar="TEXT", help="the QR's text (RW1:…), or - to read stdin")
    parser.add_argument("--trust", metavar="FILE", required=True, help="trust.json from HQ")
    parser.add_argument(
        "--expect-root", metavar="SHA256", default=None, help="the root fingerprint HQ publishes"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run_verify)


def _same(a: str, b: str) -> bool:
    return a.replace(":", "").lower() == b.replace(":", "").strip().lower()


def run_verify(options: argparse.Namespace) -> int:
    text = sys.stdin.read() if options.text == "-" else options.text
    try:
        trust = trustlist.load(Path(options.trust).read_bytes())
    except trustlist.UntrustedList as refusal:
        return _untrusted(options, str(refusal))
    if options.expect_root and not _same(trust.root_fingerprint, options.expect_root):
        return _untrusted(
            options,
            f"The trust list's root {trust.root_fingerprint} is not the one expected.",
        )
    verdict = qr.verify(text, trust)
    if options.format == "json":
        print(
            json.dumps(
                {
                    "verdict": verdict.status.value,
                    "genuine": verdict.genuine,
                    "message": verdict.message,
                    "office": verdict.office,
                    "kid": verdict.kid,
                    "fields": verdict.fields,
                    "root_sha256": trust.root_fingerprint,
                },
                ensure_ascii=False,
            )
        )
    else:
        print(verdict.message)
        print(f"trust list of {trust.issued_at}, root {trust.root_fingerprint}", file=sys.stderr)
    return 0 if verdict.genuine else 1


def _untrusted(options: argparse.Namespace, message: str) -> int:
    if options.format == "json":
        print(json.dumps({"verdict": "untrusted list", "genuine": False, "message": message}))
        return 1
    raise ValidationError(message)
