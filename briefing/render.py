"""Rendering a Brief: Jinja2 templates for the words and layout, packaging for HTML and e-mail.

Templates come from ``--templates DIR`` first, then from the packaged set, so a user overrides
one file without copying the rest. Writers never build text by hand: the templates do.
"""

from __future__ import annotations

import json
import re
import textwrap
from datetime import date
from email.message import EmailMessage
from email.policy import SMTP
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

import css_inline
import markdown
import nh3
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from briefing.model import Brief, Entity, Place, Quote, Source, Story, When

FORMATS = ("md", "txt", "html", "eml", "json")
WIDTH = 72
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|])")
_LINE_BREAKS = re.compile(r"[ \t]*[\r\n]+[ \t]*")
_LINK = re.compile(r"<?(?:https?|mailto):\S+$")
_ALLOWED_TAGS = {"h1", "h2", "h3", "p", "ul", "ol", "li", "blockquote", "em", "strong", "a", "hr", "br", "code"}


def packaged_templates() -> Path:
    """The templates shipped in the wheel, or the repository's ``templates/`` in a checkout."""
    shipped = Path(str(files("briefing"))) / "templates"
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parent.parent / "templates"


def environment(templates: Path | None = None) -> Environment:
    loaders = [FileSystemLoader(str(templates))] if templates else []
    loaders.append(FileSystemLoader(str(packaged_templates())))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(enabled_extensions=("html.j2", "html"), default_for_string=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        md=escape_markdown,
        wrap=wrap,
        long_date=long_date,
        people=people,
        places=places,
        when_label=when_label,
        dateplace=dateplace,
        speaker_label=speaker_label,
        best_quotes=best_quotes,
        source_labels=source_labels,
        source_name=source_name,
        headline=headline,
        safe_url=safe_url,
    )
    return env


def render(
    brief: Brief,
    fmt: str = "md",
    *,
    templates: Path | None = None,
    sender: str | None = None,
    to: str | None = None,
) -> str:
    """The brief as ``fmt`` (one of ``FORMATS``)."""
    if fmt == "json":
        return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n"
    env = environment(templates)
    if fmt == "md":
        return env.get_template("brief.md.j2").render(brief=brief)
    if fmt == "txt":
        return env.get_template("brief.txt.j2").render(brief=brief)
    if fmt == "html":
        return _html(brief, env)
    if fmt == "eml":
        return _email(brief, env, sender=sender, to=to)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def _html(brief: Brief, env: Environment) -> str:
    body = markdown.markdown(env.get_template("brief.md.j2").render(brief=brief), output_format="html")
    clean = nh3.clean(
        body,
        tags=_ALLOWED_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    page = env.get_template("brief.html.j2").render(body=Markup(clean), title=subject(brief))
    return css_inline.inline(page, load_remote_stylesheets=False)


def _email(brief: Brief, env: Environment, *, sender: str | None, to: str | None) -> str:
    message = EmailMessage(policy=SMTP)
    message["Subject"] = subject(brief)
    if sender:
        message["From"] = sender
    if to:
        message["To"] = to
    message.set_content(env.get_template("brief.txt.j2").render(brief=brief))
    message.add_alternative(_html(brief, env), subtype="html")
    return message.as_string()


def subject(brief: Brief) -> str:
    return f"Daily brief · {long_date(brief.date)}" if brief.date else "Daily brief"


# Filters: small, pure, and the only code that decides how a value reads.


def escape_markdown(value: object) -> str:
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def wrap(value: object, width: int = WIDTH, first: str = "", indent: str = "") -> str:
    """Lines of at most ``width`` columns, except that a link stays whole on its own line: a
    link broken across lines no longer opens from the e-mail."""
    room = width - max(len(first), len(indent))
    words = []
    for word in _LINE_BREAKS.sub(" ", str(value).strip()).split(" "):
        if len(word) > room and not _LINK.match(word):
            words.extend(word[i : i + room] for i in range(0, len(word), room))
        else:
            words.append(word)
    return "\n".join(
        textwrap.wrap(
            " ".join(words),
            width=width,
            initial_indent=first,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
    )


def long_date(day: date | None) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}" if day else "date unknown"


def people(entities: tuple[Entity, ...]) -> str:
    return "; ".join(f"{e.name} ({e.role})" if e.role else e.name for e in entities[:4])


def places(where: tuple[Place, ...]) -> str:
    return "; ".join(p.label for p in where[:3])


def when_label(when: When) -> str:
    if when.date and when.text:
        return f"{when.date.isoformat()} ({when.text})"
    if when.date:
        return when.date.isoformat()
    return when.text or "not stated"


def dateplace(story: Story) -> str:
    parts = [long_date(story.when.date) if story.when.date else None]
    parts.append(story.where[0].label if story.where else None)
    count = len(story.sources)
    parts.append(f"{count} sources" if count > 1 else None)
    return " · ".join(p for p in parts if p) or "undated"


def speaker_label(quote: Quote) -> str:
    if not quote.speaker:
        return "unattributed"
    return f"{quote.speaker}, {quote.speaker_role}" if quote.speaker_role else quote.speaker


def best_quotes(quotes: tuple[Quote, ...], limit: int = 2) -> list[Quote]:
    """The key quotes a brief shows: attributed ones only (an editor never prints a quote with no
    speaker), those of a readable length first; the story and the JSON keep all of them."""

    def merit(quote: Quote) -> float:
        return abs(len(quote.text.split()) - 30) / 30

    return sorted((q for q in quotes if q.speaker), key=merit)[:limit]


def source_name(source: Source) -> str:
    return source.source or source.title or "untitled article"


def headline(title: str, limit: int = 22) -> str:
    """A title recovered from the lead can be a long sentence: keep its first ``limit`` words."""
    words = title.split()
    return title if len(words) <= limit else " ".join(words[:limit]).rstrip(",;:") + " …"


def source_labels(sources: tuple[Source, ...]) -> str:
    labels = []
    for source in sources:
        label = source_name(source)
        labels.append(f"{label} <{source.url}>" if safe_url(source.url) else label)
    return "; ".join(labels)


def safe_url(url: str | None) -> str:
    """The URL when it is a plain web link, else an empty string (no javascript: or data:)."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")
