"""Print pip constraints pinning every dependency to the lowest version pyproject.toml
declares (``name>=X`` becomes ``name==X``), for CI's second environment.

Usage: python .ci/floors.py [pyproject.toml] > constraints.txt

Requirements with an environment marker that does not apply to this interpreter are left
out; exact pins (``==``) are kept as they are.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*([^;]*?)\s*(?:;\s*(.*))?$")


def _applies(marker: str | None) -> bool:
    if not marker:
        return True
    # Only python_version markers are used in pyproject.toml.
    m = re.fullmatch(r"python_version\s*(<|>=|<=|>|==)\s*'(\d+)\.(\d+)'", marker.strip())
    if m is None:
        raise SystemExit(f"floors.py cannot evaluate the marker {marker!r}")
    here = sys.version_info[:2]
    there = (int(m.group(2)), int(m.group(3)))
    return {
        "<": here < there,
        ">=": here >= there,
        "<=": here <= there,
        ">": here > there,
        "==": here == there,
    }[m.group(1)]


def floors(pyproject: Path) -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        requirements.extend(extra)
    out: list[str] = []
    for requirement in requirements:
        m = REQUIREMENT.match(requirement)
        if m is None:
            raise SystemExit(f"floors.py cannot read the requirement {requirement!r}")
        name, spec, marker = m.groups()
        if not _applies(marker):
            continue
        for part in (p.strip() for p in spec.split(",") if p.strip()):
            if part.startswith(">="):
                out.append(f"{name}=={part[2:].strip()}")
            elif part.startswith("=="):
                out.append(f"{name}{part}")
    return out


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[1] / "pyproject.toml"
    print("\n".join(floors(path)))
