# Runtime hook used in place of PyInstaller's pyi_rth_pyside6 and pyi_rth_inspect (the
# spec drops those two). The stock hooks import PySide6.QtCore and inspect when the
# bundle starts, so every command line command loaded Qt (libQt6Core and ICU: most of a
# `--help`). This hook sets the same plugin path at once, and does what the stock hooks
# did to QtCore and inspect when the app first imports them: the command line, which
# never imports Qt, runs without it.


def _pyi_rthook() -> None:
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

    def relocate_qt() -> None:
        # Gives Qt its prefix: a no-op for the PyPI wheels, which embed their own qt.conf.
        qt_rth_utils.create_embedded_qt_conf("PySide6", qt_dir)

    def patch_inspect() -> None:
        # PyInstaller's own inspect hook (collected as a module by the spec) reads
        # base_library.zip's index: run it when inspect.getsourcefile is first needed
        # (dataclasses imports inspect at every start; little ever asks for a source).
        import inspect

        original = inspect.getsourcefile

        def getsourcefile(obj):
            inspect.getsourcefile = original
            import _pyi_rth_inspect_lazy  # noqa: F401 - replaces inspect.getsourcefile

            return inspect.getsourcefile(obj)

        inspect.getsourcefile = getsourcefile

    after_import = {"PySide6.QtCore": relocate_qt, "inspect": patch_inspect}

    class AfterLoad:
        """Loads a module with its own loader, then runs the step that waited for it."""

        def __init__(self, inner, step) -> None:
            self.inner = inner
            self.step = step

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def create_module(self, spec):
            return self.inner.create_module(spec)

        def exec_module(self, module) -> None:
            self.inner.exec_module(module)
            self.step()

    class OnFirstImport:
        def find_spec(self, name, path, target=None):
            step = after_import.pop(name, None)
            if step is None:
                return None
            if not after_import:
                sys.meta_path.remove(self)
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    spec.loader = AfterLoad(spec.loader, step)
                    return spec
            return None

    sys.meta_path.insert(0, OnFirstImport())


_pyi_rthook()
del _pyi_rthook
