"""Content of the two closure flows, written from the facts in docs/sources.md.

Checklist items have a stable `key` (saved with the case, so "try again" keeps the ticks), a
title, why it matters and how to do it, and, where there is one, an official page to open.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.ui.kit.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Closing"


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    key: str
    title: str
    explanation: str
    link_key: str | None = None
    link_label: str = ""


CUSTOMER_CHECKLIST = (
    ChecklistItem(
        "download_data",
        QT_TRANSLATE_NOOP("Closing", "&Download your data"),
        QT_TRANSLATE_NOOP(
            "Closing",
            "Closing deletes your order history, invoices and everything else. Ask Amazon "
            "for a copy of your data first, and wait until you have it. To find the request "
            "page yourself, search for \u201crequest your data\u201d in the Help section of "
            "{store}.",
        ),
        "customer_request_data",
        QT_TRANSLATE_NOOP("Closing", "Request &my data"),
    ),
    ChecklistItem(
        "gift_cards",
        QT_TRANSLATE_NOOP("Closing", "Spend or note your &gift card balance"),
        QT_TRANSLATE_NOOP(
            "Closing", "Any gift card balance left on the account is lost when it closes."
        ),
    ),
    ChecklistItem(
        "subscriptions",
        QT_TRANSLATE_NOOP("Closing", "&Prime and other subscriptions"),
        QT_TRANSLATE_NOOP(
            "Closing",
            "Prime and the other subscriptions end with the account. Check what you still pay "
            "for, and cancel what you no longer want before closing.",
        ),
    ),
    ChecklistItem(
        "digital_content",
        QT_TRANSLATE_NOOP("Closing", "Digital &content: download it first"),
        QT_TRANSLATE_NOOP(
            "Closing",
            "Kindle books, Audible, Prime Video purchases and the photos in Amazon Photos go "
            "with the account. Download what you want to keep.",
        ),
    ),
    ChecklistItem(
        "linked_accounts",
        QT_TRANSLATE_NOOP("Closing", "&Other Amazon services that use the same login"),
        QT_TRANSLATE_NOOP(
            "Closing",
            "An AWS account, a seller account, Associates and Amazon Pay that use the same "
            "e-mail and password are closed too, with everything in them.",
        ),
    ),
    ChecklistItem(
        "open_orders",
        QT_TRANSLATE_NOOP("Closing", "Open orders, &returns and refunds"),
        QT_TRANSLATE_NOOP(
            "Closing",
            "Wait until every order has arrived and every return and refund is finished: after "
            "closing you cannot follow them any more.",
        ),
    ),
    ChecklistItem(
        "saved_details",
        QT_TRANSLATE_NOOP("Closing", "&Saved cards, addresses, alerts and wish lists"),
        QT_TRANSLATE_NOOP(
            "Closing",
            "They all disappear. If what bothers you is only an old card or address, or some "
            "e-mails, you can update or remove them and keep the account. To find the help "
            "page yourself, search for its title in the Help section of {store}.",
        ),
        "customer_closure_consequences",
        QT_TRANSLATE_NOOP("Closing", "&What happens when I close my account?"),
    ),
)

SELLER_PREREQUISITES = (
    ChecklistItem(
        "orders_fulfilled",
        QT_TRANSLATE_NOOP("Closing", "Every &order fulfilled"),
        QT_TRANSLATE_NOOP(
            "Closing", "Amazon does not close an account with orders still to be shipped."
        ),
    ),
    ChecklistItem(
        "ninety_days",
        QT_TRANSLATE_NOOP("Closing", "90 days since your last &sale, and no open A-to-z claim"),
        QT_TRANSLATE_NOOP(
            "Closing",
            "Buyers can open an A-to-z Guarantee claim for 90 days after a sale: wait until "
            "that time is over and make sure no claim is open.",
        ),
    ),
    ChecklistItem(
        "zero_balance",
        QT_TRANSLATE_NOOP("Closing", "Balance at &zero"),
        QT_TRANSLATE_NOOP(
            "Closing",
            "Wait for the next disbursement, or the next charge, so that nothing is owed "
            "either way.",
        ),
    ),
    ChecklistItem(
        "refunds_and_messages",
        QT_TRANSLATE_NOOP("Closing", "&Refunds and buyer messages settled"),
        QT_TRANSLATE_NOOP("Closing", "Answer every buyer message and finish every refund."),
    ),
    ChecklistItem(
        "bank_details",
        QT_TRANSLATE_NOOP("Closing", "&Valid bank details"),
        QT_TRANSLATE_NOOP(
            "Closing", "Amazon needs a valid bank account to send you your last payment."
        ),
    ),
    ChecklistItem(
        "performance_notifications",
        QT_TRANSLATE_NOOP("Closing", "&Performance notifications read"),
        QT_TRANSLATE_NOOP(
            "Closing",
            "Read them in Seller Central: an issue left open can stop the closure.",
        ),
    ),
    ChecklistItem(
        "fba_inventory",
        QT_TRANSLATE_NOOP("Closing", "FBA inven&tory removed or disposed of"),
        QT_TRANSLATE_NOOP(
            "Closing",
            "If you use Fulfilment by Amazon, have your stock sent back to you or disposed "
            "of first.",
        ),
    ),
    ChecklistItem(
        "reports_downloaded",
        QT_TRANSLATE_NOOP("Closing", "Reports and invoices &downloaded"),
        QT_TRANSLATE_NOOP(
            "Closing",
            "Once the account is closed you cannot open Seller Central any more: download the "
            "reports, invoices and tax documents you must keep.",
        ),
    ),
)

CUSTOMER_ALTERNATIVE = QT_TRANSLATE_NOOP(
    "Closing",
    "Perhaps you do not need to close it: if you only want to remove an old card or address, "
    "or stop some e-mails, you can change them in your account and keep it.",
)
SELLER_ALTERNATIVE = QT_TRANSLATE_NOOP(
    "Closing",
    "Only taking a break? Holiday settings make your listings inactive without closing "
    "anything. You can also switch to the Individual selling plan.",
)

CUSTOMER_LOSSES = (
    QT_TRANSLATE_NOOP("Closing", "your order history and invoices;"),
    QT_TRANSLATE_NOOP("Closing", "your reviews, returns and refunds;"),
    QT_TRANSLATE_NOOP("Closing", "any gift card balance;"),
    QT_TRANSLATE_NOOP("Closing", "Kindle, Audible, Prime Video purchases and Amazon Photos;"),
    QT_TRANSLATE_NOOP("Closing", "Prime and every subscription;"),
    QT_TRANSLATE_NOOP(
        "Closing", "AWS, seller, Associates and Amazon Pay accounts on the same login."
    ),
)
SELLER_LOSSES = (
    QT_TRANSLATE_NOOP("Closing", "your listings and your selling history;"),
    QT_TRANSLATE_NOOP("Closing", "access to Seller Central, its reports and invoices;"),
    QT_TRANSLATE_NOOP("Closing", "the account itself: a closed seller account cannot be reopened."),
)

CUSTOMER_REQUEST_STEPS = (
    QT_TRANSLATE_NOOP(
        "Closing",
        "Open Amazon's closure page with the button below and sign in to the account "
        "\u201c{label}\u201d, and only that one. If the button does not lead there, search "
        "for \u201cclose account\u201d in the Help section of {store}: the page is called "
        "\u201cClose your Amazon account\u201d.",
    ),
    QT_TRANSLATE_NOOP("Closing", "Look at the list of services you would lose."),
    QT_TRANSLATE_NOOP("Closing", "Choose a reason for closing."),
    QT_TRANSLATE_NOOP(
        "Closing",
        "Tick \u201cYes, I want to permanently close my Amazon account and delete my data\u201d.",
    ),
    QT_TRANSLATE_NOOP("Closing", "Press \u201cClose my account\u201d."),
)
SELLER_REQUEST_STEPS = (
    QT_TRANSLATE_NOOP("Closing", "Sign in to Seller Central with the account \u201c{label}\u201d."),
    QT_TRANSLATE_NOOP("Closing", "Open Settings, then Account Info."),
    QT_TRANSLATE_NOOP(
        "Closing", "At the side of the page, under Account Management, choose Close account."
    ),
    QT_TRANSLATE_NOOP("Closing", "Fill in all the required fields."),
    QT_TRANSLATE_NOOP("Closing", "Press Send."),
)


def refusal_advice() -> str:
    """What to fix after Amazon refused a seller closure, then how to try again (rich text).

    Shown on the wizard's refusal page and in the main window's "Amazon refused" dialog.
    """
    from PySide6.QtCore import QCoreApplication

    from app.ui.kit.focus import without_mnemonic
    from app.ui.kit.rich_text import bullet_list, paragraphs

    return (
        paragraphs(
            [
                QCoreApplication.translate(
                    "Closing", "Amazon usually refuses while one of these is not done yet:"
                )
            ]
        )
        + bullet_list(  # the check boxes' texts, without the letter for Alt
            without_mnemonic(QCoreApplication.translate(CONTEXT, item.title))
            for item in SELLER_PREREQUISITES
        )
        + paragraphs(
            [
                QCoreApplication.translate(
                    "Closing",
                    "When they are fixed, select the case in your list and press \u201cTry "
                    "again\u201d: I take you back to the checklist, with your answers kept.",
                )
            ]
        )
    )
