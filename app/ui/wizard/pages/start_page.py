"""The first page: the job to do, and the Amazon store the user shops on.

The language is switched by the wizard's own button (bottom left, on every page, named in the
other language): one switcher, not a second one here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.answers import Answers
from app.core.jobs import ALL_JOBS, Job
from app.core.pages import PageId
from app.core.stores import STORES
from app.ui.flows.registry import flow_ui
from app.ui.kit.labels import wrapping_label
from app.ui.kit.rich_text import paragraphs
from app.ui.wizard.pages.flow_page import FlowPage


class StartPage(FlowPage):
    job_chosen = Signal(object)  # Job

    def __init__(self, answers: Answers, parent: QWidget | None = None) -> None:
        super().__init__(PageId.START, answers, parent=parent)
        self.intro = wrapping_label("intro")

        self.job_box = QGroupBox()
        jobs_column = QVBoxLayout(self.job_box)
        self.job_group = QButtonGroup(self)
        self.job_group.idToggled.connect(self._choose_job_number)
        self.job_buttons: dict[Job, QRadioButton] = {}
        for number, job in enumerate(ALL_JOBS):
            button = QRadioButton()
            button.setObjectName(f"job:{job.value}")
            self.job_group.addButton(button, number)
            self.job_buttons[job] = button
            jobs_column.addWidget(button)

        self.store_box = QGroupBox()
        store_row = QHBoxLayout(self.store_box)
        self.store_combo = QComboBox()
        self.store_combo.setObjectName("store")
        for store in STORES:
            self.store_combo.addItem(store.domain, store.domain)
        self.store_combo.currentIndexChanged.connect(self._choose_store)
        store_row.addWidget(self.store_combo)
        store_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.job_box)
        layout.addWidget(self.store_box)
        layout.addStretch(1)
        self.show_store(answers.store_domain)
        self.retranslate()

    def show_store(self, domain: str) -> None:
        index = self.store_combo.findData(domain)
        self.store_combo.setCurrentIndex(max(index, 0))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("Tell me what you need, and I will guide you one step at a time."))
        self.intro.setText(
            paragraphs(
                [
                    self.tr(
                        "I never ask for your password and I never go online by myself: "
                        "when you need an Amazon page, I open the official one in your browser."
                    )
                ]
            )
        )
        self.job_box.setTitle(self.tr("What do you need to do?"))
        for job, button in self.job_buttons.items():
            button.setText(flow_ui(job).choice_text())
        self.store_box.setTitle(self.tr("Which Amazon store do you use?"))

    def order_tab(self) -> None:
        # Its widgets are made in reading order, and its scroll area is no Tab stop from the
        # start (`scroll_contents`): nothing to do. Asking each widget for its focus policy,
        # or looking for the scroll areas, would build PySide's `Qt` namespace and dozens of
        # class enums before the first window is painted.
        return

    def isComplete(self) -> bool:
        return self.answers.job is not None

    def nextId(self) -> int:
        if self.answers.job is None:
            return int(self.page_id)  # no job yet: Next (disabled), and no flow to load
        return super().nextId()

    def _choose_job_number(self, number: int, checked: bool) -> None:
        self._choose_job(ALL_JOBS[number], checked)

    def _choose_job(self, job: Job, checked: bool) -> None:
        if checked:
            self.answers.job = job
            self.job_chosen.emit(job)
            self.completeChanged.emit()

    def _choose_store(self, index: int) -> None:
        self.answers.store_domain = str(self.store_combo.itemData(index))
