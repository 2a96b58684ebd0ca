"""The debate briefing as HTML: the stand-alone document that `inzet briefing --format html` prints.

Its content is the template `briefing_body.html`, with a print stylesheet (`static/briefing.css`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from inzet import __version__

HERE = Path(__file__).resolve().parent


def render_page(b: dict[str, Any], base: str) -> str:
    """The briefing as a stand-alone HTML document whose links point at the web app at `base`."""
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(["html"]))
    return env.get_template("briefing_doc.html").render(b=b, base=base, version=__version__)
