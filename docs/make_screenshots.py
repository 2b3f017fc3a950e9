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

from app.core.answers import Answers, SellerOutcome
from app.core.case_states import CaseState
from app.core.cases import open_case
from app.core.jobs import Job
from app.core.languages import Language
from app.core.pages import PageId
from app.core.regions import SellerRegion
from app.core.seller_recovery import CHECKS
from app.ui.shell.app_controller import AppController
from app.ui.shell.language import LanguageSwitcher
from app.ui.wizard.assistant_wizard import AssistantWizard

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)


def answers_for(page: PageId) -> Answers:
    seller = page.name.startswith("SELLER")
    answers = Answers(
        job=Job.CLOSE_SELLER_ACCOUNT if seller else Job.CLOSE_CUSTOMER_ACCOUNT,
        store_domain="amazon.it",
        account_label="Personale",
        region=SellerRegion.EUROPE if seller else None,
        eu_unified=seller,
        request_sent=page in {PageId.CUSTOMER_CONFIRM, PageId.SELLER_CONFIRM},
        requested_on=NOW.date(),
        seller_outcome=SellerOutcome.REFUSED if page is PageId.SELLER_REFUSED else None,
    )
    if page.name.startswith("SIGN_IN"):
        answers.job = Job.CUSTOMER_SIGN_IN
    if page.name.startswith("RECOVERY"):
        answers.job = Job.SELLER_SIGN_IN
        answers.checks = {check.value: False for check in CHECKS}
    return answers


def render_pages(out: Path, switcher: LanguageSwitcher, app: QApplication) -> None:
    for page in PageId:
        wizard = AssistantWizard(switcher, answers_for(page), lambda: NOW, start=page)
        wizard.show()
        app.processEvents()
        name = f"{switcher.current.value}-{page.value}-{page.name.lower()}.png"
        wizard.grab().save(str(out / name))
        wizard.close()
        wizard.deleteLater()
        app.processEvents()


def render_main_window(out: Path, switcher: LanguageSwitcher, app: QApplication) -> None:
    with tempfile.TemporaryDirectory() as folder:
        controller = AppController(switcher, Path(folder), clock=lambda: NOW)
        controller.load_document()
        waiting = open_case(
            Job.CLOSE_SELLER_ACCOUNT,
            "Negozio",
            "amazon.it",
            "",
            NOW,
            state=CaseState.WAITING_CONFIRMATION,
        ).model_copy(
            update={"requested_on": NOW.date(), "deadline": NOW.date() + dt.timedelta(days=3)}
        )
        expired = open_case(
            Job.CLOSE_CUSTOMER_ACCOUNT,
            "Vecchio account",
            "amazon.de",
            "",
            NOW,
            state=CaseState.EXPIRED,
        )
        refused = open_case(
            Job.CLOSE_SELLER_ACCOUNT, "Bottega", "amazon.it", "", NOW, state=CaseState.REFUSED
        ).model_copy(update={"refusal_reasons": "Saldo non a zero"})
        sign_in = open_case(Job.CUSTOMER_SIGN_IN, "Mamma", "amazon.it", "Errore 503", NOW)
        controller.session.replace_cases([waiting, expired, refused, sign_in])
        window = controller.open_main_window()
        window.table.selectRow(0)
        app.processEvents()
        window.grab().save(str(out / f"{switcher.current.value}-main-window.png"))
        window.close()


CHECKER_EXAMPLES = {
    "genuine": "https://www.amazon.it/gp/css/order-history",
    "lookalike": "https://www.amazon.it.conferma-account.com/accedi",
    "unsure": "https://www.amazon.it\\@evil.example/",
    "sender-trick": "Amazon.it <amazon.it@pagamenti-sicuri.example>",
}


def render_checker(out: Path, switcher: LanguageSwitcher, app: QApplication) -> None:
    from app.core.stores import ITALY
    from app.ui.checker.checker_dialog import CheckerDialog

    for name, text in CHECKER_EXAMPLES.items():
        dialog = CheckerDialog(ITALY, text=text)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / f"{switcher.current.value}-checker-{name}.png"))
        dialog.close()
        dialog.deleteLater()
        app.processEvents()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    switcher = LanguageSwitcher(app)
    for language in (Language.ITALIAN, Language.ENGLISH):
        switcher.apply(language)
        app.processEvents()
        render_pages(out, switcher, app)
        render_main_window(out, switcher, app)
        render_checker(out, switcher, app)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
