"""The yardstick of the benchmarks: a bare PySide6 `QWizard` of three pages (a title, a
subtitle and a wrapping paragraph each), nothing of the app.

`startup.py` runs it in a process of its own (this source is part of its `BASELINE_SCRIPT`,
so the baseline imports nothing more than PySide6); `inprocess.py` presses its Next, for scale.
"""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage


def bare_wizard() -> QWizard:
    wizard = QWizard()
    wizard.setWindowTitle("Assistente")
    wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    wizard.setMinimumSize(640, 520)
    wizard.resize(780, 620)
    for number in range(1, 4):
        page = QWizardPage()
        page.setTitle(f"Passo {number} di 3")
        page.setSubTitle("Dimmi di che cosa hai bisogno e ti guido un passo alla volta.")
        text = QLabel(
            "Non ti chiedo mai la password e non vado mai online da solo: quando ti serve una "
            "pagina di Amazon, apro quella ufficiale nel tuo browser."
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addStretch(1)
        wizard.addPage(page)
    return wizard
