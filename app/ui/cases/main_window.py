"""The main window: the user's cases, their state and next deadline, and a way to start more.

It is the first window of a user with saved cases, so what it shows before the cases are
loaded stays cheap (docs/performance.md): no `Qt` namespace (its first use builds every one
of its enums, about 35 ms), no case texts, no deadline timeline and no message box until
they are needed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.case_actions import CaseAction, actions_for
from app.core.case_states import REMINDING_STATES, CaseState
from app.core.languages import Language
from app.ui.cases.cases_model import JOB, CasesModel, account_name
from app.ui.cases.column_fit import ColumnFit
from app.ui.kit.rich_text import paragraphs
from app.ui.kit.system_palette import follow_system_palette
from app.ui.kit.translatable import QT_TRANSLATE_NOOP, SentenceTable
from app.ui.kit.window_size import fit_window, text_size
from app.ui.shell.language import LanguageSwitcher

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent, QShowEvent, QUndoStack

    from app.core.cases import Case
    from app.ui.cases.deadline_timeline import DeadlineTimeline


# The case actions' buttons, in the window's own context (as `self.tr()` would file them).
ACTION_NAMES = SentenceTable(
    "MainWindow",
    {
        CaseAction.MARK_CONFIRMED: QT_TRANSLATE_NOOP("MainWindow", "I &confirmed it"),
        CaseAction.CHANGE_DEADLINE: QT_TRANSLATE_NOOP("MainWindow", "Chan&ge deadline\u2026"),
        CaseAction.ADD_TO_CALENDAR: QT_TRANSLATE_NOOP("MainWindow", "&Add to calendar\u2026"),
        CaseAction.CONTINUE: QT_TRANSLATE_NOOP("MainWindow", "C&ontinue"),
        CaseAction.RESTART: QT_TRANSLATE_NOOP("MainWindow", "&Start again"),
        CaseAction.TRY_AGAIN: QT_TRANSLATE_NOOP("MainWindow", "Tr&y again"),
        CaseAction.AMAZON_REFUSED: QT_TRANSLATE_NOOP("MainWindow", "Ama&zon refused\u2026"),
        CaseAction.CONFIRMED_IN_TIME: QT_TRANSLATE_NOOP("MainWindow", "I did confirm it in ti&me"),
        CaseAction.MARK_SOLVED: QT_TRANSLATE_NOOP("MainWindow", "Mark as sol&ved"),
        CaseAction.ABANDON: QT_TRANSLATE_NOOP("MainWindow", "A&bandon\u2026"),
        CaseAction.EDIT_NOTES: QT_TRANSLATE_NOOP("MainWindow", "No&tes\u2026"),
        CaseAction.DELETE: QT_TRANSLATE_NOOP("MainWindow", "&Delete\u2026"),
    },
)


def _set_standard_shortcut(action: QAction, key: QKeySequence.StandardKey) -> None:
    """`action.setShortcut(key)`: the key's first binding on this system, if it has one.

    Said this way because `setShortcut(key)` converts `key` through `Qt.Key`, which builds
    the whole `Qt` namespace (about 35 ms) before the first paint.
    """
    action.setShortcuts(QKeySequence.keyBindings(key)[:1])


# Qt.Key.Key_Return and Key_Enter, as the ints Qt passes (no `Qt` namespace at start-up).
_RETURN, _ENTER = 0x01000004, 0x01000005


class _CasesTable(QTableView):
    """The list of cases; a right click (or the menu key) asks for the case's menu, Enter
    (or Return) opens the selected case as a double click does.

    Through `contextMenuEvent`, not the custom context menu policy: that would need the `Qt`
    namespace before the first paint. The position is the viewport's, as with that policy;
    from the keyboard, it is the middle of the current row's first cell.
    """

    menu_requested = Signal(QPoint)
    open_requested = Signal(QModelIndex)

    def __init__(self, stretched: int) -> None:
        super().__init__()
        # Every column as wide as what it shows (the account's name first of all), but for
        # `stretched`, which takes the room left: with a large font on a small screen it is
        # the one cut short ("Closing a seller acc..."), the details below the table say it
        # whole, and the table never needs a horizontal scroll bar. Columns fit the rows on
        # screen, not all of them, and only the row that changed when one case does.
        self.columns = ColumnFit(self, stretched)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.columns.table_shown()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.columns.measure_whole()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Coming to the list, the keyboard's place in it is a selected row, seen and read
        with its details (Qt's own is a current row left unselected: an arrow would skip it)."""
        super().focusInEvent(event)
        index = self.currentIndex()
        selection = self.selectionModel()
        if index.isValid() and selection is not None and not selection.hasSelection():
            self.selectRow(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (_RETURN, _ENTER) and index.isValid():
            event.accept()
            self.open_requested.emit(index)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        from PySide6.QtGui import QContextMenuEvent

        if event.reason() != QContextMenuEvent.Reason.Keyboard:
            self.menu_requested.emit(event.pos())
            return
        index = self.currentIndex()
        if not index.isValid():
            return
        self.scrollTo(index)
        self.menu_requested.emit(self.visualRect(index.siblingAtColumn(0)).center())


class MainWindow(QMainWindow):
    new_case_requested = Signal()
    quit_requested = Signal()  # File > Quit: the whole app, not only this window
    case_action_requested = Signal(object, str)  # CaseAction, case id
    open_data_folder_requested = Signal()
    login_reminders_toggled = Signal(bool)
    export_all_requested = Signal()
    hints_requested = Signal()
    checker_requested = Signal()
    about_requested = Signal()

    def __init__(
        self,
        switcher: LanguageSwitcher,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        follow_system_palette()  # a dark palette: edges of boxes and fields that can be seen
        self.setObjectName("mainWindow")
        self.switcher = switcher

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)

        self.model = CasesModel(today)
        self.table = _CasesTable(stretched=JOB)
        self.table.setObjectName("cases")
        # Until the cases arrive (`set_cases`), the table shows its header from a plain Qt
        # model: with `CasesModel`, Qt would call its `headerData` with a `Qt.Orientation`,
        # which builds the whole `Qt` namespace (about 35 ms) before the first paint.
        self._header_only = QStandardItemModel(0, self.model.columnCount(), self)
        self.table.setModel(self._header_only)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.columns.follow(self._header_only)
        self.table.horizontalHeader().setMinimumSectionSize(
            self.fontMetrics().averageCharWidth() * 8
        )
        self.table.verticalHeader().setResizeContentsPrecision(0)
        self.table.doubleClicked.connect(self._open_row)
        self.table.open_requested.connect(self._open_row)
        self.table.menu_requested.connect(self._show_case_menu)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()  # until the cases are known: `set_cases` shows it if none
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)

        self.new_button = QPushButton()
        self.new_button.setObjectName("newCase")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_case_requested)
        self.action_buttons: dict[CaseAction, QPushButton] = {}
        self.action_group = QButtonGroup(self)  # slots must not be lambdas holding widgets
        self.action_group.setExclusive(False)
        case_buttons = QGridLayout()  # two rows: every button always in its place
        per_row = (len(CaseAction) + 1) // 2
        for number, action in enumerate(CaseAction.__members__.values()):
            button = QPushButton()
            button.setObjectName(action.value)
            self.action_group.addButton(button, number)
            case_buttons.addWidget(button, number // per_row, number % per_row)
            self.action_buttons[action] = button
        self.action_group.idClicked.connect(self._act_number)
        case_buttons.setColumnStretch(per_row, 1)
        self.checker_button = QPushButton()
        self.checker_button.setObjectName("checker")
        self.checker_button.clicked.connect(self.checker_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.checker_button)
        buttons.addStretch(1)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        self._layout = layout
        self._timeline: DeadlineTimeline | None = None  # made when a waiting case is selected
        layout.addLayout(case_buttons)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        # From the font: a 150% font gets a window half as large again, within the screen.
        fit_window(self, minimum=text_size(self, 72, 24), preferred=text_size(self, 160, 40))

        # After each change: what was done, and a way to take it back (never a modal box).
        self.done_label = QLabel()
        self.done_label.setObjectName("done")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoLast")
        self.undo_button.clicked.connect(self._undo_last)
        self.statusBar().addWidget(self.done_label, 1)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.undo_button.hide()
        self.undo_stack: QUndoStack | None = None
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self._done_index = 0  # the undo stack's index when the last message was shown
        self._stack_index = 0  # the undo stack's index, to tell an undo from a new change
        # A new day while the window is open: the countdowns change, and the selected one is
        # said (the reminders come on their own).
        self._shown_day: dt.date | None = None
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self.follow_the_day)
        self._day_timer.start()

        self._build_menus()
        switcher.changed.connect(self._show_language)
        self._show_language(switcher.current)
        self._set_texts()
        self._update_selection()

    @property
    def timeline(self) -> DeadlineTimeline:
        """The selected waiting case's days, below its details (made when first needed)."""
        if self._timeline is None:
            from app.ui.cases.deadline_timeline import DeadlineTimeline

            self._timeline = DeadlineTimeline()
            self._timeline.hide()
            self._layout.insertWidget(self._layout.indexOf(self.details) + 1, self._timeline)
        return self._timeline

    # -- content ---------------------------------------------------------------------------

    def set_cases(self, cases: list[Case]) -> None:
        from PySide6.QtCore import QItemSelectionModel

        selected = self.selected_case()
        self.model.set_cases(cases)
        if self.table.model() is not self.model:  # the first time: the header kept its sizes
            self.table.setModel(self.model)
            self.table.selectionModel().selectionChanged.connect(self._update_selection)
            self.table.columns.follow(self.model)
        still = self.selected_case()  # a change of one case keeps the selection (the model)
        if selected is not None and (still is None or still.id != selected.id):
            row = self.model.row_of(selected.id)
            if row is not None:
                # The current row too: the keyboard's arrows go on from the case, not the top.
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self.empty_label.setVisible(not cases)
        self.table.setVisible(bool(cases))
        self._shown_day = self.model.today()
        self._update_selection()

    def follow_the_day(self) -> None:
        """Once a day has passed since the list was shown: its countdowns anew, and the
        selected case's said to a screen reader ("Negozio (amazon.it): 2 days left")."""
        today = self.model.today()
        if self._shown_day is None or today == self._shown_day:
            return
        self._shown_day = today
        self.model.retranslate()  # every countdown is asked for again
        self._update_selection()
        case = self.selected_case()
        if case is None or case.state not in REMINDING_STATES:
            return
        from app.ui.cases.case_texts import time_left
        from app.ui.kit.announce import announce

        left = time_left(case.state, case.deadline, today)
        if left:
            announce(
                self.table,
                self.tr("{account}: {left}.").format(account=account_name(case), left=left),
            )

    def selected_case(self) -> Case | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_at(rows[0].row()) if rows else None

    # -- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = QAction(self)
        _set_standard_shortcut(self.new_action, QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_case_requested)
        self.folder_action = QAction(self)
        self.folder_action.triggered.connect(self.open_data_folder_requested)
        self.quit_action = QAction(self)
        _set_standard_shortcut(self.quit_action, QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self._request_quit)
        self.hints_action = QAction(self)
        self.hints_action.setObjectName("emailHints")
        self.hints_action.triggered.connect(self.hints_requested)
        self.checker_action = QAction(self)
        self.checker_action.setObjectName("checkerAction")
        self.checker_action.triggered.connect(self.checker_requested)
        self.file_menu.addActions(
            [self.new_action, self.checker_action, self.hints_action, self.folder_action]
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.setObjectName("editMenu")

        self.reminders_menu = self.menuBar().addMenu("")
        self.login_action = QAction(self, checkable=True)
        self.login_action.setObjectName("remindAtLogin")
        self.login_action.toggled.connect(self.login_reminders_toggled)
        self.export_action = QAction(self)
        self.export_action.setObjectName("exportAll")
        self.export_action.triggered.connect(self.export_all_requested)
        self.reminders_menu.addActions([self.login_action, self.export_action])

        self.language_menu = self.menuBar().addMenu("")
        self.language_actions: dict[Language, QAction] = {}
        group = QActionGroup(self)
        group.triggered.connect(self._choose_language)
        for language in Language.__members__.values():
            action = QAction(self, checkable=True)  # QAction(text, ...) would touch QIcon
            action.setText(language.native_name)
            action.setObjectName(f"language:{language.value}")
            action.setData(language.value)
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action

        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.about_action = QAction(self)
        self.about_action.setObjectName("about")
        self.about_action.triggered.connect(self.about_requested)
        self.help_menu.addAction(self.about_action)

    def set_undo_stack(self, stack: QUndoStack) -> None:
        """Edit > Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) for every change of a case."""
        self.undo_stack = stack
        self._stack_index = stack.index()
        stack.indexChanged.connect(self._forget_done)
        self._make_undo_actions()

    def _make_undo_actions(self) -> None:
        """Qt's own undo and redo actions, made again in a new language (their prefix)."""
        if self.undo_stack is None:
            return
        for old in (self.undo_action, self.redo_action):
            if old is not None:
                self.removeAction(old)
                old.deleteLater()
        self.edit_menu.clear()
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo:"))
        self.undo_action.setObjectName("undo")
        _set_standard_shortcut(self.undo_action, QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo:"))
        self.redo_action.setObjectName("redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.addActions([self.undo_action, self.redo_action])  # the keys work without the menu

    def tell_done(self, what: str) -> None:
        """Say in the status bar what was just done, with a button that undoes it."""
        self._say(self.tr("Done: {what}.").format(what=what))
        self.undo_button.show()
        self._done_index = self.undo_stack.index() if self.undo_stack is not None else 0

    def _forget_done(self, index: int) -> None:
        """A change was undone (the button, Ctrl+Z, Edit > Undo): say which; after any
        other change of the undo stack, the last message no longer holds."""
        stack = self.undo_stack
        undone = stack is not None and index < self._stack_index
        self._stack_index = index
        if undone and stack is not None:
            self.undo_button.hide()
            self._say(self.tr("Undone: {what}.").format(what=stack.text(index)))
        elif index != self._done_index and self.done_label.text():
            self.undo_button.hide()
            self.done_label.clear()

    def _undo_last(self) -> None:
        if self.undo_stack is not None and self.undo_stack.canUndo():
            self.undo_stack.undo()  # which says what was undone
        self.undo_button.hide()

    def _say(self, text: str) -> None:
        """Show `text` in the status bar, and have a screen reader say it."""
        from app.ui.kit.announce import announce

        self.done_label.setText(text)
        announce(self.done_label, text)

    def _choose_language(self, action: QAction) -> None:
        self.switcher.apply(Language(action.data()))

    def _show_language(self, language: Language) -> None:
        self.language_actions[language].setChecked(True)

    # -- texts -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _request_quit(self) -> None:
        self.quit_requested.emit()

    def retranslate(self) -> None:
        self._set_texts()
        self.model.retranslate()
        self._update_selection()

    def _set_texts(self) -> None:
        self.setWindowTitle(self.tr("Account Assistant"))
        self.heading.setText(self.tr("Your cases"))
        self.table.setAccessibleName(self.heading.text())
        self.table.setAccessibleDescription(
            self.tr(
                "The arrows choose a case, Enter opens it, the menu key shows what you can do "
                "with it."
            )
        )
        self.empty_label.setText(
            self.tr("You have no cases yet. Press \u201cStart a new case\u201d to begin.")
        )
        self.new_button.setText(self.tr("Start a &new case\u2026"))
        for action, button in self.action_buttons.items():
            button.setText(ACTION_NAMES[action])
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_button.setText(self.tr("&Undo"))
        self._make_undo_actions()
        self.reminders_menu.setTitle(self.tr("&Reminders"))
        self.login_action.setText(self.tr("Remind me when I log in to this computer"))
        self.export_action.setText(self.tr("Add all open deadlines to a calendar\u2026"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New case\u2026"))
        self.folder_action.setText(self.tr("Open the &data folder"))
        self.hints_action.setText(self.tr("&E-mails of your accounts\u2026"))
        self.checker_action.setText(self.tr("Is this really &Amazon?\u2026"))
        self.checker_button.setText(self.tr("&Is this really Amazon?\u2026"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Account Assistant"))
        self._header_only.setHorizontalHeaderLabels(self.model.header_texts())

    def _update_selection(self) -> None:
        case = self.selected_case()
        offered = actions_for(case.state, case.job) if case is not None else ()
        for action, button in self.action_buttons.items():
            button.setEnabled(action in offered)  # disabled, never hidden: nothing moves
        waiting = case is not None and case.state in REMINDING_STATES
        if case is not None and waiting and case.requested_on and case.deadline:
            self.timeline.show_days(case.requested_on, self.model.today(), case.deadline)
            self.timeline.show()
        elif self._timeline is not None:
            self._timeline.hide()
        if case is None:
            self.details.setText(self.tr("Select a case to see its notes and history."))
            return
        from app.ui.cases.case_texts import history_line, long_date, state_name
        from app.ui.flows.registry import flow_ui

        lines = [
            self.tr("{what} for {account}: {state}.").format(
                what=flow_ui(case.job).short_name_text(),
                account=account_name(case),
                state=state_name(case.state),
            )
        ]
        if case.requested_on:
            lines.append(
                self.tr("Request sent on {date}.").format(date=long_date(case.requested_on))
            )
        if case.refusal_reasons:
            lines.append(
                self.tr("Amazon's reasons: {reasons}").format(reasons=case.refusal_reasons)
            )
        if case.notes:
            lines.append(self.tr("Your notes: {notes}").format(notes=case.notes))
        for change in case.history:
            lines.append(history_line(change.state, change.at.astimezone().date()))
        self.details.setText(paragraphs(lines))

    # -- actions ---------------------------------------------------------------------------

    def show_login_reminders(self, on: bool) -> None:
        """Tick "remind me at login" to match the system, without asking to change it."""
        blocked = self.login_action.blockSignals(True)
        self.login_action.setChecked(on)
        self.login_action.blockSignals(blocked)

    def select_case(self, case_id: str) -> None:
        row = self.model.row_of(case_id)
        if row is not None:
            self.table.selectRow(row)

    def case_menu(self) -> QMenu:
        """The selected row's actions, the buttons' words, in the buttons' order."""
        menu = QMenu(self)
        menu.setObjectName("caseMenu")
        case = self.selected_case()
        offered = actions_for(case.state, case.job) if case is not None else ()
        for action in CaseAction.__members__.values():
            item = menu.addAction(ACTION_NAMES[action])
            item.setObjectName(action.value)
            item.setEnabled(action in offered)
            item.setData(action.value)
        menu.triggered.connect(self._act_from_menu)
        return menu

    def _show_case_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = self.case_menu()
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _act_from_menu(self, item: QAction) -> None:
        self._act(CaseAction(item.data()))

    def _open_row(self, index: QModelIndex) -> None:
        """A double-click opens the case: its details below; a draft is continued."""
        self.table.selectRow(index.row())
        case = self.selected_case()
        if case is not None and CaseAction.CONTINUE in actions_for(case.state, case.job):
            self._act(CaseAction.CONTINUE)

    def _act_number(self, number: int) -> None:
        self._act(list(CaseAction.__members__.values())[number])

    def _act(self, action: CaseAction) -> None:
        case = self.selected_case()
        if case is None:
            return
        if action is CaseAction.DELETE and not self._ask(
            self.tr("Delete this case?"),
            self.tr(
                "Delete the case \u201c{account}\u201d and its notes from this computer? "
                "This does not change anything on Amazon."
            ).format(account=account_name(case)),
        ):
            return
        if action is CaseAction.MARK_CONFIRMED and not self._ask(
            self.tr("Did you confirm it?"),
            self.tr(
                "Mark the case \u201c{account}\u201d as confirmed? Do it once you have "
                "confirmed the request as Amazon's message asked: its reminders stop."
            ).format(account=account_name(case)),
        ):
            return
        if (
            action is CaseAction.ABANDON
            and case.state is CaseState.IN_PROGRESS
            and not self._ask(
                self.tr("Abandon this case?"),
                self.tr(
                    "Mark the case \u201c{account}\u201d as abandoned? Nothing changes on "
                    "Amazon; the case stays in your list."
                ).format(account=account_name(case)),
            )
        ):
            return
        if (
            action is CaseAction.ABANDON
            and case.state is not CaseState.IN_PROGRESS
            and not self._ask(
                self.tr("Abandon this closure?"),
                self.tr(
                    "Mark the case \u201c{account}\u201d as abandoned? The account stays open; "
                    "the case stays in your list."
                ).format(account=account_name(case)),
            )
        ):
            return
        self.case_action_requested.emit(action, case.id)

    def _ask(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
