"""Qt pages, one per step of the workshop."""
