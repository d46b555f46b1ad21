"""What every export does with the file system: the term sheet, the PDF and the JSON.

The same promises for all three: the file gets the permissions of any document the
user creates, a bad target is a clear error naming the target (never the temporary
file), and a failure leaves no debris beside it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from workshop_app import atomic
from workshop_app.analysis import analyse
from workshop_app.domain.errors import WorkshopError
from workshop_app.domain.model import Workshop
from workshop_app.exchange import json_io
from workshop_app.exports import pdf_report, term_sheet, xlsx_common

Writer = Callable[[Workshop, Path], Path]


def _pdf(workshop: Workshop, path: Path) -> Path:
    return pdf_report.write_pdf_report(workshop, analyse(workshop), path)


def _xlsx(workshop: Workshop, path: Path) -> Path:
    return term_sheet.write_term_sheet(workshop, analyse(workshop), path)


def _json(workshop: Workshop, path: Path) -> Path:
    return json_io.write_json(workshop, path)


# (writer, file name, the module whose os.open the writer uses for its temporary file)
WRITERS = [
    pytest.param(_pdf, "summary.pdf", pdf_report, id="pdf"),
    pytest.param(_xlsx, "terms.xlsx", xlsx_common, id="xlsx"),
    pytest.param(_json, "workshop.json", json_io, id="json"),
]


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize(("write", "name", "module"), WRITERS)
def test_the_file_is_readable_by_others_like_any_document(
    tmp_path: Path,
    small_demo: Workshop,
    umask_022: None,
    write: Writer,
    name: str,
    module: object,
) -> None:
    path = write(small_demo, tmp_path / name)
    assert path.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == [name]


@pytest.mark.parametrize(("write", "name", "module"), WRITERS)
def test_a_missing_folder_is_refused_and_not_created(
    tmp_path: Path, small_demo: Workshop, write: Writer, name: str, module: object
) -> None:
    with pytest.raises(WorkshopError, match="does not exist"):
        write(small_demo, tmp_path / "no such folder" / name)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("write", "name", "module"), WRITERS)
def test_a_folder_as_target_is_refused_by_name(
    tmp_path: Path, small_demo: Workshop, write: Writer, name: str, module: object
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    with pytest.raises(WorkshopError, match="is a folder") as caught:
        write(small_demo, folder)
    assert "reports" in caught.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(("write", "name", "module"), WRITERS)
def test_an_unwritable_folder_names_the_target_not_the_temporary_file(
    tmp_path: Path,
    small_demo: Workshop,
    monkeypatch: pytest.MonkeyPatch,
    write: Writer,
    name: str,
    module: object,
) -> None:
    # Simulated: tests may run as root, for whom no folder is read-only.
    real_open = os.open

    def refuse(path: object, flags: int, mode: int = 0o777, **kw: object) -> int:
        if flags & os.O_CREAT and Path(str(path)).parent == tmp_path:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, mode, **kw)  # type: ignore[arg-type]  # os.open takes what it was given

    monkeypatch.setattr(atomic.os, "open", refuse)  # the one writer every export uses
    with pytest.raises(WorkshopError, match=r"(?i)permission denied") as caught:
        write(small_demo, tmp_path / name)
    assert name in caught.value.message
    assert ".part" not in caught.value.message and ".tmp" not in caught.value.message
    assert atomic.TEMP_PREFIX not in caught.value.message
    assert list(tmp_path.iterdir()) == []
