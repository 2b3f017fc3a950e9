"""Live language switching: swap the translators and let every widget retranslate itself.

Installing a translator makes Qt send a LanguageChange event to every widget; each window and
page answers it by setting its texts again (`retranslate()`), so nothing typed is lost.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from app.core.languages import Language
from app.resource_paths import translations_dir

log = logging.getLogger(__name__)


def qt_locale(language: Language) -> QLocale:
    """The locale that formats dates and numbers for this language."""
    if language is Language.ITALIAN:
        return QLocale(QLocale.Language.Italian, QLocale.Country.Italy)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class LanguageSwitcher(QObject):
    """Owns the installed translators; `changed` tells the app a new language is in force."""

    changed = Signal(object)  # Language

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self._current: Language | None = None

    @property
    def current(self) -> Language:
        return self._current or Language.ENGLISH

    def loaded_files(self) -> list[str]:
        """The translation files in force, by path (Qt's own first, then the app's)."""
        return [translator.filePath() for translator in self._translators]

    def apply(self, language: Language) -> None:
        if language is self._current:
            return
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        QLocale.setDefault(qt_locale(language))
        if language is not Language.ENGLISH:  # English is the source language
            self._install(
                "qtbase_" + language.value,
                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            )
            self._install("app_" + language.value, str(translations_dir()))
        self._current = language
        self.changed.emit(language)

    def _install(self, name: str, folder: str) -> None:
        translator = QTranslator(self)
        if translator.load(name, folder):
            self._app.installTranslator(translator)
            self._translators.append(translator)
        else:
            log.error("translation %s not found in %s", name, folder)
