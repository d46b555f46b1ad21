"""The page table models, without widgets: qtmodeltester contract, values, edits, errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from workshop_app.domain.enums import RightCode
from workshop_app.session import WorkshopSession
from workshop_app.ui.models.action_items import ActionItemsModel
from workshop_app.ui.models.alignment import (
    ALIGNMENT_ROLE,
    DisagreementsModel,
    GapsModel,
    HeatMapModel,
)
from workshop_app.ui.models.base import SORT_ROLE
from workshop_app.ui.models.contribution_totals import ContributionTotalsModel, party_totals
from workshop_app.ui.models.contributions import ContributionsModel
from workshop_app.ui.models.exit import ExitTriggersModel, SharedAssetsModel
from workshop_app.ui.models.governance import (
    BodiesModel,
    DecisionRightsModel,
    EscalationModel,
    ReviewPointsModel,
)
from workshop_app.ui.models.readiness import ReadinessModel


def _contributions(session: WorkshopSession) -> ContributionsModel:
    m = ContributionsModel(session)
    w = session.workshop()
    m.set_context(w.partners, {})
    m.set_rows(w.contributions)
    return m


def test_every_model_passes_the_model_tester(qtmodeltester, session) -> None:
    w, a = session.workshop(), session.analysis()
    models = []
    models.append(_contributions(session))
    t = ContributionTotalsModel()
    t.set_rows(party_totals(w.partners, w.contributions, "Joint venture"))
    models.append(t)
    b = BodiesModel(session)
    b.set_rows(w.bodies)
    d = DecisionRightsModel(session)
    d.set_context(w.partners, w.bodies)
    d.set_rows(w.decisions)
    e = EscalationModel(session)
    e.set_rows(w.escalation_steps)
    r = ReviewPointsModel(session)
    r.set_rows(w.review_points)
    x = ExitTriggersModel(session)
    x.set_rows(w.exit_triggers)
    s = SharedAssetsModel(session)
    s.set_context(w.partners)
    s.set_rows(w.shared_assets)
    ai = ActionItemsModel(session)
    ai.set_context({q.id: q.title for q in w.questionnaire.questions()})
    ai.set_rows(w.action_items)
    g = GapsModel()
    g.set_gaps(a.gaps, w.partners)
    h = HeatMapModel()
    h.set_analysis(a, w.partners)
    dis = DisagreementsModel()
    dis.set_disagreements(a.internal_disagreements, w.partners)
    rd = ReadinessModel()
    rd.set_rows(a.readiness.checks)
    models += [b, d, e, r, x, s, ai, g, h, dis, rd]
    for m in models:
        assert m.rowCount() > 0, type(m).__name__
        qtmodeltester.check(m, force_py=True)


def test_heat_map_reads_the_analysis_values(session) -> None:
    w, a = session.workshop(), session.analysis()
    h = HeatMapModel()
    h.set_analysis(a, w.partners)
    assert h.columnCount() == 3  # three partners -> three pairs
    qa = a.questions[h.key(h.item(0))]
    pair = h.pair_at(0)
    assert h.index(0, 0).data(ALIGNMENT_ROLE) == pytest.approx(1 - qa.pairwise[pair])
    assert h.index(0, 0).data().endswith("%")


def test_numbers_are_right_aligned_and_text_is_not(session) -> None:
    w = session.workshop()
    right = Qt.AlignmentFlag.AlignRight
    c = _contributions(session)
    for col in (ContributionsModel.QUANTITY, ContributionsModel.VALUATION):
        assert c.index(0, col).data(Qt.ItemDataRole.TextAlignmentRole) & right
        assert c.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
    assert (
        c.index(0, ContributionsModel.DESCRIPTION).data(Qt.ItemDataRole.TextAlignmentRole) is None
    )
    t = ContributionTotalsModel()
    t.set_rows(party_totals(w.partners, w.contributions, "Joint venture"))
    for col in (ContributionTotalsModel.GIVES, ContributionTotalsModel.VALUE_GIVEN):
        assert t.index(0, col).data(Qt.ItemDataRole.TextAlignmentRole) & right
    assert t.index(0, ContributionTotalsModel.PARTY).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_gaps_sort_by_raw_severity(session) -> None:
    w, a = session.workshop(), session.analysis()
    g = GapsModel()
    g.set_gaps(a.gaps, w.partners)
    severities = [g.index(r, GapsModel.SEVERITY).data(SORT_ROLE) for r in range(g.rowCount())]
    assert severities == sorted(severities, reverse=True)
    assert isinstance(severities[0], float)


def test_text_in_a_number_column_is_refused_with_a_message(qtbot, session) -> None:
    m = _contributions(session)
    before = session.workshop().contributions
    with qtbot.waitSignal(m.editFailed) as blocker:
        assert not m.setData(m.index(0, ContributionsModel.QUANTITY), "forty")
    assert "Quantity" in blocker.args[0] and "forty" in blocker.args[0]
    assert session.workshop().contributions == before
    assert session.undo_stack.count() == 0


def test_a_number_typed_in_a_cell_is_stored(session) -> None:
    m = _contributions(session)
    cid = m.item(0).id
    assert m.setData(m.index(0, ContributionsModel.QUANTITY), "42.5")
    stored = next(c for c in session.workshop().contributions if c.id == cid)
    assert stored.quantity == 42.5


def test_end_before_start_is_refused(qtbot, session) -> None:
    m = _contributions(session)
    row = next(i for i, c in enumerate(m.items()) if c.start is not None)
    start = m.item(row).start
    with qtbot.waitSignal(m.editFailed) as blocker:
        assert not m.setData(m.index(row, ContributionsModel.END), QDate(start.year - 1, 1, 1))
    assert "before it starts" in blocker.args[0]


def test_decision_flags_follow_the_rights(session) -> None:
    w = session.workshop()
    d = DecisionRightsModel(session)
    d.set_context(w.partners, w.bodies)
    d.set_rows(w.decisions)
    first = w.partners[0]
    col = DecisionRightsModel.FIRST_PARTNER
    row = 0
    for pid, _ in d.item(row).rights:
        d.setData(d.index(row, col + [p.id for p in w.partners].index(pid)), "")
        d.set_rows(session.workshop().decisions)
    assert "No owner" in d.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert d.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    d.setData(d.index(row, col), "D")
    d.set_rows(session.workshop().decisions)
    assert d.item(row).right_of(first.id) is RightCode.DECIDES
    assert d.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    d.setData(d.index(row, col + 1), "d")
    d.set_rows(session.workshop().decisions)
    assert "Two or more" in d.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_bad_right_code_is_refused(qtbot, session) -> None:
    w = session.workshop()
    d = DecisionRightsModel(session)
    d.set_context(w.partners, w.bodies)
    d.set_rows(w.decisions)
    with qtbot.waitSignal(d.editFailed) as blocker:
        assert not d.setData(d.index(0, DecisionRightsModel.FIRST_PARTNER), "X")
    assert "not D, J, C or I" in blocker.args[0]


def test_totals_count_gives_and_gets_including_the_joint_venture(session) -> None:
    w = session.workshop()
    rows = party_totals(w.partners, w.contributions, "Joint venture")
    assert sum(r.gives for r in rows) == len(w.contributions)
    assert sum(r.gets for r in rows) == len(w.contributions)
    jv = rows[-1]
    assert jv.gets == sum(1 for c in w.contributions if c.recipient_id is None)


def test_read_only_models_are_not_editable(session) -> None:
    m = ContributionsModel(None)
    m.set_rows(session.workshop().contributions)
    assert not m.flags(m.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
