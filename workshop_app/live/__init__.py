"""Live answering: participants answer on their own phones over the room's network."""
