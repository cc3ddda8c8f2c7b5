"""Manifest PDF build times against the budgets of DESIGN.md.

Run: ``.venv/bin/python bench/bench_manifest.py``. Each case runs in a fresh Python process
(no fonts, shaped Urdu or wrapped lines cached from another case): one warm-up build of a
different contingent of the same size, then the best of three builds of the measured one,
through `desktop.manifest.build_pdf`, the function the window calls. Exits 1 when a budget
is missed.

Signing (DESIGN.md: "signing a manifest (PAdES) and its QR codes, 1,000 people: adds
≤ 0.2 s") is measured the same way, in a fresh process: the best of three signed builds
through `services.manifests.signed_pdf` (the signed QR, on every page, and the PAdES
signature, as finalizing makes them) less the best of three unsigned builds of the same data.
The first signing of a process also loads pyhanko; that one-off cost is printed apart.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

# Runs from a checkout without installing: the repository root on the path.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RUNS = 3

# (rows, Urdu name column, budget in seconds or None, strict "<" rather than "≤")
CASES: tuple[tuple[int, bool, float | None, bool], ...] = (
    (100, False, None, False),
    (1_000, False, 0.5, False),
    (10_000, False, 3.0, False),
    (1_000, True, 1.0, True),
)


def measure(rows: int, urdu_names: bool) -> dict[str, float]:
    """Time one case in this process: warm-up, then the best of RUNS builds."""
    from pypdf import PdfReader

    from desktop.manifest import build_pdf, sample_manifest

    build_pdf(sample_manifest(rows, seed=1, urdu_names=urdu_names))  # warm-up
    data = sample_manifest(rows, seed=2, urdu_names=urdu_names)
    times = []
    pdf = b""
    for _ in range(RUNS):
        start = time.perf_counter()
        pdf = build_pdf(data)
        times.append(time.perf_counter() - start)
    import io

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    return {"best": min(times), "first": times[0], "pages": pages, "bytes": len(pdf)}


SIGNING_ROWS = 1_000
SIGNING_BUDGET = 0.2


def measure_signing(rows: int) -> dict[str, float]:
    """Signed less unsigned build time of one contingent, best of RUNS each."""
    from desktop.manifest import build_pdf, sample_manifest
    from desktop.manifest.signature import SigningKey
    from desktop.services import manifests
    from desktop.trust import keys

    root_key = keys.new_key()
    root = keys.make_root(root_key, "Bench root")
    key = keys.new_key()
    certificate = keys.certify(keys.make_request(key, "ISB", "Islamabad"), root_key, root)
    signing = SigningKey(key, certificate, (root,))
    build_pdf(sample_manifest(rows, seed=1))  # warm-up
    start = time.perf_counter()
    manifests.signed_pdf(sample_manifest(rows, seed=1), signing)  # loads pyhanko
    first_signed = time.perf_counter() - start
    data = sample_manifest(rows, seed=2)
    unsigned, signed = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        build_pdf(data)
        unsigned.append(time.perf_counter() - start)
        start = time.perf_counter()
        manifests.signed_pdf(data, signing)
        signed.append(time.perf_counter() - start)
    return {
        "unsigned": min(unsigned),
        "signed": min(signed),
        "added": min(signed) - min(unsigned),
        "first_signed": first_signed,
    }


def run_case(rows: int, urdu_names: bool) -> dict[str, float]:
    """Time one case in a fresh interpreter."""
    return _fresh("--case", str(rows), "urdu" if urdu_names else "latin")


def _fresh(*args: str) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--case":
        print(json.dumps(measure(int(sys.argv[2]), sys.argv[3] == "urdu")))
        return 0
    if len(sys.argv) == 3 and sys.argv[1] == "--signing":
        print(json.dumps(measure_signing(int(sys.argv[2]))))
        return 0
    missed = False
    for rows, urdu_names, budget, strict in CASES:
        result = run_case(rows, urdu_names)
        label = f"manifest {rows:,} rows" + (" + Urdu" if urdu_names else "")
        if budget is None:
            verdict, limit = "", "—"
        else:
            ok = result["best"] < budget if strict else result["best"] <= budget
            missed = missed or not ok
            verdict = "PASS" if ok else "MISS"
            limit = f"{'<' if strict else '≤'} {budget:g} s"
        print(
            f"{label:<30} {result['best']:6.2f} s   budget {limit:<8} {verdict:<4}   "
            f"(first of {RUNS}: {result['first']:.2f} s; {int(result['pages'])} pages, "
            f"{result['bytes'] / 1e6:.1f} MB)"
        )
    signed = _fresh("--signing", str(SIGNING_ROWS))
    ok = signed["added"] <= SIGNING_BUDGET
    missed = missed or not ok
    print(
        f"{f'signing {SIGNING_ROWS:,} rows adds':<30} {signed['added']:6.2f} s   budget "
        f"{f'≤ {SIGNING_BUDGET:g} s':<8} {'PASS' if ok else 'MISS':<4}   (signed "
        f"{signed['signed']:.2f} s, unsigned {signed['unsigned']:.2f} s; the first signing of "
        f"a process, loading pyhanko: {signed['first_signed']:.2f} s)"
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
