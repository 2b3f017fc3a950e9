"""Content of "I can't sign in to Seller Central": the source's eight checks, in order.

Written from the facts in docs/sources.md. Every check ends with the same question.
"""

from __future__ import annotations

from app.core.answers import Answers
from app.core.pages import PageId
from app.ui.kit.translatable import QT_TRANSLATE_NOOP
from app.ui.wizard.content.guidance import GuidanceContent, OfficialLink, YesNoQuestion

CONTEXT = "SellerRecovery"


def _question(page: PageId) -> YesNoQuestion:
    def read(answers: Answers) -> bool | None:
        return answers.checks.get(page.value)

    def write(answers: Answers, value: bool | None) -> None:
        if value is None:
            answers.checks.pop(page.value, None)
        else:
            answers.checks[page.value] = value

    return YesNoQuestion(
        text=QT_TRANSLATE_NOOP("SellerRecovery", "Did this solve it?"),
        yes=QT_TRANSLATE_NOOP("SellerRecovery", "Yes, I can sign in now"),
        no=QT_TRANSLATE_NOOP("SellerRecovery", "No, I still cannot sign in"),
        read=read,
        write=write,
    )


CREDENTIALS = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("SellerRecovery", "Check 1 of 8: the right e-mail and password?"),
    subtitle=QT_TRANSLATE_NOOP(
        "SellerRecovery", "One e-mail used for several accounts is a classic mix-up."
    ),
    paragraphs=(
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Sign in with the e-mail address of this seller account and its own password. If "
            "the same e-mail also opens a customer account or another seller account, it is "
            "easy to use the password of the wrong one.",
        ),
    ),
    question=_question(PageId.RECOVERY_CREDENTIALS),
)

PASTED_PASSWORD = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("SellerRecovery", "Check 2 of 8: a pasted password"),
    subtitle=QT_TRANSLATE_NOOP(
        "SellerRecovery", "Copy and paste can add a space or an invisible character."
    ),
    paragraphs=(
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Type the password by hand instead. Or paste it in the field below: I tell you "
            "what is wrong with it, without showing it.",
        ),
    ),
    question=_question(PageId.RECOVERY_PASTED_PASSWORD),
)

TWO_STEP_CODE = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("SellerRecovery", "Check 3 of 8: the verification code"),
    subtitle=QT_TRANSLATE_NOOP(
        "SellerRecovery", "Seller Central always asks for a code after the password."
    ),
    steps=(
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "If you asked for several codes in a short time, only the latest one works: the "
            "older ones give an error.",
        ),
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "A code is valid only for a short time: if yours is not recent, ask for a new one.",
        ),
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "No code on your phone? On the code page choose \u201cDidn't receive the "
            "code?\u201d: it is sent by your backup method instead.",
        ),
    ),
    links=(
        OfficialLink(
            QT_TRANSLATE_NOOP("SellerRecovery", "Amazon's help on &two-step verification"),
            "seller_two_step_help",
        ),
    ),
    question=_question(PageId.RECOVERY_TWO_STEP_CODE),
)

NO_CODE = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("SellerRecovery", "Check 4 of 8: no code at all"),
    subtitle=QT_TRANSLATE_NOOP(
        "SellerRecovery", "A lost phone or a changed number: prove who you are instead."
    ),
    steps_in_order=True,
    steps=(
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "On the code page choose \u201cDidn't receive the code?\u201d, then the option "
            "to reset two-step verification.",
        ),
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Follow the instructions and send a photo of a valid identity document.",
        ),
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Amazon answers by e-mail, usually within 12 hours and at most in a couple of "
            "days. Two-step verification is then switched off: sign in with your password "
            "alone.",
        ),
        QT_TRANSLATE_NOOP(
            "SellerRecovery", "Once you are in, set up two-step verification again at once."
        ),
    ),
    warning=QT_TRANSLATE_NOOP(
        "SellerRecovery", "Seller Support cannot skip this identity check for you."
    ),
    question=_question(PageId.RECOVERY_NO_CODE),
)

COOKIES = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("SellerRecovery", "Check 5 of 8: cookies and cache"),
    subtitle=QT_TRANSLATE_NOOP(
        "SellerRecovery", "Old data kept by the browser can break the sign-in."
    ),
    paragraphs=(
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Delete the cookies and the cached files, close the browser, open it again and "
            "retry. Or try another browser, or another device.",
        ),
    ),
    steps=(
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Chrome: Settings, Privacy and security, Delete browsing data; tick cookies and "
            "cached images and files.",
        ),
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Firefox: Settings, Privacy & Security, Cookies and Site Data, Clear Data.",
        ),
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Edge: Settings, Privacy, search and services, Clear browsing data, Choose what "
            "to clear.",
        ),
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Safari on a Mac: Settings, Privacy, Manage Website Data, Remove All. On an "
            "iPhone: Settings, Safari, Clear History and Website Data.",
        ),
    ),
    question=_question(PageId.RECOVERY_COOKIES),
)

EMAIL_KNOWN = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("SellerRecovery", "Check 6 of 8: does Amazon know this e-mail?"),
    subtitle=QT_TRANSLATE_NOOP(
        "SellerRecovery", "The account may have been opened with another address."
    ),
    paragraphs=(
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Amazon's sign-in help tells you how to check that your e-mail address is "
            "registered. If it is not, try the other addresses you use.",
        ),
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Seller Central's address, to type yourself in your browser's address bar: "
            "sellercentral.{store}",
        ),
    ),
    links=(
        OfficialLink(
            QT_TRANSLATE_NOOP("SellerRecovery", "&Open Seller Central's sign-in help"),
            "seller_sign_in_help",
        ),
    ),
    question=_question(PageId.RECOVERY_EMAIL_KNOWN),
)

RESET_PASSWORD = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("SellerRecovery", "Check 7 of 8: reset the password"),
    subtitle=QT_TRANSLATE_NOOP(
        "SellerRecovery", "With the right e-mail, Amazon sends you a way to set a new one."
    ),
    steps_in_order=True,
    steps=(
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Open the Seller Central sign-in page by typing its address yourself, "
            "sellercentral.{store}, and choose \u201cForgot your password?\u201d.",
        ),
        QT_TRANSLATE_NOOP("SellerRecovery", "Enter the e-mail address of the account."),
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Use the e-mail Amazon sends to choose a new password; check first that it really "
            "comes from Amazon.",
        ),
    ),
    links=(
        OfficialLink(
            QT_TRANSLATE_NOOP("SellerRecovery", "&Open Seller Central's sign-in help"),
            "seller_sign_in_help",
        ),
    ),
    question=_question(PageId.RECOVERY_RESET_PASSWORD),
)

SIGN_IN_AGAIN = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("SellerRecovery", "Check 8 of 8: sign in with the new password"),
    subtitle=QT_TRANSLATE_NOOP(
        "SellerRecovery", "The last try: new password, latest code, a fresh page."
    ),
    paragraphs=(
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Open Seller Central by typing its address yourself, sellercentral.{store}, and sign "
            "in with the e-mail and the new password. Use the latest verification code.",
        ),
    ),
    question=_question(PageId.RECOVERY_SIGN_IN_AGAIN),
)

SUPPORT = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("SellerRecovery", "Still stuck: contact Seller Support"),
    subtitle=QT_TRANSLATE_NOOP(
        "SellerRecovery", "The account may be deactivated, or blocked by Amazon."
    ),
    paragraphs=(
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Do not open a new seller account: Amazon's seller help advises against it. Send "
            "Seller Support the message below; first fill in the parts in [square "
            "brackets].",
        ),
    ),
    links=(
        OfficialLink(QT_TRANSLATE_NOOP("SellerRecovery", "&Open Seller Support"), "seller_contact"),
    ),
)

SOLVED = GuidanceContent(
    context=CONTEXT,
    title=QT_TRANSLATE_NOOP("SellerRecovery", "Good: you are back in Seller Central"),
    subtitle=QT_TRANSLATE_NOOP("SellerRecovery", "A few habits keep it from happening again."),
    steps=(
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Keep a note of the e-mail each account uses: I can remember it for you, in your "
            "system's keyring.",
        ),
        QT_TRANSLATE_NOOP(
            "SellerRecovery",
            "Keep two-step verification on, with a backup method you can always reach.",
        ),
        QT_TRANSLATE_NOOP("SellerRecovery", "Type passwords by hand rather than pasting them."),
    ),
)

CHECK_CONTENT: dict[PageId, GuidanceContent] = {
    PageId.RECOVERY_CREDENTIALS: CREDENTIALS,
    PageId.RECOVERY_PASTED_PASSWORD: PASTED_PASSWORD,
    PageId.RECOVERY_TWO_STEP_CODE: TWO_STEP_CODE,
    PageId.RECOVERY_NO_CODE: NO_CODE,
    PageId.RECOVERY_COOKIES: COOKIES,
    PageId.RECOVERY_EMAIL_KNOWN: EMAIL_KNOWN,
    PageId.RECOVERY_RESET_PASSWORD: RESET_PASSWORD,
    PageId.RECOVERY_SIGN_IN_AGAIN: SIGN_IN_AGAIN,
}
