"""Questionnaires in several languages: the template format, forms validate, the one
helper that picks a participant's words, and analysis that does not depend on them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml

from workshop_app.analysis import analyse
from workshop_app.analysis.report import analysis_to_dict
from workshop_app.cli import main
from workshop_app.demo import build_demo
from workshop_app.domain.errors import TemplateError, ValidationError
from workshop_app.domain.languages import CODES
from workshop_app.domain.model import Participant
from workshop_app.domain.template_format import questionnaire_from_dict, questionnaire_to_dict
from workshop_app.domain.translation import localized, missing_translations, question_in
from workshop_app.exchange.templates import (
    builtin_template_paths,
    load_template,
    read_template_data,
)
from workshop_app.live.chrome import _WORDS, chrome_words

SHIPPED = builtin_template_paths()


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_the_shipped_questionnaires_speak_every_language_with_every_word(path: Path) -> None:
    q = load_template(path)
    assert q.languages == CODES
    assert missing_translations(q) == []
    for lang in CODES[1:]:
        shown = localized(q, lang)
        # Every word differs from the English (nothing left untranslated by copying) ...
        changed = sum(
            a.text != b.text for a, b in zip(q.questions(), shown.questions(), strict=True)
        )
        assert changed == len(q), lang
        assert [t for t, _ in shown.glossary] != [t for t, _ in q.glossary] or lang == "de"
        # ... and only words: ids, options, scales and weights are the source's.
        for a, b in zip(q.questions(), shown.questions(), strict=True):
            assert (a.id, a.type, a.option_ids(), a.weight) == (
                b.id,
                b.type,
                b.option_ids(),
                b.weight,
            )
            assert [p for p, _ in a.anchors] == [p for p, _ in b.anchors]


def test_forms_validate_names_languages_and_every_missing_word(tmp_path: Path, capsys) -> None:
    shipped = next(p for p in SHIPPED if p.stem == "review-point")
    assert main(["forms", "validate", str(shipped)]) == 0
    assert "languages en, de, zh_CN, ko" in capsys.readouterr().out

    data = read_template_data(shipped)
    del data["translations"]["ko"]["questions"]["G01"]["options"]["different"]
    del data["translations"]["de"]["questions"]["S01"]["text"]
    del data["translations"]["zh_CN"]["glossary"]["Steering group"]
    broken = tmp_path / "review-point.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["forms", "validate", str(broken)]) != 0
    err = capsys.readouterr().err
    assert "review-point.yaml: question G01, field 'options.different': no ko translation" in err
    assert "review-point.yaml: question S01, field 'text': no de translation" in err
    assert "review-point.yaml: glossary, field 'Steering group.term': no zh_CN translation" in err
    assert "breaks 4 writing rule(s)" in err  # the glossary term and its meaning


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda t: t["de"]["questions"]["G01"]["options"].update(gone="Weg"),
            "x.yaml: question G01, field 'translations.de.options.gone': is not an option",
        ),
        (
            lambda t: t["de"]["questions"].update(Z99={"text": "?"}),
            "field 'translations.de.questions.Z99': is not a question of the template",
        ),
        (
            lambda t: t.update(fr={"title": "Questionnaire"}),
            "'fr' is not a language of the product (en, de, zh_CN, ko)",
        ),
        (
            lambda t: t.update(en={"title": "Questionnaire"}),
            "'en' is the template's own language",
        ),
        (
            lambda t: t["ko"]["questions"]["S01"]["anchors"].update({9: "아홉"}),
            "question S01, field 'translations.ko.anchors.9': the source labels no such point",
        ),
        (
            lambda t: t["de"]["questions"]["G01"].update(unit="Stück"),
            "question G01, field 'translations.de.unit': the source question has no unit",
        ),
        (
            lambda t: t["zh_CN"]["questions"]["G01"].update(colour="红"),
            "question G01, field 'translations.zh_CN.colour': unknown key",
        ),
    ],
)
def test_a_translation_that_does_not_match_its_source_is_refused(edit, message: str) -> None:
    data = read_template_data(next(p for p in SHIPPED if p.stem == "review-point"))
    edit(data["translations"])
    with pytest.raises(TemplateError) as caught:
        questionnaire_from_dict(data, "x.yaml")
    assert message in str(caught.value)


def test_translations_survive_the_stored_form_of_a_questionnaire() -> None:
    q = load_template(SHIPPED[0])
    assert questionnaire_from_dict(questionnaire_to_dict(q), "copy") == q


def test_a_number_questions_unit_is_translated_and_kept_through_the_stored_form() -> None:
    q = load_template(next(p for p in SHIPPED if p.stem == "alignment-core"))
    units = {lang: localized(q, lang).question("G04").unit for lang in CODES}
    assert units == {
        "en": "thousand vehicles a year",
        "de": "Tsd. Fahrzeuge pro Jahr",
        "zh_CN": "千辆/年",
        "ko": "천 대/년",
    }
    # Every number question with a unit has it in every language, none copied from English.
    for lang in CODES[1:]:
        shown = localized(q, lang)
        for x in q.questions():
            if x.unit and x.unit != "%":
                assert shown.question(x.id).unit not in ("", x.unit), (lang, x.id)
    # Written to the template's translations block and read back the same.
    data = questionnaire_to_dict(q)
    assert data["translations"]["ko"]["questions"]["S04"]["unit"] == "명"
    back = questionnaire_from_dict(data, "stored")
    assert back == q and localized(back, "ko").question("S04").unit == "명"


def test_forms_validate_names_a_missing_unit_with_language_and_question(
    tmp_path: Path, capsys
) -> None:
    data = read_template_data(next(p for p in SHIPPED if p.stem == "review-point"))
    del data["translations"]["ko"]["questions"]["R03"]["unit"]
    broken = tmp_path / "review-point.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["forms", "validate", str(broken)]) != 0
    err = capsys.readouterr().err
    assert "review-point.yaml: question R03, field 'unit': no ko translation" in err
    assert "breaks 1 writing rule(s)" in err
    # The participant still sees a unit: the source's, until it is translated.
    q = questionnaire_from_dict(data, "broken")
    assert localized(q, "ko").question("R03").unit == "problems"


def test_one_helper_gives_a_question_in_a_language() -> None:
    q = load_template(next(p for p in SHIPPED if p.stem == "alignment-core"))
    g01 = q.question("G01")
    ko = question_in(q, g01, "ko")
    assert ko.text == "귀사가 이 파트너십을 원하는 주된 이유는 무엇입니까?"
    assert ko.option_label("market_access") == "시장 또는 고객에 대한 접근"
    assert ko.option_ids() == g01.option_ids()
    de = localized(q, "de")
    assert de.question("G06").anchor_label(1).startswith("Die Partner haben nicht")
    assert de.section(q.sections[0].element).title == "Gemeinsame strategische Ziele"
    # The glossary follows: the German help of R01 names the German term.
    assert ("Baseline", de.glossary[0][1]) in de.glossary_for(de.question("R01"))
    assert question_in(q, g01, "en") == g01
    # A template with no languages at all shows its own words to everyone.
    bare = dataclasses.replace(q, translations=())
    assert localized(bare, "ko") is bare and question_in(bare, g01, "zh_CN") == g01


def test_the_same_answers_give_the_same_analysis_in_any_languages() -> None:
    demo = build_demo()
    assert {p.language for p in demo.participants} == {"de", "zh_CN", "ko"}
    english = dataclasses.replace(
        demo,
        participants=tuple(dataclasses.replace(p, language="en") for p in demo.participants),
    )
    reversed_languages = dataclasses.replace(
        demo,
        participants=tuple(
            dataclasses.replace(p, language=CODES[-1 - CODES.index(p.language)])
            for p in demo.participants
        ),
    )
    expected = analysis_to_dict(english, analyse(english))
    assert len(expected["questions"]) == 83 and expected["gaps"]  # a real analysis
    assert analysis_to_dict(demo, analyse(demo)) == expected
    assert analysis_to_dict(reversed_languages, analyse(reversed_languages)) == expected


def test_a_participants_language_is_one_of_the_products() -> None:
    Participant("p", "a", "Jürgen Weiß", language="de").validate()
    with pytest.raises(ValidationError, match="Language of 김민준: 'kr' is not one of en, de"):
        Participant("p", "a", "김민준", language="kr").validate()


def test_the_phone_pages_words_exist_in_every_language() -> None:
    for lang in CODES:
        words = chrome_words(lang)
        assert set(words) == set(_WORDS) and all(w.strip() for w in words.values()), lang
        for key, english in chrome_words("en").items():
            # the page fills in the same {marks} whatever the language
            assert sorted(_marks(words[key])) == sorted(_marks(english)), (lang, key)
    assert chrome_words("ko")["next"] == "다음 →"
    # The few words the page needs before the server answers are the table's English.
    script = (Path(__file__).parents[2] / "workshop_app/live/static/app.js").read_text()
    for key in ("link_invalid", "unreachable", "open_link", "offline"):
        assert f'{key}: "{chrome_words("en")[key]}"' in script


def _marks(text: str) -> list[str]:
    import re

    return re.findall(r"\{(\w+)\}", text)


def test_the_editor_adds_a_question_to_a_translated_questionnaire() -> None:
    from workshop_app.domain.enums import Element
    from workshop_app.domain.questionnaire_edit import add_question, check_question, template_data

    q = load_template(next(p for p in SHIPPED if p.stem == "alignment-core"))
    written = dict(template_data(q)["sections"][0]["questions"][0], id="G99")
    question, problems = check_question(q, None, written, Element.GOALS)
    assert problems == {} and question is not None  # no translation yet is no obstacle
    edited = add_question(q, Element.GOALS, question)
    assert edited.languages == q.languages
    # Shown in English until translated, and forms validate names what is missing.
    assert localized(edited, "ko").question("G99").text == q.question("G01").text
    assert ("question G99", "text", "ko") in missing_translations(edited)
    assert questionnaire_from_dict(questionnaire_to_dict(edited), "stored") == edited
