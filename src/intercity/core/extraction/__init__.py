"""Blocks -> proposed facts with evidence.

Public interface: ``extract(doc, gazetteer, home=None) -> DocumentExtraction``.
"""
