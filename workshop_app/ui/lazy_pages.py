"""The main window's pages, each built when it is first shown or asked for.

Building (and importing) all eight pages when a workshop opens took about 100 ms on the
demo, most of it for pages nobody looks at first. Until a page is built, an empty placeholder holds
its place in the page stack, so page indexes and the navigation list stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

from PySide6.QtWidgets import QStackedWidget, QWidget

from workshop_app.session import WorkshopSession
from workshop_app.ui.pages import PageSpec
from workshop_app.ui.pages.base import Page


class LazyPages(Sequence[Page]):
    """Pages of one open workshop; indexing or iterating builds the pages it reaches."""

    def __init__(
        self,
        specs: Sequence[PageSpec],
        session: WorkshopSession,
        stack: QStackedWidget,
        on_built: Callable[[Page], object],
    ) -> None:
        self._specs = list(specs)
        self._session = session
        self._stack = stack
        self._on_built = on_built
        self._built: list[Page | None] = [None] * len(specs)
        self._slots: list[QWidget] = []
        for _ in specs:
            slot = QWidget()
            self._slots.append(slot)
            stack.addWidget(slot)

    def titles(self) -> list[str]:
        return [spec.title() for spec in self._specs]

    def index_of(self, page_id: str) -> int:
        """The index of the page with ``page_id``, or -1 (nothing is built to find it)."""
        return next((i for i, s in enumerate(self._specs) if s.page_id == page_id), -1)

    def built(self) -> list[Page]:
        return [p for p in self._built if p is not None]

    def widget(self, index: int) -> QWidget:
        """What the page stack holds for ``index``: the page if built, else its slot."""
        return self._built[index] or self._slots[index]

    def _build(self, index: int) -> Page:
        page = self._built[index]
        if page is not None:
            return page
        page = self._specs[index].load()(self._session, self._stack)
        self._built[index] = page
        slot = self._slots[index]
        current = self._stack.currentWidget() is slot
        position = self._stack.indexOf(slot)
        self._stack.insertWidget(position, page)
        if current:
            self._stack.setCurrentWidget(page)
        self._stack.removeWidget(slot)
        self._on_built(page)
        return page

    def __len__(self) -> int:
        return len(self._specs)

    @overload
    def __getitem__(self, index: int) -> Page: ...
    @overload
    def __getitem__(self, index: slice) -> list[Page]: ...
    def __getitem__(self, index: int | slice) -> Page | list[Page]:
        if isinstance(index, slice):
            return [self._build(i) for i in range(len(self))[index]]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._build(index)

    def __iter__(self) -> Iterator[Page]:
        return (self._build(i) for i in range(len(self)))

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        # A page can only be found among the built ones; nothing is built to look.
        for i, page in enumerate(self._built):
            if page is value:
                return i
        raise ValueError("not one of these pages")

    def remove_all(self) -> None:
        for i, slot in enumerate(self._slots):
            page = self._built[i]
            for widget in (page, slot):
                if widget is not None:
                    self._stack.removeWidget(widget)
                    widget.deleteLater()
        self._built = [None] * len(self._specs)
