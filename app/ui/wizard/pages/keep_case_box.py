""" "Add this to my list of cases": the tick at the end of a sign-in flow that keeps a case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.answers import Answers
from app.ui.kit.check_box import WrappingCheckBox


class KeepCaseBox(WrappingCheckBox):
    """Ticked by default; `answers.keep_case` follows it."""

    def __init__(self, answers: Answers) -> None:
        super().__init__()
        self.setObjectName("keepCase")
        self._answers = answers
        self.setChecked(answers.keep_case)
        self.toggled.connect(self._on_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(
            QCoreApplication.translate(
                "KeepCaseBox", "Add this to my &list of cases, with my notes, so I can follow it up"
            )
        )

    def _on_toggled(self, checked: bool) -> None:
        self._answers.keep_case = checked
