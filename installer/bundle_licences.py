"""The bundle's licences folder: the licence texts of everything the bundle ships.

Called by workshop-app.spec with PyInstaller's lists of what it collected; writes a folder
that the spec adds to the bundle as ``licences/``. Texts come from where each part ships
them: a Python package's own licence files (its ``.dist-info``), Python's ``LICENSE.txt``,
the Debian package's ``copyright`` file for a library copied from the build machine, and
``resources/fonts`` for the fonts. Only Qt's licences (PySide6's wheels carry none) are
kept in this folder (``installer/licences``), with the texts of the third-party code
compiled into Qt's libraries (``installer/licences/qt-third-party``, one file per component,
each naming the libraries it is compiled into). ``README.txt`` lists every part.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)
# Part of the application itself, not third-party: no licence file to carry.
OWN = {"workshop-app"}
# Qt for Python's wheels carry no licence files: their licence goes into the Qt folder.
# Compared by normalised name: the wheels' metadata spells it PySide6-Essentials in
# older releases and PySide6_Essentials in newer ones.
QT_FOR_PYTHON = {"pyside6-essentials", "pyside6", "shiboken6"}
# Long standard texts that some Qt third-party components refer to ("Needs:" in their
# file), copied from the build machine (Debian: base-files, libfreetype6, libxcb1) rather
# than kept here: the name each gets in Qt/third-party, and where it comes from.
NEEDED_TEXTS = {
    "Apache-2.0": ("Apache-2.0.txt", Path("/usr/share/common-licenses/Apache-2.0")),
    "CC0-1.0": ("CC0-1.0.txt", Path("/usr/share/common-licenses/CC0-1.0")),
    "FreeType": ("FreeType.copyright", Path("/usr/share/doc/libfreetype6/copyright")),
    "libxcb": ("libxcb.copyright", Path("/usr/share/doc/libxcb1/copyright")),
}


def _normalised(name: str) -> str:
    """A distribution name as packaging compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _distributions_by_top() -> dict[str, set[str]]:
    """Top-level names (packages, modules, *.libs, *.dist-info) -> distribution names."""
    tops: dict[str, set[str]] = defaultdict(set)
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        for file in dist.files or ():
            first = file.parts[0]
            tops[first.removesuffix(".py")].add(name)
    return tops


def _licence_files(dist: importlib.metadata.Distribution) -> list[Path]:
    """The licence texts a distribution ships in its .dist-info (licenses/ or LICENSE*)."""
    found = []
    for file in dist.files or ():
        parts = file.parts
        if not parts[0].endswith(".dist-info"):
            continue
        if (len(parts) > 2 and parts[1] == "licenses") or LICENCE_FILE.search(parts[-1]):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                found.append(path)
    return found


def _licence_name(dist: importlib.metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    licence = (meta.get("License") or "").strip().splitlines()
    if licence and len(licence[0]) < 80:
        return licence[0]
    classifiers = [
        c.rsplit(" :: ", 1)[-1]
        for c in meta.get_all("Classifier") or ()
        if c.startswith("License ::")
    ]
    return " / ".join(classifiers) or "see the files"


def _copy(src: Path, folder: Path, name: str | None = None) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or src.name)
    shutil.copyfile(src, target)
    return target.name


def _debian_package(path: str) -> str | None:
    """The Debian package that installed a library (dpkg -S), None without dpkg."""
    if shutil.which("dpkg") is None:
        return None
    real = Path(path).resolve()
    for query in (str(real), "/" + str(real).removeprefix("/usr/"), real.name):
        out = subprocess.run(["dpkg", "-S", query], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout:
            return out.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def _icu_line(libs: list[str], copyright_file: Path) -> str:
    """README's ICU line: the shipped ICU version and where ICU.copyright comes from."""
    shipped = sorted({name.rsplit(".so.", 1)[-1] for name in libs})
    system = copyright_file.parent.name.removeprefix("libicu")
    line = f"ICU {', '.join(shipped)} ({', '.join(sorted(libs))}, from the PySide6 wheel): "
    line += "Unicode licence (ICU 58 and later); ICU.copyright"
    if shipped != [system]:
        line += (
            f" is the build machine's ICU {system} copyright file (Debian libicu{system}): "
            f"ICU {', '.join(shipped)}'s own text is icu4c/LICENSE of its release "
            "(https://github.com/unicode-org/icu/releases)"
        )
    return line


def _header(text: str) -> dict[str, str]:
    """The "Key: value" lines above a third-party file's line of "=" signs."""
    fields = {}
    for line in text.split("\n=", 1)[0].splitlines():
        key, _, value = line.partition(": ")
        fields[key] = value
    return fields


def _qt_third_party(shipped: set[str], qt: Path) -> tuple[list[str], list[str]]:
    """Copy the texts of the third-party components compiled into the shipped Qt libraries
    and plugins (by file name) to ``qt/third-party``; return README lines and what is
    missing."""
    index, missing = [], []
    folder = qt / "third-party"
    for source in sorted((HERE / "licences" / "qt-third-party").glob("*.txt")):
        fields = _header(source.read_text(encoding="utf-8"))
        if not shipped & set(fields["Compiled into"].split()):
            continue
        files = [_copy(source, folder)]
        for need in fields.get("Needs", "").split():
            name, text = NEEDED_TEXTS[need]
            if text.is_file():
                files.append(_copy(text, folder, name))
            else:
                missing.append(f"{fields['Name']} (no {text} on the build machine)")
        version = fields["Version"].split(" (", 1)[0]
        where = " ".join(f"Qt/third-party/{f}" for f in files)
        index.append(f"  {fields['Name']} {version}: {fields['Licence']}; {where}")
    return index, missing


def write_licences(
    pure, binaries, datas, out: Path, root: Path, also: tuple[str, ...] = ()
) -> Path:
    """Write the licences folder for the collected TOCs (and the distributions named in
    ``also``) and return it."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    index: list[str] = []

    # Python packages: by the top-level names of what was collected.
    tops = _distributions_by_top()
    names: set[str] = set()
    for entry in pure:
        names.update(tops.get(entry[0].split(".")[0], ()))
    for dest, _src, _kind in [*binaries, *datas]:
        names.update(tops.get(Path(dest).parts[0], ()))
    names.update(also)
    missing = []
    for name in sorted(names - OWN, key=str.lower):
        dist = importlib.metadata.distribution(name)
        folder, prefix = out / "python-packages", f"{name}-{dist.version}."
        if _normalised(name) in QT_FOR_PYTHON:
            index.append(f"{name} {dist.version}: {_licence_name(dist)}; Qt/")
            continue
        files = [_copy(f, folder, prefix + f.name) for f in _licence_files(dist)]
        if not files:
            missing.append(name)
        where = " ".join(f"python-packages/{f}" for f in files)
        index.append(f"{name} {dist.version}: {_licence_name(dist)}; {where}")

    # Qt, through PySide6 and shiboken6: LGPLv3, whose terms are the GPLv3's plus its own.
    qt_libs = sorted({Path(d).name for d, _s, _k in binaries if "PySide6/Qt/lib/" in d})
    qt_plugins = sorted(
        d.split("plugins/", 1)[1] for d, _s, _k in binaries if "PySide6/Qt/plugins/" in d
    )
    qt = out / "Qt"
    for text in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        _copy(HERE / "licences" / text, qt)
    notice = (HERE / "licences" / "Qt-NOTICE.txt").read_text(encoding="utf-8")
    pyside = importlib.metadata.version("PySide6_Essentials")
    notice = notice.replace("{version}", pyside)
    notice += "\nQt libraries in this bundle (_internal/PySide6/Qt/lib):\n"
    notice += "".join(f"  {n}\n" for n in qt_libs)
    notice += "\nQt plugins in this bundle (_internal/PySide6/Qt/plugins):\n"
    notice += "".join(f"  {n}\n" for n in qt_plugins)
    (qt / "NOTICE.txt").write_text(notice, encoding="utf-8")
    index.append(
        f"Qt {pyside} (libQt6*, plugins; through PySide6 and shiboken6): LGPL-3.0-only; Qt/"
    )
    # The third-party code compiled into those libraries, each under its own licence.
    third, lacking = _qt_third_party({Path(d).name for d, _s, _k in binaries}, qt)
    if third:
        index.append("Third-party code compiled into the Qt libraries above:")
        index += third
    missing += lacking

    # ICU, built by Qt into the PySide6 wheel (which carries no licence file): the build
    # machine's ICU copyright file, which may be another ICU version's; README says which.
    icu_libs = [Path(d).name for d, _s, _k in binaries if Path(d).name.startswith("libicu")]
    icu_copyright = next(iter(sorted(Path("/usr/share/doc").glob("libicu[0-9]*/copyright"))), None)
    if icu_libs and icu_copyright is not None:
        _copy(icu_copyright, out, "ICU.copyright")
        index.append(_icu_line(icu_libs, icu_copyright))
    elif icu_libs:
        missing.append("ICU (no /usr/share/doc/libicu*/copyright on the build machine)")

    # Python itself: libpython, the standard library and its extension modules.
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if not python_licence.is_file():
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"  # Windows layout
    if python_licence.is_file():
        version = "{}.{}.{}".format(*sys.version_info[:3])
        _copy(python_licence, out, f"Python-{version}.LICENSE.txt")
        index.append(f"Python {version}: PSF-2.0; Python-{version}.LICENSE.txt")
    else:
        missing.append("Python (no LICENSE.txt beside the standard library)")

    # Libraries copied from the build machine (libstdc++, SQLite, zlib, the X11 helpers
    # ...): the copyright file of the system package that installed each (Linux only:
    # elsewhere the spec does not take libraries from the system).
    site = {
        str(Path(p).resolve())
        for p in (sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"])
    }
    python_home = str(Path(sys.base_prefix).resolve())
    system: dict[str, list[str]] = defaultdict(list)
    for dest, src, kind in binaries if sys.platform.startswith("linux") else ():
        real = str(Path(src).resolve())
        if (
            kind != "BINARY"
            or any(real.startswith(s + os.sep) for s in site)
            or real.startswith(python_home + os.sep)
        ):
            continue
        if "/stripped/" in real or "/icu/" in real:  # copies made by the spec from the above
            continue
        system[_debian_package(src) or ""].append(Path(dest).name)
    for package, libs in sorted(system.items()):
        doc = Path("/usr/share/doc") / package / "copyright"
        if package and doc.is_file():
            copied = _copy(doc, out / "system-libraries", f"{package}.copyright")
            where = f"system-libraries/{copied}"
            index.append(f"{', '.join(sorted(libs))} (Debian package {package}): {where}")
        else:
            missing.append(f"{', '.join(sorted(libs))} (no package copyright file found)")

    # The fonts the PDF reports embed: their licences ship next to them in resources/fonts.
    fonts = root / "resources" / "fonts"
    font_files = [
        _copy(f, out / "fonts")
        for f in sorted(fonts.iterdir())
        if f.name.startswith("LICENSE") or f.name == "README.md"
    ]
    index.append(f"Fonts (DejaVu Sans, WenQuanYi Micro Hei): fonts/ {' '.join(font_files)}")

    if missing:
        raise SystemExit("No licence text found for: " + "; ".join(missing))
    header = (
        "Partnership Workshop ships the third-party software below. Each line names a part,\n"
        "its version and licence, and the files here holding its licence texts.\n\n"
    )
    (out / "README.txt").write_text(header + "\n".join(index) + "\n", encoding="utf-8")
    return out
