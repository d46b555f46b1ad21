"""The leadership PDF's heads of terms: the heads not yet agreed, by number and title.

Page one names them in one line; the body has a table with each head's status, who
proposed it, and the gaps that hold it open. The status is ``analysis.heads``'s (a head is
never agreed while a linked gap is open).
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from workshop_app.analysis.heads import HeadState, head_states
from workshop_app.domain.heads import HeadStatus
from workshop_app.exports.pdf_base import ReportBase
from workshop_app.exports.pdf_fonts import markup
from workshop_app.exports.pdf_para import Para
from workshop_app.exports.report_language import label, tr


class HeadsMixin(ReportBase):
    def heads_not_agreed(self) -> list[HeadState]:
        return [
            s
            for s in head_states(self.w, self.a.gaps)
            if s.status not in (HeadStatus.AGREED, HeadStatus.NOT_APPLICABLE)
        ]

    def heads_line(self) -> list[Flowable]:
        """Page one: every head not yet agreed, in one paragraph (at most sixteen)."""
        heads = self.heads_not_agreed()
        if not heads:
            return []
        text = " · ".join(f"<b>{s.spec.number}</b> {markup(label(s.spec.title))}" for s in heads)
        return [
            Para(
                markup(tr("Heads of terms not yet agreed ({n} of 16)").format(n=len(heads))),
                self.s["hpage1"],
            ),
            Para(text, self.s["cell"]),
        ]

    def heads_section(self) -> list[Flowable]:
        heads = self.heads_not_agreed()
        out: list[Flowable] = [
            CondPageBreak(120),
            self.heading(tr("Heads of terms not yet agreed")),
        ]
        if not heads:
            out.append(self.empty(tr("Every head of terms is agreed or not applicable.")))
            return out
        out.append(
            Para(
                markup(
                    tr(
                        "{n} of the 16 heads are not yet agreed; the term sheet shows each "
                        "partner's position on them. Numbers are those of the term sheet."
                    ).format(n=len(heads))
                ),
                self.s["body"],
            )
        )
        rows = []
        for s in heads:
            status = label(s.status.label)
            if s.status is HeadStatus.PROPOSED:
                who = self.pname(s.record.proposed_by, joint=tr("a partner"))
                status = tr("Proposed by {partner}").format(partner=who)
            elif s.held_open:
                status = tr("Open (recorded as agreed)")
            rows.append([str(s.spec.number), label(s.spec.title), status, ", ".join(s.open_gaps)])
        headers = [tr("No."), tr("Head"), tr("Status"), tr("Open gaps")]
        out.append(self.table(headers, rows, [30, 190, 140, 120]))
        return out
