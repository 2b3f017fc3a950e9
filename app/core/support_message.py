"""The message to Seller Support when nothing else worked, in Italian or English.

It lists what was already tried, and leaves `[...]` placeholders for what only the seller
knows; the app refuses to copy it while any placeholder is left.
"""

from __future__ import annotations

import re

from app.core.languages import Language
from app.core.pages import PageId

PLACEHOLDER = re.compile(r"\[[^\[\]\n]*\]")

_CHECK_NAMES: dict[Language, dict[PageId, str]] = {
    Language.ITALIAN: {
        PageId.RECOVERY_CREDENTIALS: "ho controllato e-mail e password",
        PageId.RECOVERY_PASTED_PASSWORD: "ho scritto la password a mano invece di incollarla",
        PageId.RECOVERY_TWO_STEP_CODE: "ho usato solo l'ultimo codice di verifica ricevuto",
        PageId.RECOVERY_NO_CODE: (
            "ho chiesto di reimpostare la verifica in due passaggi con un documento d'identità"
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
            "I asked to reset two-step verification with an identity document"
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
        "Nome del negozio: [nome del negozio]\n"
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
        "Store name: [your store name]\n"
        "Account e-mail: [the account's e-mail address]\n"
        "Amazon store: {store}\n"
        "Error message I see: [paste the error message here]\n\n"
        "This is what I have already tried:\n{tried}\n\n"
        "I have not opened a new seller account. Can you help me recover access?\n\n"
        "Thank you,\n[your name]\n"
    ),
}

_NOTHING_TRIED = {
    Language.ITALIAN: "- [scrivi che cosa hai provato]",
    Language.ENGLISH: "- [write what you tried]",
}


def compose(language: Language, tried: list[PageId], store_domain: str) -> str:
    """The message, with what was tried listed and placeholders for the rest."""
    names = _CHECK_NAMES[language]
    lines = [f"- {names[page]}" for page in tried if page in names]
    return _TEMPLATES[language].format(
        store=store_domain, tried="\n".join(lines) or _NOTHING_TRIED[language]
    )


def unfilled_placeholders(text: str) -> list[str]:
    """The `[...]` placeholders still in `text`, in order."""
    return PLACEHOLDER.findall(text)
