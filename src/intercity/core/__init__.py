"""The pure core of Intercity. Nothing under this package may import Django (a test enforces it)."""
