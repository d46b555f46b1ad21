from __future__ import annotations

import pytest

from workshop_app.domain.errors import ValidationError
from workshop_app.domain.languages import CODES, from_locale, language


def test_the_four_languages_in_menu_order() -> None:
    assert CODES == ("en", "de", "zh_CN", "ko")
    assert language("ko").name == "한국어"


@pytest.mark.parametrize(
    ("locale", "code"),
    [
        ("de_AT", "de"),
        ("de", "de"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_TW", "zh_CN"),
        ("ko_KR", "ko"),
        ("fr_FR", "en"),
        ("C", "en"),
        ("en_GB", "en"),
    ],
)
def test_a_system_locale_picks_the_closest_language(locale: str, code: str) -> None:
    assert from_locale(locale) == code


def test_an_unknown_code_is_refused_by_name() -> None:
    with pytest.raises(ValidationError, match=r"Unknown language 'fr'.*en, de, zh_CN, ko"):
        language("fr")
