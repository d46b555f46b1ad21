"""Qt pages, one per step of the workshop, in workshop order (the navigation list)."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

# (module, class) in workshop order.
PAGE_ORDER: tuple[tuple[str, str], ...] = (
    ("setup", "SetupPage"),
    ("questionnaire", "QuestionnairePage"),
    ("alignment", "AlignmentPage"),
    ("contributions", "ContributionsPage"),
    ("governance", "GovernancePage"),
    ("exit", "ExitPage"),
    ("actions", "ActionsPage"),
    ("review", "ReviewPage"),
)


def _load() -> list[type[QWidget]]:
    classes: list[type[QWidget]] = []
    for module_name, class_name in PAGE_ORDER:
        full = f"{__name__}.{module_name}"
        try:
            module = importlib.import_module(full)
        except ModuleNotFoundError as exc:
            if exc.name != full:  # a page that exists but is broken must fail loudly
                raise
            continue
        classes.append(getattr(module, class_name))
    return classes


PAGE_CLASSES: list[type[QWidget]] = _load()
