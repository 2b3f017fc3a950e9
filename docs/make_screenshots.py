"""Render every wizard page, the main window, the checker and the page help, in Italian and
English, to PNG files; then the same at 200%, with a dark palette and with a 150% font.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [OUTPUT_FOLDER] [options]

- OUTPUT_FOLDER (default `screenshots`): every screen, as `it-204-customer_confirm.png`...;
  the variants in its subfolders `scale-200/` (QT_SCALE_FACTOR=2), `dark/` (a dark palette set
  on the application before any window is built: the theme picks the shades for it) and
  `font-150/` (the application's font one and a half times as large). Each variant runs in a
  process of its own, since the scale factor and the palette must be set before Qt starts.
  With Qt's offscreen platform the screen is a 1920x1080 one (SCREEN), as a real desktop's:
  windows size themselves to the screen's free area, so at 200% they get 960x540.
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
import json
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
SCREEN = (1920, 1080)  # the offscreen platform's screen, in device pixels
PLATFORM = os.environ.get("QT_QPA_PLATFORM")  # as given: each variant sets its screen anew
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
    """The palette Qt gives a dark desktop with its Fusion style (GNOME, Windows 10...).

    Every role derived as Qt derives it (QPlatformTheme's dark Fusion palette, Qt 6): the
    window, its lighter and darker shades (Light, Midlight, Mid, Dark, Shadow, which styles draw
    frames and boxes with), fields, buttons, placeholder, selection and the disabled texts.
    """
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    window_text = QColor(240, 240, 240)
    window = QColor(50, 50, 50)
    dark = window.darker(150)
    mid = window.darker(130)
    shadow = dark.darker(135)
    highlight = QColor(48, 140, 198)
    disabled_text = QColor(130, 130, 130)
    placeholder = QColor(window_text)
    placeholder.setAlpha(128)
    palette = QPalette(
        window_text, window, window.lighter(150), dark, mid, window_text, window.darker(140)
    )
    palette.setColor(role.Midlight, mid.lighter(110))
    palette.setColor(role.Button, window)
    palette.setColor(role.ButtonText, window_text)
    palette.setColor(role.Shadow, shadow)
    palette.setColor(role.HighlightedText, window_text)
    palette.setColor(role.AlternateBase, window.darker(110))
    palette.setColor(role.ToolTipBase, window)
    palette.setColor(role.ToolTipText, window_text)
    palette.setColor(role.PlaceholderText, placeholder)
    palette.setColor(role.Link, QColor(0x8A, 0xB4, 0xF8))  # Qt's blue is unreadable on dark
    palette.setColor(role.LinkVisited, QColor(0xC5, 0x8A, 0xF9))
    for which in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, which, disabled_text)
    palette.setColor(group.Disabled, role.Base, window)
    palette.setColor(group.Disabled, role.Shadow, shadow.lighter(150))
    for active in (group.Active, group.Inactive):
        palette.setColor(active, role.Highlight, highlight)
        palette.setColor(active, role.Accent, highlight)
    palette.setColor(group.Disabled, role.Highlight, QColor(145, 145, 145))
    palette.setColor(group.Disabled, role.Accent, QColor(145, 145, 145))
    return palette


def use_screen(folder: Path) -> None:
    """On the offscreen platform, a screen of SCREEN's size (Qt's own is 800x800)."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = offscreen_screen(folder, SCREEN)


def offscreen_screen(folder: Path, size: tuple[int, int]) -> str:
    """The QT_QPA_PLATFORM for an offscreen screen of `size` device pixels (a file in
    `folder` describes it; Qt reads it when the application starts)."""
    width, height = size
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config = folder / f"offscreen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [screen]}), "utf-8")
    return f"offscreen:configfile={config}"


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
        controller, window = open_main_window(switcher, Path(folder))
        app.processEvents()
        save(window, out / f"{switcher.current.value}-main-window.png")
        window.close()
        del controller


def open_main_window(switcher: LanguageSwitcher, folder: Path) -> tuple[AppController, QWidget]:
    """The main window with four cases (a closure waiting for its confirmation selected), and
    the controller that keeps it (keep it as long as the window)."""
    controller = AppController(switcher, folder, clock=lambda: NOW)
    controller.load_document()
    waiting = open_case(
        Job.CLOSE_SELLER_ACCOUNT,
        "Negozio",
        "amazon.it",
        "",
        NOW,
        state=CaseState.WAITING_CONFIRMATION,
    ).model_copy(update={"requested_on": NOW.date(), "deadline": NOW.date() + dt.timedelta(days=3)})
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
    return controller, window


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
        platform = {"QT_QPA_PLATFORM": PLATFORM} if PLATFORM else {}
        subprocess.run(command, env=os.environ | environment | platform, check=True, timeout=600)


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
    with tempfile.TemporaryDirectory() as folder:
        use_screen(Path(folder))
        app = QApplication([])  # reads the screen's file here
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
