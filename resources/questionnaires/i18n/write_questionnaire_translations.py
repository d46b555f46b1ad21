"""Write the translations of the built-in questionnaires into their template files.

The translated words live in questionnaires/<template id>.<language>.yaml next to this
script, each file one language's ``translations`` block (see domain/template_translations.py; YAML
anchors may share option lists). This script puts them, in the order of the product's
languages, at the end of resources/questionnaires/<template id>.yaml (replacing what it
wrote there before, leaving the English source and its comments as they are) and then
runs the same check as ``workshop-app forms validate``: every declared language must
have every word.

    python resources/questionnaires/i18n/write_questionnaire_translations.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from workshop_app.domain.languages import CODES  # noqa: E402
from workshop_app.exchange.templates import _StrictLoader, check_template_file  # noqa: E402

SOURCES = Path(__file__).resolve().parent / "questionnaires"
TEMPLATES = ROOT / "resources" / "questionnaires"
MARK = "# --- translations: written by write_questionnaire_translations.py; edit the"


class _Dumper(yaml.SafeDumper):
    """Block style, no anchors (each language stands alone in the template)."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _block(template_id: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for lang in CODES:
        source = SOURCES / f"{template_id}.{lang}.yaml"
        if source.exists():
            out[lang] = yaml.load(source.read_text(encoding="utf-8"), Loader=_StrictLoader)
    return out


def write(template: Path) -> list[str]:
    block = _block(template.stem)
    text = template.read_text(encoding="utf-8")
    source = text.split(MARK, 1)[0].rstrip("\n") + "\n"
    if block:
        dumped = yaml.dump(
            {"translations": block},
            Dumper=_Dumper,
            allow_unicode=True,
            sort_keys=False,
            width=88,
            default_flow_style=False,
        )
        where = "# sources in resources/questionnaires/i18n/questionnaires/, then run it again ---"
        source += f"\n{MARK}\n{where}\n{dumped}"
    tmp = template.with_suffix(".yaml.part")
    tmp.write_text(source, encoding="utf-8")
    tmp.replace(template)
    questionnaire, problems = check_template_file(template)
    print(
        f"{template.name}: {len(questionnaire)} questions in {', '.join(questionnaire.languages)}"
        f"; {len(problems)} problem(s)"
    )
    return problems


def main() -> int:
    problems: list[str] = []
    for template in sorted(TEMPLATES.glob("*.yaml")):
        problems += write(template)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
