"""What the user is told when a date they entered cannot be right."""

from __future__ import annotations

from app.core.deadlines import DateProblem
from app.ui.kit.translatable import QT_TRANSLATE_NOOP, SentenceTable

DATE_PROBLEMS = SentenceTable(
    "DateProblems",
    {
        DateProblem.REQUEST_IN_FUTURE: QT_TRANSLATE_NOOP(
            "DateProblems", "The day you sent the request cannot be in the future."
        ),
        DateProblem.REQUEST_TOO_OLD: QT_TRANSLATE_NOOP(
            "DateProblems",
            "The request was sent more than a year ago: it is surely void by now. Start a new "
            "request instead.",
        ),
        DateProblem.DEADLINE_BEFORE_REQUEST: QT_TRANSLATE_NOOP(
            "DateProblems", "The deadline cannot be before the day you sent the request."
        ),
        DateProblem.DEADLINE_TOO_FAR: QT_TRANSLATE_NOOP(
            "DateProblems",
            "The deadline is more than 60 days after the request: please check the date in "
            "Amazon's message.",
        ),
    },
)


def date_problem_message(problem: DateProblem) -> str:
    return DATE_PROBLEMS[problem]
