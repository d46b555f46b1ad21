"""The small demo: a three-partner EV platform codevelopment (names in German, Chinese and
Korean) with its people, answers, and a half-drafted deal. Mostly scripted data."""

from __future__ import annotations

from datetime import date
from typing import Any

from workshop_app.demo.builder import _Builder
from workshop_app.demo.small_scripts import _SMALL_COMMENTS, _small_scripts
from workshop_app.domain.enums import (
    ActionStatus,
    AssetKind,
    ContributionCategory,
    Function,
    GapStatus,
    Phase,
    Purpose,
    RightCode,
    WorkshopStatus,
)
from workshop_app.domain.model import (
    PARTNER_COLOURS,
    ActionItem,
    Contribution,
    Decision,
    EscalationStep,
    ExitTerms,
    ExitTrigger,
    GapDiscussion,
    GovernanceBody,
    Participant,
    Partner,
    ReviewPoint,
    SharedAsset,
    Workshop,
    WorkshopDetails,
)
from workshop_app.exchange.templates import default_template


class _SmallDemo(_Builder):
    """Builds the small demo workshop."""

    # --- small ------------------------------------------------------------------------

    def small(self) -> Workshop:
        questionnaire = default_template()
        details = WorkshopDetails(
            id=self.id(),
            title="EV platform codevelopment",
            primary_purpose=Purpose.ELECTRIFICATION,
            secondary_purposes=(Purpose.SOFTWARE, Purpose.PRODUCTION),
            phase=Phase.STRUCTURING,
            date=date(2026, 11, 24),
            location="Stuttgart",
            facilitator="Helena Marquardt",
            blind_mode=True,
            revealed=True,
            status=WorkshopStatus.NEGOTIATING,
            gap_threshold=0.75,
            confidentiality="Strictly confidential – for the three partners only",
            notes="Fictional demo workshop: every company and person in it is invented.",
        )
        nordwerk = Partner(
            self.id(),
            "Nordwerk Fahrzeugbau Württemberg AG",
            "Nordwerk",
            PARTNER_COLOURS[0],
            "European OEM",
            capacities=(("FTE", 140.0),),
            position=0,
        )
        huachen = Partner(
            self.id(),
            "华辰汽车 Huachen Auto",
            "华辰",
            PARTNER_COLOURS[1],
            "Chinese EV maker",
            capacities=(("FTE", 100.0),),
            position=1,
        )
        hanbit = Partner(
            self.id(),
            "한빛배터리 Hanbit Battery",
            "한빛",
            PARTNER_COLOURS[2],
            "Battery-cell maker",
            capacities=(("GWh/year", 12.0), ("FTE", 30.0)),
            position=2,
        )
        partners = (nordwerk, huachen, hanbit)
        roster = {
            nordwerk.id: [
                ("Jürgen Weiß", "strategy", "juergen.weiss@nordwerk.example"),
                ("Anna Köhler", "engineering", "anna.koehler@nordwerk.example"),
                ("Lukas Brüggemann", "purchasing", "lukas.brueggemann@nordwerk.example"),
                ("Sophie Maier", "finance", "sophie.maier@nordwerk.example"),
                ("Dr. Katrin Schäfer", "legal", "katrin.schaefer@nordwerk.example"),
            ],
            huachen.id: [
                ("王芳", "strategy", "wang.fang@huachen.example"),
                ("李伟", "software", "li.wei@huachen.example"),
                ("陈静", "engineering", "chen.jing@huachen.example"),
                ("张磊", "manufacturing", "zhang.lei@huachen.example"),
                ("刘敏", "legal", "liu.min@huachen.example"),
            ],
            hanbit.id: [
                ("김민준", "strategy", "minjun.kim@hanbit.example"),
                ("이서연", "engineering", "seoyeon.lee@hanbit.example"),
                ("박지훈", "legal", "jihoon.park@hanbit.example"),
            ],
        }
        # Each partner's people read the questionnaire in their own language.
        spoken = {nordwerk.id: "de", huachen.id: "zh_CN", hanbit.id: "ko"}
        people = {
            pid: [
                Participant(self.id(), pid, n, Function(f), e, done=True, language=spoken[pid])
                for n, f, e in rows
            ]
            for pid, rows in roster.items()
        }
        participants = tuple(p for partner in partners for p in people[partner.id])
        answers = self.answers(
            questionnaire, partners, people, _small_scripts(), _SMALL_COMMENTS, details
        )

        gap_discussions = (
            GapDiscussion(
                "G13",
                GapStatus.RESOLVED,
                notes="Nordwerk wants technology to weigh most, 华辰 volume, 한빛 fixed prices.",
                agreed_position="Value is split 50% by engineering and technology contributed, "
                "30% by volume taken and 20% by capital invested; cell supply "
                "stays on fixed transfer prices. Revisited at the B-sample review.",
                owner="Jürgen Weiß",
                due=date(2026, 12, 18),
            ),
            GapDiscussion(
                "R05",
                GapStatus.DISCUSSED,
                notes="Both vehicle makers claim the last word on software. Option on the "
                "table: a joint architecture board with a tie-break by the steering group.",
                owner="李伟",
                due=date(2027, 1, 15),
            ),
            GapDiscussion("X12", GapStatus.OPEN, notes="Parked for the legal workstream."),
            GapDiscussion("R01", GapStatus.OPEN),
        )

        n_id, h_id, k_id = nordwerk.id, huachen.id, hanbit.id
        contribution_rows: list[dict[str, Any]] = [
            dict(
                partner_id=n_id,
                category=ContributionCategory.ENGINEERING,
                description="Platform engineering for body, chassis and thermal systems",
                quantity=120.0,
                unit="FTE",
                start=date(2027, 1, 1),
                end=date(2029, 6, 30),
                milestone_gate="Design freeze (gate G3)",
                tracking_metric="Monthly staffing report: FTE booked on critical-path work",
                owner="Anna Köhler",
                valuation=48_000_000.0,
                currency="EUR",
            ),
            dict(
                partner_id=n_id,
                category=ContributionCategory.VALIDATION,
                description="Crash and durability validation slots at the Nordwerk test centre",
                quantity=40.0,
                unit="validation slots",
                start=date(2027, 9, 1),
                end=date(2028, 12, 31),
                milestone_gate="Prototype build PT2",
                tracking_metric="Slots used versus reserved, per quarter",
                owner="Anna Köhler",
                valuation=6_500_000.0,
                currency="EUR",
            ),
            dict(
                partner_id=n_id,
                category=ContributionCategory.MANUFACTURING,
                description="Allocation of line 2 at the Nordwerk plant Heilbronn-Süd",
                quantity=120_000.0,
                unit="vehicles/year",
                start=date(2029, 3, 1),
                end=date(2034, 12, 31),
                milestone_gate="Start of production Europe",
                tracking_metric="Line capacity reserved versus built, monthly",
                owner="Jürgen Weiß",
            ),
            dict(
                partner_id=n_id,
                category=ContributionCategory.MARKET_ACCESS,
                description="European dealer network opened to the joint model",
                quantity=350.0,
                unit="dealers",
                start=date(2029, 6, 1),
                end=date(2034, 12, 31),
                milestone_gate="EU type approval",
                tracking_metric="Dealers signed up",
                owner="Sophie Maier",
                recipient_id=h_id,
            ),
            dict(
                partner_id=h_id,
                category=ContributionCategory.SOFTWARE,
                description="Release bandwidth for the central compute and cockpit software",
                quantity=12.0,
                unit="software releases",
                start=date(2027, 4, 1),
                end=date(2029, 12, 31),
                milestone_gate="E/E architecture freeze",
                tracking_metric="Releases delivered on schedule; open defects at release",
                owner="李伟",
                valuation=85_000_000.0,
                currency="CNY",
            ),
            dict(
                partner_id=h_id,
                category=ContributionCategory.ENGINEERING,
                description="E-axle and drivetrain engineering from the Hefei centre",
                quantity=90.0,
                unit="FTE",
                start=date(2027, 1, 1),
                end=date(2028, 12, 31),
                milestone_gate="Design freeze (gate G3)",
                tracking_metric="Monthly staffing report",
                owner="陈静",
                valuation=210_000_000.0,
                currency="CNY",
            ),
            dict(
                partner_id=h_id,
                category=ContributionCategory.TOOLING,
                description="Tooling budget for body-in-white and battery enclosure dies",
                quantity=300_000_000.0,
                unit="CNY",
                start=date(2027, 10, 1),
                end=date(2028, 9, 30),
                milestone_gate="Tooling kick-off after design freeze",
                tracking_metric="Budget committed versus spent; tool try-out status",
                owner="张磊",
                valuation=300_000_000.0,
                currency="CNY",
            ),
            dict(
                partner_id=k_id,
                category=ContributionCategory.MANUFACTURING,
                description="NMC prismatic cell supply for the European vehicles",
                quantity=8.0,
                unit="GWh/year",
                start=date(2028, 6, 1),
                end=date(2035, 12, 31),
                milestone_gate="Cell B-sample approval",
                tracking_metric="GWh delivered versus call-off; defect rate (ppm)",
                owner="김민준",
                valuation=640_000_000_000.0,
                currency="KRW",
                recipient_id=n_id,
            ),
            dict(
                partner_id=k_id,
                category=ContributionCategory.MANUFACTURING,
                description="LFP cell supply for the China-market vehicles",
                quantity=5.0,
                unit="GWh/year",
                start=date(2029, 1, 1),
                end=date(2035, 12, 31),
                milestone_gate="Cell C-sample approval",
                tracking_metric="GWh delivered versus call-off",
                owner="김민준",
                valuation=330_000_000_000.0,
                currency="KRW",
                recipient_id=h_id,
            ),
            dict(
                partner_id=k_id,
                category=ContributionCategory.ENGINEERING,
                description="Cell and pack integration engineers seconded to the program",
                quantity=25.0,
                unit="FTE",
                start=date(2027, 3, 1),
                end=date(2029, 6, 30),
                milestone_gate="Pack design freeze",
                tracking_metric="Secondment roster",
                owner="이서연",
            ),
            dict(
                partner_id=k_id,
                category=ContributionCategory.VALIDATION,
                description="Cell abuse and ageing tests",
                quantity=6_000.0,
                unit="test-bench hours",
                start=date(2027, 6, 1),
                end=date(2028, 12, 31),
                milestone_gate="Cell B-sample approval",
                tracking_metric="Bench hours used versus booked",
                owner="이서연",
                valuation=2_400_000_000.0,
                currency="KRW",
            ),
        ]
        contributions = tuple(
            Contribution(id=self.id(), position=n, **row) for n, row in enumerate(contribution_rows)
        )

        steering = GovernanceBody(
            self.id(),
            "Steering group",
            "steering",
            members="Nordwerk: CTO, CFO; 华辰: Executive VP R&D; 한빛: CEO",
            cadence="Quarterly",
            chair="Rotates yearly, Nordwerk first",
            position=0,
        )
        execution = GovernanceBody(
            self.id(),
            "Execution committee",
            "execution",
            members="Program directors of each partner; heads of purchasing and quality",
            cadence="Monthly",
            chair="Joint program director (Nordwerk)",
            position=1,
        )
        pmo = GovernanceBody(
            self.id(),
            "Joint program management office",
            "pmo",
            members="Program managers and workstream leads of each partner",
            cadence="Weekly",
            chair="PMO lead (华辰)",
            position=2,
        )
        bodies = (steering, execution, pmo)

        D, J, C, INF = RightCode.DECIDES, RightCode.JOINT, RightCode.CONSULTED, RightCode.INFORMED
        decision_rows = [
            ("Architecture baseline", "hardware vs software", (D, C, C), execution.id),
            ("Cost baseline and target cost", "engineering vs purchasing", (J, J, C), steering.id),
            (
                "Timing baseline and SOP dates",
                "design vs industrialization",
                (J, J, J),
                steering.id,
            ),
            ("Change control above EUR 2 million", "", (J, J, INF), execution.id),
            # No decider: the readiness check should flag it.
            ("Quality and standards disputes", "design vs industrialization", (C, C, C), None),
            # Two deciders: the readiness check should flag it.
            ("Software release scope", "hardware vs software", (D, D, INF), execution.id),
            (
                "Purchasing and specification of cells",
                "engineering vs purchasing",
                (D, C, C),
                execution.id,
            ),
            ("Plant allocation", "design vs industrialization", (J, J, INF), steering.id),
            (
                "Design release for industrialization",
                "design vs industrialization",
                (D, C, INF),
                pmo.id,
            ),
            ("Admitting new partners or programs", "", (J, J, J), steering.id),
        ]
        decisions = tuple(
            Decision(
                self.id(), title, seam, tuple(zip((n_id, h_id, k_id), codes, strict=True)), body, n
            )
            for n, (title, seam, codes, body) in enumerate(decision_rows)
        )
        escalation_steps = (
            EscalationStep(
                self.id(),
                1,
                "Joint program management office",
                10,
                "Workstream leads try to resolve the issue with the PMO lead.",
            ),
            EscalationStep(
                self.id(),
                2,
                "Execution committee",
                15,
                "Program directors decide or prepare options for the steering group.",
            ),
            EscalationStep(
                self.id(),
                3,
                "Steering group",
                30,
                "Final decision; if still deadlocked, the exit-trigger clause applies.",
            ),
        )
        review_points = (
            ReviewPoint(
                self.id(),
                "B-sample review",
                date(2028, 3, 31),
                "Cell B-sample approval and prototype build PT2",
                ("continue", "expand", "narrow", "redirect"),
                "Decide whether to add the second body style.",
                0,
            ),
            ReviewPoint(
                self.id(),
                "Start of production review",
                date(2029, 9, 30),
                "Start of production Europe",
                ("continue", "expand", "narrow", "redirect", "exit"),
                "",
                1,
            ),
            ReviewPoint(
                self.id(),
                "Mid-term review of scope and economics",
                date(2031, 6, 30),
                "",
                ("continue", "expand", "narrow", "redirect", "exit"),
                "Recalibrate the value split against actual volumes.",
                2,
            ),
        )
        exit_terms = ExitTerms(
            renewal_timeline="Initial term of eight years from signing; the steering group "
            "decides on renewal 24 months before expiry, based on a joint "
            "business review.",
            notice_period="18 months' written notice, not before the end of year four except "
            "under an exit trigger.",
            obligations="Cell supply continues for five years after exit at contract prices; "
            "spare parts for ten years after end of production; software security "
            "updates for eight years.",
            change_rules="Any partner may propose changes to scope, economics or "
            "responsibilities at a review point; the execution committee assesses "
            "them within 30 days; changes need joint approval of the steering "
            "group.",
        )
        exit_triggers = (
            ExitTrigger(self.id(), "Change of control of a partner", 90, 0),
            ExitTrigger(self.id(), "Deadlock unresolved after the full escalation path", 180, 1),
            ExitTrigger(self.id(), "Start of production missed by more than 12 months", 180, 2),
            ExitTrigger(self.id(), "Insolvency of a partner", None, 3),
        )
        shared_assets = (
            SharedAsset(
                self.id(),
                "Joint EV platform architecture and design IP",
                AssetKind.IP,
                None,
                "Jointly owned; each partner keeps a royalty-free licence for "
                "vehicles already in production.",
                0,
            ),
            SharedAsset(
                self.id(),
                "Line 2, plant Heilbronn-Süd",
                AssetKind.PLANT,
                n_id,
                "Stays with Nordwerk; supply of vehicles to 华辰 continues by contract "
                "for three years.",
                1,
            ),
            SharedAsset(
                self.id(),
                "Body and battery enclosure tooling",
                AssetKind.TOOLING,
                h_id,
                "The remaining partners may buy it at book value.",
                2,
            ),
            # No treatment yet: the readiness check should flag it.
            SharedAsset(self.id(), "Validation and fleet data", AssetKind.DATA, None, "", 3),
        )
        action_items = (
            ActionItem(
                self.id(),
                "Draft the value-split clause for the term sheet",
                "Dr. Katrin Schäfer",
                date(2026, 12, 18),
                ActionStatus.IN_PROGRESS,
                "G13",
                position=0,
            ),
            ActionItem(
                self.id(),
                "Propose a joint architecture board with a tie-break rule",
                "李伟",
                date(2027, 1, 15),
                ActionStatus.OPEN,
                "R05",
                position=1,
            ),
            ActionItem(
                self.id(),
                "Options paper on the treatment of jointly developed IP",
                "박지훈",
                date(2027, 1, 31),
                ActionStatus.OPEN,
                "X12",
                position=2,
            ),
            ActionItem(
                self.id(),
                "Map both release-gate processes side by side",
                "Anna Köhler",
                date(2027, 1, 20),
                ActionStatus.OPEN,
                "C05",
                position=3,
            ),
            ActionItem(
                self.id(),
                "Confirm 2028–2030 cell capacity against both call-offs",
                "김민준",
                date(2026, 12, 15),
                ActionStatus.OPEN,
                None,
                "8 + 5 GWh/year exceeds the declared 12 GWh/year from 2029.",
                4,
            ),
            ActionItem(
                self.id(),
                "Name the decider for quality and standards disputes",
                "Helena Marquardt",
                date(2026, 12, 5),
                ActionStatus.OPEN,
                "R06",
                position=5,
            ),
            ActionItem(
                self.id(),
                "Exchange the partners' 2027 budget calendars",
                "Sophie Maier",
                date(2026, 11, 30),
                ActionStatus.DONE,
                "C01",
                position=6,
            ),
        )
        return Workshop(
            details=details,
            questionnaire=questionnaire,
            partners=partners,
            participants=participants,
            answers=tuple(answers),
            gap_discussions=gap_discussions,
            contributions=contributions,
            bodies=bodies,
            decisions=decisions,
            escalation_steps=escalation_steps,
            review_points=review_points,
            exit_terms=exit_terms,
            exit_triggers=exit_triggers,
            shared_assets=shared_assets,
            action_items=action_items,
        )
