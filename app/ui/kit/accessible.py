"""What a screen reader says of the widgets whose own text is not enough on its own."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton

from app.ui.kit.focus import without_mnemonic


def tie_to_question(question: str, buttons: Iterable[QAbstractButton]) -> None:
    """Each answer is read with its question: "Does signing in work now? Yes, it works now".

    For radio buttons under a question written as a label above them (not a titled group
    box, which a screen reader would read by itself). Call it again when the texts change.
    """
    asked = " ".join(question.split())
    for button in buttons:
        button.setAccessibleName(f"{asked} {without_mnemonic(button.text())}".strip())
