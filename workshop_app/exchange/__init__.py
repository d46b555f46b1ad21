"""Files in and out that are not reports. Every input is treated as hostile."""
