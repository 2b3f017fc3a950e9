"""Promise: the app never goes online; it only asks the browser to open Amazon's own pages.

Every flow is walked as a user walks it, pressing every Amazon link on every page it passes,
while the test guards Python's sockets: any attempt to resolve a name, connect or send over
the network is recorded and refused. (Local connections, such as the keyring's D-Bus socket,
are not the network and are let through.) Qt's own networking is not used by the app at all:
its module must never be loaded. Every address the app hands to the browser must be https on
an Amazon store.
"""

from __future__ import annotations

import datetime as dt
import errno
import re
import socket
import sys
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app.core.answers import SellerOutcome
from app.core.case_states import CaseState
from app.core.cases import open_case
from app.core.document import Document
from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.core.seller_recovery import CHECKS
from app.storage.email_hints import EmailHints
from app.storage.store import DocumentStore
from app.ui.checker.checker_dialog import CheckerDialog
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.ui.checker_steps import ask
from tests.ui.closing_steps import (
    NOW,
    TODAY,
    Clock,
    NoAutostart,
    choose_job,
    commit,
    finish,
    launch,
    name_account,
    send_request,
    tick_all,
    wizard,
)
from tests.ui.driving import child, click, next_page, press, type_into
from tests.ui.keyring_fakes import MemoryKeyring, wait_for_keyring
from tests.ui.test_customer_sign_in_flow import answer, choose_blocked_account
from tests.ui.test_seller_closure import outcome, up_to_the_request

# Written out here rather than taken from the app, so that a wrong list in the app shows.
AMAZON_HOST = re.compile(
    r"^(?:[a-z0-9-]+\.)*amazon\.(?:com|it|de|fr|es|co\.uk|nl|com\.be|ie|se|pl|ca)$"
)
INTERNET = (socket.AF_INET, socket.AF_INET6)


class NetworkGuard:
    """Python's way onto the network, replaced: each attempt is recorded and refused."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.attempts: list[str] = []
        real_connect = socket.socket.connect
        real_connect_ex = socket.socket.connect_ex
        real_sendto = socket.socket.sendto

        def refuse(what: str) -> OSError:
            self.attempts.append(what)
            return OSError(errno.ENETUNREACH, f"no network in this test: {what}")

        def on_sockets(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
            def guarded(sock: socket.socket, *args: Any) -> Any:
                if sock.family in INTERNET:
                    raise refuse(f"socket.{name}{args!r}")
                return real(sock, *args)

            return guarded

        def everywhere(name: str) -> Callable[..., Any]:
            def guarded(*args: Any, **kwargs: Any) -> Any:
                raise refuse(f"socket.{name}{args!r}")

            return guarded

        monkeypatch.setattr(socket.socket, "connect", on_sockets("connect", real_connect))
        monkeypatch.setattr(socket.socket, "connect_ex", on_sockets("connect_ex", real_connect_ex))
        monkeypatch.setattr(socket.socket, "sendto", on_sockets("sendto", real_sendto))
        for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
            monkeypatch.setattr(socket, name, everywhere(name))


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> NetworkGuard:
    return NetworkGuard(monkeypatch)


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    """The app's language switcher, starting in English; back to English afterwards."""
    switcher = LanguageSwitcher(qapp)
    switcher.apply(Language.ENGLISH)
    yield switcher
    switcher.apply(Language.ENGLISH)
    switcher.setParent(None)


@pytest.fixture(autouse=True)
def _close_messages(qapp: QApplication) -> Iterator[None]:
    yield
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


def press_every_link(qtbot: QtBot, page: QWidget) -> int:
    """What a thorough user does: open every Amazon page offered on `page`."""
    links = [
        button
        for button in page.findChildren(QPushButton)
        if button.objectName().startswith("link:") and button.isVisible()
    ]
    for button in links:
        click(qtbot, button)
    return len(links)


def assert_offline(network: NetworkGuard, opened_urls: list[str]) -> None:
    assert network.attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
    for url in opened_urls:
        parts = urlsplit(url)
        assert parts.scheme == "https", url
        assert not (parts.username or parts.password or parts.port), url
        assert AMAZON_HOST.match(parts.hostname or ""), url


def test_the_guard_catches_every_way_onto_the_network(network: NetworkGuard) -> None:
    """Without this, a broken guard would let every other test here pass for nothing."""
    attempts: list[Callable[[], object]] = [
        lambda: socket.create_connection(("www.amazon.it", 443), timeout=1),
        lambda: socket.getaddrinfo("www.amazon.it", 443),
        lambda: urllib.request.urlopen("https://www.amazon.it/", timeout=1),
        lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("127.0.0.1", 9)),
        lambda: socket.socket(socket.AF_INET6, socket.SOCK_STREAM).connect_ex(("::1", 9)),
        lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("127.0.0.1", 9)),
    ]
    for attempt in attempts:
        with pytest.raises(OSError):
            attempt()
    assert len(network.attempts) == len(attempts)


def test_customer_sign_in_to_the_contact_page(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    network: NetworkGuard,
    opened_urls: list[str],
) -> None:
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    choose_blocked_account(qtbot, w, "amazon.de")
    assert w.current_page_id() is PageId.SIGN_IN_OUTAGE
    press_every_link(qtbot, w.currentPage())
    answer(qtbot, w, yes=False)
    assert w.current_page_id() is PageId.SIGN_IN_HELP
    press_every_link(qtbot, w.currentPage())
    answer(qtbot, w, yes=False)
    assert w.current_page_id() is PageId.SIGN_IN_PREPARE
    page = w.currentPage()
    type_into(qtbot, child(page, QLineEdit, "accountLabel"), "Account di mamma")  # type: ignore[arg-type]
    type_into(qtbot, child(page, QPlainTextEdit, "notes"), "Dice: account bloccato")  # type: ignore[arg-type]
    next_page(qtbot, w)
    assert w.current_page_id() is PageId.SIGN_IN_CONTACT
    press_every_link(qtbot, w.currentPage())
    press(qtbot, w, QWizard.WizardButton.FinishButton)

    assert controller.main_window is not None and controller.main_window.model.rowCount() == 1
    assert "https://www.amazon.de/gp/help/customer/contact-us" in opened_urls
    assert_offline(network, opened_urls)


def test_customer_closure_to_the_confirmation(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    network: NetworkGuard,
    opened_urls: list[str],
) -> None:
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    name_account(qtbot, w, "Personale")
    next_page(qtbot, w)
    assert w.current_page_id() is PageId.CUSTOMER_CHECKLIST
    assert press_every_link(qtbot, w.currentPage()) > 0
    tick_all(qtbot, w)
    next_page(qtbot, w)
    press_every_link(qtbot, w.currentPage())
    commit(qtbot, w, "Personale")
    assert w.current_page_id() is PageId.CUSTOMER_REQUEST
    press_every_link(qtbot, w.currentPage())
    send_request(qtbot, w)
    assert w.current_page_id() is PageId.CUSTOMER_CONFIRM
    press_every_link(qtbot, w.currentPage())
    finish(qtbot, w)

    [case] = DocumentStore(data_dir / "account-assistant.json").load().document.cases
    assert case.state is CaseState.WAITING_CONFIRMATION
    assert "https://www.amazon.it/privacy/data-deletion" in opened_urls
    assert_offline(network, opened_urls)


def test_seller_closure_to_the_refusal(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    network: NetworkGuard,
    opened_urls: list[str],
) -> None:
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=False)
    w = wizard(controller, qtbot)
    up_to_the_request(qtbot, w, "Bottega", unified=True)
    assert press_every_link(qtbot, w.currentPage()) > 0
    send_request(qtbot, w)
    press_every_link(qtbot, w.currentPage())
    outcome(qtbot, w, SellerOutcome.REFUSED)
    assert w.current_page_id() is PageId.SELLER_REFUSED
    press_every_link(qtbot, w.currentPage())
    type_into(qtbot, child(w.currentPage(), QPlainTextEdit, "refusalReasons"), "Saldo negativo")  # type: ignore[arg-type]
    finish(qtbot, w)

    [case] = DocumentStore(data_dir / "account-assistant.json").load().document.cases
    assert case.state is CaseState.REFUSED
    assert any(url.startswith("https://sellercentral.amazon.") for url in opened_urls)
    assert_offline(network, opened_urls)


def test_seller_sign_in_through_the_eight_checks_to_the_support_message(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    network: NetworkGuard,
    opened_urls: list[str],
) -> None:
    keyring = MemoryKeyring({})
    controller = AppController(
        switcher,
        data_dir,
        clock=Clock(),
        autostart=NoAutostart(),
        hints=EmailHints(backend=keyring),
    )
    qtbot.addWidget(controller.show_first_window(has_cases=False))
    controller.load_document()
    w: AssistantWizard = wizard(controller, qtbot)
    choose_job(qtbot, w, Job.SELLER_SIGN_IN)
    page = w.currentPage()
    type_into(qtbot, child(page, QLineEdit, "accountLabel"), "Negozio")  # type: ignore[arg-type]
    type_into(qtbot, child(page, QLineEdit, "hintEmail"), "mario.rossi@example.com")  # type: ignore[arg-type]
    click(qtbot, child(page, QPushButton, "rememberHint"))
    wait_for_keyring(qtbot)  # the keyring is called off the GUI thread
    assert keyring.entries  # the hint went to the keyring, not anywhere else
    for check in CHECKS:
        assert w.current_page_id() is check
        press_every_link(qtbot, w.currentPage())
        answer(qtbot, w, yes=False)
    assert w.current_page_id() is PageId.RECOVERY_SUPPORT
    page = w.currentPage()
    message = child(page, QPlainTextEdit, "supportMessage")
    assert isinstance(message, QPlainTextEdit)
    text = message.toPlainText()
    assert "Store name: Negozio\n" in text  # the account's name, filled in
    for placeholder, value in {
        "[the account's e-mail address]": "mario.rossi@example.com",
        "[paste the error message here]": "Something went wrong",
        "[your name]": "Mario Rossi",
    }.items():
        assert placeholder in text
        text = text.replace(placeholder, value)
    message.setPlainText(text)
    click(qtbot, child(page, QPushButton, "copyMessage"))
    assert QGuiApplication.clipboard().text() == text
    assert press_every_link(qtbot, page) > 0
    finish(qtbot, w)

    assert "https://sellercentral.amazon.com/cu/contact-us" in opened_urls
    assert_offline(network, opened_urls)


def test_main_window_add_to_calendar_and_mark_confirmed(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    network: NetworkGuard,
    opened_urls: list[str],
) -> None:
    deadline = TODAY + dt.timedelta(days=4)
    case = open_case(
        Job.CLOSE_CUSTOMER_ACCOUNT,
        "Personale",
        "amazon.it",
        "",
        NOW,
        state=CaseState.WAITING_CONFIRMATION,
    ).model_copy(update={"requested_on": TODAY, "deadline": deadline})
    DocumentStore(data_dir / "account-assistant.json").save(Document(cases=[case]))
    target = tmp_path / "deadlines.ics"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    controller = launch(switcher, data_dir, qtbot, Clock(), has_cases=True)
    window = controller.main_window
    assert window is not None
    window.select_case(case.id)
    click(qtbot, child(window, QPushButton, "add_to_calendar"))
    assert deadline.strftime("%Y%m%d") in target.read_text("utf-8")
    target.unlink()
    window.export_action.trigger()  # every deadline at once, from the menu
    assert target.exists()
    monkeypatch.setattr(  # "did you confirm it?": yes
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    click(qtbot, child(window, QPushButton, "mark_confirmed"))
    [saved] = DocumentStore(data_dir / "account-assistant.json").load().document.cases
    assert saved.state is CaseState.CONFIRMED

    checked: list[str] = []

    def use_the_checker(dialog: CheckerDialog) -> int:
        """Checking a link only reads it: no lookup of the host, no visit."""
        dialog.show()
        for text in ("https://www.amazon.it.verifica.example/", "Amazon <a@amazon.it>"):
            checked.append(ask(qtbot, dialog, text)[0])
        click(qtbot, child(dialog, QPushButton, "link:customer_phishing_help"))
        dialog.close()
        return 0

    monkeypatch.setattr(CheckerDialog, "exec", use_the_checker)
    click(qtbot, child(window, QPushButton, "checker"))
    assert len(checked) == 2
    assert opened_urls[-1].startswith("https://www.amazon.it/gp/help/customer/")

    assert_offline(network, opened_urls)
