"""Which names for an account can be kept: what a user pastes by mistake, or what tricks."""

from __future__ import annotations

import pytest

from app.core.labels import LabelProblem, label_problem
from app.core.limits import MAX_LABEL_LENGTH


@pytest.mark.parametrize(
    "text",
    [
        "",  # whether a name is required is the page's decision
        "Personale",
        "Account di mamma",
        "  Negozio  ",  # spaces around are trimmed when the case is made
        "Café Élodie",
        "Магазин",
        "متجري",
        "\u200fמשפחה\u200f",  # right-to-left marks are ordinary in Hebrew and Arabic names
        "Papà 👨‍👩‍👧",  # an emoji family holds zero-width joiners
        "x" * MAX_LABEL_LENGTH,
    ],
)
def test_ordinary_names_in_any_language_are_kept(text: str) -> None:
    assert label_problem(text) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (" ", LabelProblem.ONLY_SPACES),
        ("\u3000\u00a0", LabelProblem.ONLY_SPACES),
        ("Mamma\nNegozio", LabelProblem.CONTROL_CHARACTERS),
        ("Mamma\tNegozio", LabelProblem.CONTROL_CHARACTERS),
        ("Negozio\x00", LabelProblem.CONTROL_CHARACTERS),
        ("Bell\x07", LabelProblem.CONTROL_CHARACTERS),
        ("del\x7f", LabelProblem.CONTROL_CHARACTERS),
        ("\x85next line", LabelProblem.CONTROL_CHARACTERS),
        ("Shop \u202egnp.exe", LabelProblem.DIRECTION_CONTROLS),
        ("\u2066isolated\u2069", LabelProblem.DIRECTION_CONTROLS),
        ("x" * (MAX_LABEL_LENGTH + 1), LabelProblem.TOO_LONG),
    ],
)
def test_names_that_would_read_differently_elsewhere_are_refused(
    text: str, problem: LabelProblem
) -> None:
    assert label_problem(text) is problem
