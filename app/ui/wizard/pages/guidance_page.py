"""A page that explains, lists steps, offers official links and may ask "did it work?"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QRadioButton,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from app.core.answers import Answers
from app.core.pages import PageId
from app.ui.kit.accessible import tie_to_question
from app.ui.kit.browser import open_official_page
from app.ui.kit.link_directions import directions
from app.ui.kit.rich_text import bullet_list, numbered_list, paragraphs
from app.ui.kit.widgets import warning_label, wrapping_label
from app.ui.wizard.content.guidance import GuidanceContent, OfficialLink
from app.ui.wizard.pages.flow_page import FlowPage


class Section:
    """A place on a guidance page for a subclass's own widgets, filled in reading order.

    What is added goes into the page's layout itself, just before an invisible marker, so a
    stretch factor counts as it would anywhere on the page. Empty, a section takes no room.
    """

    def __init__(self, page_layout: QBoxLayout) -> None:
        self._layout = page_layout
        self._end = QSpacerItem(0, 0)
        page_layout.addItem(self._end)

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self._layout.insertWidget(self._layout.indexOf(self._end), widget, stretch)

    def add_layout(self, layout: QLayout) -> None:
        self._layout.insertLayout(self._layout.indexOf(self._end), layout)


class GuidancePage(FlowPage):
    """The page's text, its official links and warning, then the question "did it work?".

    A subclass with widgets of its own builds them after `super().__init__()`, adds them to
    one of three sections, and then calls `self.retranslate()` once (until then the base has
    set only its own texts: the subclass's widgets did not exist yet).

    - `under_text`: right under the text, above the links: a field the text asks to fill in.
    - `above_question`: after the links and the warning: what else the page offers (a message
      to copy, a date to give, the saved e-mails).
    - `under_question`: after the answer: one last choice before Next.

    They join the Tab order after the page's own widgets (links, then yes and no), in the
    order they are added.
    """

    YES, NO = 1, 0

    def __init__(
        self,
        page_id: PageId,
        content: GuidanceContent,
        answers: Answers,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(page_id, answers, content.context, parent)
        self.content = content
        self.body = wrapping_label("body")
        self.warning = warning_label()

        self.link_buttons: list[QPushButton] = []
        self.link_group = QButtonGroup(self)  # slots must not be lambdas holding widgets
        self.link_group.setExclusive(False)
        self.link_group.idClicked.connect(self._open_number)
        links_row = QHBoxLayout()
        for number, link in enumerate(content.links):
            button = QPushButton()
            button.setObjectName(f"link:{link.link_key or 'home'}")
            self.link_group.addButton(button, number)
            links_row.addWidget(button)
            self.link_buttons.append(button)
        links_row.addStretch(1)
        # How to find by hand the pages whose address was not seen on this store.
        self.link_directions = wrapping_label("linkDirections")
        self.link_directions.setContentsMargins(0, 0, 0, 6)

        self.question_label = wrapping_label("question")
        self.yes_button = QRadioButton()
        self.yes_button.setObjectName("yes")
        self.no_button = QRadioButton()
        self.no_button.setObjectName("no")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.yes_button, self.YES)
        self.choice.addButton(self.no_button, self.NO)
        self.choice.idToggled.connect(self._on_choice)

        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.body)
        self.under_text = Section(self._layout)
        self._layout.addLayout(links_row)
        self._layout.addWidget(self.link_directions)
        self._layout.addWidget(self.warning)
        self.above_question = Section(self._layout)
        self._layout.addSpacing(8)
        self._layout.addWidget(self.question_label)
        self._layout.addWidget(self.yes_button)
        self._layout.addWidget(self.no_button)
        self.under_question = Section(self._layout)
        self._layout.addStretch(1)
        # Only once they have a parent: a widget shown without one would open as a window.
        self.warning.setVisible(bool(content.warning))
        has_question = content.question is not None
        for widget in (self.question_label, self.yes_button, self.no_button):
            widget.setVisible(has_question)
        self._set_guidance_texts()

    def retranslate(self) -> None:
        self._set_guidance_texts()

    def _set_guidance_texts(self) -> None:
        c = self.content
        self.setTitle(self.t(c.title))
        self.setSubTitle(self.t(c.subtitle))
        self.body.setText(
            paragraphs(self.t(p) for p in c.paragraphs)
            + (numbered_list if c.steps_in_order else bullet_list)(self.t(s) for s in c.steps)
            + paragraphs(self.t(p) for p in c.after_steps)
        )
        self.warning.setText(self.t(c.warning) if c.warning else "")
        unsure: list[str] = []
        for button, link in zip(self.link_buttons, c.links, strict=True):
            button.setText(self.t(link.label))
            url, seen = self._address(link)
            button.setToolTip(url)
            if not seen:
                unsure.append(directions(link.link_key, url))
        self._show_directions(unsure)
        if c.question is not None:
            self.question_label.setText(f"<b>{self.t(c.question.text)}</b>")
            self.yes_button.setText(self.t(c.question.yes))
            self.no_button.setText(self.t(c.question.no))
            tie_to_question(self.t(c.question.text), (self.yes_button, self.no_button))

    def initializePage(self) -> None:
        self.retranslate()  # the store may have changed since the page was built
        question = self.content.question
        if question is not None:
            self._show_answer(question.read(self.answers))

    def cleanupPage(self) -> None:
        # Going Back forgets this page's answer, as the user expects from a fresh visit.
        if self.content.question is not None:
            self.content.question.write(self.answers, None)
            self._show_answer(None)

    def isComplete(self) -> bool:
        question = self.content.question
        return question is None or question.read(self.answers) is not None

    def _show_answer(self, value: bool | None) -> None:
        self.choice.setExclusive(False)
        self.yes_button.setChecked(value is True)
        self.no_button.setChecked(value is False)
        self.choice.setExclusive(True)

    def _on_choice(self, button_id: int, checked: bool) -> None:
        if checked and self.content.question is not None:
            self.content.question.write(self.answers, button_id == self.YES)
            self.completeChanged.emit()

    def _show_directions(self, unsure: list[str]) -> None:
        if not unsure:
            self.link_directions.clear()
            self.link_directions.setVisible(False)
            return
        # By its own context: self.tr() in a subclass would look in the subclass's context.
        if len(unsure) == 1:
            intro = QCoreApplication.translate(
                "GuidancePage",
                "The button above opens the address Amazon uses on other stores; {store} may "
                "use another one. If it does not lead to the right page:",
            )
        else:
            intro = QCoreApplication.translate(
                "GuidancePage",
                "The buttons above open the addresses Amazon uses on other stores; {store} may "
                "use other ones. If a button does not lead to the right page:",
            )
        intro = intro.replace("{store}", self.store.domain)
        self.link_directions.setText(paragraphs([intro]) + bullet_list(unsure))
        self.link_directions.setVisible(True)

    def _open_number(self, number: int) -> None:
        url, _ = self._address(self.content.links[number])
        open_official_page(url, self)

    def _address(self, link: OfficialLink) -> tuple[str, bool]:
        """The link's address on the chosen store, and whether it was seen there."""
        if link.link_key is None:
            return self.store.home_url, True
        from app.core.official_links import (  # pydantic: lazily
            Certainty,
            link_for_store,
            seller_link,
        )
        from app.core.regions import region_of_store

        if link.link_key.startswith("seller_"):
            region = self.answers.region or region_of_store(self.store.domain)
            found = seller_link(link.link_key, region, self.store)
        else:
            found = link_for_store(link.link_key, self.store)
        return found.url, found.certainty is Certainty.SEEN
