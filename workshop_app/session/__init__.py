"""The editing session shared by the desktop app and the live answering server.

QtCore and QtGui's undo stack only, no widgets: every edit, wherever it comes from,
goes through one ``WorkshopSession`` (one transaction and one undo step each).
"""

from workshop_app.session.editing import WorkshopSession

__all__ = ["WorkshopSession"]
