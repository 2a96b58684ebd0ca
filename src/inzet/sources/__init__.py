"""Fetchers for the official sources: Tweede Kamer open data (OData v4) and the KOOP repository.

Network I/O lives here and nowhere in the core; every failure becomes a `SourceError`.
"""
