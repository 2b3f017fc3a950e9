"""Content of the "my customer account is blocked / I can't sign in" flow.

Written from the facts in docs/sources.md: first rule out a temporary outage, then Amazon's
sign-in help, then prepare and contact customer service.
"""

from __future__ import annotations

from app.core.answers import Answers
from app.ui.kit.translatable import QT_TRANSLATE_NOOP
from app.ui.wizard.content.guidance import GuidanceContent, OfficialLink, YesNoQuestion

CONTEXT = "CustomerSignIn"


def _set_works(answers: Answers, value: bool | None) -> None:
    answers.works_after_waiting = value


def _set_solved(answers: Answers, value: bool | None) -> None:
    answers.solved_by_help_page = value


OUTAGE = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("CustomerSignIn", "First, rule out a temporary problem"),
    subtitle=QT_TRANSLATE_NOOP(
        "CustomerSignIn",
        "Sometimes Amazon's sign-in does not work for a while, for everybody.",
    ),
    paragraphs=(
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "If the sign-in page shows an error for no clear reason, or does not load at all, "
            "the problem may be on Amazon's side and not with your account.",
        ),
    ),
    steps_in_order=True,
    steps=(
        QT_TRANSLATE_NOOP("CustomerSignIn", "Wait a while."),
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "Open {store} yourself, with the button below or by typing the address: "
            "do not use a link from an e-mail or a text message.",
        ),
        QT_TRANSLATE_NOOP("CustomerSignIn", "Try to sign in again."),
    ),
    links=(OfficialLink(QT_TRANSLATE_NOOP("CustomerSignIn", "&Open {store}"), None),),
    question=YesNoQuestion(
        text=QT_TRANSLATE_NOOP("CustomerSignIn", "Does signing in work now?"),
        yes=QT_TRANSLATE_NOOP("CustomerSignIn", "Yes, it works now"),
        no=QT_TRANSLATE_NOOP("CustomerSignIn", "No, it still does not work"),
        read=lambda answers: answers.works_after_waiting,
        write=_set_works,
    ),
)

HELP = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("CustomerSignIn", "Try Amazon's own sign-in help"),
    subtitle=QT_TRANSLATE_NOOP(
        "CustomerSignIn", "Most sign-in problems have a quick fix you can do yourself."
    ),
    paragraphs=(
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "Amazon's help has a detailed page called \u201cWhy can't I sign in to my "
            "account?\u201d: you find it by searching for \u201csign in\u201d in the Help "
            "section of {store}. These are the most common causes:",
        ),
    ),
    steps=(
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "A different e-mail address or mobile number from the one the account was opened "
            "with. Try the others you use.",
        ),
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "A forgotten password: ask for a new one, and Amazon sends you a link to set it.",
        ),
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "A verification code that is refused: only the latest code you asked for works, "
            "and each code lasts about ten minutes.",
        ),
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "A password copied and pasted with an extra space: type it by hand instead.",
        ),
    ),
    links=(
        OfficialLink(
            QT_TRANSLATE_NOOP("CustomerSignIn", "&Reset my password"), "customer_forgot_password"
        ),
        OfficialLink(
            QT_TRANSLATE_NOOP("CustomerSignIn", "Help with &verification codes"),
            "customer_two_step_help",
        ),
    ),
    question=YesNoQuestion(
        text=QT_TRANSLATE_NOOP("CustomerSignIn", "Did this solve the problem?"),
        yes=QT_TRANSLATE_NOOP("CustomerSignIn", "Yes, I can sign in now"),
        no=QT_TRANSLATE_NOOP("CustomerSignIn", "No, I still cannot sign in"),
        read=lambda answers: answers.solved_by_help_page,
        write=_set_solved,
    ),
)

PREPARE = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("CustomerSignIn", "Before you contact Amazon"),
    subtitle=QT_TRANSLATE_NOOP(
        "CustomerSignIn", "With these at hand, the conversation is short. Tick what you have."
    ),
    steps=(
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "The &e-mail address or mobile number of the account, and any others you may "
            "have used.",
        ),
        QT_TRANSLATE_NOOP("CustomerSignIn", "The name and the &delivery address on the account."),
        QT_TRANSLATE_NOOP(
            "CustomerSignIn", "The number or the date of a &recent order, if you remember one."
        ),
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "The exact words of the error &message you see, or a screenshot of it.",
        ),
    ),
    warning=QT_TRANSLATE_NOOP(
        "CustomerSignIn",
        "Amazon never asks for your password by e-mail. Do not tell it to anyone, not even "
        "on the phone or in a chat with customer service.",
    ),
)

CONTACT = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("CustomerSignIn", "Contact Amazon customer service"),
    subtitle=QT_TRANSLATE_NOOP(
        "CustomerSignIn", "Amazon can see what stops you from signing in and tell you what to do."
    ),
    steps_in_order=True,
    steps=(
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "Open the contact page of {store} with the button below, and say that the problem "
            "is with your account or with signing in.",
        ),
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "Choose one of the ways of getting in touch that the page offers, and describe the "
            "problem with the details you prepared.",
        ),
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "If Amazon has blocked the account, ask what you need to do to have it unblocked.",
        ),
    ),
    links=(
        OfficialLink(
            QT_TRANSLATE_NOOP("CustomerSignIn", "&Open the contact page of {store}"),
            "customer_contact",
        ),
    ),
    warning=QT_TRANSLATE_NOOP(
        "CustomerSignIn",
        "Answers about your account also appear in the Message Centre of the account. "
        "Do not follow links in unexpected e-mails or text messages.",
    ),
)

SOLVED = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("CustomerSignIn", "Good: you are back in"),
    subtitle=QT_TRANSLATE_NOOP("CustomerSignIn", "A few habits keep it from happening again."),
    steps=(
        QT_TRANSLATE_NOOP(
            "CustomerSignIn", "Write down which e-mail address each of your Amazon accounts uses."
        ),
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "Keep two-step verification on, with a backup method you can always reach.",
        ),
        QT_TRANSLATE_NOOP(
            "CustomerSignIn",
            "Open Amazon by typing the address yourself, never from a link in a message.",
        ),
    ),
    after_steps=(QT_TRANSLATE_NOOP("CustomerSignIn", "Press Finish to close the assistant."),),
)
