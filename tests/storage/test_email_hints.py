"""E-mail hints live in the system keyring only; without one, the feature says why and stays off.

The keyrings here are fakes (`keyring` backends kept in memory, or raising what real
keyrings raise), except where a real Secret Service backend is pointed at a missing bus.
After every test, no file under the temporary home mentions the address: nothing ever
falls back to a file.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.compat.properties import classproperty
from keyring.errors import (
    InitError,
    KeyringError,
    KeyringLocked,
    NoKeyringError,
    PasswordDeleteError,
    PasswordSetError,
)

from app.core.email_address import EmailProblem
from app.storage.email_hints import (
    SERVICE_NAME,
    EmailHints,
    EmailHintsUnavailable,
    InvalidEmail,
    UnavailableReason,
)

EMAIL = "mario.rossi@gmail.com"
LABEL = "Shop account"
REPO_ROOT = Path(__file__).resolve().parents[2]

Entries = dict[tuple[str, str], str]


class DictKeyring(KeyringBackend):
    """A keyring that works, kept in `entries`: what a user with an unlocked keyring has.

    It needs its entries to be built, so `keyring` never picks it as the system's keyring.
    """

    @classproperty
    def priority(cls) -> float:  # noqa: N805 - a class property is given the class
        return 1

    def __init__(self, entries: Entries) -> None:
        super().__init__()
        self.entries = entries

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("No such password!")


class FailingKeyring(DictKeyring):
    """A keyring that raises `error` on the operations named in `failing` (get, set, delete)."""

    def __init__(self, entries: Entries, error: Exception, failing: set[str]) -> None:
        super().__init__(entries)
        self.error = error
        self.failing = failing

    def _maybe_fail(self, operation: str) -> None:
        if operation in self.failing:
            raise self.error

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_fail("get")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_fail("set")
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._maybe_fail("delete")
        super().delete_password(service, username)


class NotViableKeyring(DictKeyring):
    """A keyring whose library says it cannot work here (its priority raises)."""

    @classproperty
    def priority(cls) -> float:  # noqa: N805 - a class property is given the class
        raise RuntimeError("This keyring needs a library that is not installed")


class PlaintextFileKeyring(DictKeyring):
    """Stands for the file keyrings of `keyrings.alt`, which keep entries in plain text."""

    __module__ = "keyrings.alt.file"


class ConfiguredKeyring(DictKeyring):
    """A keyring the user chose in keyring's own settings; it needs no session bus.

    Usable only while the test that chooses it says so, so that `keyring` never picks it
    on its own for another test.
    """

    entries_of_all: Entries = {}  # noqa: RUF012 - one store for every instance, as a real keyring

    @classproperty
    def priority(cls) -> float:  # noqa: N805 - a class property is given the class
        if not os.environ.get("TEST_CONFIGURED_KEYRING"):
            raise RuntimeError("only for the test that chooses it")
        return 1

    def __init__(self) -> None:
        super().__init__(ConfiguredKeyring.entries_of_all)


def prompt_dismissed() -> Exception:
    """What the Secret Service raises when the user closes its unlock prompt."""
    try:
        from secretstorage.exceptions import PromptDismissedException
    except ImportError:  # secretstorage is only there on Linux
        return KeyringError("Prompt dismissed.")
    return PromptDismissedException("Prompt dismissed.")


@pytest.fixture
def entries() -> Entries:
    """What the fake keyrings hold, by (service, username)."""
    return {}


@pytest.fixture
def hints(entries: Entries) -> EmailHints:
    """E-mail hints in a keyring that works."""
    return EmailHints(DictKeyring(entries))


@pytest.fixture(autouse=True)
def _no_file_mentions_the_address(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """After each test: no file in the home or XDG folders, and no log line, has the address."""
    folders = [Path(os.environ[name]) for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME")]
    caplog.set_level(logging.DEBUG)
    yield
    assert files_mentioning(folders, EMAIL) == []
    logged = "\n".join(record.getMessage() for record in caplog.get_records("call"))
    assert EMAIL.partition("@")[0] not in logged


def files_mentioning(folders: list[Path], text: str) -> list[Path]:
    """The files under `folders` whose bytes contain `text` in UTF-8."""
    needle = text.encode()
    return [
        path
        for folder in folders
        if folder.exists()
        for path in folder.rglob("*")
        if path.is_file() and needle in path.read_bytes()
    ]


# --- With a keyring that works -----------------------------------------------------------


def test_a_remembered_address_is_recalled(hints: EmailHints, entries: Entries) -> None:
    assert hints.available()
    assert hints.unavailable_reason is None
    assert hints.remember(LABEL, EMAIL) == EMAIL
    assert hints.recall(LABEL) == EMAIL
    # One entry per account, under the app's service name, with the address as the secret.
    assert entries == {(SERVICE_NAME, LABEL): EMAIL}


def test_the_address_is_kept_tidied(hints: EmailHints) -> None:
    assert hints.remember(LABEL, "\u00a0Mario.Rossi@GMAIL.com \u200b") == "Mario.Rossi@gmail.com"
    assert hints.recall(LABEL) == "Mario.Rossi@gmail.com"


def test_each_account_keeps_its_own_address(hints: EmailHints) -> None:
    hints.remember("Shop account", EMAIL)
    hints.remember("Old account", "anna@libero.it")
    assert hints.recall("Shop account") == EMAIL
    assert hints.recall("Old account") == "anna@libero.it"


def test_remembering_again_replaces_the_address(hints: EmailHints) -> None:
    hints.remember(LABEL, "old.address@libero.it")
    hints.remember(LABEL, EMAIL)
    assert hints.recall(LABEL) == EMAIL


def test_the_label_is_matched_without_surrounding_spaces(hints: EmailHints) -> None:
    hints.remember("  Shop account ", EMAIL)
    assert hints.recall(LABEL) == EMAIL


def test_an_account_without_a_hint_has_none(hints: EmailHints) -> None:
    assert hints.recall("Never seen") is None


def test_a_forgotten_hint_is_gone_and_the_others_stay(hints: EmailHints, entries: Entries) -> None:
    hints.remember(LABEL, EMAIL)
    hints.remember("Old account", "anna@libero.it")
    hints.forget(LABEL)
    assert hints.recall(LABEL) is None
    assert hints.recall("Old account") == "anna@libero.it"
    assert list(entries) == [(SERVICE_NAME, "Old account")]


def test_forgetting_an_account_without_a_hint_is_fine(hints: EmailHints) -> None:
    hints.forget("Never seen")
    assert hints.unavailable_reason is None


def test_checking_the_keyring_leaves_nothing_in_it(hints: EmailHints, entries: Entries) -> None:
    hints.remember(LABEL, EMAIL)
    assert hints.available()
    assert entries == {(SERVICE_NAME, LABEL): EMAIL}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", EmailProblem.EMPTY),
        ("mario.rossi.gmail.com", EmailProblem.NO_AT),
        ("mario rossi@gmail.com", EmailProblem.SPACES),
        ("mario@gmail", EmailProblem.BAD_DOMAIN),
        ("mario@@gmail.com", EmailProblem.MORE_THAN_ONE_AT),
        ("@gmail.com", EmailProblem.EMPTY_LOCAL_PART),
    ],
)
def test_a_wrong_address_is_refused_and_nothing_is_kept(
    hints: EmailHints, entries: Entries, text: str, problem: EmailProblem
) -> None:
    with pytest.raises(InvalidEmail) as refused:
        hints.remember(LABEL, text)
    assert refused.value.problem == problem
    assert entries == {}
    if text:
        assert text not in str(refused.value)


def test_a_wrong_address_does_not_replace_the_one_kept(hints: EmailHints) -> None:
    hints.remember(LABEL, EMAIL)
    with pytest.raises(InvalidEmail):
        hints.remember(LABEL, "mario.rossi@gmail")
    assert hints.recall(LABEL) == EMAIL


@pytest.mark.parametrize("label", ["", "   ", "x" * 81, "Neg\nozio", "Shop\u202e"])
def test_a_label_the_app_cannot_have_is_refused(
    hints: EmailHints, entries: Entries, label: str
) -> None:
    with pytest.raises(ValueError, match="label"):
        hints.remember(label, EMAIL)
    with pytest.raises(ValueError, match="label"):
        hints.recall(label)
    with pytest.raises(ValueError, match="label"):
        hints.forget(label)
    assert entries == {}


def test_a_label_of_the_longest_length_the_app_allows_is_fine(hints: EmailHints) -> None:
    hints.remember("x" * 80, EMAIL)
    assert hints.recall("x" * 80) == EMAIL


# --- When the keyring cannot be used ------------------------------------------------------

Action = Callable[[EmailHints], object]


def remember_it(hints: EmailHints) -> object:
    """What the user does when typing the address of an account."""
    return hints.remember(LABEL, EMAIL)


def recall_it(hints: EmailHints) -> object:
    """What the app does when showing an account."""
    return hints.recall(LABEL)


def forget_it(hints: EmailHints) -> object:
    """What the user does when removing the address, or the account."""
    hints.forget(LABEL)
    return None


EVERY_ACTION: list[Action] = [remember_it, recall_it, forget_it]
ALL = {"get", "set", "delete"}

# (what happened, the keyring, the reason the user is told, what fails)
FAILURES: list[tuple[str, Callable[[Entries], KeyringBackend], UnavailableReason, list[Action]]] = [
    (
        "keyring's fail backend",
        lambda _: fail.Keyring(),
        UnavailableReason.NO_BACKEND,
        EVERY_ACTION,
    ),
    (
        "keyring's null backend",
        lambda _: null.Keyring(),
        UnavailableReason.NO_BACKEND,
        EVERY_ACTION,
    ),
    (
        "no keyring backend",
        lambda e: FailingKeyring(e, NoKeyringError("No recommended backend"), ALL),
        UnavailableReason.NO_BACKEND,
        EVERY_ACTION,
    ),
    (
        "a keyring that cannot work here",
        NotViableKeyring,
        UnavailableReason.NO_BACKEND,
        EVERY_ACTION,
    ),
    (
        "a plain-text file keyring",
        PlaintextFileKeyring,
        UnavailableReason.NO_BACKEND,
        EVERY_ACTION,
    ),
    (
        "a locked keyring",
        lambda e: FailingKeyring(e, KeyringLocked("Failed to unlock the collection!"), {"get"}),
        UnavailableReason.LOCKED,
        [recall_it, forget_it],
    ),
    (
        "a keyring refusing to store",
        lambda e: FailingKeyring(e, PasswordSetError("Can't store password"), {"set"}),
        UnavailableReason.REFUSED,
        [remember_it],
    ),
    (
        "a keyring failing to start",
        lambda e: FailingKeyring(e, InitError("Failed to create the collection"), ALL),
        UnavailableReason.REFUSED,
        EVERY_ACTION,
    ),
    (
        "an unlock prompt dismissed",
        lambda e: FailingKeyring(e, prompt_dismissed(), {"get"}),
        UnavailableReason.DISMISSED,
        [recall_it, forget_it],
    ),
    (
        "a keyring error about a dismissed prompt",
        lambda e: FailingKeyring(e, KeyringError("Prompt dismissed by the user"), ALL),
        UnavailableReason.DISMISSED,
        EVERY_ACTION,
    ),
    (
        "a keyring failing in an unexpected way",
        lambda e: FailingKeyring(e, TypeError("a bug in a third-party keyring"), ALL),
        UnavailableReason.UNKNOWN,
        EVERY_ACTION,
    ),
]


@pytest.mark.parametrize(
    ("backend", "reason", "failing_actions"),
    [pytest.param(*failure[1:], id=failure[0]) for failure in FAILURES],
)
def test_a_keyring_that_cannot_be_used_turns_the_feature_off_with_a_reason(
    entries: Entries,
    backend: Callable[[Entries], KeyringBackend],
    reason: UnavailableReason,
    failing_actions: list[Action],
) -> None:
    hints = EmailHints(backend(entries))
    assert not hints.available()
    assert hints.unavailable_reason == reason
    for action in failing_actions:
        hints.unavailable_reason = None
        with pytest.raises(EmailHintsUnavailable) as unavailable:
            action(hints)
        assert unavailable.value.reason == reason
        assert hints.unavailable_reason == reason
    assert EMAIL not in entries.values()


def test_the_keyrings_own_error_is_kept_as_the_cause(entries: Entries) -> None:
    locked = KeyringLocked("Failed to unlock the collection!")
    hints = EmailHints(FailingKeyring(entries, locked, ALL))
    with pytest.raises(EmailHintsUnavailable) as unavailable:
        hints.recall(LABEL)
    assert unavailable.value.__cause__ is locked
    assert LABEL in str(unavailable.value)


def test_a_dismissed_prompt_is_recognised_inside_keyrings_own_error(entries: Entries) -> None:
    try:
        try:
            raise prompt_dismissed()
        except Exception as dismissed:
            raise InitError("Failed to create the collection") from dismissed
    except InitError as wrapped:
        error = wrapped
    hints = EmailHints(FailingKeyring(entries, error, ALL))
    assert not hints.available()
    assert hints.unavailable_reason == UnavailableReason.DISMISSED


def test_a_keyring_that_says_it_cannot_delete_a_kept_hint_is_refusing(entries: Entries) -> None:
    keyring = FailingKeyring(entries, PasswordDeleteError("Can't delete password"), set())
    hints = EmailHints(keyring)
    hints.remember(LABEL, EMAIL)
    keyring.failing = {"delete"}
    with pytest.raises(EmailHintsUnavailable) as unavailable:
        hints.forget(LABEL)
    assert unavailable.value.reason == UnavailableReason.REFUSED
    keyring.failing = set()
    hints.forget(LABEL)  # the user's address does not stay behind in the keyring


def test_the_feature_comes_back_once_the_keyring_is_unlocked(entries: Entries) -> None:
    keyring = FailingKeyring(entries, KeyringLocked("Failed to unlock the collection!"), ALL)
    hints = EmailHints(keyring)
    assert not hints.available()
    assert hints.unavailable_reason == UnavailableReason.LOCKED
    keyring.failing = set()
    assert hints.available()
    assert hints.unavailable_reason is None
    assert hints.remember(LABEL, EMAIL) == EMAIL


# --- Without a session bus (Linux) ---------------------------------------------------------


@pytest.fixture
def linux_without_bus(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """A Linux desktop whose D-Bus session bus is switched off, and keyring left as it is."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:")
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    return monkeypatch


@pytest.mark.parametrize("bus_address", ["disabled:", None])
def test_without_a_session_bus_the_systems_keyring_is_not_reachable(
    linux_without_bus: pytest.MonkeyPatch, bus_address: str | None
) -> None:
    if bus_address is None:
        linux_without_bus.delenv("DBUS_SESSION_BUS_ADDRESS")
    hints = EmailHints()
    assert not hints.available()
    assert hints.unavailable_reason == UnavailableReason.NO_SESSION_BUS
    for action in EVERY_ACTION:
        with pytest.raises(EmailHintsUnavailable) as unavailable:
            action(hints)
        assert unavailable.value.reason == UnavailableReason.NO_SESSION_BUS


def test_a_keyring_chosen_in_keyrings_settings_is_used_without_a_bus(
    linux_without_bus: pytest.MonkeyPatch,
) -> None:
    linux_without_bus.setenv("TEST_CONFIGURED_KEYRING", "1")
    linux_without_bus.setenv("PYTHON_KEYRING_BACKEND", f"{__name__}.ConfiguredKeyring")
    linux_without_bus.setattr(keyring.core, "_keyring_backend", None)  # look it up again
    linux_without_bus.setattr(ConfiguredKeyring, "entries_of_all", {})
    hints = EmailHints()
    assert hints.available()
    hints.remember(LABEL, EMAIL)
    assert ConfiguredKeyring.entries_of_all == {(SERVICE_NAME, LABEL): EMAIL}
    hints.forget(LABEL)


# --- keyring's own settings naming a keyring that cannot be used --------------------------

BAD_CHOICES = [
    pytest.param("keyrings.nowhere.Keyring", id="a keyring that is not installed"),
    pytest.param("keyring.backends.SecretServce.Keyring", id="a misspelt module"),
    pytest.param("keyring.backends.fail.Keyrin", id="a misspelt class"),
    pytest.param("Keyring", id="no module at all"),
    pytest.param("keyring.backends.fail.Keyring", id="keyring's fail backend"),
    pytest.param("keyring.backends.null.Keyring", id="keyring's null backend"),
]
BUS_ADDRESSES = ["disabled:", "unix:path={tmp}/no-bus-here"]


@pytest.mark.parametrize("bus_address", BUS_ADDRESSES)
@pytest.mark.parametrize("choice", [*BAD_CHOICES, pytest.param("", id="an empty variable")])
def test_a_variable_naming_a_keyring_that_cannot_be_used_is_reported_as_such(
    linux_without_bus: pytest.MonkeyPatch, tmp_path: Path, choice: str, bus_address: str
) -> None:
    """Not as "no session bus", nor as "this system has no keyring": the setting is wrong."""
    linux_without_bus.setenv("DBUS_SESSION_BUS_ADDRESS", bus_address.format(tmp=tmp_path))
    linux_without_bus.setenv("PYTHON_KEYRING_BACKEND", choice)
    linux_without_bus.setattr(keyring.core, "_keyring_backend", None)  # look it up again
    hints = EmailHints()
    assert not hints.available()
    assert hints.unavailable_reason == UnavailableReason.BAD_SETTING
    with pytest.raises(EmailHintsUnavailable) as unavailable:
        hints.remember(LABEL, EMAIL)
    assert unavailable.value.reason == UnavailableReason.BAD_SETTING


def keyring_settings(text: str) -> Path:
    """Write keyring's settings file (keyringrc.cfg, in the test's own config folder)."""
    from keyring.util import platform_

    path = Path(platform_.config_root(), "keyringrc.cfg")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize("bus_address", BUS_ADDRESSES)
@pytest.mark.parametrize(
    "settings",
    [
        *(
            pytest.param(f"[backend]\ndefault-keyring = {choice.values[0]}\n", id=choice.id)
            for choice in BAD_CHOICES
        ),
        pytest.param("default-keyring = keyring.backends.fail.Keyring\n", id="no section"),
    ],
)
def test_a_settings_file_naming_a_keyring_that_cannot_be_used_is_reported_as_such(
    linux_without_bus: pytest.MonkeyPatch, tmp_path: Path, settings: str, bus_address: str
) -> None:
    linux_without_bus.setenv("DBUS_SESSION_BUS_ADDRESS", bus_address.format(tmp=tmp_path))
    linux_without_bus.setattr(keyring.core, "_keyring_backend", None)
    keyring_settings(settings)
    hints = EmailHints()
    assert not hints.available()
    assert hints.unavailable_reason == UnavailableReason.BAD_SETTING


def test_a_settings_file_that_chooses_no_keyring_leaves_the_missing_bus_the_reason(
    linux_without_bus: pytest.MonkeyPatch,
) -> None:
    linux_without_bus.setattr(keyring.core, "_keyring_backend", None)
    keyring_settings("[backend]\nkeyring-path = /nowhere\n")
    hints = EmailHints()
    assert not hints.available()
    assert hints.unavailable_reason == UnavailableReason.NO_SESSION_BUS


def test_the_secret_service_chosen_in_the_settings_without_a_bus_is_no_bus(
    linux_without_bus: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("secretstorage")
    linux_without_bus.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    linux_without_bus.setattr(keyring.core, "_keyring_backend", None)
    hints = EmailHints()
    assert not hints.available()
    assert hints.unavailable_reason == UnavailableReason.NO_SESSION_BUS


@pytest.mark.parametrize("bus_address", ["disabled:", "unix:path={tmp}/no-bus-here"])
def test_the_secret_service_without_a_bus_is_reported_as_such(
    linux_without_bus: pytest.MonkeyPatch, tmp_path: Path, bus_address: str
) -> None:
    pytest.importorskip("secretstorage")
    from keyring.backends import SecretService

    linux_without_bus.setenv("DBUS_SESSION_BUS_ADDRESS", bus_address.format(tmp=tmp_path))
    hints = EmailHints(SecretService.Keyring())
    assert not hints.available()
    assert hints.unavailable_reason == UnavailableReason.NO_SESSION_BUS
    with pytest.raises(EmailHintsUnavailable) as unavailable:
        hints.remember(LABEL, EMAIL)
    assert unavailable.value.reason == UnavailableReason.NO_SESSION_BUS
    assert unavailable.value.__cause__ is not None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Secret Service is Linux's")
def test_a_bus_address_that_leads_nowhere_is_reported_as_no_bus(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus-here")
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # look it up again
    hints = EmailHints()
    assert not hints.available()
    assert hints.unavailable_reason == UnavailableReason.NO_SESSION_BUS


def test_an_error_from_the_bus_inside_a_keyring_is_reported_as_no_bus(entries: Entries) -> None:
    secretstorage = pytest.importorskip("secretstorage.exceptions")
    error = secretstorage.SecretServiceNotAvailableException("Environment variable unset")
    hints = EmailHints(FailingKeyring(entries, error, ALL))
    assert not hints.available()
    assert hints.unavailable_reason == UnavailableReason.NO_SESSION_BUS


# --- Start-up cost -----------------------------------------------------------------------


def test_importing_the_module_does_not_import_keyring() -> None:
    code = (
        "import sys\n"
        "from app.storage.email_hints import EmailHints\n"
        "EmailHints()\n"
        "print(sorted(m for m in sys.modules"
        " if m.split('.')[0] in {'keyring', 'secretstorage', 'jeepney'}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert out.stdout.strip() == "[]"
