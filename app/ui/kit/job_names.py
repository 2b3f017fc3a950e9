"""How each job and case state is called on screen, in the current language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.jobs import Job
from app.ui.kit.translatable import QT_TRANSLATE_NOOP

_CHOICES = {
    Job.CLOSE_CUSTOMER_ACCOUNT: QT_TRANSLATE_NOOP("JobNames", "Close a customer account"),
    Job.CLOSE_SELLER_ACCOUNT: QT_TRANSLATE_NOOP(
        "JobNames", "Close a seller account (Seller Central)"
    ),
    Job.SELLER_SIGN_IN: QT_TRANSLATE_NOOP("JobNames", "I can't sign in to Seller Central"),
    Job.CUSTOMER_SIGN_IN: QT_TRANSLATE_NOOP(
        "JobNames", "My customer account is blocked, or I can't sign in"
    ),
}

_SHORT = {
    Job.CLOSE_CUSTOMER_ACCOUNT: QT_TRANSLATE_NOOP("JobNames", "Closing a customer account"),
    Job.CLOSE_SELLER_ACCOUNT: QT_TRANSLATE_NOOP("JobNames", "Closing a seller account"),
    Job.SELLER_SIGN_IN: QT_TRANSLATE_NOOP("JobNames", "Seller Central sign-in"),
    Job.CUSTOMER_SIGN_IN: QT_TRANSLATE_NOOP("JobNames", "Customer account sign-in"),
}


def job_choice(job: Job) -> str:
    """The job as the start page offers it: a whole sentence."""
    return QCoreApplication.translate("JobNames", _CHOICES[job])


def job_short_name(job: Job) -> str:
    """The job as a column of the case list shows it."""
    return QCoreApplication.translate("JobNames", _SHORT[job])
