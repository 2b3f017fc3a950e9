"""A note that writes a password down is spotted, in Italian and in English."""

from __future__ import annotations

import pytest

from app.core.notes_check import looks_like_a_password


@pytest.mark.parametrize(
    "notes",
    [
        "la mia password è Gatto123",
        "La mia Password è: Gatto123",
        "password e' gatto123",
        "Password: Gatto123",
        "password:Gatto123",
        "pwd=Gatto123",
        "PWD = Gatto123",
        "pw: gatto",
        "nuova password: Gatto123!",
        "password nuova: Gatto123!",
        "la parola d'ordine è gatto",
        "parola chiave: gatto",
        "PIN: 1234",
        "my password is hunter2",
        "My password was: hunter2",
        "old password -> hunter2",
        "Chiamato il servizio clienti.\nPassword: Gatto123\nRichiamare lunedì",
        "passcode = 998877",
    ],
)
def test_a_password_written_down_is_spotted(notes: str) -> None:
    assert looks_like_a_password(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "",
        "Dice: account bloccato",
        "ho reimpostato la password",
        "la password è sbagliata",
        "la password è stata cambiata ieri",
        "Amazon dice che la password è errata",
        "the password is wrong",
        "my password is not accepted",
        "I reset my password twice",
        "passaggio 3 fatto",
        "passport: no",
        "compass: north",
        "Never write a password here.",
        "Errore 503 alle 10:30",
    ],
)
def test_a_note_about_a_password_is_not_taken_for_one(notes: str) -> None:
    assert not looks_like_a_password(notes)
