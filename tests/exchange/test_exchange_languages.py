"""Participants' languages through JSON, pre-work workbooks and the Excel form."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import openpyxl
import pytest

from workshop_app.demo import build_demo
from workshop_app.domain.errors import FileFormatError
from workshop_app.domain.template_format import questionnaire_from_dict
from workshop_app.domain.translation import localized
from workshop_app.exchange.forms_xlsx import write_form_xlsx
from workshop_app.exchange.forms_xlsx_read import read_form_xlsx
from workshop_app.exchange.json_io import (
    interchange_schema,
    workshop_from_json,
    workshop_to_json,
)
from workshop_app.exchange.prework import export_prework, import_prework
from workshop_app.exchange.templates import builtin_template_paths, read_template_data
from workshop_app.storage.store import create_workshop


def _blank_demo():
    demo = build_demo()
    people = tuple(dataclasses.replace(p, done=False) for p in demo.participants)
    return dataclasses.replace(demo, participants=people, answers=(), gap_discussions=())


def test_json_carries_each_participants_language_and_the_translations() -> None:
    demo = build_demo()
    doc = workshop_to_json(demo)
    jsonschema.validate(doc, interchange_schema())
    assert {p["name"]: p["language"] for p in doc["participants"]}["박지훈"] == "ko"
    assert set(doc["questionnaire"]["translations"]) == {"de", "zh_CN", "ko"}
    back = workshop_from_json(json.loads(json.dumps(doc)))
    assert back.participants == demo.participants
    assert back.questionnaire == demo.questionnaire
    # A document without languages (an older one) reads English for everyone.
    for p in doc["participants"]:
        del p["language"]
    assert {p.language for p in workshop_from_json(doc).participants} == {"en"}


def test_json_refuses_a_language_the_product_lacks_naming_the_participant() -> None:
    doc = workshop_to_json(build_demo())
    doc["participants"][0]["language"] = "fr"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, interchange_schema())
    with pytest.raises(FileFormatError) as caught:
        workshop_from_json(doc)
    assert "participants[0]" in str(caught.value)
    assert "Language of Jürgen Weiß: 'fr' is not one of en, de, zh_CN, ko" in str(caught.value)


def test_prework_asks_each_participant_in_their_language_and_reads_it_back(
    tmp_path: Path,
) -> None:
    w = _blank_demo()
    hanbit = next(p for p in w.partners if "Hanbit" in p.name)
    store = create_workshop(tmp_path / "w.workshop", w)
    try:
        path = export_prework(store.load(), hanbit.id, tmp_path / "hanbit.xlsx")
        wb = openpyxl.load_workbook(path)
        ws = wb["김민준"]
        ko = localized(w.questionnaire, "ko")
        rows = {ws.cell(row=r, column=1).value: r for r in range(1, ws.max_row + 1)}
        g01 = ko.question("G01")
        assert ws.cell(row=rows["G01"], column=2).value == g01.text
        assert "주된 이유" in ws.cell(row=rows["G01"], column=2).value
        # A number question's unit in Korean beside how to answer it.
        assert "(천 대/년)" in ws.cell(row=rows["G04"], column=3).value
        assert "thousand vehicles" not in ws.cell(row=rows["G04"], column=3).value
        glossary = [c.value for c in wb["Glossary"]["A"]]
        assert "형식승인" in glossary and "Type approval" not in glossary
        # A person picks the Korean label the drop-down offers.
        ws.cell(row=rows["G01"], column=4).value = g01.option_label("market_access")
        ws.cell(row=rows["G06"], column=4).value = f"3 – {ko.question('G06').anchor_label(3)}"
        wb.save(path)
        import_prework(store, path)
        person = next(p for p in w.participants if p.name == "김민준")
        answers = {a.question_id: a.value for a in store.answers_of(person.id)}
        assert answers == {"G01": "market_access", "G06": 3}  # ids and points, as in English
    finally:
        store.close(backup=False)


@pytest.mark.parametrize("path", builtin_template_paths(), ids=lambda p: p.stem)
def test_the_excel_form_keeps_every_translation(path: Path, tmp_path: Path) -> None:
    data = read_template_data(path)
    out = write_form_xlsx(data, tmp_path / "form.xlsx")
    survey = openpyxl.load_workbook(out)["survey"]
    headers = [c.value for c in survey[1]]
    assert {"label::German (de)", "hint::Chinese (zh_CN)", "short::Korean (ko)"} <= set(headers)
    assert "unit::Korean (ko)" in headers  # a number question's unit, translated too
    back, warnings = read_form_xlsx(out)
    assert warnings == []
    assert questionnaire_from_dict(back, "back") == questionnaire_from_dict(data, path.name)
