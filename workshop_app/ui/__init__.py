"""Everything Qt: app start, main window, pages, models, widgets, dialogs."""
