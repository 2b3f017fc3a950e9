"""Every flow, from the start page to the saved case, with the keyboard only.

No mouse and no setter: Tab and Shift+Tab move, Space ticks and chooses, arrows move within
a group, Return presses the default button (Next, Finish), Alt+letter presses the button or
ticks the box whose underlined letter it is, and typed text goes where the focus is. Each
step checks where the focus went, as a user would see it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.core.case_states import CaseState
from app.core.cases import Case
from app.core.document import Document
from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.core.seller_recovery import CHECKS
from app.storage.store import DocumentStore
from app.ui.cases.main_window import MainWindow
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.ui.closing_steps import TODAY, Clock, launch, wizard
from tests.ui.conftest import settle
from tests.ui.every_window import some_cases, visit_wizard_pages

B = QWizard.WizardButton
Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
LANGUAGES = [Language.ENGLISH, Language.ITALIAN]
MAX_TABS = 60


def saved(data_dir: Path) -> list[Case]:
    """The cases in the data file, once it is written (the app writes it a moment later)."""
    path = data_dir / "account-assistant.json"

    def cases() -> list[Case]:
        return list(DocumentStore(path).load().document.cases) if path.exists() else []

    for _ in range(50):
        if cases():
            break
        QTest.qWait(100)
    return cases()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    assert widget.isVisible(), f"the focus is on {widget.objectName()!r}, which is not shown"
    return widget


def key(
    qtbot: QtBot, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed where the focus is, and what it starts delivered."""
    qtbot.keyClick(focused(), which, modifier)
    settle(QApplication.instance())  # type: ignore[arg-type]


def tab_to(qtbot: QtBot, wanted: Callable[[QWidget], bool], what: str) -> QWidget:
    """Press Tab until the focus is on a widget `wanted` accepts; fail after a full round."""
    for _ in range(MAX_TABS):
        widget = focused()
        if wanted(widget):
            return widget
        key(qtbot, Key.Key_Tab)
    raise AssertionError(f"Tab never reached {what}; it stays on {focused().objectName()!r}")


def named(name: str) -> Callable[[QWidget], bool]:
    return lambda widget: widget.objectName() == name


def mnemonic(button: QAbstractButton | QLabel | QAction) -> Qt.Key:
    """The key that goes with Alt for `button` (or a label's field): its underlined letter."""
    found = re.search(r"&([^&\s])", button.text().replace("&&", ""))
    assert found is not None, f"{button.objectName()!r} ({button.text()!r}) has no mnemonic"
    letter = found.group(1).upper()
    return Qt.Key(ord(letter))


def alt(qtbot: QtBot, button: QAbstractButton | QLabel) -> None:
    """Alt and the underlined letter. A button is pressed and let go 100 ms later, as Qt
    shows it; a label puts the focus in its field."""
    key(qtbot, mnemonic(button), ALT)
    qtbot.wait(200)


def type_text(qtbot: QtBot, text: str) -> None:
    field = focused()
    assert isinstance(field, QLineEdit | QPlainTextEdit), f"typing into {field!r}"
    qtbot.keyClicks(field, text)


def go_on(qtbot: QtBot, w: AssistantWizard) -> PageId:
    """Return: the default button (Next, Finish or the commit) is pressed."""
    before = w.currentId()
    key(qtbot, Key.Key_Return)
    assert closed(w) or w.currentId() != before, "Return did not go on"
    return PageId.START if closed(w) else w.current_page_id()


def choose_with_space(qtbot: QtBot, name: str) -> None:
    """Tab to a check box and Space on it; or Tab into a group of radio buttons (one stop
    for the group), the arrows to the one wanted, and Space on it."""

    def there(widget: QWidget) -> bool:
        if widget.objectName() == name:
            return True
        page = widget.parentWidget()
        while page is not None and not isinstance(page, QWizardPage):
            page = page.parentWidget()
        wanted = (page or widget.window()).findChild(QRadioButton, name)
        return (
            isinstance(widget, QRadioButton)
            and wanted is not None
            and widget.group() is not None
            and widget.group() is wanted.group()
        )

    button = tab_to(qtbot, there, name)
    for _ in range(10):
        if button.objectName() == name:
            break
        key(qtbot, Key.Key_Down)
        button = focused()
    assert button.objectName() == name, f"the arrows never reached {name}"
    assert isinstance(button, QRadioButton | QCheckBox)
    before = button.isChecked()
    key(qtbot, Key.Key_Space)
    assert button.isChecked() is (not before or isinstance(button, QRadioButton))


def tick_with_alt(qtbot: QtBot, w: AssistantWizard, box: QCheckBox) -> None:
    alt(qtbot, box)
    qtbot.waitUntil(box.isChecked, timeout=2000)  # Qt presses it, and lets go 100 ms later
    del w


def start(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, language: Language
) -> AssistantWizard:
    switcher.apply(language)
    settle(QApplication.instance())  # type: ignore[arg-type]
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return w


def choose_the_job(qtbot: QtBot, w: AssistantWizard, job: Job) -> None:
    assert w.current_page_id() is PageId.START
    choose_with_space(qtbot, f"job:{job.value}")


def label_of(page: QWidget, field: str) -> QLabel:
    """The label that names the field `field` (its buddy)."""
    [label] = [
        label
        for label in page.findChildren(QLabel)
        if label.buddy() is not None and label.buddy().objectName() == field
    ]
    return label


def closed(w: AssistantWizard) -> bool:
    return not isValid(w) or not w.isVisible()


def finish(qtbot: QtBot, w: AssistantWizard) -> None:
    """Alt and Finish's letter: wherever the focus is (a link button would take Return)."""
    alt(qtbot, w.button(B.FinishButton))
    qtbot.waitUntil(lambda: closed(w), timeout=2000)


def answer_no(qtbot: QtBot) -> None:
    """Tab to "No" (past "Yes": neither is chosen yet), Space chooses it."""
    choose_with_space(qtbot, "no")


@pytest.mark.parametrize("language", LANGUAGES)
def test_closing_a_customer_account(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    opened_urls: list[str],
    language: Language,
) -> None:
    w = start(switcher, data_dir, qtbot, language)
    choose_the_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    assert go_on(qtbot, w) is PageId.CUSTOMER_ACCOUNT
    assert focused().objectName() == "accountLabel"  # the page opens where it is filled in
    type_text(qtbot, "Personale")
    assert go_on(qtbot, w) is PageId.CUSTOMER_CHECKLIST
    assert focused().objectName().startswith("item:")
    for box in w.currentPage().findChildren(QCheckBox):
        tick_with_alt(qtbot, w, box)
    assert go_on(qtbot, w) is PageId.CUSTOMER_IRREVERSIBLE
    assert focused().objectName() == "typedLabel"
    type_text(qtbot, "personale")
    alt(qtbot, w.button(B.CommitButton))
    qtbot.waitUntil(lambda: w.current_page_id() is PageId.CUSTOMER_REQUEST, timeout=2000)
    choose_with_space(qtbot, "requestSent")
    assert go_on(qtbot, w) is PageId.CUSTOMER_CONFIRM
    assert focused().objectName() == "deadline"
    key(qtbot, Key.Key_Return)  # Finish
    assert closed(w)
    [case] = saved(data_dir)
    assert (case.job, case.label, case.state) == (
        Job.CLOSE_CUSTOMER_ACCOUNT,
        "Personale",
        CaseState.WAITING_CONFIRMATION,
    )
    assert case.requested_on == TODAY


@pytest.mark.parametrize("language", LANGUAGES)
def test_closing_a_seller_account(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    opened_urls: list[str],
    language: Language,
) -> None:
    w = start(switcher, data_dir, qtbot, language)
    choose_the_job(qtbot, w, Job.CLOSE_SELLER_ACCOUNT)
    assert go_on(qtbot, w) is PageId.SELLER_ACCOUNT
    type_text(qtbot, "Negozio")
    choose_with_space(qtbot, "region:europe")
    alt(qtbot, w.button(B.NextButton))
    assert w.current_page_id() is PageId.SELLER_PREREQUISITES
    for box in w.currentPage().findChildren(QCheckBox):
        tick_with_alt(qtbot, w, box)
    assert go_on(qtbot, w) is PageId.SELLER_IRREVERSIBLE
    type_text(qtbot, "Negozio")
    key(qtbot, Key.Key_Return)  # the commit button, "I have decided", is the default
    assert w.current_page_id() is PageId.SELLER_REQUEST
    choose_with_space(qtbot, "requestSent")
    assert go_on(qtbot, w) is PageId.SELLER_OUTCOME
    assert focused().objectName() == "outcome:confirmation_requested"
    key(qtbot, Key.Key_Space)
    assert go_on(qtbot, w) is PageId.SELLER_CONFIRM
    finish(qtbot, w)
    [case] = saved(data_dir)
    assert (case.job, case.label, case.state) == (
        Job.CLOSE_SELLER_ACCOUNT,
        "Negozio",
        CaseState.WAITING_CONFIRMATION,
    )
    assert len(case.checklist) == 8


@pytest.mark.parametrize("language", LANGUAGES)
def test_getting_back_into_seller_central(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    opened_urls: list[str],
    language: Language,
) -> None:
    w = start(switcher, data_dir, qtbot, language)
    choose_the_job(qtbot, w, Job.SELLER_SIGN_IN)
    assert go_on(qtbot, w) is PageId.RECOVERY_CREDENTIALS
    assert focused().objectName() == "accountLabel"
    type_text(qtbot, "Negozio")
    for page in CHECKS:
        assert w.current_page_id() is page
        if page is PageId.RECOVERY_NO_CODE:
            choose_with_space(qtbot, "documentSent")
        answer_no(qtbot)
        go_on(qtbot, w)
    assert w.current_page_id() is PageId.RECOVERY_SUPPORT
    finish(qtbot, w)
    [case] = saved(data_dir)
    assert (case.job, case.label, case.state) == (
        Job.SELLER_SIGN_IN,
        "Negozio",
        CaseState.WAITING_FOR_RESET,
    )
    assert case.requested_on == TODAY


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_blocked_customer_account(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    opened_urls: list[str],
    language: Language,
) -> None:
    w = start(switcher, data_dir, qtbot, language)
    choose_the_job(qtbot, w, Job.CUSTOMER_SIGN_IN)
    assert go_on(qtbot, w) is PageId.SIGN_IN_OUTAGE
    assert focused().objectName() == "yes"  # the question, not the link to Amazon
    answer_no(qtbot)
    assert go_on(qtbot, w) is PageId.SIGN_IN_HELP
    answer_no(qtbot)
    assert go_on(qtbot, w) is PageId.SIGN_IN_PREPARE
    key(qtbot, Key.Key_Space)  # the first point to have at hand
    tick_with_alt(qtbot, w, w.currentPage().findChild(QCheckBox, "item3"))  # type: ignore[arg-type]
    alt(qtbot, label_of(w.currentPage(), "accountLabel"))  # Alt+letter of "Name of the account"
    assert focused().objectName() == "accountLabel"
    type_text(qtbot, "Account di mamma")
    key(qtbot, Key.Key_Tab)
    assert focused().objectName() == "notes"
    type_text(qtbot, "Dice: account bloccato")
    key(qtbot, Key.Key_Tab)  # Tab leaves the notes (it types no tab in them)
    assert focused().objectName() != "notes"
    alt(qtbot, w.button(B.NextButton))
    assert w.current_page_id() is PageId.SIGN_IN_CONTACT
    assert focused().objectName() == "keepCase"  # ticked: the case is kept
    key(qtbot, Key.Key_Return)  # Finish
    assert closed(w)
    [case] = saved(data_dir)
    assert (case.job, case.label, case.notes, case.state) == (
        Job.CUSTOMER_SIGN_IN,
        "Account di mamma",
        "Dice: account bloccato",
        CaseState.IN_PROGRESS,
    )


def tab_cycle(qtbot: QtBot) -> list[QWidget]:
    """Every stop of Tab, from where the focus is, once round."""
    stops: list[QWidget] = []
    for _ in range(MAX_TABS):
        widget = focused()
        if stops and widget is stops[-1]:
            key(qtbot, Key.Key_Tab)  # a date field: Tab goes to its month, then its year
            continue
        if widget in stops:
            return stops[stops.index(widget) :] + stops[: stops.index(widget)]
        stops.append(widget)
        key(qtbot, Key.Key_Tab)
    raise AssertionError("Tab never came back to where it started")


def place(widget: QWidget, page: QWidget) -> QRect:
    """Where `widget` is on the page as laid out (not as scrolled)."""
    area = page.findChild(QScrollArea)
    root = area.widget() if area is not None and area.widget().isAncestorOf(widget) else page
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def reads_after(first: QRect, second: QRect) -> bool:
    """`second` comes after `first` as a page reads: below it, or on its line to its right."""
    below = second.top() >= first.bottom() - 2
    same_line = second.top() <= first.bottom() and first.top() <= second.bottom()
    return below or (same_line and second.left() >= first.right() - 2)


def test_tab_goes_through_every_page_as_it_reads_then_the_buttons(
    switcher: LanguageSwitcher, qtbot: QtBot
) -> None:
    wrong: list[str] = []

    def visit(name: str, w: QWidget) -> None:
        assert isinstance(w, AssistantWizard)
        page = w.currentPage()
        cycle = tab_cycle(qtbot)
        assert all(stop.isVisible() for stop in cycle), f"{name}: Tab stops on a hidden widget"
        if not any(page.isAncestorOf(stop) for stop in cycle):
            return
        # From the page's first stop (the one after a button): the page's stops one after
        # the other, then the buttons.
        start = next(
            (
                index
                for index, stop in enumerate(cycle)
                if page.isAncestorOf(stop) and not page.isAncestorOf(cycle[index - 1])
            ),
            None,
        )
        assert start is not None, f"{name}: Tab never leaves the page"
        cycle = cycle[start:] + cycle[:start]
        on_page = [stop for stop in cycle if page.isAncestorOf(stop)]
        buttons = [stop for stop in cycle if not page.isAncestorOf(stop)]
        assert cycle == on_page + buttons, f"{name}: {[stop.objectName() for stop in cycle]}"
        for first, second in pairwise(on_page):
            if not reads_after(place(first, page), place(second, page)):
                wrong.append(f"{name}: {first.objectName()} before {second.objectName()}")
        lefts = [button.mapTo(w, QPoint(0, 0)).x() for button in buttons]
        if lefts != sorted(lefts):
            wrong.append(f"{name}: the buttons {[b.text() for b in buttons]} out of order")

    visit_wizard_pages(switcher, qtbot, visit)
    assert wrong == []


def selected(window: MainWindow) -> str | None:
    case = window.selected_case()
    return None if case is None else case.id


def menu_key(qtbot: QtBot, choose: Callable[[QMenu], None]) -> None:
    """The menu key (or Shift+F10): the system turns it into a context menu event "from the
    keyboard" for the focused widget, which offscreen Qt has no system to do: the test sends
    that event. `choose` is given the menu while it is open."""
    seen: list[QMenu] = []

    def in_the_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append(menu)
            choose(menu)
        elif menu is not None:
            menu.close()

    QTimer.singleShot(50, in_the_menu)
    widget = focused()
    QApplication.sendEvent(
        widget,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), widget.mapToGlobal(QPoint(5, 5))
        ),
    )
    settle(QApplication.instance())  # type: ignore[arg-type]
    assert seen, "no menu"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_of_cases_with_arrows_the_menu_key_and_enter(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    language: Language,
) -> None:
    switcher.apply(language)
    settle(qapp)
    waiting, draft, blocked = some_cases()
    DocumentStore(data_dir / "account-assistant.json").save(
        Document(cases=[waiting, draft, blocked])
    )
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=True)
    window = controller.main_window
    assert window is not None

    def state_of(case_id: str) -> CaseState:
        case = controller.session.case(case_id)
        assert case is not None
        return case.state

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert focused() is window.table  # the list is where the window starts
    assert selected(window) == waiting.id  # the first row, chosen and read out
    key(qtbot, Key.Key_Down)
    assert selected(window) == draft.id
    key(qtbot, Key.Key_Down)  # the blocked account: "mark as solved" needs no question
    assert selected(window) == blocked.id

    def mark_solved(menu: QMenu) -> None:
        [solved] = [item for item in menu.actions() if item.objectName() == "mark_solved"]
        assert solved.isEnabled()
        qtbot.keyClick(menu, mnemonic(solved))  # its letter, as on its button

    menu_key(qtbot, mark_solved)
    assert [case.state for case in saved(data_dir) if case.id == blocked.id] == [CaseState.SOLVED]
    assert focused() is window.table  # back in the list after the menu
    alt(qtbot, window.undo_button)  # the status bar's Undo
    assert state_of(blocked.id) is CaseState.IN_PROGRESS

    window.table.setFocus()
    key(qtbot, Key.Key_Up)  # the draft, above it
    assert selected(window) == draft.id
    key(qtbot, Key.Key_Return)  # opens it, as a double click does: the draft goes on
    assert controller.wizard is not None and controller.wizard.isVisible()
    assert controller.wizard.current_page_id() is not PageId.START
    controller.wizard.leave_guard = None
