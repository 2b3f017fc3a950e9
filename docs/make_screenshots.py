"""Render every wizard page and the main window, in Italian and English, to PNG files.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py OUTPUT_FOLDER

Used to look at what users see (and for the README image); it touches no real user data.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.core.answers import Answers
from app.core.cases import open_case
from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.ui.app_controller import AppController
from app.ui.language import LanguageSwitcher
from app.ui.wizard import AssistantWizard

PATH = {
    PageId.START: [],
    PageId.SIGN_IN_OUTAGE: [PageId.START],
    PageId.SIGN_IN_HELP: [PageId.START, PageId.SIGN_IN_OUTAGE],
    PageId.SIGN_IN_PREPARE: [PageId.START, PageId.SIGN_IN_OUTAGE, PageId.SIGN_IN_HELP],
    PageId.SIGN_IN_CONTACT: [
        PageId.START,
        PageId.SIGN_IN_OUTAGE,
        PageId.SIGN_IN_HELP,
        PageId.SIGN_IN_PREPARE,
    ],
    PageId.SIGN_IN_SOLVED: [PageId.START, PageId.SIGN_IN_OUTAGE],
}


def wizard_on(page: PageId, switcher: LanguageSwitcher, app: QApplication) -> AssistantWizard:
    answers = Answers(store_domain="amazon.it", job=Job.CUSTOMER_SIGN_IN)
    answers.works_after_waiting = page is PageId.SIGN_IN_SOLVED
    answers.solved_by_help_page = False
    wizard = AssistantWizard(switcher, answers)
    wizard.show()
    for _ in PATH[page]:
        wizard.next()
        app.processEvents()
    return wizard


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    switcher = LanguageSwitcher(app)
    for language in (Language.ITALIAN, Language.ENGLISH):
        switcher.apply(language)
        app.processEvents()
        for page in PATH:
            wizard = wizard_on(page, switcher, app)
            if page is PageId.SIGN_IN_PREPARE:
                prepare = wizard.currentPage()
                prepare.findChild(object, "accountLabel").setText("Personale")  # type: ignore[union-attr]
            app.processEvents()
            wizard.grab().save(str(out / f"{language.value}-{page.value}-{page.name.lower()}.png"))
            wizard.close()
            wizard.deleteLater()
        with tempfile.TemporaryDirectory() as folder:
            controller = AppController(switcher, Path(folder))
            controller.load_document()
            now = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)
            assert controller.document is not None
            controller.document.cases = [
                open_case(Job.CUSTOMER_SIGN_IN, "Personale", "amazon.it", "Errore 503", now),
                open_case(Job.CUSTOMER_SIGN_IN, "", "amazon.de", "", now - dt.timedelta(days=9)),
            ]
            window = controller.open_main_window()
            window.set_cases(list(controller.document.cases))
            window.table.selectRow(0)
            app.processEvents()
            window.grab().save(str(out / f"{language.value}-main-window.png"))
            window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
