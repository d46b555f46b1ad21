"""Generated from forms/*.ui by workshop_app.ui.compile_forms."""
