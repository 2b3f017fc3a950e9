"""The longer explanation of every wizard page, shown by F1 or the wizard's Help button.

Each page's help answers four questions: what the page asks and why, what happens when you
go on, what to do if you are not sure, and where to find what the page needs. Every fact
about Amazon stated here is listed in docs/sources.md; the rest describes the app itself.

Placeholders, filled in when shown: `{store}` (the chosen store, e.g. "amazon.it") and `{days}`
(the days after which the app reminds a seller to look for Amazon's answer to an identity
document).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.pages import PageId
from app.ui.kit.translatable import QT_TRANSLATE_NOOP

CONTEXT = "PageHelp"


@dataclass(frozen=True, slots=True)
class PageHelp:
    purpose: str  # what the page asks, and why
    next_step: str  # what happens when you press Next (or Finish)
    unsure: str  # what to do if you are not sure
    where: str  # where the information the page needs is found


# The four parts' headings, in the order they are shown.
HEADINGS = (
    QT_TRANSLATE_NOOP("PageHelp", "What this page is for"),
    QT_TRANSLATE_NOOP("PageHelp", "What happens next"),
    QT_TRANSLATE_NOOP("PageHelp", "If you are not sure"),
    QT_TRANSLATE_NOOP("PageHelp", "Where to find what it asks"),
)

PAGE_HELP: dict[PageId, PageHelp] = {
    PageId.START: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Here you tell me what you need to do, and which Amazon store you use. With your "
            "answers I choose the right steps and open the right store's pages in your "
            "browser. Nothing is sent anywhere.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Next takes you to the first step of the job you chose. On the left you then see "
            "all its steps, with the one you are on marked. Back takes you to the step "
            "before.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Choose the job closest to your problem: you can come back here with Back and "
            "choose another one. I never close anything by myself: I only guide you, and you "
            "do each step on Amazon's own pages.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The store is the address you type to shop, for example amazon.it. If you use "
            "more than one, choose the one you use most. The \u201cItaliano\u201d button at "
            "the bottom shows the assistant in Italian.",
        ),
    ),
    # -- "My customer account is blocked, or I can't sign in" --------------------------------
    PageId.SIGN_IN_OUTAGE: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Before anything else, this page rules out a problem on Amazon's side: sometimes "
            "signing in does not work for a while, for everybody. Then waiting is all it takes.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Answer the question at the bottom. If signing in works now, Next shows a short "
            "last page. If not, it takes you to Amazon's own help on signing in.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Wait a while, then try again. Open {store} yourself, with the button on the "
            "page or by typing its address: never from a link in an e-mail or a text message.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "You sign in on {store}. If an error message appears, write down its exact "
            "words: they help if you need to contact Amazon later.",
        ),
    ),
    PageId.SIGN_IN_HELP: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Most sign-in problems have a simple cause: another e-mail address or mobile "
            "number, a forgotten password, an old verification code, or a space added when "
            "pasting the password. The page lists them, with buttons to Amazon's pages.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "If one of them solved it, answer Yes: Next shows a short last page. If not, "
            "Next helps you get ready to contact Amazon.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Try one cause at a time. For a code, ask for a new one and use that: a code "
            "lasts about ten minutes. Type the password by hand instead of pasting it.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Amazon's page \u201cWhy can't I sign in to my account?\u201d explains more: search "
            "for \u201csign in\u201d in the Help section of {store}. The buttons open the page "
            "to reset your password and Amazon's help on verification codes.",
        ),
    ),
    PageId.SIGN_IN_PREPARE: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "This page lists what to have at hand before you contact Amazon, so that the "
            "conversation is short: tick what you have. You can also give the account a name "
            "and write a few notes, for your list of cases.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Next shows how to contact Amazon. Nothing is sent from here: the ticks, the name "
            "and the notes stay on this computer.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Tick only what you really have: you can go on even if something is missing. Never "
            "write a password in the notes; if something there looks like one, I ask you "
            "before going on.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The e-mail address or number: the ones you use with Amazon. The name and address: "
            "the ones you use for deliveries. The error message: its exact words, or a "
            "screenshot of it.",
        ),
    ),
    PageId.SIGN_IN_CONTACT: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "When the earlier steps did not help, ask Amazon itself. The button opens the "
            "contact page of {store}, where you choose one of the ways of getting in touch it "
            "offers.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Press Finish when you are done. With \u201cAdd this to my list of cases\u201d "
            "ticked, the case goes into your list with your notes, so you can follow it up and "
            "mark it solved later.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Describe the problem in simple words, with the details you prepared. Never tell "
            "your password to anyone, not even to customer service: Amazon never asks for it "
            "by e-mail.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "If the button does not lead to the contact page, search for \u201ccontact us\u201d "
            "in the Help section of {store}. Amazon's answers about your account also appear "
            "in the Message Centre of the account.",
        ),
    ),
    PageId.SIGN_IN_SOLVED: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Good news: you can sign in again. This page suggests a few habits that keep it "
            "from happening again.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Press Finish to close the assistant. Nothing is added to your list of cases: the "
            "problem is solved.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "If the problem comes back, start a new case and choose the same job: we start "
            "again from the first step.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "To remember which e-mail each account uses, open \u201cE-mails of your "
            "accounts\u201d in the File menu of the list of cases: the addresses are kept only "
            "in your system's keyring.",
        ),
    ),
    # -- Closing a customer account -----------------------------------------------------------
    PageId.CUSTOMER_ACCOUNT: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Accounts close one at a time, so this page asks which one we close now. The name "
            "is only for you: it is how the account appears in your list of cases, in the "
            "reminders and in your calendar. It is not sent to Amazon.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Next shows what to save before closing. If you leave the assistant before sending "
            "the request, I ask whether to keep the account in your list as a draft.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Any name you will recognise is fine: \u201cPersonal\u201d, \u201cMum's "
            "account\u201d. With several accounts, start with one: at the end I offer to start "
            "the next. Remember that closing is worldwide: the account closes on every Amazon "
            "store, not only on {store}.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Under the name you can save the e-mail address the account uses, so you do not "
            "mix it up with another one. It is kept only in your system's keyring, never in "
            "the app's file.",
        ),
    ),
    PageId.CUSTOMER_CHECKLIST: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Closing deletes the account and everything in it. This page lists what to save or "
            "finish first: your data, the gift card balance, subscriptions, digital content, "
            "other services on the same login, open orders. Each point says why.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Tick each point once you have dealt with it; the ticks are only for you. If some "
            "are not ticked, Next asks whether to go on anyway. Next leads to the last check "
            "before your decision: nothing is closed yet.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Take your time: you can stop now and carry on another day, with the account kept "
            "in your list as a draft. If only an old card, an address or some e-mails bother "
            "you, you can change them and keep the account.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "For a copy of your data, press \u201cRequest my data\u201d (or search for "
            "\u201crequest your data\u201d in the Help section of {store}) and wait until you "
            "have it. For the other points, look in your account on {store}.",
        ),
    ),
    PageId.CUSTOMER_IRREVERSIBLE: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "This is the point of no return. The page lists, in plain words, what you lose: "
            "nobody can restore a closed account, not you and not Amazon. Typing the account's "
            "name makes sure you mean this one.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "\u201cI have decided\u201d takes you to the steps for sending the request; after "
            "it, Back no longer returns here. Nothing is closed yet: the account closes only "
            "once you send the request on Amazon's page and confirm it with the link Amazon "
            "sends you.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Do not type the name. Press Back to look at the checklist again, or Cancel to "
            "stop: I ask whether to keep the account in your list as a draft.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The name to type is the one you gave the account in the first step, shown in "
            "bold. Capitals and extra spaces do not matter.",
        ),
    ),
    PageId.CUSTOMER_REQUEST: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Now you send the request yourself, on Amazon's closure page, in your browser. The "
            "page lists the steps you will find there.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Once you have pressed \u201cClose my account\u201d on Amazon's page, tick \u201cI "
            "have sent the request, on\u201d and check the day: Next then shows how to confirm. "
            "Not sent yet? Press Finish: the account stays in your list as a draft, and "
            "\u201cContinue\u201d brings you back here.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Sign in only to the account you want to close. If Amazon's page shows something "
            "you do not expect, stop and finish later: the draft waits for you.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The button opens the closure page of {store}. If it does not lead there, search "
            "for \u201cclose account\u201d in the Help section of {store}: the page is called "
            "\u201cClose your Amazon account\u201d. The day to give is the day you sent the "
            "request.",
        ),
    ),
    PageId.CUSTOMER_CONFIRM: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "After the request, Amazon sends an e-mail or a text message with a link: the "
            "closure goes ahead only when you confirm with it. This page keeps the deadline and "
            "sets up the reminders.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Press Finish: the case waits in your list with its deadline, and I remind you the "
            "day before and on the day. Once you have confirmed, select the case and press "
            "\u201cI confirmed it\u201d.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Before pressing the link, make sure the message is genuine: the link must lead to "
            "an address ending in .{store}, and Amazon never asks for your password by e-mail. "
            "The button \u201cIs this really Amazon?\u201d at the bottom checks a link or a "
            "sender for you.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The date I suggest is 5 days after the request: if Amazon's message gives another "
            "one, put that. The message also appears in the Message Centre of the account. "
            "\u201cRemind me when I log in\u201d reminds you even if you forget to open me.",
        ),
    ),
    # -- Closing a seller account -------------------------------------------------------------
    PageId.SELLER_ACCOUNT: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Seller accounts close one at a time, and each region (Europe, North America, "
            "Japan, Australia) is a separate account. This page asks which account we close "
            "now, and in which region.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Next shows what Amazon checks before it accepts a closure. The name is only for "
            "your list of cases, the reminders and your calendar: it is not sent to Amazon.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Tick \u201cEuropean Unified Account\u201d only if the account is one account for "
            "all the EU stores: closing one European store then closes all of them. If you are "
            "not sure, look in Seller Central before you go on.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The region is the one of the stores you sell on. Under the name you can save the "
            "e-mail address the account uses: it is kept only in your system's keyring.",
        ),
    ),
    PageId.SELLER_PREREQUISITES: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Amazon refuses to close a seller account while something is still open. This page "
            "lists what Amazon checks: orders, the 90 days of A-to-z claims, the balance, "
            "refunds and buyer messages, bank details, performance notifications, FBA stock.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Tick each point once it is done; nothing is sent. If some are not ticked, Next "
            "asks whether to go on anyway, but Amazon will probably refuse. Next leads to the "
            "last check before your decision.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Some points take time (the 90 days, the next disbursement): stop now and carry on "
            "later, with the account kept in your list as a draft. Only taking a break? "
            "Holiday settings make your listings inactive without closing anything.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Sign in to Seller Central to check each point. Download the reports, invoices and "
            "tax documents you must keep before closing.",
        ),
    ),
    PageId.SELLER_IRREVERSIBLE: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "This is the point of no return: a closed seller account cannot be reopened. The "
            "page lists what you lose; with a European Unified Account, the account closes on "
            "every European store. Typing the account's name makes sure you mean this one.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "\u201cI have decided\u201d takes you to the steps for sending the request; after "
            "it, Back no longer returns here. Nothing is closed yet: Amazon answers your "
            "request, and the closure needs your confirmation.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Do not type the name. Press Back to look at the checklist again, or Cancel to "
            "stop: I ask whether to keep the account in your list as a draft.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The name to type is the one you gave the account in the first step, shown in "
            "bold. Capitals and extra spaces do not matter.",
        ),
    ),
    PageId.SELLER_REQUEST: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "You send the request yourself, in Seller Central. The page lists the steps: "
            "Settings, Account Info, then Close account, at the side of the page under Account "
            "Management.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Once you have pressed Send, tick \u201cI have sent the request, on\u201d and "
            "check the day: Next asks what Amazon answered. Not sent yet? Press Finish: the "
            "account stays in your list as a draft.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Sign in with the account you named, and only that one, and fill in all the "
            "required fields. If Seller Central looks different, the button opens Amazon's "
            "help on closing a seller account.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Seller Central's address, to type yourself: sellercentral.{store}. The day to "
            "give is the day you pressed Send.",
        ),
    ),
    PageId.SELLER_OUTCOME: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Amazon answers a closure request by e-mail, or by text message if you asked for "
            "that: it either asks you to confirm the closure, or refuses and says why. Choose "
            "what you received.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "A request to confirm, or no answer yet: Next shows the deadline and the reminders. "
            "A refusal: Next asks for Amazon's reasons, so you can fix them and try again.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Nothing yet? Choose \u201cNo answer yet\u201d: the case waits in your list with "
            "its deadline, and I remind you. Check a message with \u201cIs this really "
            "Amazon?\u201d before pressing a link in it.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Look in the inbox of the e-mail address the seller account uses, or in your text "
            "messages.",
        ),
    ),
    PageId.SELLER_CONFIRM: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Amazon asks you to confirm the closure with the link in its message. It must be "
            "confirmed in time, usually within 5 days, or the request is void and everything "
            "starts again from the beginning.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Press Finish: the case waits in your list with its deadline, and I remind you the "
            "day before and on the day. Once you have confirmed, select the case and press "
            "\u201cI confirmed it\u201d; if Amazon refuses after all, press \u201cAmazon "
            "refused\u201d.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Before pressing the link, make sure the message is genuine: Amazon's seller mail "
            "comes from addresses ending in @amazon.com, @amazonsellerservices.com, "
            "@sell.amazon.com or the store's own domain. \u201cIs this really Amazon?\u201d "
            "checks a link or a sender for you.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The date I suggest is 5 days after the request: if Amazon's message gives another "
            "one, put that. \u201cRemind me when I log in\u201d and \u201cAdd to "
            "calendar\u201d make sure you do not miss it.",
        ),
    ),
    PageId.SELLER_REFUSED: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Amazon refused the closure. It happens, usually because something on the checklist "
            "is not done yet. Copy or summarise Amazon's reasons here, so they stay with the "
            "case.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Press Finish: the case goes into your list as refused, with the reasons. Once you "
            "have fixed what Amazon asks, select it and press \u201cTry again\u201d: you go "
            "back to the checklist, with your ticks kept.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Read Amazon's message again: it says what is missing and what to do next. The list "
            "on this page shows what Amazon usually checks.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The reasons are in Amazon's answer, in the e-mail or text message you received. "
            "Check first that it is genuine, with \u201cIs this really Amazon?\u201d.",
        ),
    ),
    # -- "I can't sign in to Seller Central" --------------------------------------------------
    PageId.RECOVERY_CREDENTIALS: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The first of eight checks, in order. Many sign-in problems come from one e-mail "
            "address used for several accounts, and the password of the wrong one. The name of "
            "the account lets me keep the case and show the e-mail you saved for it.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Answer \u201cDid this solve it?\u201d. Yes: a short last page. No: Next goes on to "
            "check 2. Every check ends with the same question.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Sign in with the e-mail of this seller account and its own password. If the same "
            "e-mail also opens a customer account or another seller account, make sure you use "
            "this one's password. Not sure it worked? Answer No: the next check does no harm.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "If you saved the account's e-mail, it appears under the name, hidden in part: "
            "\u201cShow\u201d shows it whole. It comes from your system's keyring, never from "
            "the app's file.",
        ),
    ),
    PageId.RECOVERY_PASTED_PASSWORD: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Copy and paste can add a space or an invisible character to a password, and then "
            "it is refused. Paste it here and I tell you what is wrong with it, without ever "
            "showing it.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "What you paste is never saved, and it is erased as soon as you leave the page, "
            "from the clipboard too. Then answer the question: Yes leads to a short last page, "
            "No to check 3.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "You do not have to paste anything: typing the password by hand avoids the problem "
            "altogether. If you use a clipboard history (Windows key + V, a clipboard manager), "
            "delete the password from it yourself.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Paste from where you keep the password. I look for spaces at the start or the end, "
            "invisible characters, letters of other alphabets that look like ours, and Caps "
            "Lock.",
        ),
    ),
    PageId.RECOVERY_TWO_STEP_CODE: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Seller Central always asks for a code after the password (two-step verification). "
            "A refused code is often an old one.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Answer the question: Yes leads to a short last page, No to check 4, for when no "
            "code arrives at all.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Ask for one new code and use only that: if you asked for several in a short time, "
            "only the latest works, and a code is valid only for a short time.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The code comes by the method you set up. \u201cDidn't receive the code?\u201d on "
            "the code page sends it by your backup method instead. The button opens Amazon's "
            "help on two-step verification.",
        ),
    ),
    PageId.RECOVERY_NO_CODE: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "If no code arrives at all (a lost phone, a changed number), you can reset two-step "
            "verification by proving who you are with a valid identity document.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Once you have sent the document, tick \u201cI have sent my identity document, "
            "on\u201d: I add a case to your list and remind you {days} days later to look for "
            "Amazon's e-mail. Then Yes leads to a short last page, No to check 5.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Seller Support cannot skip this check for you. Amazon answers by e-mail, usually "
            "within 12 hours and at most in a couple of days; then sign in with your password "
            "alone and set up two-step verification again at once.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "On the code page, choose \u201cDidn't receive the code?\u201d, then the option to "
            "reset two-step verification, and follow the instructions.",
        ),
    ),
    PageId.RECOVERY_COOKIES: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Old data kept by your browser (cookies and cached files) can break the sign-in. "
            "Deleting it, or trying another browser or device, often helps.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Answer the question: Yes leads to a short last page, No to check 6.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Deleting cookies also signs you out of other websites, so you may have to sign in "
            "to them again. If you prefer, simply try another browser or another device.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The page shows the way in Chrome, Firefox, Edge and Safari. In another browser, "
            "look for \u201ccookies\u201d or \u201cbrowsing data\u201d in its settings.",
        ),
    ),
    PageId.RECOVERY_EMAIL_KNOWN: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The seller account may have been opened with another e-mail address. Amazon's "
            "sign-in help tells you how to check that an address is registered.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Answer the question: Yes leads to a short last page, No to check 7, setting a "
            "new password.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Try each e-mail address you use or have used. The page lists the e-mails you saved "
            "for your accounts, hidden in part: \u201cShow\u201d shows them whole.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The button opens Seller Central's sign-in help. Seller Central's address, to type "
            "yourself: sellercentral.{store}.",
        ),
    ),
    PageId.RECOVERY_RESET_PASSWORD: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "With the right e-mail address you can set a new password: Amazon sends you an "
            "e-mail to choose it.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Answer the question: Yes leads to a short last page, No to check 8, signing in "
            "with the new password.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Before using the e-mail, check that it really comes from Amazon: seller mail comes "
            "from @amazon.com, @amazonsellerservices.com, @sell.amazon.com or the store's own "
            "domain. \u201cIs this really Amazon?\u201d checks it for you.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Start from the Seller Central sign-in page, typing its address yourself: "
            "sellercentral.{store}. The button opens Seller Central's sign-in help.",
        ),
    ),
    PageId.RECOVERY_SIGN_IN_AGAIN: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The last check: sign in with the e-mail and the new password, and the latest "
            "verification code, on a page you opened yourself.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Answer the question: Yes leads to a short last page, No to Seller Support, with a "
            "message ready to send.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Type the address and the password by hand, and ask for one new code.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Seller Central's address, to type yourself: sellercentral.{store}.",
        ),
    ),
    PageId.RECOVERY_SUPPORT: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "If none of the checks helped, the account may have been deactivated, or blocked by "
            "Amazon: only Amazon can tell. This page writes a message for Seller Support that "
            "lists what you already tried.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Fill in the parts in [square brackets], press \u201cCopy the message\u201d and "
            "paste it into your message to Seller Support. Then press Finish; with \u201cAdd "
            "this to my list of cases\u201d ticked, the case stays in your list to follow up.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Do not open a new seller account: Amazon's seller help advises against it. You can "
            "write the message in Italian or English; if you change the language after editing "
            "it, I ask before writing it again.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "The button opens Seller Support. In the brackets go the details only you know: "
            "the account's e-mail, the error message you see, your name.",
        ),
    ),
    PageId.RECOVERY_SOLVED: PageHelp(
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "You are back in Seller Central. This page suggests a few habits that keep it from "
            "happening again.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "Press Finish to close the assistant. If you sent an identity document, its case "
            "stays in your list: mark it solved there.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "If the problem comes back, start a new case and choose the same job.",
        ),
        QT_TRANSLATE_NOOP(
            "PageHelp",
            "To remember which e-mail each account uses, open \u201cE-mails of your "
            "accounts\u201d in the File menu of the list of cases: the addresses are kept only "
            "in your system's keyring.",
        ),
    ),
}


def help_sections(page: PageId, store: str) -> list[tuple[str, str]]:
    """The help of `page` as (heading, text) pairs, in the current language, filled in."""
    from PySide6.QtCore import QCoreApplication

    from app.core.seller_recovery import ID_RESET_ANSWER_DAYS

    entry = PAGE_HELP[page]
    texts = (entry.purpose, entry.next_step, entry.unsure, entry.where)
    return [
        (
            QCoreApplication.translate(CONTEXT, heading),
            QCoreApplication.translate(CONTEXT, text)
            .replace("{store}", store)
            .replace("{days}", str(ID_RESET_ANSWER_DAYS)),
        )
        for heading, text in zip(HEADINGS, texts, strict=True)
    ]
