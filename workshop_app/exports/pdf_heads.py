"""The leadership PDF's heads of terms: the heads not yet agreed, by number and title.

Page one names them in one line; the body has a table with each head's status, who
proposed it, and the gaps that hold it open. The status is ``analysis.heads``'s (a head is
never agreed while a linked gap is open).
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from workshop_app.analysis.heads import HeadState, head_states
from workshop_app.domain.heads import HeadStatus
from workshop_app.exports.pdf_base import ReportBase
from workshop_app.exports.pdf_fonts import markup


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
        text = " · ".join(f"<b>{s.spec.number}</b> {markup(s.spec.title)}" for s in heads)
        return [
            Paragraph(f"Heads of terms not yet agreed ({len(heads)} of 16)", self.s["hpage1"]),
            Paragraph(text, self.s["cell"]),
        ]

    def heads_section(self) -> list[Flowable]:
        heads = self.heads_not_agreed()
        out: list[Flowable] = [CondPageBreak(120), self.heading("Heads of terms not yet agreed")]
        if not heads:
            out.append(self.empty("Every head of terms is agreed or not applicable."))
            return out
        out.append(
            Paragraph(
                markup(
                    f"{len(heads)} of the 16 heads are not yet agreed; the term sheet shows each "
                    "partner's position on them. Numbers are those of the term sheet."
                ),
                self.s["body"],
            )
        )
        rows = []
        for s in heads:
            status = s.status.label
            if s.status is HeadStatus.PROPOSED:
                status = f"Proposed by {self.pname(s.record.proposed_by, joint='a partner')}"
            elif s.held_open:
                status = "Open (recorded as agreed)"
            rows.append([str(s.spec.number), s.spec.title, status, ", ".join(s.open_gaps)])
        out.append(self.table(["No.", "Head", "Status", "Open gaps"], rows, [30, 190, 140, 120]))
        return out
