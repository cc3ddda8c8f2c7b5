import subprocess
import sys

from desktop.gui.main_window import MainWindow


def test_status_bar_names_the_office_and_the_database(qtbot, db, clerk, tmp_path):
    window = MainWindow(db, clerk)
    qtbot.addWidget(window)
    window.show()
    assert "ISB — Islamabad" in window.office_label.text()
    assert str(tmp_path / "office.db") in window.db_label.text()
    assert "amina" in window.user_label.text()


def test_the_window_opens_signs_in_paints_and_quits(tmp_path):
    """`rawangi --user NAME --quit-after-paint` is what smoke tests and benchmarks start."""
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
        "XDG_DATA_HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
        "HOME": str(tmp_path),
        "RAWANGI_PASSWORD": "smoke-test-password",
    }
    db = str(tmp_path / "smoke.db")
    run = [sys.executable, "-m", "desktop"]
    setup = subprocess.run(
        [*run, "init", "--db", db, "--office", "KHI", "--admin", "root"],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
        env=env,
    )
    assert setup.returncode == 0, setup.stderr
    result = subprocess.run(
        [*run, "--db", db, "--user", "root", "--quit-after-paint"],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
