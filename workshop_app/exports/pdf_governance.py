"""The leadership and full reports' sections on how the partnership will run: governance
(bodies, escalation, reviews), exit terms (triggers, assets) and action items. In the
leadership summary every list is capped (``MAX_ROWS``, ``MAX_ACTIONS``) and every text cut."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import CondPageBreak, Flowable

from workshop_app.domain.enums import ActionStatus
from workshop_app.exports.pdf_base import ReportBase
from workshop_app.exports.pdf_fonts import markup
from workshop_app.exports.pdf_look import RED, body_kind, fmt_date
from workshop_app.exports.pdf_para import Para
from workshop_app.exports.report_language import label as domain_label
from workshop_app.exports.report_language import tr

# Leadership caps (rows per table); the full report lists everything.
MAX_ROWS = 6  # bodies, escalation steps, review points, triggers, assets
MAX_ACTIONS = 8


class GovernanceMixin(ReportBase):
    def governance_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(120), self.heading(tr("Governance"))]
        bodies, more = self.capped(sorted(self.w.bodies, key=lambda b: b.position), MAX_ROWS)
        if bodies:
            rows = [
                [
                    self.t(b.name, 80),
                    body_kind(b.kind),
                    self.t(b.members, 80),
                    self.t(b.cadence, 60),
                    self.t(b.chair, 60),
                ]
                for b in bodies
            ]
            out += self.caption_with(
                markup(tr("Governance bodies")),
                self.table(
                    [tr("Body"), tr("Kind"), tr("Members"), tr("Meets"), tr("Chair")],
                    rows,
                    [100, 60, 170, 55, 100],
                ),
            )
        else:
            out += [
                Para(markup(tr("Governance bodies")), self.s["h2"]),
                self.empty(tr("No governance bodies recorded yet.")),
            ]
        out += [more] if more else []
        steps, more = self.capped(sorted(self.w.escalation_steps, key=lambda x: x.level), MAX_ROWS)
        if steps:
            rows = [
                [
                    str(x.level),
                    self.t(x.body, 60),
                    tr("{n} days").format(n=x.time_limit_days) if x.time_limit_days else "",
                    self.t(x.description, 110),
                ]
                for x in steps
            ]
            out += self.caption_with(
                markup(tr("Escalation path")),
                self.table(
                    [tr("Level"), tr("Taken to"), tr("Time limit"), tr("What happens")],
                    rows,
                    [36, 130, 60, 260],
                ),
            )
        else:
            out += [
                Para(markup(tr("Escalation path")), self.s["h2"]),
                self.empty(tr("No escalation path recorded yet.")),
            ]
        out += [more] if more else []
        reviews, more = self.capped(
            sorted(self.w.review_points, key=lambda x: x.position), MAX_ROWS
        )
        if reviews:
            rows = [
                [
                    self.t(r.title, 80),
                    fmt_date(r.due),
                    self.t(r.milestone, 60),
                    ", ".join(r.scope_options),
                    self.t(r.notes, 80),
                ]
                for r in reviews
            ]
            out += self.caption_with(
                markup(tr("Review points")),
                self.table(
                    [tr("Review"), tr("Due"), tr("Milestone"), tr("May decide"), tr("Notes")],
                    rows,
                    [100, 62, 110, 90, 130],
                ),
            )
        else:
            out += [
                Para(markup(tr("Review points")), self.s["h2"]),
                self.empty(tr("No review points recorded yet.")),
            ]
        out += [more] if more else []
        return out

    def exit_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(120), self.heading(tr("Exit terms"))]
        terms = self.w.exit_terms
        fields = [
            (tr("Renewal timeline"), terms.renewal_timeline),
            (tr("Notice period"), terms.notice_period),
            (tr("Obligations after exit"), terms.obligations),
            (tr("Rules for changes"), terms.change_rules),
            (tr("Notes"), terms.notes),
        ]
        filled = [(k, v) for k, v in fields if v.strip()]
        if filled:
            out.append(self.kv_table(filled, 120))
        else:
            out.append(self.empty(tr("No exit terms recorded yet.")))
        triggers, more = self.capped(
            sorted(self.w.exit_triggers, key=lambda x: x.position), MAX_ROWS
        )
        if triggers:
            rows = [
                [
                    self.t(t.description, 100),
                    tr("{n} days").format(n=t.notice_days)
                    if t.notice_days is not None
                    else tr("not set"),
                ]
                for t in triggers
            ]
            out += self.caption_with(
                markup(tr("Exit triggers")),
                self.table([tr("Trigger"), tr("Notice")], rows, [400, 80]),
            )
        else:
            out += [
                Para(markup(tr("Exit triggers")), self.s["h2"]),
                self.empty(tr("No exit triggers recorded yet.")),
            ]
        out += [more] if more else []
        assets, more = self.capped(sorted(self.w.shared_assets, key=lambda x: x.position), MAX_ROWS)
        if assets:
            not_agreed = markup(tr("Not agreed yet"))  # outside the f-string: lupdate reads it
            asset_rows = [
                [
                    self.t(a.name, 80),
                    domain_label(a.kind.label),
                    self.ident(self.pname(a.owner_id, joint=tr("Created jointly"))),
                    self.t(a.treatment, 100)
                    or Para(f'<font color="{RED}">{not_agreed}</font>', self.s["cell"]),
                ]
                for a in assets
            ]
            out += self.caption_with(
                markup(tr("Shared assets on exit")),
                self.table(
                    [tr("Asset"), tr("Kind"), tr("Brought by"), tr("On exit")],
                    asset_rows,
                    [130, 55, 75, 220],
                ),
            )
        else:
            out += [
                Para(markup(tr("Shared assets on exit")), self.s["h2"]),
                self.empty(tr("No shared assets recorded yet.")),
            ]
        out += [more] if more else []
        return out

    def actions_section(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(100), self.heading(tr("Action items"))]
        items = self.w.action_items
        if not items:
            out.append(self.empty(tr("No action items recorded yet.")))
            return out
        order = {ActionStatus.IN_PROGRESS: 0, ActionStatus.OPEN: 1, ActionStatus.DONE: 2}
        ordered = sorted(items, key=lambda x: (order[x.status], x.due or date.max, x.position))
        shown, more = self.capped(ordered, MAX_ACTIONS)
        rows = []
        for x in shown:
            title = markup(self.t(x.title, 110))
            if self.full and x.notes:
                title += f'<br/><font size=7 color="#6B6B6B">{markup(self.t(x.notes))}</font>'
            rows.append(
                [
                    Para(title, self.s["cell"]),
                    self.t(x.owner, 60),
                    fmt_date(x.due),
                    domain_label(x.status.label),
                    self.ident(x.question_id or ""),
                ]
            )
        out.append(
            self.table(
                [tr("Action"), tr("Owner"), tr("Due"), tr("Status"), tr("Gap")],
                rows,
                [220, 110, 62, 55, 40],
            )
        )
        if more:
            out.append(more)
        return out
