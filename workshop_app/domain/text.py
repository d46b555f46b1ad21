"""Rules for text typed by people: what is refused rather than silently changed."""

from __future__ import annotations

import re
import unicodedata

from workshop_app.domain.errors import ValidationError

# Characters that SQLite keeps but XML (xlsx) and PDF text cannot carry. Tab, newline
# and carriage return are allowed.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

MAX_TEXT = 32_767  # Excel's cell limit: longer text could not reach the term sheet whole.


def check_text(value: str, what: str, *, max_length: int = MAX_TEXT, required: bool = False) -> str:
    """Return ``value`` unchanged if it is acceptable, else raise naming ``what``."""
    if not isinstance(value, str):
        raise ValidationError(f"{what}: expected text, got {type(value).__name__}.")
    # Printable ASCII (most text, and the empty comment of most answers) has neither.
    match = None if value.isascii() and value.isprintable() else _bad_character(value)
    if match:
        code = f"U+{ord(match.group()):04X}"
        raise ValidationError(
            f"{what}: contains the control character {code} at position {match.start() + 1}, "
            "which cannot be stored; remove it and try again."
        )
    if len(value) > max_length:
        raise ValidationError(
            f"{what}: is {len(value):,} characters long; the limit is {max_length:,}."
        )
    if required and not value.strip():
        raise ValidationError(f"{what}: must not be empty.")
    return value


def _bad_character(value: str) -> re.Match[str] | None:
    return _ILLEGAL.search(value) or _SURROGATE.search(value)


def name_key(name: str) -> str:
    """What makes two names the same name: letter case, surrounding spaces and the
    Unicode form do not count ("Jürgen" typed on a Mac is decomposed, NFD, elsewhere
    composed, NFC; both look identical and must not make two partners)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).strip().casefold())


# One @, something before it, a dot in the domain, no spaces: catches the typos that
# matter (a missing @, a name typed in the wrong column) without rejecting real addresses.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")


def check_email(value: str, what: str) -> str:
    """Return ``value`` if it is blank or looks like an e-mail address, else raise."""
    check_text(value, what, max_length=200)
    if value and not _EMAIL.match(value):
        raise ValidationError(
            f"{what}: '{value}' is not an e-mail address (like name@example.com)."
        )
    return value
