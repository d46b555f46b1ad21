"""ui layer."""

from workshop_app.ui import qt_compat

qt_compat.install()
