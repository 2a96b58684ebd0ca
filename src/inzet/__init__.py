"""inzet: a source-grounded record of Dutch government letters on NATO and EU defence ministerials."""

__version__ = "0.1.0"
SCHEMA = "inzet.extract/1"
