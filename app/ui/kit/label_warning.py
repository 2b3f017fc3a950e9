"""The message under a field where the user names an account, when the name cannot be kept."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from app.core.labels import LabelProblem, label_problem
from app.core.limits import MAX_LABEL_LENGTH
from app.ui.kit.theme import Tone, keep_tone
from app.ui.kit.translatable import QT_TRANSLATE_NOOP, SentenceTable

LABEL_PROBLEMS = SentenceTable(
    "Labels",
    {
        LabelProblem.ONLY_SPACES: QT_TRANSLATE_NOOP(
            "Labels", "The name is only spaces: type at least one letter or number."
        ),
        LabelProblem.CONTROL_CHARACTERS: QT_TRANSLATE_NOOP(
            "Labels",
            "The name contains a line break, a tab or another invisible character, probably "
            "pasted with it. Type the name again on one line.",
        ),
        LabelProblem.DIRECTION_CONTROLS: QT_TRANSLATE_NOOP(
            "Labels",
            "The name contains invisible characters that change the direction of the text, "
            "which can make it look like something else. Type the name again.",
        ),
        LabelProblem.TOO_LONG: QT_TRANSLATE_NOOP(
            "Labels", "The name is too long: keep it within {count} characters."
        ),
    },
)


def label_problem_message(problem: LabelProblem) -> str:
    return LABEL_PROBLEMS[problem].format(count=QLocale().toString(MAX_LABEL_LENGTH))


class LabelWarning(QLabel):
    """A warning that follows `edit`: hidden while the name typed there can be kept."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__()
        self.setObjectName("labelProblem")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        keep_tone(self, Tone.DANGER, bold=True)  # warning_style, after a change of scheme too
        self.edit = edit
        self._said: LabelProblem | None = None  # the problem last told to a screen reader
        self.hide()
        edit.textChanged.connect(self.follow)

    @property
    def problem(self) -> LabelProblem | None:
        return label_problem(self.edit.text())

    def follow(self) -> None:
        problem = self.problem
        self.setText("" if problem is None else label_problem_message(problem))
        self.setVisible(problem is not None)
        if problem is not None and problem is not self._said:
            from app.ui.kit.announce import announce  # once per problem, not on every key

            announce(self, self.text())
        self._said = problem

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.follow()
        super().changeEvent(event)
