import pytest

from desktop.core.trades import COMMON_TRADES, SYNONYMS, same_trade, trade_key


def test_every_trade_of_the_list_is_its_own_job():
    keys = [trade_key(trade) for trade in COMMON_TRADES]
    # Cook and Chef are one job on a visa, and so are Driver and Light Driver.
    assert len(set(keys)) == len(COMMON_TRADES) - 2


def test_synonyms_are_of_trades_of_the_list():
    assert set(SYNONYMS) <= set(COMMON_TRADES)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Steel Fixer", "steel-fixer"),
        ("Auto Mechanic", "Mechanic (Auto)"),
        ("Security Guard", "WATCHMAN"),
        ("Construction Labourer", "Labor"),
    ],
)
def test_the_same_job(first, second):
    assert same_trade(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Electrician", "Plumber"),
        ("Heavy Driver", "Light Driver"),
        ("Nurse", "Doctor"),
        ("Carpenter", "Shuttering Carpenter"),
    ],
)
def test_different_jobs(first, second):
    assert not same_trade(first, second)
