"""The phone page in the participant's language: the questions and the page's own words."""

from __future__ import annotations

import dataclasses

from tests.live.conftest import Client, Live
from workshop_app.demo import build_demo
from workshop_app.domain.translation import localized


def _demo_blank():
    demo = build_demo()
    people = tuple(dataclasses.replace(p, done=False) for p in demo.participants)
    return dataclasses.replace(demo, participants=people, answers=())


def test_the_phone_page_gets_questions_and_words_in_the_participants_language(
    make_live,
) -> None:
    live: Live = make_live(_demo_blank())
    w = live.session.workshop()
    kim = next(p for p in w.participants if p.name == "김민준")
    client = Client(live.server.port, live.token(kim.id))
    status, state = live.in_thread(client.state)
    assert status == 200
    assert state["language"] == "ko"
    assert state["ui"]["next"] == "다음 →" and state["dont_know_label"] == "모름"
    ko = localized(w.questionnaire, "ko")
    first = state["questions"][0]
    assert first["text"] == ko.question(first["id"]).text
    assert [o["id"] for o in first["options"]] == list(
        w.questionnaire.question(first["id"]).option_ids()
    )
    # The answer is an option id, stored as in any language.
    qid, option = first["id"], first["options"][1]["id"]
    assert live.in_thread(lambda: client.answer(qid, option, seq=1))[0] == 200
    assert live.stored()[(kim.id, qid)].value == option

    wang = next(p for p in w.participants if p.name == "王芳")
    status, state = live.in_thread(Client(live.server.port, live.token(wang.id)).state)
    assert state["language"] == "zh-CN" and state["ui"]["back"] == "← 上一题"
