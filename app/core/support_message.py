"""The message to Seller Support when nothing else worked, in Italian or English.

It lists only what the user really tried: a check answered "this did not solve it" (the
identity-document reset only when the document was sent, with its day). The store name is the
account's name when the user gave one; `[...]` placeholders stand for what only the seller
knows, and the app refuses to copy the message while any placeholder is left.
"""

from __future__ import annotations

import datetime as dt
import re

from app.core.answers import Answers
from app.core.languages import Language
from app.core.pages import PageId
from app.core.seller_recovery import checks_tried

PLACEHOLDER = re.compile(r"\[[^\[\]\n]*\]")

_CHECK_NAMES: dict[Language, dict[PageId, str]] = {
    Language.ITALIAN: {
        PageId.RECOVERY_CREDENTIALS: "ho controllato e-mail e password",
        PageId.RECOVERY_PASTED_PASSWORD: "ho scritto la password a mano invece di incollarla",
        PageId.RECOVERY_TWO_STEP_CODE: "ho usato solo l'ultimo codice di verifica ricevuto",
        PageId.RECOVERY_NO_CODE: (
            "ho inviato il {date} un documento d'identità per reimpostare la verifica in due "
            "passaggi"
        ),
        PageId.RECOVERY_COOKIES: "ho cancellato cookie e cache e provato un altro browser",
        PageId.RECOVERY_EMAIL_KNOWN: "ho verificato che l'indirizzo e-mail sia registrato",
        PageId.RECOVERY_RESET_PASSWORD: "ho reimpostato la password",
        PageId.RECOVERY_SIGN_IN_AGAIN: "ho riprovato ad accedere con le nuove credenziali",
    },
    Language.ENGLISH: {
        PageId.RECOVERY_CREDENTIALS: "I checked my e-mail address and password",
        PageId.RECOVERY_PASTED_PASSWORD: "I typed the password instead of pasting it",
        PageId.RECOVERY_TWO_STEP_CODE: "I used only the latest verification code I received",
        PageId.RECOVERY_NO_CODE: (
            "I sent an identity document on {date} to reset two-step verification"
        ),
        PageId.RECOVERY_COOKIES: "I cleared cookies and cache and tried another browser",
        PageId.RECOVERY_EMAIL_KNOWN: "I checked that my e-mail address is registered",
        PageId.RECOVERY_RESET_PASSWORD: "I reset my password",
        PageId.RECOVERY_SIGN_IN_AGAIN: "I tried to sign in again with the new credentials",
    },
}

_TEMPLATES: dict[Language, str] = {
    Language.ITALIAN: (
        "Buongiorno,\n\n"
        "non riesco ad accedere al mio account venditore su Seller Central.\n"
        "Nome del negozio: {store_name}\n"
        "E-mail dell'account: [indirizzo e-mail dell'account]\n"
        "Negozio Amazon: {store}\n"
        "Messaggio di errore che vedo: [copia qui il messaggio di errore]\n\n"
        "Ecco che cosa ho già provato:\n{tried}\n\n"
        "Non ho aperto un nuovo account venditore. Potete aiutarmi a recuperare l'accesso?\n\n"
        "Grazie,\n[il tuo nome]\n"
    ),
    Language.ENGLISH: (
        "Hello,\n\n"
        "I cannot sign in to my seller account on Seller Central.\n"
        "Store name: {store_name}\n"
        "Account e-mail: [the account's e-mail address]\n"
        "Amazon store: {store}\n"
        "Error message I see: [paste the error message here]\n\n"
        "This is what I have already tried:\n{tried}\n\n"
        "I have not opened a new seller account. Can you help me recover access?\n\n"
        "Thank you,\n[your name]\n"
    ),
}

_NO_STORE_NAME = {
    Language.ITALIAN: "[nome del negozio]",
    Language.ENGLISH: "[your store name]",
}

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_NOTHING_TRIED = {
    Language.ITALIAN: "- [scrivi che cosa hai provato]",
    Language.ENGLISH: "- [write what you tried]",
}


def steps_tried(answers: Answers) -> list[PageId]:
    """The checks the user really tried, in order: each answered "this did not solve it".

    The identity-document reset counts only when the document was sent: answering "no" on
    that page without sending it is not having tried it.
    """
    sent = answers.id_document_sent_on is not None
    return [page for page in checks_tried(answers) if page is not PageId.RECOVERY_NO_CODE or sent]


def _date(language: Language, day: dt.date) -> str:
    if language is Language.ITALIAN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def compose(language: Language, answers: Answers, store_domain: str) -> str:
    """The message: what was tried, the store's name if known, placeholders for the rest."""
    names = _CHECK_NAMES[language]
    sent = answers.id_document_sent_on
    lines = [
        "- " + names[page].format(date=_date(language, sent) if sent is not None else "")
        for page in steps_tried(answers)
    ]
    store_name = answers.account_label.strip() or _NO_STORE_NAME[language]
    return _TEMPLATES[language].format(
        store=store_domain,
        store_name=store_name,
        tried="\n".join(lines) or _NOTHING_TRIED[language],
    )


def unfilled_placeholders(text: str) -> list[str]:
    """The `[...]` placeholders still in `text`, in order."""
    return PLACEHOLDER.findall(text)
