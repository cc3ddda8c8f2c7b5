"""The printed bytes of known manifests, recorded once: the same data gives the very same file.

A supervisor who reprints a revision, or headquarters checking a fingerprint, relies on the
file never changing for the same data. These digests were recorded with reportlab 5.1 and the
shipped Noto fonts; a change of the code that draws the manifest must leave them as they are.
When a change of look is intended (or reportlab itself writes differently), record the new
digests and say so in docs/decisions.md.
"""

from __future__ import annotations

import hashlib

import pytest
import reportlab

from desktop.manifest import ManifestData, build_pdf, sample_manifest, stamp_superseded

RECORDED = {
    "A4, 25 people, Urdu names": (
        lambda: sample_manifest(25, urdu_names=True),
        "f094ed51b8ecc5575c05ce9a275792f9161d06b127c5a0bf3a3de938f3f08ed0",
    ),
    "A4, 400 people, 12 not travelled": (
        lambda: sample_manifest(400, seed=3, not_travelled=12),
        "7466bbe460384901d0abbdf031a0b63c502624d5f7b3bc06add28091ab0f744e",
    ),
    "Letter, 60 people": (
        lambda: sample_manifest(60, page_size="Letter"),
        "c5e237fe885edff2e3e397aedd2b6782d5e7d5bd83c49e32f80cc517798493e2",
    ),
    "nobody travelling": (
        lambda: sample_manifest(0),
        "0fd1266fc742bfbd132c46095b42af34c8892f4e20156bbee0b54f8c9135f3d2",
    ),
}


def _digest(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


@pytest.mark.parametrize("case", list(RECORDED))
def test_a_manifest_prints_the_recorded_bytes(case: str) -> None:
    make, recorded = RECORDED[case]
    data: ManifestData = make()
    assert _digest(build_pdf(data)) == recorded, (
        f"the manifest '{case}' no longer prints the same bytes (reportlab {reportlab.Version})"
    )


def test_a_superseded_reprint_gives_the_recorded_bytes() -> None:
    pdf = build_pdf(sample_manifest(25, urdu_names=True))
    stamped = stamp_superseded(pdf, "Reopened: a name was misspelt")
    assert _digest(stamped) == ("172e026329e492003d0b72042d5f87133f414f86e5160341f75fa224ee08353c")
