"""The HTML e-mail as a reader sees it: rendered by headless Chromium (skipped where absent)."""

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

import briefing
from briefing.writers import render

from .conftest import SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")

#: Each payload, if it ever ran, would write a marker built at run time into the page.
_RUN = "document.title=String.fromCharCode(88,83,83)+'_'+'RAN'"
XSS_ARTICLE = f"""title: <script>{_RUN}</script> Council <img src=x onerror="{_RUN}"> votes
url: javascript:{_RUN}

The council voted on Monday <svg onload="{_RUN}"></svg> to approve the budget. <a href="javascript:{_RUN}">Read</a>
<iframe src="javascript:{_RUN}"></iframe> <body onload="{_RUN}"> Members said "<script>{_RUN}</script> was fine,"
according to the clerk. The plan passed by nine votes to four after a debate of several hours.
"""


def chromium(html: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = html.parent / "profile"
    command = [
        CHROMIUM or "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *args,
        html.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_seed_brief_renders_with_every_story(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    brief = briefing.build_brief(texts)
    page = tmp_path / "brief.html"
    page.write_text(render(brief, "html"), encoding="utf-8")
    dom = chromium(page, "--dump-dom").stdout
    for story in brief.stories:
        assert story.title.split()[0] in dom
    shot = tmp_path / "brief.png"
    chromium(page, f"--screenshot={shot}", "--window-size=760,1400", "--hide-scrollbars")
    width, height = struct.unpack(">II", shot.read_bytes()[16:24])  # PNG IHDR
    assert (width, height) == (760, 1400)


def test_no_script_runs_in_the_html_email(tmp_path: Path) -> None:
    page = tmp_path / "xss.html"
    page.write_text(render(briefing.build_brief([XSS_ARTICLE]), "html"), encoding="utf-8")
    dom = chromium(page, "--dump-dom").stdout
    assert "The plan passed by nine votes to four" in dom
    assert "XSS_RAN" not in dom
