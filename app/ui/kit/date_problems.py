"""What the user is told when a date they entered cannot be right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.deadlines import DateProblem


def date_problem_message(problem: DateProblem) -> str:
    texts = {
        DateProblem.REQUEST_IN_FUTURE: QCoreApplication.translate(
            "DateProblems", "The day you sent the request cannot be in the future."
        ),
        DateProblem.REQUEST_TOO_OLD: QCoreApplication.translate(
            "DateProblems",
            "The request was sent more than a year ago: it is surely void by now. Start a new "
            "request instead.",
        ),
        DateProblem.DEADLINE_BEFORE_REQUEST: QCoreApplication.translate(
            "DateProblems", "The deadline cannot be before the day you sent the request."
        ),
        DateProblem.DEADLINE_TOO_FAR: QCoreApplication.translate(
            "DateProblems",
            "The deadline is more than 60 days after the request: please check the date in "
            "Amazon's message.",
        ),
    }
    return texts[problem]
