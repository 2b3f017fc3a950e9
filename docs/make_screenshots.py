"""Render every wizard page, the main window, the checker and the page help, in Italian and
English, to PNG files; then the same at 200%, with a dark palette and with a 150% font.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [OUTPUT_FOLDER] [options]

- OUTPUT_FOLDER (default `screenshots`): every screen, as `it-204-customer_confirm.png`...;
  the variants in its subfolders `scale-200/` (QT_SCALE_FACTOR=2), `dark/` (a dark palette set
  on the application before any window is built: the theme picks the shades for it) and
  `font-150/` (the application's font one and a half times as large). Each variant runs in a
  process of its own, since the scale factor and the palette must be set before Qt starts.
- `--guide-dir DIR` (default `docs/images/guide`): where the user guide's images go, a fixed
  small set named `<screen>-<language>.png` (see GUIDE_IMAGES), which docs/guide.*.md show.
  `--guide-dir ""` writes none.
- `--quick`: the variants render only a few screens (VARIANT_SAMPLE), not all of them.

Used to look at what users see (and for the guide's and the README's images); it touches no
real user data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script from anywhere: the app's package is beside docs/
    sys.path.insert(0, str(REPO))

from PySide6.QtGui import QColor, QFont, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.core.answers import Answers, SellerOutcome  # noqa: E402
from app.core.case_states import CaseState  # noqa: E402
from app.core.cases import open_case  # noqa: E402
from app.core.jobs import Job  # noqa: E402
from app.core.languages import Language  # noqa: E402
from app.core.pages import PageId  # noqa: E402
from app.core.regions import SellerRegion  # noqa: E402
from app.core.seller_recovery import CHECKS  # noqa: E402
from app.ui.shell.app_controller import AppController  # noqa: E402
from app.ui.shell.language import LanguageSwitcher  # noqa: E402
from app.ui.wizard.assistant_wizard import AssistantWizard  # noqa: E402

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
GUIDE_DIR = REPO / "docs" / "images" / "guide"

# The variants: the subfolder, the environment of its process, its own option.
VARIANTS: dict[str, tuple[dict[str, str], list[str]]] = {
    "scale-200": ({"QT_SCALE_FACTOR": "2"}, []),
    "dark": ({}, ["--palette", "dark"]),
    "font-150": ({}, ["--font-scale", "1.5"]),
}

# The guide's images: its name -> the screen's file name, without the language.
GUIDE_IMAGES = {
    "start": "1-start",
    "checklist": "201-customer_checklist",
    "confirm": "305-seller_confirm",
    "support": "408-recovery_support",
    "main-window": "main-window",
    "checker": "checker-lookalike",
    "help": "help-204-customer_confirm",
}

# The screens a --quick variant renders (pages, and the other screens by name).
VARIANT_SAMPLE = (
    PageId.START,
    PageId.CUSTOMER_CHECKLIST,
    PageId.CUSTOMER_CONFIRM,
    PageId.SELLER_ACCOUNT,
    PageId.RECOVERY_SUPPORT,
)
HELP_PAGES = (PageId.START, PageId.CUSTOMER_CONFIRM, PageId.RECOVERY_NO_CODE)

CHECKER_EXAMPLES = {
    "genuine": "https://www.amazon.it/gp/css/order-history",
    "lookalike": "https://www.amazon.it.conferma-account.com/accedi",
    "unsure": "https://www.amazon.it\\@evil.example/",
    "sender-trick": "Amazon.it <amazon.it@pagamenti-sicuri.example>",
}


def dark_palette() -> QPalette:
    """A dark desktop's palette: dark window and fields, light text."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2b2b",
        role.WindowText: "#e8e8e8",
        role.Base: "#1f1f1f",
        role.AlternateBase: "#303030",
        role.Text: "#e8e8e8",
        role.PlaceholderText: "#a0a0a0",
        role.Button: "#3a3a3a",
        role.ButtonText: "#e8e8e8",
        role.BrightText: "#ffffff",
        role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff",
        role.ToolTipBase: "#3a3a3a",
        role.ToolTipText: "#e8e8e8",
        role.Link: "#8ab4f8",
        role.LinkVisited: "#c58af9",
        role.Light: "#505050",
        role.Midlight: "#444444",
        role.Mid: "#333333",
        role.Dark: "#1a1a1a",
        role.Shadow: "#000000",
    }
    for which, name in colours.items():
        palette.setColor(which, QColor(name))
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, which, QColor("#7a7a7a"))
    return palette


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


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))


def dispose(widget: QWidget, app: QApplication) -> None:
    widget.close()
    widget.deleteLater()
    app.processEvents()


def open_wizard(switcher: LanguageSwitcher, page: PageId, app: QApplication) -> AssistantWizard:
    wizard = AssistantWizard(switcher, answers_for(page), lambda: NOW, start=page)
    wizard.show()
    app.processEvents()
    return wizard


def render_pages(
    out: Path, switcher: LanguageSwitcher, app: QApplication, pages: Sequence[PageId]
) -> None:
    for page in pages:
        wizard = open_wizard(switcher, page, app)
        save(wizard, out / f"{switcher.current.value}-{page.value}-{page.name.lower()}.png")
        dispose(wizard, app)


def render_help(
    out: Path, switcher: LanguageSwitcher, app: QApplication, pages: Sequence[PageId]
) -> None:
    """The dialog F1 opens, over its page."""
    for page in pages:
        wizard = open_wizard(switcher, page, app)
        wizard.show_page_help()
        app.processEvents()
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "F1 opened no help"
        save(dialog, out / f"{switcher.current.value}-help-{page.value}-{page.name.lower()}.png")
        dispose(dialog, app)
        dispose(wizard, app)


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
        save(window, out / f"{switcher.current.value}-main-window.png")
        window.close()


def render_checker(
    out: Path, switcher: LanguageSwitcher, app: QApplication, examples: Sequence[str]
) -> None:
    from app.core.stores import ITALY
    from app.ui.checker.checker_dialog import CheckerDialog

    for name in examples:
        dialog = CheckerDialog(ITALY, text=CHECKER_EXAMPLES[name])
        dialog.show()
        app.processEvents()
        save(dialog, out / f"{switcher.current.value}-checker-{name}.png")
        dispose(dialog, app)


def render_all(out: Path, app: QApplication, *, sample: bool) -> None:
    """Every screen (or only VARIANT_SAMPLE's) in both languages, into `out`."""
    pages = VARIANT_SAMPLE if sample else tuple(PageId)
    helps = HELP_PAGES[:2] if sample else HELP_PAGES
    examples = ("lookalike",) if sample else tuple(CHECKER_EXAMPLES)
    switcher = LanguageSwitcher(app)
    steps: list[Callable[[], None]] = [
        lambda: render_pages(out, switcher, app, pages),
        lambda: render_help(out, switcher, app, helps),
        lambda: render_main_window(out, switcher, app),
        lambda: render_checker(out, switcher, app, examples),
    ]
    for language in (Language.ITALIAN, Language.ENGLISH):
        switcher.apply(language)
        app.processEvents()
        for step in steps:
            step()


def copy_guide_images(out: Path, guide: Path) -> None:
    """The guide's fixed set of images, from the screens just rendered."""
    guide.mkdir(parents=True, exist_ok=True)
    for name, screen in GUIDE_IMAGES.items():
        for language in Language:
            shutil.copyfile(
                out / f"{language.value}-{screen}.png", guide / f"{name}-{language.value}.png"
            )


def run_variants(out: Path, *, quick: bool) -> None:
    """Each variant in a process of its own: the scale and the palette come before Qt."""
    for name, (environment, options) in VARIANTS.items():
        command = [sys.executable, str(Path(__file__).resolve()), str(out / name), "--variant"]
        command += [*options, *(["--quick"] if quick else [])]
        subprocess.run(command, env=os.environ | environment, check=True, timeout=600)


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--guide-dir", default=str(GUIDE_DIR))
    parser.add_argument("--quick", action="store_true", help="the variants: a few screens only")
    parser.add_argument("--variant", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--palette", choices=["dark"], help=argparse.SUPPRESS)
    parser.add_argument("--font-scale", type=float, default=1.0, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    if args.palette == "dark":
        app.setPalette(dark_palette())  # before any window is built
    if args.font_scale != 1.0:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
    render_all(out, app, sample=args.variant and args.quick)
    if args.variant:
        return
    if args.guide_dir:
        copy_guide_images(out, Path(args.guide_dir))
    run_variants(out, quick=args.quick)


if __name__ == "__main__":
    main()
