from desktop import resources


def test_shipped_fonts_are_found_as_real_files():
    font = resources.path("fonts/NotoNaskhArabic-Regular.ttf")
    assert font.is_file() and font.stat().st_size > 10_000
    assert resources.path("fonts/OFL.txt").read_text().count("SIL Open Font License") >= 1


def test_a_missing_resource_says_which(tmp_path):
    import pytest

    with pytest.raises(FileNotFoundError, match=r"nothing\.png"):
        resources.path("icons/nothing.png")
