"""E-mail hints: which address each Amazon account was registered with, in the OS keyring.

A user with several Amazon accounts often forgets which e-mail opens which one. The app
can remember it for them, one hint per account label, but only in the operating system's
keyring (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows): never
in a file of its own, never in plain text, and never a password.

When there is no keyring to use, the feature is off and says why (`UnavailableReason`,
which the UI translates); whatever the keyring raises reaches the caller as
`EmailHintsUnavailable`, never as one of its own exceptions.

`keyring` is imported only when a hint is first needed: importing it takes about 120 ms,
and the app imports this module while it starts.
"""

from __future__ import annotations

import logging
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeVar

from app.core.email_address import EmailProblem, email_problem, normalise_email
from app.core.limits import MAX_LABEL_LENGTH

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_NAME: Final = "account-assistant-email-hints"
"""The keyring service under which the hints are kept, one entry per account label."""
PROBE_SERVICE_NAME: Final = "account-assistant-email-hints-check"
"""Where `EmailHints.available` writes, and deletes at once, a test entry: apart from the
hints, so that it can never overwrite one."""
_PROBE_USERNAME: Final = "availability-check"
_PROBE_VALUE: Final = "written and deleted to check that the keyring works; not an address"

# Systems whose keyrings (Secret Service, KWallet) are reached over the D-Bus session bus.
_FREEDESKTOP_PLATFORMS: Final = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")
_NO_BUS_ADDRESSES: Final = ("", "disabled:")

_T = TypeVar("_T")


class UnavailableReason(StrEnum):
    """Why e-mail hints cannot be kept now; the UI shows a translated sentence for each."""

    NO_BACKEND = "no_backend"
    """The system has no keyring that this app may use (or only a file-based one)."""
    LOCKED = "locked"
    """The keyring is locked and was not unlocked."""
    REFUSED = "refused"
    """The keyring is there but refused to read, store or delete the hint."""
    NO_SESSION_BUS = "no_session_bus"
    """No D-Bus session bus to reach the keyring through (Linux, e.g. over SSH or in a
    minimal desktop), or the connection to it failed."""
    DISMISSED = "dismissed"
    """The user closed the keyring's unlock prompt without unlocking it."""
    BAD_SETTING = "bad_setting"
    """keyring's own settings (the PYTHON_KEYRING_BACKEND variable or the keyringrc.cfg
    file) choose a keyring that cannot be loaded or cannot keep hints."""
    UNKNOWN = "unknown"
    """The keyring failed in a way not recognised; the log has the error's type."""


class EmailHintsUnavailable(Exception):
    """E-mail hints cannot be read or kept now; `reason` says why, for the UI to translate.

    The message is English, for the log. The keyring's own exception, when there was one,
    is chained as `__cause__`.
    """

    def __init__(self, reason: UnavailableReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class InvalidEmail(ValueError):
    """The address given to `EmailHints.remember` is not an e-mail login; nothing was kept.

    `problem` says what is wrong, for the UI. The message never repeats the address, so
    that it can be logged.
    """

    def __init__(self, problem: EmailProblem) -> None:
        super().__init__(f"Not an e-mail address that can be remembered: {problem}")
        self.problem = problem


class EmailHints:
    """The e-mail hints of the user's accounts, kept in the system keyring by account label.

    `backend` is the keyring to use; None (the default) means the system's own, looked up
    when first needed (tests pass a fake one). Each entry is the keyring's usual
    (service, username, password) triple: the service is `SERVICE_NAME`, the username the
    account label, and the "password" slot holds the e-mail hint, which is no password.

    `unavailable_reason` is why the last call to the keyring failed, or None if it worked.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._usable: KeyringBackend | None = None
        self.unavailable_reason: UnavailableReason | None = None

    def available(self) -> bool:
        """Whether hints can be kept now: the keyring is there and reads, writes and deletes.

        To know, it writes a test entry under `PROBE_SERVICE_NAME` and deletes it, so it
        may make the system ask the user to unlock the keyring: call it when the feature
        is about to be shown, not on every repaint (the windows ask `readable`, which
        writes nothing). Never raises; when the answer is no, `unavailable_reason` says why.
        """
        try:
            self._call("check", None, _probe)
        except EmailHintsUnavailable:
            return False
        except Exception as error:  # it promises never to raise
            self._unavailable(UnavailableReason.UNKNOWN, "check", None, error)
            return False
        return True

    def readable(self) -> bool:
        """Whether the keyring can be reached and read now; nothing is written.

        The check the windows make once per session: it reads a test entry that is never
        there, which is enough for a locked keyring to ask to be unlocked, and for a
        missing or unusable one to say why. A keyring that reads but refuses to store
        is found out when a hint is remembered. Never raises; when the answer is no,
        `unavailable_reason` says why.
        """
        try:
            self._call(
                "check",
                None,
                lambda backend: backend.get_password(PROBE_SERVICE_NAME, _PROBE_USERNAME),
            )
        except EmailHintsUnavailable:
            return False
        except Exception as error:  # it promises never to raise
            self._unavailable(UnavailableReason.UNKNOWN, "check", None, error)
            return False
        return True

    def known_unavailable(self) -> UnavailableReason | None:
        """Why hints cannot be had, when that is known without asking the keyring.

        That is the system's keyring on a freedesktop system with no session bus, unless
        keyring's own settings choose a keyring: no keyring call, no import of `keyring`,
        so it may be asked on the GUI thread. None when only the keyring can tell.
        """
        if self._backend is not None or self._usable is not None:
            return None
        if _session_bus_missing() and not _keyring_chosen_in_settings():
            return UnavailableReason.NO_SESSION_BUS
        return None

    def remember(self, label: str, email: str) -> str:
        """Keep `email` as the hint of the account `label`, replacing any earlier one.

        Returns the address as kept (`normalise_email`). Raises ValueError if the label is
        empty or longer than the labels of the app, `InvalidEmail` if the address is not
        an e-mail (in both cases nothing is written), `EmailHintsUnavailable` if the
        keyring cannot keep it.
        """
        key, address = checked_hint(label, email)
        # The keyring's "password" slot holds the e-mail hint: there is no password here.
        self._call(
            "remember", key, lambda backend: backend.set_password(SERVICE_NAME, key, address)
        )
        return address

    def recall(self, label: str) -> str | None:
        """The hint kept for the account `label`, or None if there is none.

        Raises ValueError for a label the app cannot have, `EmailHintsUnavailable` if the
        keyring cannot be read.
        """
        key = _checked_label(label)
        hint = self._call("recall", key, lambda backend: backend.get_password(SERVICE_NAME, key))
        return hint or None

    def forget(self, label: str) -> None:
        """Delete the hint of the account `label`; nothing happens if it had none.

        Raises ValueError for a label the app cannot have, `EmailHintsUnavailable` if the
        keyring refuses.
        """
        key = _checked_label(label)
        self._call("forget", key, lambda backend: _delete_if_there(backend, key))

    def _call(
        self, action: str, label: str | None, operation: Callable[[KeyringBackend], _T]
    ) -> _T:
        """Run `operation` on the keyring, turning any failure into `EmailHintsUnavailable`."""
        backend = self._usable_backend(action, label)
        try:
            result = operation(backend)
        except Exception as error:
            raise self._unavailable(_reason_for(error), action, label, error) from error
        self.unavailable_reason = None
        return result

    def _usable_backend(self, action: str, label: str | None) -> KeyringBackend:
        """The keyring to use, once it is known to be one this app may use.

        The system's keyring is looked up the first time; a keyring found usable is kept.
        """
        if self._usable is not None:
            return self._usable
        backend = self._backend
        no_bus = _session_bus_missing()
        chosen = False  # whether keyring's own settings choose the keyring
        if backend is None:
            chosen = _keyring_chosen_in_settings()
            # Without a session bus no keyring of a freedesktop system can be reached, and
            # asking `keyring` to look would only find that out more slowly: unless the
            # user chose a keyring in keyring's own settings, which may not need D-Bus.
            if no_bus and not chosen:
                raise self._unavailable(UnavailableReason.NO_SESSION_BUS, action, label)
            import keyring

            try:
                backend = keyring.get_keyring()
            except Exception as error:
                why = _unusable_backend_reason(error, chosen)
                raise self._unavailable(why, action, label, error) from error
        try:
            problem = _backend_problem(backend)
        except Exception as error:
            why = _unusable_backend_reason(error, chosen)
            raise self._unavailable(why, action, label, error) from error
        if problem is not None:
            if chosen:  # the user's settings chose it: say so, not that the bus is missing
                problem = UnavailableReason.BAD_SETTING
            elif self._backend is None and (no_bus or _secret_service_bus_problem()):
                problem = UnavailableReason.NO_SESSION_BUS
            raise self._unavailable(problem, action, label)
        self._usable = backend
        return backend

    def _unavailable(
        self,
        reason: UnavailableReason,
        action: str,
        label: str | None,
        error: BaseException | None = None,
    ) -> EmailHintsUnavailable:
        """Note and log why the keyring failed; the exception to raise for it.

        The message names the label, the reason and the type of the keyring's error, never
        the address nor the error's text (which comes from third-party code).
        """
        self.unavailable_reason = reason
        what = "e-mail hints" if label is None else f"the e-mail hint of {label!r}"
        cause = f" ({type(error).__module__}.{type(error).__qualname__})" if error else ""
        message = f"Cannot {action} {what} in the keyring: {reason}{cause}"
        # Finding no keyring when checking is common and expected; failing to use one is not.
        log.log(logging.INFO if action == "check" else logging.WARNING, "%s", message)
        return EmailHintsUnavailable(reason, message)


def checked_hint(label: str, email: str) -> tuple[str, str]:
    """The entry `remember` would write: the label as the entry is named, the address as kept.

    Raises as `remember` does (ValueError for the label, `InvalidEmail` for the address),
    without asking the keyring: the windows check what the user typed before the keyring
    is asked to keep it.
    """
    key = _checked_label(label)
    problem = email_problem(email)
    if problem is not None:
        raise InvalidEmail(problem)
    return key, normalise_email(email)


def _checked_label(label: str) -> str:
    """The account label as the keyring entry is named: `label` without surrounding spaces.

    Raises ValueError if nothing is left, or if it is not a name the app allows (too long,
    line breaks and other control characters: app.core.labels).
    """
    from app.core.labels import label_problem

    key = label.strip()
    if not key:
        raise ValueError("An account label is needed to keep its e-mail hint")
    if len(key) > MAX_LABEL_LENGTH:
        raise ValueError(f"An account label has at most {MAX_LABEL_LENGTH} characters")
    problem = label_problem(key)
    if problem is not None:
        raise ValueError(f"An account label cannot be used here: {problem.value}")
    return key


def _probe(keyring: KeyringBackend) -> None:
    """Read, write and delete a test entry: what the hints need the keyring to do."""
    keyring.get_password(PROBE_SERVICE_NAME, _PROBE_USERNAME)
    keyring.set_password(PROBE_SERVICE_NAME, _PROBE_USERNAME, _PROBE_VALUE)
    keyring.delete_password(PROBE_SERVICE_NAME, _PROBE_USERNAME)


def _delete_if_there(keyring: KeyringBackend, label: str) -> None:
    """Delete the hint of `label`; a keyring that says there was none is not an error."""
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE_NAME, label)
    except PasswordDeleteError:
        # Most keyrings raise this both when there is no entry and when they refuse.
        if keyring.get_password(SERVICE_NAME, label) is not None:
            raise


# --- Telling why the keyring failed ------------------------------------------------------


def _session_bus_missing() -> bool:
    """Whether this is a freedesktop system with no D-Bus session bus to reach a keyring."""
    if not sys.platform.startswith(_FREEDESKTOP_PLATFORMS):
        return False
    return os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip() in _NO_BUS_ADDRESSES


def _secret_service_bus_problem() -> bool:
    """Whether the Secret Service is out of reach because the session bus is.

    Asked when the system's keyring turned out unusable on a freedesktop system, whose
    usual keyring is the Secret Service: a bus address that leads nowhere then explains
    it better than "no keyring".
    """
    if not sys.platform.startswith(_FREEDESKTOP_PLATFORMS):
        return False
    from keyring.backends import SecretService

    try:
        SecretService.Keyring.priority  # noqa: B018 - asking for it checks the connection
    except Exception as error:
        return any(_is_bus_problem(link) for link in _chain(error))
    return False


def _keyring_chosen_in_settings() -> bool:
    """Whether the user chose a keyring in keyring's own settings (variable or file).

    As `keyring` reads them: the PYTHON_KEYRING_BACKEND variable when it is set (even
    empty, which keyring refuses), else the `default-keyring` of the `[backend]` section
    of keyringrc.cfg. A file keyring cannot read counts as a choice it will refuse.
    """
    if "PYTHON_KEYRING_BACKEND" in os.environ:
        return True
    import configparser

    path = _settings_file()
    if not path.is_file():
        return False
    settings = configparser.RawConfigParser()
    try:
        settings.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeError):
        return True
    return settings.has_option("backend", "default-keyring")


def _settings_file() -> Path:
    """keyring's settings file, keyringrc.cfg.

    On freedesktop systems, where it is asked without a session bus, its place is worked
    out here as keyring does (XDG_CONFIG_HOME, else ~/.config, then python_keyring), so
    that `keyring` is not imported just to find out that it cannot be used.
    """
    if sys.platform.startswith(_FREEDESKTOP_PLATFORMS):
        root = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        return Path(root, "python_keyring", "keyringrc.cfg")
    from keyring.util import platform_

    return Path(platform_.config_root(), "keyringrc.cfg")


def _backend_problem(backend: KeyringBackend) -> UnavailableReason | None:
    """Why `backend` is no keyring for hints, or None if it is one.

    No keyring: a priority of zero or less (keyring's "fail" and "null" backends, a
    chainer with nothing to chain), or the file-based keyrings of `keyrings.alt`, which
    keep entries in plain text or ask for a password on a terminal the user cannot see.
    A chainer writes to the first keyring it chains, which is the one judged. Raises what
    the backend raises when it cannot tell its priority (then it is not usable).
    """
    from keyring.backends.chainer import ChainerBackend

    priority = type(backend).priority
    if not isinstance(priority, int | float) or priority <= 0:
        return UnavailableReason.NO_BACKEND
    if type(backend).__module__.startswith("keyrings.alt"):
        return UnavailableReason.NO_BACKEND
    if isinstance(backend, ChainerBackend):
        chained: list[KeyringBackend] = list(ChainerBackend.backends)
        return _backend_problem(chained[0]) if chained else UnavailableReason.NO_BACKEND
    return None


def _unusable_backend_reason(error: BaseException, chosen: bool) -> UnavailableReason:
    """Why no keyring could be had, from the error raised while looking for one.

    `chosen`: the keyring was chosen in keyring's own settings, which then name one that
    cannot be loaded (a class that is not there, a misspelt name), unless the error is
    the session bus's.
    """
    if any(_is_bus_problem(link) for link in _chain(error)):
        return UnavailableReason.NO_SESSION_BUS
    return UnavailableReason.BAD_SETTING if chosen else UnavailableReason.NO_BACKEND


def _reason_for(error: BaseException) -> UnavailableReason:
    """The reason to give the user for `error`, raised by the keyring while it was used.

    The whole chain of the error counts (keyring wraps the errors of SecretStorage and
    Jeepney): a dismissed prompt first, then a missing bus, then keyring's own errors.
    SecretStorage and Jeepney are recognised by name, so that neither is imported (they
    are not there on Windows and macOS).
    """
    from keyring import errors

    chain = list(_chain(error))
    if any(_is_dismissed(link) for link in chain):
        return UnavailableReason.DISMISSED
    if any(_is_bus_problem(link) for link in chain):
        return UnavailableReason.NO_SESSION_BUS
    for link in chain:
        if isinstance(link, errors.KeyringLocked):
            return UnavailableReason.LOCKED
        if isinstance(link, errors.NoKeyringError):
            return UnavailableReason.NO_BACKEND
        if isinstance(link, errors.KeyringError):
            return UnavailableReason.REFUSED
    return UnavailableReason.UNKNOWN


def _chain(error: BaseException) -> Iterator[BaseException]:
    """`error`, then the error it was raised from or while handling, and so on."""
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        yield link
        link = link.__cause__ or link.__context__


def _is_dismissed(error: BaseException) -> bool:
    """Whether `error` says that the user dismissed the keyring's unlock prompt."""
    from keyring.errors import KeyringError

    if _is_a(error, "secretstorage.exceptions", "PromptDismissedException"):
        return True
    return isinstance(error, KeyringError) and "dismissed" in str(error).lower()


def _is_bus_problem(error: BaseException) -> bool:
    """Whether `error` means that the D-Bus session bus could not be reached.

    That is SecretStorage's "service not available" (raised when it cannot connect), or a
    connection-type error raised inside Jeepney: a bus address it cannot use, a socket
    that is not there or refuses.
    """
    if _is_a(error, "secretstorage.exceptions", "SecretServiceNotAvailableException"):
        return True
    connection_errors = (OSError, KeyError, RuntimeError, ValueError)
    return isinstance(error, connection_errors) and _raised_in(error, "jeepney")


def _is_a(error: BaseException, module: str, name: str) -> bool:
    """Whether `error` is an instance of the class `module.name`, without importing it."""
    return any(c.__module__ == module and c.__name__ == name for c in type(error).__mro__)


def _raised_in(error: BaseException, package: str) -> bool:
    """Whether the traceback of `error` passes through code of `package`."""
    traceback = error.__traceback__
    while traceback is not None:
        module = str(traceback.tb_frame.f_globals.get("__name__", ""))
        if module == package or module.startswith(f"{package}."):
            return True
        traceback = traceback.tb_next
    return False
