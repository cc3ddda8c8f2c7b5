"""The clerk's form: record one departing person, from the keyboard or a passport scanner.

The form only shows and asks: reading values, the rules and saving are `desktop.services`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QItemSelectionModel,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop import services
from desktop.core import clock, countries, mrz, rules
from desktop.core.departure import FIELDS, TRAVEL_FIELDS, Departure
from desktop.core.errors import RawangiError, ValidationError
from desktop.core.roles import Action, Actor, allowed
from desktop.core.rules import Problem, Severity
from desktop.core.trades import COMMON_TRADES
from desktop.gui import changes, dialogs
from desktop.gui.forms.ui_departure_form import Ui_DepartureForm
from desktop.gui.language import QT_TRANSLATE_NOOP, role_text, status_text
from desktop.gui.messages import error_text, problem_text, said
from desktop.gui.widgets import MaskedEdit, mono_when_typed, urdu_font
from desktop.store import Database

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
OK_STYLE = "color: #1b5e20;"

# (stored value, what the list shows: translated when shown, context "DepartureForm")
SEXES = (
    ("", ""),
    ("M", QT_TRANSLATE_NOOP("DepartureForm", "M — male")),
    ("F", QT_TRANSLATE_NOOP("DepartureForm", "F — female")),
    ("X", QT_TRANSLATE_NOOP("DepartureForm", "X — unspecified")),
)
CHANNELS = (
    ("", ""),
    ("OEC", QT_TRANSLATE_NOOP("DepartureForm", "OEC — Overseas Employment Corporation")),
    ("OEP", QT_TRANSLATE_NOOP("DepartureForm", "OEP — licensed promoter")),
)


def choice_text(text: str) -> str:
    """One of SEXES or CHANNELS as the list shows it, in the interface's language."""
    return QCoreApplication.translate("DepartureForm", text) if text else text


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


_MOVE_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CompletionKeys(QObject):
    """Tab and Enter take the completion the list highlights ("Saudi" + Tab is Saudi Arabia).

    As you type, the list highlights its first entry (an exact match first), and that is
    what Tab or Enter takes; Down and Up pick another, as usual. Then Tab moves on in the
    Tab order and Enter calls `enter` (the form: on to the next empty required field).
    """

    def __init__(
        self, completer: QCompleter, take: Callable[[str], None], enter: Callable[[], None]
    ) -> None:
        super().__init__(completer)  # gone with its completer, and so are its timers
        self.completer = completer
        self.take = take
        self.enter = enter
        # Installed after the completer's own filters, so asked first: on its list, on its
        # field, and on the list box a field belongs to.
        completer.popup().installEventFilter(self)
        field = completer.widget()
        if field is not None:
            field.installEventFilter(self)
            if isinstance(field.parentWidget(), QComboBox):
                field.parentWidget().installEventFilter(self)
        # After each letter the completer filters, then shows the list with nothing chosen.
        completer.completionModel().modelReset.connect(
            lambda: QTimer.singleShot(0, self, self.highlight)
        )

    def choice(self) -> str:
        """What Tab or Enter takes: the highlighted entry, an exact match, or the first."""
        popup = self.completer.popup()
        model = self.completer.completionModel()
        current = popup.currentIndex()
        if current.isValid():
            return str(current.data())
        typed = self.completer.completionPrefix().strip().casefold()
        texts = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
        exact = [text for text in texts if text.casefold() == typed]
        return (exact or texts or [""])[0]

    def highlight(self) -> None:
        popup = self.completer.popup()
        model = self.completer.completionModel()
        if not popup.isVisible() or popup.currentIndex().isValid() or not model.rowCount():
            return
        chosen = self.choice()
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == chosen)
        selection = popup.selectionModel()
        # Without signals: a chosen entry would replace what is being typed.
        with QSignalBlocker(selection):
            selection.setCurrentIndex(
                model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        popup.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or event.key() not in _MOVE_KEYS
            or event.modifiers() & Qt.KeyboardModifier.ControlModifier
            or not self.completer.popup().isVisible()
        ):
            return False
        chosen = self.choice()
        self.completer.popup().hide()
        if chosen:
            self.take(chosen)
        widget = self.completer.widget()
        if event.key() in _ENTER_KEYS:
            self.enter()
        elif widget is not None:
            # The list is gone: Tab moves on from the field as usual.
            _move_focus(widget, forward=event.key() == Qt.Key.Key_Tab)
        return True


def _move_focus(widget: QWidget, forward: bool) -> None:
    """Tab or Shift+Tab from a widget, as if it had been pressed there."""
    key = Qt.Key.Key_Tab if forward else Qt.Key.Key_Backtab
    modifiers = Qt.KeyboardModifier.NoModifier if forward else Qt.KeyboardModifier.ShiftModifier
    QCoreApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))


class DepartureForm(QWidget):
    """New departures and edits of one departure."""

    saved = Signal(object)  # the stored Departure
    open_requested = Signal(str)  # id of another record (a duplicate) to open

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.ui = Ui_DepartureForm()
        self.ui.setupUi(self)
        self.current: Departure | None = None  # the stored record being edited
        self._touched: set[str] = set()
        self._problems: tuple[Problem, ...] = ()
        # Enter moves on (or saves) in every field; installed before the lists' completion
        # keys, which are asked first and take the highlighted entry before moving on.
        self._enter_keys = EnterKeys(self.advance, self)
        for field in FIELDS:
            widget = self.field_widget(field.name)
            widget.installEventFilter(self._enter_keys)
            if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
                widget.lineEdit().installEventFilter(self._enter_keys)
        self._fill_choices()
        self._connect()
        self._baseline = self.values()

    # -- set-up ----------------------------------------------------------------------------

    def field_widget(self, name: str) -> QWidget:
        """The input widget of a column (`cnicEdit` for `cnic`)."""
        widget = getattr(self.ui, _camel(name) + "Edit", None) or getattr(
            self.ui, _camel(name) + "Combo"
        )
        assert isinstance(widget, QWidget)
        return widget

    def message_label(self, name: str) -> QLabel:
        label = getattr(self.ui, _camel(name) + "Message")
        assert isinstance(label, QLabel)
        return label

    def _fill_choices(self) -> None:
        for value, text in SEXES:
            self.ui.sexCombo.addItem(choice_text(text), value)
        for value, text in CHANNELS:
            self.ui.channelCombo.addItem(choice_text(text), value)
        for combo in (self.ui.destinationCombo, self.ui.visaCountryCombo):
            combo.addItem("", "")
            for code, name in countries.all_names():
                combo.addItem(name, code)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            finder = combo.completer()
            assert finder is not None  # an editable combo box has its completer
            finder.setFilterMode(Qt.MatchFlag.MatchContains)
            finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            CompletionKeys(finder, partial(self._choose, combo), self.advance)
        trades = QCompleter(sorted(COMMON_TRADES), self)
        trades.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        trades.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.tradeEdit.setCompleter(trades)
        CompletionKeys(trades, self.ui.tradeEdit.setText, self.advance)
        self.ui.oepLicenceNoEdit.setEnabled(False)
        urdu = self.ui.nameUrduEdit
        urdu.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        urdu.setFont(urdu_font(urdu.font().pointSizeF() * 1.25))
        urdu.setPlaceholderText("اردو میں نام")
        mono = mono_when_typed(self.ui.scanEdit)
        # Room for the strip's two lines and a third; the placeholder fits in two of its own.
        line = max(
            QFontMetrics(mono).lineSpacing() * 3,
            self.ui.scanEdit.fontMetrics().lineSpacing() * 2,
        )
        self.ui.scanEdit.setFixedHeight(line + 12)
        for button, keys, action in (
            (self.ui.saveButton, "Ctrl+S", self.tr("Save")),
            (self.ui.saveNewButton, "Ctrl+Return", self.tr("Save and start the next person")),
            (self.ui.newButton, "Ctrl+N", self.tr("Clear the form for a new person")),
        ):
            button.setToolTip(f"{action} ({QKeySequence(keys).toString()})")

    def _connect(self) -> None:
        self.ui.scanEdit.textChanged.connect(self._scan_changed)
        self.ui.saveButton.clicked.connect(lambda: self.save(next_person=False))
        self.ui.saveNewButton.clicked.connect(lambda: self.save(next_person=True))
        self.ui.newButton.clicked.connect(self.new)
        QShortcut(QKeySequence("Ctrl+S"), self, lambda: self.save(next_person=False))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, lambda: self.save(next_person=True))
        for field in FIELDS:
            widget = self.field_widget(field.name)
            if isinstance(widget, QLineEdit):
                widget.editingFinished.connect(lambda name=field.name: self._left(name))
            elif isinstance(widget, QComboBox):
                widget.activated.connect(lambda _=0, name=field.name: self._left(name))
                if widget.lineEdit() is not None:
                    widget.lineEdit().editingFinished.connect(
                        lambda name=field.name: self._left(name)
                    )
        self.ui.channelCombo.currentIndexChanged.connect(self._channel_changed)
        self._choice_keys = ChoiceKeys(self)
        for combo in (self.ui.sexCombo, self.ui.channelCombo):
            combo.installEventFilter(self._choice_keys)
        # A whole CNIC or passport number moves on by itself when it is right.
        self.ui.cnicEdit.textEdited.connect(lambda: self._typed_whole("cnic"))
        self.ui.passportNoEdit.textEdited.connect(lambda: self._typed_whole("passport_no"))

    def set_actor(self, actor: Actor) -> None:
        """Who records: an admin sees the form but may not save (the services refuse it too)."""
        self.actor = actor
        records = allowed(actor, Action.RECORD_DEPARTURE)
        for button in (self.ui.saveButton, self.ui.saveNewButton, self.ui.newButton):
            button.setEnabled(records)
        self._say_role()

    def _say_role(self) -> bool:
        """Say so when the person signed in may not record departures; whether it was said."""
        if allowed(self.actor, Action.RECORD_DEPARTURE):
            return False
        self._say(
            self.tr(
                "Signed in as {role}, you may look at departures here; clerks and supervisors "
                "record them."
            ).format(role=role_text(self.actor.role.value)),
            WARNING_STYLE,
        )
        return True

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (its tab chosen): the keys go to the scanner's box, or to the record's name."""
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            (self.ui.scanEdit if self.current is None else self.ui.surnameEdit).setFocus()

    def is_dirty(self) -> bool:
        """Whether the form holds something typed that is not saved."""
        return self.values() != self._baseline

    # -- values ----------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """What the form holds, field by field, as typed."""
        result = {}
        for field in FIELDS:
            widget = self.field_widget(field.name)
            if isinstance(widget, MaskedEdit):
                result[field.name] = widget.value()
            elif isinstance(widget, QLineEdit):
                result[field.name] = widget.text()
            elif isinstance(widget, QComboBox):
                result[field.name] = self._combo_value(widget)
        return result

    @staticmethod
    def _combo_value(combo: QComboBox) -> str:
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0 and combo.itemData(index) is not None:
            return str(combo.itemData(index))
        return combo.currentText()

    @staticmethod
    def _choose(combo: QComboBox, text: str) -> None:
        """Take an entry of a list by its text (what a completion chose)."""
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(text)

    def set_values(self, values: Mapping[str, object]) -> None:
        """Fill fields from stored or scanned values (dates as date objects or ISO text)."""
        for name, value in values.items():
            widget = self.field_widget(name)
            text = "" if value is None else str(value)
            if isinstance(widget, MaskedEdit):
                widget.set_value(text)
            elif isinstance(widget, QLineEdit):
                widget.setText(text)
            elif isinstance(widget, QComboBox):
                index = widget.findData(text)
                if index >= 0:
                    widget.setCurrentIndex(index)
                else:
                    widget.setEditText(text)
        self._channel_changed()

    def load(self, departure: Departure) -> None:
        """Open a stored departure for editing."""
        self.current = departure
        row = departure.to_row()
        self.set_values({f.name: row[f.name] for f in FIELDS})
        self._touched.clear()
        self._show_problems(())
        self._baseline = self.values()
        self._say(
            self.tr("Editing {name} ({status}).").format(
                name=departure.full_name, status=status_text(departure.status)
            ),
            OK_STYLE,
        )

    def new(self, *, keep_travel: bool = False) -> None:
        """Clear the form for the next person (optionally keeping the travel fields)."""
        kept = {k: v for k, v in self.values().items() if k in TRAVEL_FIELDS}
        self.current = None
        self.set_values({f.name: "" for f in FIELDS})
        self.set_values({"nationality": "PAK"})
        if keep_travel:
            self.set_values(kept)
        self.ui.scanEdit.clear()
        self.ui.scanMessage.clear()
        self._touched.clear()
        self._show_problems(())
        self._baseline = self.values()
        if not self._say_role():
            self._say("", OK_STYLE)  # what was said of the last person is not of this one
        self.ui.scanEdit.setFocus()

    def _channel_changed(self) -> None:
        is_oep = rules.takes_licence(self._combo_value(self.ui.channelCombo))
        self.ui.oepLicenceNoEdit.setEnabled(is_oep)
        if not is_oep:
            self.ui.oepLicenceNoEdit.clear()

    # -- checking as you go ------------------------------------------------------------------

    def _left(self, name: str) -> None:
        self._touched.add(name)
        self.review()

    def review(self) -> services.Review | None:
        """Run the rules on what is typed and show the problems of the fields already left."""
        try:
            review = services.review_departure(
                self.db,
                self.actor,
                self.values(),
                departure_id=self.current.id if self.current else None,
            )
        except RawangiError as error:
            self._say(error_text(error), ERROR_STYLE)
            return None
        self._show_problems(review.problems)
        return review

    def _show_problems(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        self._problems = tuple(problems)
        by_field: dict[str, list[Problem]] = {}
        for problem in problems:
            if problem.field in self._touched:
                by_field.setdefault(problem.field, []).append(problem)
        for field in FIELDS:
            label = self.message_label(field.name)
            shown = by_field.get(field.name, [])
            label.setText("\n".join(said(p.message) for p in shown))
            blocked = any(p.severity is Severity.BLOCK for p in shown)
            label.setStyleSheet(ERROR_STYLE if blocked else WARNING_STYLE)
            label.setVisible(bool(shown))
            self.field_widget(field.name).setProperty("problem", bool(shown))

    def problem_text(self, name: str) -> str:
        """The message shown under a field ('' when none): what tests and people read."""
        label = self.message_label(name)
        return "" if label.isHidden() else label.text()

    def _say(self, text: str, style: str) -> None:
        self.ui.formMessage.setStyleSheet(style)
        self.ui.formMessage.setText(text)

    def message(self) -> str:
        """The line next to the buttons."""
        return self.ui.formMessage.text()

    # -- the passport scanner ----------------------------------------------------------------

    def _scan_changed(self) -> None:
        text = self.ui.scanEdit.toPlainText()
        lines = [line for line in text.replace("\r", "\n").split("\n") if line.strip()]
        # A keyboard-wedge scanner types line 1, Enter, line 2, Enter: read after the second.
        if len(lines) >= 2 and text.endswith(("\n", "\r")):
            self.read_scan(text)

    def read_scan(self, text: str) -> bool:
        """Fill the passport fields from a scanned strip; say which check failed if any.

        The cursor then goes to the first required field still empty, and a passport already
        expired, or any other problem of what the strip filled in, is said at once.
        """
        try:
            strip = mrz.parse(text, today=clock.today())
        except ValidationError as error:
            self._scan_says(error_text(error), ERROR_STYLE)
            return False
        if not strip.valid:
            self._scan_says(said(mrz.message(strip)), ERROR_STYLE)
            return False
        values: dict[str, object] = {
            "surname": strip.surname,
            "given_names": strip.given_names,
            "passport_no": strip.document_number,
            "nationality": strip.nationality,
            "birth_date": strip.birth_date.isoformat(),
            "sex": strip.sex,
            "passport_expiry": strip.expiry_date.isoformat(),
        }
        if strip.cnic:
            values["cnic"] = strip.cnic
        self.set_values(values)
        self._touched.update(values)
        self.ui.scanEdit.clear()  # an empty box reads nothing; its placeholder font is back
        read = self.tr("Read {given_names} {surname}, passport {passport_no}.").format(
            given_names=strip.given_names,
            surname=strip.surname,
            passport_no=strip.document_number,
        )
        review = self.review()
        found = [p for p in review.blocks if p.field in values] if review else []
        if found:
            self._scan_says(" ".join([read, *(said(p.message) for p in found)]), ERROR_STYLE)
        else:
            self._scan_says(read, OK_STYLE)
        missing = self._missing(review)
        self.field_widget(missing[0] if missing else "father_name").setFocus()
        return True

    def _scan_says(self, text: str, style: str) -> None:
        self.ui.scanMessage.setStyleSheet(style)
        self.ui.scanMessage.setText(text)

    # -- the keyboard ----------------------------------------------------------------------------

    @staticmethod
    def _missing(review: services.Review | None) -> list[str]:
        """The fields that must still be filled in, in the form's order."""
        if review is None:
            return []
        empty = {p.field for p in review.blocks if p.code == "required"}
        return [f.name for f in FIELDS if f.name in empty]

    def advance(self) -> None:
        """Enter: on to the next required field still empty, or save when none is.

        The save is Save & Next: the travel fields stay for the next person (as Ctrl+Enter).
        """
        missing = self._missing(self.review())
        if not missing:
            self.save(next_person=True)
            return
        here = self._field_of(self.focusWidget())
        order = [f.name for f in FIELDS]
        after = order.index(here) if here in order else -1
        following = [name for name in missing if order.index(name) > after]
        self.field_widget((following or missing)[0]).setFocus()

    def _field_of(self, widget: QWidget | None) -> str | None:
        """The column whose input holds the focus (a list's own line edit counts as the list)."""
        for field in FIELDS:
            own = self.field_widget(field.name)
            if widget is own or (widget is not None and widget.parentWidget() is own):
                return field.name
        return None

    def _typed_whole(self, name: str) -> None:
        """A CNIC or passport number typed whole moves on when right, and says why when not."""
        widget = self.field_widget(name)
        assert isinstance(widget, QLineEdit)
        whole = (
            widget.hasAcceptableInput()
            if name == "cnic"
            else len(widget.text()) == widget.maxLength()
        )
        if not whole:
            return
        self._touched.add(name)
        review = self.review()
        if review is not None and not any(p.field == name for p in review.problems):
            _move_focus(widget, forward=True)

    # -- saving --------------------------------------------------------------------------------

    def save(self, *, next_person: bool) -> Departure | None:
        """Save what is typed; on any refusal the form keeps everything and says why."""
        self._touched.update(f.name for f in FIELDS)
        try:
            with changes.guarded(self.db):  # the rules read the register (duplicates)
                review = self.review()
        except RawangiError as error:
            self._say(self.tr("Not saved: {error}").format(error=error_text(error)), ERROR_STYLE)
            return None
        if review is None:
            return None
        if review.blocks:
            self._say(
                self.tr(
                    "Not saved: %n problem(s), shown next to the fields.", "", len(review.blocks)
                ),
                ERROR_STYLE,
            )
            self.field_widget(review.blocks[0].field).setFocus()
            return None
        acknowledged = []
        if review.warnings:
            if not dialogs.ask(
                self,
                self.tr("Save with warnings?"),
                self.tr("Please check these before saving:"),
                details=[problem_text(w) for w in review.warnings],
                yes=self.tr("Save anyway"),
                no=self.tr("Go back"),
            ):
                self._say(self.tr("Not saved yet: check the warnings."), WARNING_STYLE)
                return None
            acknowledged = [services.warning_key(w) for w in review.warnings]
        try:
            if self.current is None:
                stored = changes.perform(
                    services.record_departure,
                    self.db,
                    self.actor,
                    self.values(),
                    acknowledged=acknowledged,
                )
            else:
                stored = changes.perform(
                    services.update_departure,
                    self.db,
                    self.actor,
                    str(self.current.id),
                    self.values(),
                    version=self.current.version,
                    acknowledged=acknowledged,
                )
        except RawangiError as error:
            self._say(self.tr("Not saved: {error}").format(error=error_text(error)), ERROR_STYLE)
            return None
        self.saved.emit(stored)
        if next_person:
            self.new(keep_travel=True)
            self._say(self.tr("Saved {name}. Next person.").format(name=stored.full_name), OK_STYLE)
        else:
            self.load(stored)
            self._say(self.tr("Saved {name}.").format(name=stored.full_name), OK_STYLE)
        return stored


class ChoiceKeys(QObject):
    """Letters typed on a list of choices pick by the stored value ("OEC", "M") in any language.

    Qt's own search matches the text shown, which in Urdu starts with a direction mark.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.typed = ""
        self.clock = QElapsedTimer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or not isinstance(watched, QComboBox)
            or not event.text().isalnum()
            or event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            return False
        # Letters typed in quick succession make one word, as in Qt's own search.
        if not self.clock.isValid() or self.clock.elapsed() > QApplication.keyboardInputInterval():
            self.typed = ""
        self.clock.restart()
        for typed in (self.typed + event.text().upper(), event.text().upper()):
            for index in range(watched.count()):
                if str(watched.itemData(index) or "").upper().startswith(typed):
                    watched.setCurrentIndex(index)
                    self.typed = typed
                    return True
        return True


class EnterKeys(QObject):
    """Enter in a field calls `enter` (the form moves on, or saves); Ctrl+Enter is left alone."""

    def __init__(self, enter: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.enter = enter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.enter()
            return True
        return False
