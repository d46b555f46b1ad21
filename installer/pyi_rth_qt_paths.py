# Runtime hook used in place of PyInstaller's pyi_rth_pyside6 (the spec drops that one).
# The stock hook imports PySide6.QtCore when the bundle starts, so every command line
# command loaded Qt (libQt6Core, ICU: most of a `--help`). This hook sets the same
# plugin path but only touches Qt once the app itself imports PySide6.QtCore: the
# command line, which never imports Qt, runs without it.


def _pyi_rthook() -> None:
    import importlib.abc
    import os
    import sys

    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    meipass = sys._MEIPASS  # set by the bootloader
    if sys.platform.startswith("win"):
        qt_dir = os.path.join(meipass, "PySide6")
        # As the stock hook: Qt's plugins find the DLLs collected next to the app.
        os.environ["PATH"] = meipass + os.pathsep + os.environ.get("PATH", "")
    else:
        qt_dir = os.path.join(meipass, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_dir, "plugins")

    class _Relocate(importlib.abc.Loader):
        """Loads PySide6.QtCore, then gives Qt its prefix (what the stock hook did at
        start; a no-op for the PyPI wheels, which embed their own qt.conf)."""

        def __init__(self, inner: importlib.abc.Loader) -> None:
            self.inner = inner

        def create_module(self, spec):
            return self.inner.create_module(spec)

        def exec_module(self, module) -> None:
            self.inner.exec_module(module)
            qt_rth_utils.create_embedded_qt_conf("PySide6", qt_dir)

    class _OnQtCore(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            for finder in sys.meta_path:
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    spec.loader = _Relocate(spec.loader)
                    return spec
            return None

    sys.meta_path.insert(0, _OnQtCore())


_pyi_rthook()
del _pyi_rthook
