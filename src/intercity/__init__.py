"""Intercity: partner cities, delegations and cooperation, from documents to a reviewed registry."""

__version__ = "0.1.0"
