"""The keyring is asked little, never written to unasked, and never keeps a window waiting.

On a real Secret Service each call is a D-Bus round trip; on a locked one a call can raise an
unlock prompt or block for seconds. Typing an account's name must not call it on every key,
and a slow keyring must not freeze the window.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import keyring.core
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.storage.email_hints import SERVICE_NAME, EmailHints
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard
from tests.catalog import italian
from tests.ui.closing_steps import Clock, NoAutostart, choose_job, wizard
from tests.ui.conftest import settle
from tests.ui.driving import child, click, press, type_into
from tests.ui.keyring_fakes import (
    CountingKeyring,
    LockedKeyring,
    MemoryKeyring,
    SlowKeyring,
    wait_for_keyring,
)

B = QWizard.WizardButton
REPO_ROOT = Path(__file__).resolve().parents[2]
NAME = "Personal"  # 8 letters


def open_wizard(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, keyring: MemoryKeyring | None
) -> tuple[AppController, AssistantWizard]:
    controller = AppController(
        switcher,
        data_dir,
        clock=Clock(),
        autostart=NoAutostart(),
        hints=EmailHints(backend=keyring) if keyring is not None else None,
    )
    qtbot.addWidget(controller.show_first_window(has_cases=False))
    controller.load_document()
    return controller, wizard(controller, qtbot)


def name_field(w: AssistantWizard) -> QLineEdit:
    field = child(w.currentPage(), QLineEdit, "accountLabel")
    assert isinstance(field, QLineEdit)
    return field


def hint_text(w: AssistantWizard) -> str:
    return child(w.currentPage(), QLabel, "hintShown").text()  # type: ignore[attr-defined, no-any-return]


def test_typing_a_name_reads_its_hint_once_and_writes_nothing(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    keyring = CountingKeyring({(SERVICE_NAME, NAME): "mario.rossi@example.com"})
    _, w = open_wizard(switcher, data_dir, qtbot, keyring)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    assert w.current_page_id() is PageId.CUSTOMER_ACCOUNT
    wait_for_keyring(qtbot)
    checked = len(keyring.calls)
    assert checked == 1  # once per session: can the keyring be read?

    qtbot.keyClicks(name_field(w), NAME)  # eight keys, as fast as a user types
    qtbot.waitUntil(lambda: hint_text(w) == "Saved e-mail: m\u2022\u2022\u2022@example.com")
    qtbot.keyClick(name_field(w), Qt.Key.Key_Tab)  # the field is left
    wait_for_keyring(qtbot)

    typing = keyring.calls[checked:]
    assert sum(1 for call in typing if call[0] == "get") <= 2, typing
    assert keyring.writes() == 0, keyring.calls
    assert "MainThread" not in keyring.threads

    # Another page with a name field, and back: what is known is not asked again.
    press(qtbot, w, B.BackButton)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    wait_for_keyring(qtbot)
    assert hint_text(w) == "Saved e-mail: m\u2022\u2022\u2022@example.com"
    assert keyring.writes() == 0
    assert len(keyring.calls) <= checked + 2


def test_remember_and_forget_are_the_only_writes(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    keyring = CountingKeyring({})
    _, w = open_wizard(switcher, data_dir, qtbot, keyring)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    type_into(qtbot, name_field(w), NAME)
    qtbot.waitUntil(lambda: hint_text(w) == "No e-mail saved for this account yet.")
    assert keyring.writes() == 0
    page = w.currentPage()
    type_into(qtbot, child(page, QLineEdit, "hintEmail"), "anna@example.it")  # type: ignore[arg-type]
    click(qtbot, child(page, QPushButton, "rememberHint"))  # type: ignore[arg-type]
    wait_for_keyring(qtbot)
    assert [call[0] for call in keyring.calls if call[0] != "get"] == ["set"]
    assert hint_text(w) == "Saved e-mail: a\u2022\u2022\u2022@example.it"
    click(qtbot, child(page, QPushButton, "forgetHint"))  # type: ignore[arg-type]
    wait_for_keyring(qtbot)
    assert [call[0] for call in keyring.calls if call[0] != "get"] == ["set", "delete"]
    assert keyring.entries == {}
    assert hint_text(w) == "No e-mail saved for this account yet."


def test_the_window_answers_while_the_keyring_takes_three_seconds(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    keyring = SlowKeyring({}, seconds=3.0)
    _, w = open_wizard(switcher, data_dir, qtbot, keyring)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)  # the keyring is asked: 3 s
    assert keyring.started.wait(10)
    started = time.monotonic()  # while the keyring's call runs
    type_into(qtbot, name_field(w), "Shop")
    assert hint_text(w) == "Looking for the e-mail saved for this account\u2026"
    press(qtbot, w, B.BackButton)
    answered = time.monotonic() - started

    assert w.current_page_id() is PageId.START
    assert answered < 2.0, f"the window answered after {answered:.1f} s"  # the call takes 3
    keyring.release()
    wait_for_keyring(qtbot)
    assert keyring.finished >= 1


def test_an_answer_for_an_older_name_is_not_shown(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    keyring = SlowKeyring({(SERVICE_NAME, "Shop"): "shop@example.com"}, seconds=30.0)
    _, w = open_wizard(switcher, data_dir, qtbot, keyring)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    keyring.release()  # can it be read: yes
    wait_for_keyring(qtbot)
    keyring.hold()  # from now on each call takes its time
    field = name_field(w)
    type_into(qtbot, field, "Shop")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # left: "Shop" is read now
    assert keyring.started.wait(10)
    field.setFocus()
    type_into(qtbot, field, " 2")  # "Shop 2" while "Shop" is being read
    keyring.release()
    qtbot.waitUntil(lambda: hint_text(w) == "No e-mail saved for this account yet.")
    wait_for_keyring(qtbot)
    assert hint_text(w) == "No e-mail saved for this account yet."
    assert field.text() == "Shop 2"


def test_closing_the_wizard_while_the_keyring_is_busy_is_fine(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    keyring = SlowKeyring({}, seconds=30.0)
    _, w = open_wizard(switcher, data_dir, qtbot, keyring)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    assert keyring.started.wait(10)
    type_into(qtbot, name_field(w), "Shop")
    qtbot.keyClick(name_field(w), Qt.Key.Key_Tab)  # a reading waits behind the check
    w.leave_guard = None
    w.close()
    w.deleteLater()
    settle(qapp)
    keyring.release()  # the answers come back to a window that is gone
    wait_for_keyring(qtbot)
    settle(qapp)
    assert keyring.finished >= 1


def test_a_failed_keyring_is_asked_again_only_when_the_user_says_so(
    switcher: LanguageSwitcher, data_dir: Path, qtbot: QtBot
) -> None:
    keyring = LockedKeyring({})
    _, w = open_wizard(switcher, data_dir, qtbot, keyring)
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    wait_for_keyring(qtbot)
    page = w.currentPage()
    off = child(page, QLabel, "hintsOff")
    assert off.isVisible()
    assert "locked" in off.text()  # type: ignore[attr-defined]
    retry = child(page, QPushButton, "retryHints")
    assert retry.isVisible()
    asked = len(keyring.calls)
    type_into(qtbot, name_field(w), NAME)
    qtbot.keyClick(name_field(w), Qt.Key.Key_Tab)
    qtbot.wait(500)  # longer than the pause after typing
    wait_for_keyring(qtbot)
    assert len(keyring.calls) == asked  # not asked again on its own

    keyring.unlock()
    click(qtbot, retry)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: hint_text(w) == "No e-mail saved for this account yet.")
    assert not off.isVisible() and not retry.isVisible()
    assert child(page, QLineEdit, "hintEmail").isVisible()


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.ITALIAN])
def test_keyring_settings_naming_a_missing_keyring_are_reported_as_such(
    switcher: LanguageSwitcher,
    data_dir: Path,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    language: Language,
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.nowhere.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # look it up again
    switcher.apply(language)
    settle(qapp)
    _, w = open_wizard(switcher, data_dir, qtbot, None)  # the system's keyring
    choose_job(qtbot, w, Job.CLOSE_CUSTOMER_ACCOUNT)
    wait_for_keyring(qtbot)
    off = child(w.currentPage(), QLabel, "hintsOff")
    assert off.isVisible()
    source = (
        "The keyring settings (the PYTHON_KEYRING_BACKEND variable or the keyringrc.cfg file) "
        "name a keyring that cannot be used: correct or remove that setting."
    )
    expected = italian(source) if language is Language.ITALIAN else source
    assert expected in off.text()  # type: ignore[attr-defined]
    for wrong in ("cannot be reached in this session", "non è raggiungibile"):
        assert wrong not in off.text()  # type: ignore[attr-defined]


# --- Closing the app while a keyring call runs ---------------------------------------------

QUIT_WHILE_BUSY = textwrap.dedent(
    """
    import sys, tempfile
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QRadioButton
    from app.core.jobs import Job
    from app.storage.email_hints import EmailHints
    from app.ui.shell.app_controller import AppController
    from app.ui.shell.language import LanguageSwitcher
    from tests.ui.closing_steps import Clock, NoAutostart
    from tests.ui.keyring_fakes import SlowKeyring

    app = QApplication([])
    keyring = SlowKeyring({}, seconds=600)  # a keyring that does not answer in time
    controller = AppController(
        LanguageSwitcher(app), Path(tempfile.mkdtemp()), clock=Clock(),
        autostart=NoAutostart(), hints=EmailHints(backend=keyring),
    )
    app.aboutToQuit.connect(controller.keep_wizard_progress)
    controller.show_first_window(False)
    controller.load_document()
    w = controller.wizard
    w.currentPage().findChild(QRadioButton, f"job:{Job.CLOSE_CUSTOMER_ACCOUNT.value}").click()
    w.next()

    def quit_when_busy():
        if not keyring.started.is_set():
            QTimer.singleShot(20, quit_when_busy)
            return
        print("busy", flush=True)
        app.quit()

    QTimer.singleShot(0, quit_when_busy)
    status = app.exec()
    print("quit", flush=True)
    sys.exit(status)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="the offscreen platform")
def test_quitting_while_the_keyring_is_busy_neither_hangs_nor_crashes(tmp_path: Path) -> None:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
        "HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", QUIT_WHILE_BUSY],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    took = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["busy", "quit"], result.stderr
    assert "QThread" not in result.stderr and "Fatal" not in result.stderr, result.stderr
    assert took < 30, f"quitting took {took:.1f} s"  # the keyring call alone lasts 600
