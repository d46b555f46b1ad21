"""The small demo's scripted answers: per question what each partner thinks, the gaps the
story needs, text answers and comments (data, no logic)."""

from __future__ import annotations

from workshop_app.demo.builder import _Script


def _small_scripts() -> dict[str, _Script]:
    """The small demo's storyline; partners in order Nordwerk, 华辰, 한빛.

    Nordwerk (European OEM) wants software and speed from 华辰 and to keep control of the
    vehicle architecture; 华辰 (Chinese EV maker) wants the European market and a say in
    everything; 한빛 (Korean cell maker) wants a dedicated cell line paid for by firm
    volumes. They differ on who owns the architecture baseline, on the IP the program
    creates, and on what follows when a partner takes less volume than committed.
    """
    return {
        # Clear gaps between partners.
        "G01": _Script(by_partner=("capability_gap", "market_access", "share_risk")),
        # Nordwerk's finance lead does not know the start-of-production plan; the others do.
        "G03": _Script(by_partner=(36.0, 24.0, 30.0), dont_know=((0, 1),)),
        "G04": _Script(by_partner=(120.0, 210.0, 180.0)),
        "G13": _Script(
            by_partner=(
                {"capital": 20, "technology": 55, "volume": 20, "fixed_prices": 5},
                {"capital": 15, "technology": 15, "volume": 70},
                {"technology": 15, "volume": 25, "fixed_prices": 60},
            )
        ),
        "G15": _Script(by_partner=("nothing", "reallocate", "take_or_pay")),
        "R01": _Script(by_partner=("lead_partner", "joint_office", "by_module")),
        "R05": _Script(by_partner=("hardware_lead", "software_lead", "architecture_board")),
        "X12": _Script(by_partner=("payer", "co_owned", "creator")),
        "X13": _Script(by_partner=("royalty", "free", "joint_only")),
        # Nordwerk engineering expects two weeks, its finance team knows it takes eight.
        "C01": _Script(by_partner=(2.0, 1.5, 4.0), internal=(0, 8.0)),
        # Splits inside one partner.
        "S10": _Script(common="single_program", internal=(0, "pilot")),
        "C03": _Script(common="delegated", internal=(1, "top_down")),
        # Nobody has written these down yet: blind spots.
        "G06": _Script(common=1.6),
        "S06": _Script(common=1.9),
        "R12": _Script(common=1.7),
        # "Don't know": a partner without a position yet.
        "X03": _Script(common="buy_fair", dont_know=((1, 2),)),
        "G05": _Script(common=4200.0, dont_know=((2, 1),)),
        "R18": _Script(
            common=("merger_control", "fdi", "fsr", "data_transfer"), dont_know=((2, 1),)
        ),
        # Broad agreement, scripted so the story reads well.
        "G02": _Script(common="sop_on_time"),
        "G07": _Script(common=("engineering", "software", "purchasing")),
        "G08": _Script(common=("europe", "china")),
        "G09": _Script(common="without_results"),
        "G10": _Script(common="outside_regions"),
        "G11": _Script(common="joint_company"),
        "G12": _Script(common="majority_with_vetoes"),
        "G14": _Script(common="by_share"),
        "G19": _Script(common="none"),
        "S03": _Script(
            common={
                "engineering": 35,
                "tooling": 20,
                "plant": 20,
                "validation": 10,
                "software": 10,
                "supply_chain": 5,
            }
        ),
        "S04": _Script(common=260.0),
        "S05": _Script(common="joint_until_agreed"),
        "S07": _Script(common=3.4),
        "S08": _Script(common=3.8),
        "S09": _Script(common=3.1),
        "S11": _Script(common="milestones"),
        "S12": _Script(common=3.2),
        "R02": _Script(common="all_partners"),
        "R03": _Script(common="change_board"),
        "R04": _Script(common="sourcing_board"),
        "R06": _Script(common="joint_standard"),
        "R07": _Script(common=("architecture", "budget", "sop_dates", "new_partners")),
        "R08": _Script(common="expert"),
        "R09": _Script(common="singapore"),
        "R10": _Script(common=10.0),
        "R11": _Script(common="moderate"),
        "R13": _Script(common=("cost", "speed", "quality", "commonality", "regional_fit")),
        "R14": _Script(common="seller"),
        "R15": _Script(common="by_finding"),
        "R17": _Script(common=("prices", "plans", "customers")),
        "R19": _Script(common=3.3),
        "C02": _Script(common="board_member"),
        "C05": _Script(common="vehicle_tests"),
        "C04": _Script(common="same_day"),
        "C06": _Script(common="studies"),
        "C07": _Script(common="milestones"),
        "C08": _Script(common=3.1),
        "X01": _Script(common=8.0),
        "X02": _Script(common=4.0),
        "X04": _Script(common="nothing"),
        "X05": _Script(common="terminate"),
        "X06": _Script(common="buy_fair"),
        "X07": _Script(common="buy_sell"),
        "X08": _Script(common="terminate"),
        "X09": _Script(common="terminate"),
        "X10": _Script(common=18.0),
        "X11": _Script(common="fair_value"),
        "X14": _Script(common="licence_current"),
        "X15": _Script(common="supply_contract"),
        "X16": _Script(common="own_products"),
        "X17": _Script(common=10.0),
        "X18": _Script(common=3.3),
        # Text answers, per partner.
        "G20": _Script(
            texts=(
                (
                    "Start of production in Europe slips past 2030, or the cost per vehicle is not "
                    "at least 15% below our current EV platform.",
                    "We pay for a platform and still cannot build its software ourselves.",
                ),
                (
                    "The joint model does not reach European customers by 2030, or we carry the "
                    "type-approval cost alone.",
                    "没有进入欧洲市场 – no access to the European market by 2030.",
                ),
                (
                    "Cell call-offs stay below 8 GWh a year, or our chemistry IP ends up in a "
                    "competitor's cells.",
                    "We build a dedicated line and the volumes never come.",
                ),
            )
        ),
        "R20": _Script(
            texts=(
                (
                    "The architecture baseline: who may change it after design freeze – "
                    "every change hits our plant.",
                    "Software release scope: who may stop a release when vehicle quality "
                    "is at risk.",
                ),
                (
                    "Whose standard applies when validation results disagree.",
                    "Ownership of the cost baseline; our target costs are much lower.",
                ),
                (
                    "Late changes to the cell specification.",
                    "Allocating cells between the two vehicle makers when supply is tight.",
                ),
            )
        ),
        "C11": _Script(
            texts=(
                (
                    "Pace: our gate reviews take weeks, theirs take days. Fewer, faster "
                    "joint gates would help.",
                    "Documentation depth – we need to agree what „freigegeben“ (released) means.",
                ),
                (
                    "Decisions at Nordwerk need many signatures; a delegated budget for the "
                    "execution committee would help.",
                    "Meeting culture; written pre-reads in English help everyone.",
                ),
                (
                    "Our engineers rarely contradict a senior customer in the room; smaller "
                    "working sessions help.",
                    "기대치를 솔직하게 이야기하는 자리가 필요합니다 – "
                    "candid sessions on expectations.",
                ),
            )
        ),
        "X19": _Script(
            texts=(
                (
                    "We keep the platform IP we paid for, buy the tooling at fair value and supply "
                    "parts for ten years.",
                ),
                (
                    "Every side keeps using the joint platform IP; nobody is locked out of its own "
                    "cars.",
                ),
                (
                    "Cell chemistry IP stays with us; the vehicle makers keep a five-year supply "
                    "contract at agreed prices, and pay for the dedicated line if they cancel.",
                ),
            )
        ),
    }


_SMALL_COMMENTS: dict[tuple[str, str], str] = {
    ("王芳", "G13"): "价值分配应与销量挂钩 – value should follow the volume each side takes.",
    ("Jürgen Weiß", "R01"): "Die Architektur muss bei uns bleiben; wir tragen die "
    "Typgenehmigung in Europa.",
    ("김민준", "G15"): "전용 라인은 확정 물량 없이는 지을 수 없습니다 "
    "(no dedicated line without firm volumes).",
    ("Anna Köhler", "C05"): "Unsere Freigabeprozesse sind deutlich strenger – das müssen wir "
    "früh klären.",
    ("李伟", "R05"): "软件发布节奏必须由软件团队决定。",
    ("이서연", "X12"): "Cell chemistry created by our engineers must stay ours.",
    ("Lukas Brüggemann", "G15"): "Take-or-pay only with a price that falls as volume rises.",
}
