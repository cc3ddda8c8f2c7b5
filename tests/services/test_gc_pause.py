import gc

import pytest

from desktop.services.gc_pause import collector_paused


def test_the_collector_waits_during_bulk_work_and_runs_again_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # a check inside a command: still paused after the inner one
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failure_in_bulk_work_still_lets_the_collector_run_again():
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a bad list")
    assert gc.isenabled()


def test_a_collector_someone_turned_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
