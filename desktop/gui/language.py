"""The language of the interface: English, or Urdu laid out right to left (Settings, per PC).

Every visible string goes through `tr()`; `apply_language` installs the Urdu translation
(`resources/translations/rawangi_ur.qm`, made by `make translations`), turns the layout right to
left and puts the shipped Naskh font first. It is called once at start, before any window
exists; tests call it and switch back to English afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop import resources
from desktop.gui.widgets import urdu_font


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` and give it back as it is, typed as text
    (PySide6's own is typed to return `object`); `tr` or `translate` say it later."""
    return text


LANGUAGES = ("en", "ur")
URDU_SCALE = 1.1

# Stored values (lower case, as in the database and the CLI) and the words people read.
STATUS_TEXTS = {
    "recorded": QT_TRANSLATE_NOOP("Status", "recorded"),
    "departed": QT_TRANSLATE_NOOP("Status", "departed"),
    "no-show": QT_TRANSLATE_NOOP("Status", "no-show"),
    "withdrawn": QT_TRANSLATE_NOOP("Status", "withdrawn"),
    "open": QT_TRANSLATE_NOOP("Status", "open"),
    "finalized": QT_TRANSLATE_NOOP("Status", "finalized"),
}
ROLE_TEXTS = {
    "clerk": QT_TRANSLATE_NOOP("Role", "clerk"),
    "supervisor": QT_TRANSLATE_NOOP("Role", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("Role", "admin"),
}

# Texts Qt draws itself (the buttons of message boxes and button boxes). PySide6 ships no
# Urdu translation of Qt, so ours carries these under Qt's own context.
QT_OWN_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
)

_installed: list[QTranslator] = []
_english_font: list[QFont] = []
_current: list[str] = ["en"]


def current() -> str:
    """The language the interface was last set to: "en" or "ur"."""
    return _current[0]


def status_text(value: str) -> str:
    """A stored status ('no-show') as people read it in the interface's language."""
    return QCoreApplication.translate("Status", value) if value in STATUS_TEXTS else value


def role_text(value: str) -> str:
    """A stored role ('clerk') as people read it in the interface's language."""
    return QCoreApplication.translate("Role", value) if value in ROLE_TEXTS else value


def apply_language(app: QApplication, code: str) -> None:
    """Show the interface in `code` ("en" or "ur") from the next widget created on.

    English: the plural forms of counted phrases ("1 person", "2 people").
    Urdu: Rawangi's translation, Qt's own where PySide6 ships one (it ships none for Urdu
    today: skipped silently), right-to-left layout, and the shipped Noto Naskh Arabic ahead of
    the usual font, so that Latin letters (CNICs, passport numbers, names) keep theirs.
    """
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    _current[0] = "ur" if code == "ur" else "en"
    if not _english_font:
        _english_font.append(QFont(app.font()))
    english = _english_font[0]
    if code != "ur":
        # English needs a translation too, for its plural forms only: "%n person(s)" is
        # "1 person" and "2 people" (made by `make translations`, `lupdate -pluralonly`).
        plurals = QTranslator(app)
        if not plurals.load(str(resources.path("translations/rawangi_en.qm"))):
            raise FileNotFoundError(
                "Rawangi's English plural forms cannot be read; reinstall the program."
            )
        app.installTranslator(plurals)
        _installed.append(plurals)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        app.setFont(english)
        return
    ours = QTranslator(app)
    if not ours.load(str(resources.path("translations/rawangi_ur.qm"))):
        raise FileNotFoundError("Rawangi's Urdu translation cannot be read; reinstall the program.")
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    urdu = QLocale(QLocale.Language.Urdu, QLocale.Country.Pakistan)
    if qt_own.load(urdu, "qtbase", "_", folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)  # installed last: asked first
    _installed.append(ours)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    font = QFont(english)
    font.setFamilies([urdu_font().family(), english.family()])
    # Naskh letters are small for their point size: a little larger reads like the English.
    font.setPointSizeF(english.pointSizeF() * URDU_SCALE)
    app.setFont(font)
