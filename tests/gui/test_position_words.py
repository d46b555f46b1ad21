"""A partner's position reads the same on the alignment page, the projector, the term sheet
and the PDF: every medium prints the analysis's words (for choices: every option chosen,
largest share first), not its own selection of them."""

from __future__ import annotations

from workshop_app.analysis import analyse
from workshop_app.analysis.positions import position_summary, short_words
from workshop_app.domain.enums import QuestionType
from workshop_app.exports.pdf_full import position_text
from workshop_app.exports.term_sheet import _Builder
from workshop_app.ui.pages.alignment_positions import describe_position as page_words
from workshop_app.ui.presentation_slides import describe_position as projector_words


def test_multi_choice_positions_read_the_same_in_every_medium(qapp, small_demo) -> None:
    analysis = analyse(small_demo)
    q = small_demo.questionnaire
    multi = next(
        x
        for x in q.questions()
        if x.type is QuestionType.MULTI_CHOICE
        and any(
            len([v for v in p.distribution.values() if v > 0]) >= 2
            for p in analysis.questions[x.id].positions.values()
        )
    )
    builder = _Builder(small_demo, analysis)
    for partner in small_demo.partners:
        pos = analysis.questions[multi.id].positions[partner.id]
        words = position_summary(multi, pos).words
        chosen = [o for o, v in pos.distribution.items() if v > 0]
        assert len(words.split("; ")) == len(chosen)  # every option chosen, not a majority
        assert words in page_words(pos, multi, partner)
        summary = position_summary(multi, pos)
        assert projector_words(multi, pos)[0] == short_words(summary, 90)
        assert short_words(summary, 90).rstrip(" …;") in words
        assert builder._position(multi, pos).startswith(words)
        assert position_text(multi, pos).replace("\n", "; ") == words
