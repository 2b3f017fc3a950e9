"""The main window: the user's cases, their state and next deadline, and a way to start more."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.languages import Language
from app.ui.case_texts import long_date, state_name
from app.ui.cases_model import CasesModel, account_name
from app.ui.job_names import job_short_name
from app.ui.language import LanguageSwitcher
from app.ui.rich_text import paragraphs

if TYPE_CHECKING:
    from app.core.cases import Case


class MainWindow(QMainWindow):
    new_case_requested = Signal()
    mark_solved_requested = Signal(str)  # case id
    delete_requested = Signal(str)  # case id
    open_data_folder_requested = Signal()

    def __init__(self, switcher: LanguageSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.switcher = switcher
        self.resize(900, 560)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)

        self.model = CasesModel()
        self.table = QTableView()
        self.table.setObjectName("cases")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_selection)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty")
        self.empty_label.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)

        self.new_button = QPushButton()
        self.new_button.setObjectName("newCase")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_case_requested)
        self.solved_button = QPushButton()
        self.solved_button.setObjectName("markSolved")
        self.solved_button.clicked.connect(self._mark_solved)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("delete")
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.solved_button)
        buttons.addWidget(self.delete_button)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.setCentralWidget(central)

        self._build_menus()
        switcher.changed.connect(self._show_language)
        self._show_language(switcher.current)
        self.retranslate()
        self._update_selection()

    # -- content ---------------------------------------------------------------------------

    def set_cases(self, cases: list[Case]) -> None:
        selected = self.selected_case()
        self.model.set_cases(cases)
        for row in range(self.model.rowCount()):
            if selected is not None and self.model.case_at(row).id == selected.id:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self.empty_label.setVisible(not cases)
        self.table.setVisible(bool(cases))
        self._update_selection()

    def selected_case(self) -> Case | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_at(rows[0].row()) if rows else None

    # -- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_case_requested)
        self.folder_action = QAction(self)
        self.folder_action.triggered.connect(self.open_data_folder_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addActions([self.new_action, self.folder_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.language_menu = self.menuBar().addMenu("")
        self.language_actions: dict[Language, QAction] = {}
        group = QActionGroup(self)
        for language in Language.__members__.values():
            action = QAction(language.native_name, self, checkable=True)
            action.setObjectName(f"language:{language.value}")
            action.triggered.connect(lambda _=False, lang=language: self.switcher.apply(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action

    def _show_language(self, language: Language) -> None:
        self.language_actions[language].setChecked(True)

    # -- texts -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Account Assistant"))
        self.heading.setText(self.tr("Your cases"))
        self.empty_label.setText(
            self.tr("You have no cases yet. Press \u201cStart a new case\u201d to begin.")
        )
        self.new_button.setText(self.tr("Start a new case\u2026"))
        self.solved_button.setText(self.tr("Mark as solved"))
        self.delete_button.setText(self.tr("Delete\u2026"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New case\u2026"))
        self.folder_action.setText(self.tr("Open the &data folder"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.model.retranslate()
        self._update_selection()

    def _update_selection(self) -> None:
        case = self.selected_case()
        self.solved_button.setEnabled(case is not None and case.state.value != "solved")
        self.delete_button.setEnabled(case is not None)
        if case is None:
            self.details.setText(self.tr("Select a case to see its notes and history."))
            return
        lines = [
            self.tr("{what} for {account}: {state}.").format(
                what=job_short_name(case.job),
                account=account_name(case),
                state=state_name(case.state.value),
            )
        ]
        if case.notes:
            lines.append(self.tr("Your notes: {notes}").format(notes=case.notes))
        for change in case.history:
            lines.append(
                self.tr("{date}: {state}").format(
                    date=long_date(change.at.astimezone().date()),
                    state=state_name(change.state.value),
                )
            )
        self.details.setText(paragraphs(lines))

    # -- actions ---------------------------------------------------------------------------

    def _mark_solved(self) -> None:
        case = self.selected_case()
        if case is not None:
            self.mark_solved_requested.emit(case.id)

    def _delete(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete this case?"),
            self.tr(
                "Delete the case \u201c{account}\u201d and its notes from this computer? "
                "This does not change anything on Amazon."
            ).format(account=account_name(case)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(case.id)
