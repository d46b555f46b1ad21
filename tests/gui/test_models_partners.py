"""The partners and participants table models, without widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app.domain.enums import Function
from workshop_app.domain.errors import ValidationError
from workshop_app.session import WorkshopSession
from workshop_app.ui.models import participants as pc
from workshop_app.ui.models import partners as pt
from workshop_app.ui.models.participants import ParticipantsModel
from workshop_app.ui.models.partners import PartnersModel, parse_capacities


def test_partners_model_contract_and_values(qtmodeltester, session: WorkshopSession) -> None:
    model = PartnersModel(session)
    model.set_workshop(session.workshop())
    qtmodeltester.check(model)
    w = session.workshop()
    assert model.rowCount() == len(w.partners)
    korean = next(p for p in w.partners if "한빛" in p.name)
    row = model.row_of(korean.id)
    assert model.data(model.index(row, pt.COL_NAME)) == korean.name
    assert model.data(model.index(row, pt.COL_COLOUR), Qt.ItemDataRole.DecorationRole).name()
    assert model.data(model.index(row, pt.COL_PARTICIPANTS), pt.SORT_ROLE) == len(
        w.participants_of(korean.id)
    )


def test_partner_rename_goes_through_the_session(session: WorkshopSession) -> None:
    model = PartnersModel(session)
    model.set_workshop(session.workshop())
    assert model.setData(model.index(0, pt.COL_NAME), "Nordwerk Äußere AG")
    assert session.workshop().partners[0].name == "Nordwerk Äußere AG"
    session.undo_stack.undo()
    assert session.workshop().partners[0].name != "Nordwerk Äußere AG"


def test_bad_edits_are_reported_and_not_stored(session: WorkshopSession) -> None:
    model = PartnersModel(session)
    model.set_workshop(session.workshop())
    errors: list[str] = []
    model.editFailed.connect(errors.append)
    other = session.workshop().partners[1].name
    assert not model.setData(model.index(0, pt.COL_NAME), other)
    assert "already" in errors[-1]
    assert not model.setData(model.index(0, pt.COL_CAPACITIES), "FTE = lots")
    assert "lots" in errors[-1]
    assert session.workshop().partners[0].name != other


def test_parse_capacities() -> None:
    assert parse_capacities("engineer-years = 40; FTE=12,5", "A") == (
        ("engineer-years", 40.0),
        ("FTE", 12.5),
    )
    assert parse_capacities("", "A") == ()
    with pytest.raises(ValidationError, match="Capacities of A"):
        parse_capacities("FTE 12", "A")


def test_participants_model(qtmodeltester, session: WorkshopSession) -> None:
    w = session.workshop()
    partner = w.partners[1]
    model = ParticipantsModel(session)
    model.set_workshop(w, partner.id)
    qtmodeltester.check(model)
    people = w.participants_of(partner.id)
    assert [model.data(model.index(r, pc.COL_NAME)) for r in range(model.rowCount())] == [
        p.name for p in people
    ]
    answered = len(w.answers_of(people[0].id))
    assert model.data(model.index(0, pc.COL_ANSWERS), pc.SORT_ROLE) == answered
    assert model.setData(model.index(0, pc.COL_FUNCTION), "software")
    assert session.workshop().participant(people[0].id).function is Function.SOFTWARE
    assert model.data(model.index(0, pc.COL_FUNCTION)) == "Software"
    errors: list[str] = []
    model.editFailed.connect(errors.append)
    assert not model.setData(model.index(0, pc.COL_FUNCTION), "软件 / Software")
    assert "'软件 / Software' is not one of strategy" in errors[-1]
    assert session.workshop().participant(people[0].id).function is Function.SOFTWARE
    assert not model.setData(model.index(0, pc.COL_NAME), "")
    assert "Participant name" in errors[-1]


def test_participants_progress_from_the_index_equals_a_count_of_every_answer(
    session: WorkshopSession,
) -> None:
    """The session's indexed answers are looked up per asked question; a plain tuple of
    answers is counted answer by answer: both give the same progress."""
    import dataclasses

    from workshop_app.domain.answers import Answers
    from workshop_app.domain.scope import asked_questions

    w = session.workshop()
    assert isinstance(w.answers, Answers)
    plain = dataclasses.replace(w, answers=tuple(w.answers))
    for partner in w.partners:
        people = w.participants_of(partner.id)
        indexed, counted = ParticipantsModel(session), ParticipantsModel(session)
        indexed.set_workshop(w, partner.id)
        counted.set_workshop(plain, partner.id)
        for row, person in enumerate(people):
            asked = {q.id for q in asked_questions(w.details, w.questionnaire, person)}
            done = sum(
                1
                for a in w.answers_of(person.id)
                if a.question_id in asked and (a.value is not None or a.dont_know)
            )
            for model in (indexed, counted):
                shown = model.data(model.index(row, pc.COL_ANSWERS))
                assert shown == f"{done} of {len(asked)}", (partner.name, person.name)
