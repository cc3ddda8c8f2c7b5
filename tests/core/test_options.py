"""Every setting is declared once, and the README's Settings table says the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.core.options import OPTIONS, Scope, markdown_table, option

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_documents_every_declared_setting_and_no_other():
    text = README.read_text(encoding="utf-8")
    documented = re.findall(r"^\| `([^`]+)` \|", text, flags=re.MULTILINE)
    declared = [o.name + ("*" if o.family else "") for o in OPTIONS]
    assert sorted(documented) == sorted(declared)
    assert markdown_table() in text  # defaults and help as declared, not as once written


def test_a_member_of_a_family_has_the_familys_declaration():
    assert option("passport_validity_months.SA", Scope.OFFICE).type is int
    assert option("geometry/main_window", Scope.USER).name == "geometry/"


@pytest.mark.parametrize(
    ("key", "scope"),
    [("offce", Scope.OFFICE), ("ui/language", Scope.OFFICE), ("window/size", Scope.USER)],
)
def test_an_undeclared_key_is_refused(key, scope):
    with pytest.raises(KeyError):
        option(key, scope)


def test_each_setting_is_declared_once():
    names = [o.name for o in OPTIONS]
    assert len(names) == len(set(names))
