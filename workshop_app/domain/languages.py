"""The languages the product speaks: its interface, questionnaires and reports.

One list, used by the interface's language menu, a participant's language, a
questionnaire's translations and the exports' ``--lang``. Codes are Qt locale names,
so ``QLocale(code)`` and the translation files (``workshop_<code>.qm``) use them as is.
"""

from __future__ import annotations

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.records import record


@record
class Language:
    """A language the app and a workshop's participants can use."""

    code: str  # a Qt locale name: "en", "de", "zh_CN", "ko"
    name: str  # in the language itself, as a menu shows it to someone who reads it


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("de", "Deutsch"),
    Language("zh_CN", "简体中文"),
    Language("ko", "한국어"),
)
DEFAULT_LANGUAGE = "en"
CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)


def language(code: str) -> Language:
    """The language with this code; ValidationError naming the known codes otherwise."""
    for lang in LANGUAGES:
        if lang.code == code:
            return lang
    known = ", ".join(CODES)
    raise ValidationError(f"Unknown language '{code}': use one of {known}.")


def from_locale(name: str) -> str:
    """The closest supported language for a locale name such as "de_AT" or "zh-Hans-CN";
    English when none is close."""
    norm = name.replace("-", "_")
    if norm in CODES:
        return norm
    base = norm.split("_", 1)[0].lower()
    if base == "zh":
        return "zh_CN"  # the one Chinese the product ships: simplified
    return base if base in CODES else DEFAULT_LANGUAGE
