"""Saved documents with many cases, written fast, in the schema `DocumentStore.save` writes.

Building 100,000 cases through the pydantic models would measure pydantic, not the app, and
take minutes; so the cases are plain dicts, cut from a few kinds of case that a real user
leaves behind (the mix below), and written in the layout `DocumentStore.save` writes:
compact JSON, the cases last, one per line (`document_bytes(..., indented=True)` gives the
indented layout of the versions before, which loads too). `check_kinds()` validates one
case of every kind with the real model, and every benchmark that loads a document checks
that the store found it valid (`LoadStatus.OK`) and holding every case: a generator gone
stale fails loudly, it never measures the damaged-file path by mistake.

The dates are relative to `today`, and chosen so that start-up has nothing to say: no case
needs attention (nothing expired, refused or due tomorrow) and no reminder is due, so the
reminders' review changes nothing and saves nothing. The same mix is used for every size, so
that 20, 1,000, 10,000 and 100,000 cases differ only in number.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pydantic_core

# The data file's name in the data folder (app.storage.paths.DOCUMENT_FILE_NAME).
DOCUMENT_FILE_NAME = "account-assistant.json"

# The kinds of case, in the order they repeat: 12 cases, half finished, a third waiting.
_KINDS = (
    "sign_in_solved",
    "customer_confirmed",
    "customer_waiting",
    "sign_in_in_progress",
    "seller_abandoned",
    "recovery_solved",
    "customer_draft",
    "sign_in_solved",
    "customer_confirmed",
    "recovery_waiting",
    "sign_in_in_progress",
    "seller_waiting",
)

_CUSTOMER_TICKS = ["download_data"]
_SELLER_TICKS = ["orders_fulfilled"]


def _moment(day: dt.date, hour: int) -> str:
    """An aware time as pydantic writes it (UTC: `Z`)."""
    return f"{day.isoformat()}T{hour:02d}:30:00Z"


def case_dict(number: int, today: dt.date) -> dict[str, Any]:
    """Case `number` (0-based) of the mix, as a dict in the saved file's schema."""
    kind = _KINDS[number % len(_KINDS)]
    age = 10 + number % 700  # days since it was opened, for the finished ones
    opened = today - dt.timedelta(days=age)
    label = ("Caffè " if number % 7 == 0 else "Account ") + str(number + 1)
    case: dict[str, Any] = {
        "id": f"{number:032x}",
        "job": "customer_sign_in",
        "label": label,
        "store_domain": ("amazon.it", "amazon.de", "amazon.fr", "amazon.es")[number % 4],
        "state": "solved",
        "opened_on": opened.isoformat(),
        "deadline": None,
        "notes": f"Nota {number + 1}: scritto ad Amazon." if number % 8 == 0 else "",
        "history": [{"state": "in_progress", "at": _moment(opened, 9)}],
        "region": None,
        "eu_unified": False,
        "requested_on": None,
        "refusal_reasons": "",
        "checklist": [],
        "reminded": [],
    }
    history = case["history"]
    if kind == "sign_in_solved":
        history.append({"state": "solved", "at": _moment(opened + dt.timedelta(days=1), 11)})
    elif kind == "sign_in_in_progress":
        case["state"] = "in_progress"
    elif kind.startswith("customer"):
        case["job"] = "close_customer_account"
        case["checklist"] = list(_CUSTOMER_TICKS)
        history[0]["state"] = "draft"
        if kind == "customer_draft":
            case["state"] = "draft"
        else:
            sent = today - dt.timedelta(days=1) if kind == "customer_waiting" else opened
            deadline = sent + dt.timedelta(days=5)
            case.update(requested_on=sent.isoformat(), deadline=deadline.isoformat())
            history.append({"state": "waiting_confirmation", "at": _moment(sent, 10)})
            case["state"] = "waiting_confirmation"
            if kind == "customer_confirmed":
                case["state"] = "confirmed"
                history.append({"state": "confirmed", "at": _moment(sent, 18)})
    elif kind.startswith("seller"):
        case["job"] = "close_seller_account"
        case["region"] = "europe"
        case["eu_unified"] = True
        case["checklist"] = list(_SELLER_TICKS)
        history[0]["state"] = "draft"
        if kind == "seller_abandoned":
            case["state"] = "abandoned"
            history.append({"state": "abandoned", "at": _moment(opened, 12)})
        else:
            sent = today - dt.timedelta(days=2)
            case.update(
                state="waiting_confirmation",
                requested_on=sent.isoformat(),
                deadline=(sent + dt.timedelta(days=5)).isoformat(),
            )
            history.append({"state": "waiting_confirmation", "at": _moment(sent, 10)})
    else:  # Seller Central sign-in
        case["job"] = "seller_sign_in"
        if kind == "recovery_solved":
            history.append({"state": "solved", "at": _moment(opened, 15)})
        else:  # an identity document sent, Amazon's answer expected within days
            case["state"] = "waiting_for_reset"
            case["deadline"] = (today + dt.timedelta(days=6)).isoformat()
            history.append({"state": "waiting_for_reset", "at": _moment(today, 8)})
    return case


def document_dict(count: int, today: dt.date) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "preferences": {"language": "it"},
        "email_hint_labels": [],
        "cases": [case_dict(number, today) for number in range(count)],
    }


def document_bytes(count: int, today: dt.date, *, indented: bool = False) -> bytes:
    """The file `DocumentStore.save` would write for these cases."""
    # pydantic's own serialiser (Rust): the layout of model_dump_json, 20 times as fast as
    # json.dumps, which has no C encoder for an indented layout.
    document = document_dict(count, today)
    if indented:
        return pydantic_core.to_json(document, indent=2) + b"\n"
    cases = document.pop("cases")
    head = pydantic_core.to_json(document)[:-1] + b',"cases":['
    if not cases:
        return head + b"]}\n"
    lines = b",\n".join(pydantic_core.to_json(case) for case in cases)
    return head + b"\n" + lines + b"\n]}\n"


def write_document(path: Path, count: int, today: dt.date) -> int:
    """Write a document of `count` cases at `path`; its size in bytes."""
    data = document_bytes(count, today)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(data)


def check_kinds(today: dt.date) -> None:
    """Validate one case of each kind with the app's own model (raises if one is invalid)."""
    from app.core.cases import Case
    from app.core.deadlines import needs_attention, review

    cases = [Case.model_validate(case_dict(number, today)) for number in range(len(_KINDS))]
    now = dt.datetime.combine(today, dt.time(12), tzinfo=dt.UTC)
    quiet = review(cases, today, now)
    if quiet.expired or quiet.reminders or any(needs_attention(c, today) for c in cases):
        raise ValueError("the benchmark's cases would make start-up remind or expire")
