"""The small demo's heads of terms and parties (kept apart from the answer scripts).

Partners in order Nordwerk, 华辰, 한빛. The storyline: a contractual joint venture (no
joint company yet, so transfers of shares do not apply), agreed on structure, dispute
resolution and the binding provisions; open on purpose, governance and IP, with three
positions each; exit recorded as agreed but held open by two open gaps.
"""

from __future__ import annotations

from dataclasses import replace

from workshop_app.domain.heads import HeadOfTerms, HeadStatus, PartyDetails
from workshop_app.domain.model import Workshop

_PARTIES = (
    (
        "Nordwerk Fahrzeugbau Württemberg AG",
        "Stuttgart, Germany",
        "HRB 731 245 (Amtsgericht Stuttgart)",
        "Nordwerk Fahrzeugbau Württemberg AG",
        "",
    ),
    (
        "华辰汽车股份有限公司 (Huachen Automobile Co., Ltd.)",
        "Hefei, Anhui, PRC",
        "USCC 91340100MA2N0XXX1Q",
        "Huachen Europe B.V., Amsterdam",
        "Guarantee by 华辰汽车股份有限公司 of Huachen Europe B.V.'s obligations",
    ),
    (
        "한빛배터리 주식회사 (Hanbit Battery Co., Ltd.)",
        "Cheongju, Republic of Korea",
        "110111-7654321",
        "Hanbit Battery Europe Kft., Budapest",
        "Guarantee by 한빛배터리 주식회사, capped at EUR 150 million",
    ),
)


def with_heads(w: Workshop) -> Workshop:
    """The small demo workshop with its heads of terms and parties filled in."""
    nw, hc, hb = (p.id for p in w.partners[:3])
    actions = {a.title: a.id for a in w.action_items}
    capacity = actions.get("Confirm 2028–2030 cell capacity against both call-offs")

    def agreed(key: str, text: str, **kw: object) -> HeadOfTerms:
        return HeadOfTerms(key, HeadStatus.AGREED, agreed_text=text, **kw)  # type: ignore[arg-type]  # kw: fields

    def contested(key: str, a: str, b: str, c: str, **kw: object) -> HeadOfTerms:
        positions = ((nw, a), (hc, b), (hb, c))
        return HeadOfTerms(key, positions=positions, **kw)  # type: ignore[arg-type]  # kw: fields

    heads = (
        agreed(
            "parties",
            "The three companies named below, each signing through the entity named; the "
            "Chinese and Korean parents guarantee their signing subsidiaries.",
        ),
        contested(
            "purpose",
            "A compact EV platform for Europe: vehicle, software and cells; Europe only.",
            "The platform for Europe first, then for every market outside China.",
            "Cells for the platform only; no other products of the partners.",
        ),
        agreed(
            "structure",
            "Contractual joint venture: no joint company in the first phase. Ancillary "
            "agreements: cell supply (한빛), software licence (华辰), secondment of engineers "
            "(Nordwerk, 华辰).",
        ),
        replace(
            contested(
                "contributions",
                "Engineering and plant as listed in Annex B, valued at cost.",
                "Software and the platform as listed in Annex B, valued at market value.",
                "A dedicated cell line, valued at cost plus a 6% margin.",
            ),
            status=HeadStatus.PROPOSED,
            proposed_by=hc,
        ),
        contested(
            "funding",
            "Equal thirds of the plan; overruns above 10% need all three partners.",
            "Funding in proportion to expected volume; 华辰 caps its share at EUR 400 million.",
            "Firm call-offs instead of cash: 한빛 funds its own line.",
        ),
        contested(
            "governance",
            "Nordwerk keeps the architecture baseline; a steering committee of 2+2+2 seats.",
            "A joint architecture board; every baseline change by unanimity.",
            "Cell specification is 한빛's alone; otherwise majority of the steering committee.",
        ),
        replace(
            contested(
                "deadlock",
                "Programme office (10 days), steering committee (30 days), then an expert.",
                "Mediation before any expert; no casting vote.",
                "As Nordwerk proposes, with an exit right after 90 days.",
            ),
            status=HeadStatus.PROPOSED,
            proposed_by=nw,
        ),
        contested(
            "ip",
            "Foreground IP owned by the partner who creates it; royalty-free licence for the "
            "platform.",
            "All foreground IP jointly owned; each may use it anywhere.",
            "Cell chemistry stays with 한빛; no licence outside the platform.",
        ),
        agreed(
            "exclusivity",
            "No partner develops a competing compact EV platform for the EU with a third party "
            "for 5 years from signing. Subject to antitrust review.",
        ),
        replace(
            contested(
                "supply",
                "8 GWh/year from 2028 at cost plus 6%; no take-or-pay.",
                "5 GWh/year; pricing indexed to lithium.",
                "13 GWh/year with take-or-pay at 80%; allocation pro rata in shortage.",
            ),
            status=HeadStatus.PROPOSED,
            proposed_by=hb,
            action_ids=(capacity,) if capacity else (),
        ),
        HeadOfTerms(
            "transfers",
            HeadStatus.NOT_APPLICABLE,
            notes="A contractual joint venture has no shares to transfer; revisit if a joint "
            "company is formed.",
        ),
        agreed(
            "exit",
            "Exit on change of control to a competitor, material breach or insolvency; 12 "
            "months' notice; shared assets as in Annex E; spare-parts supply survives 10 years.",
        ),
        agreed(
            "information",
            "Quarterly reporting; audit once a year by each partner; clean team for cost and "
            "price data.",
        ),
        contested(
            "approvals",
            "EU merger control and German foreign-investment screening; long-stop 12 months.",
            "Also Chinese export licences for the software; long-stop 18 months.",
            "Also the EU Foreign Subsidies Regulation review; long-stop 15 months.",
        ),
        agreed(
            "disputes",
            "ICC arbitration, seat Zurich, in English; Swiss substantive law.",
        ),
        agreed(
            "binding",
            "Binding: confidentiality (3 years), exclusivity of negotiations until 30 June "
            "2027, each party bears its own costs, Swiss law and ICC arbitration.",
        ),
    )
    parties = tuple(
        PartyDetails(p.id, *values) for p, values in zip(w.partners, _PARTIES, strict=False)
    )
    return replace(w, heads_of_terms=heads, parties=parties)
