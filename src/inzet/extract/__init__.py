"""Pure extraction: stored text in, `inzet.extract/1` out. No I/O, no network, deterministic.

One module per fact kind, each exposing `extract(doc) -> list[Fact]`; `pipeline.extract_text`
runs them all.
"""
