"""What earlier briefs showed, in SQLite: so tomorrow's brief leaves out what was already briefed
and marks the stories that are still developing, leading with what is new in them.

One database file per user (``default_path``). Reading the history is pure: ``annotate`` turns a
brief into the next one without writing. ``record`` writes everything about one brief in one
``BEGIN IMMEDIATE`` transaction, called only after the brief was written or sent, so a crash or
a failed send leaves the history as it was, and two runs at once serialise instead of
double-counting (articles are keyed by their fingerprint). The schema version is SQLite's
``user_version``; ``_MIGRATIONS[n]`` takes a database from version n to n + 1.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from briefing.model import ArticleBrief, Brief, Developing, Story
from briefing.nlp.words import content_stems

#: Cosine similarity of key terms from which a story continues one of an earlier brief.
SAME_STORY = 0.3
#: Stories older than this are not looked at when linking (they can still be pruned later).
LOOKBACK_DAYS = 14
_KEY_TERMS = 25
_MIGRATIONS = (
    """
    CREATE TABLE briefs (id INTEGER PRIMARY KEY, day TEXT, created TEXT NOT NULL);
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY, first_brief INTEGER NOT NULL REFERENCES briefs(id),
        first_day TEXT, title TEXT NOT NULL, terms TEXT NOT NULL
    );
    CREATE TABLE appearances (
        story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        brief INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
        PRIMARY KEY (story, brief)
    );
    CREATE TABLE articles (
        fingerprint TEXT PRIMARY KEY, url TEXT, brief INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE
    );
    CREATE INDEX articles_url ON articles(url);
    CREATE TABLE shown (
        story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, digest TEXT NOT NULL, PRIMARY KEY (story, kind, digest)
    );
    """,
)
SCHEMA_VERSION = len(_MIGRATIONS)


class HistoryError(Exception):
    """The history database cannot be used (unreadable, or written by a newer briefing)."""


def default_path() -> Path:
    """``$BRIEFING_HISTORY``, else ``$XDG_STATE_HOME/briefing/history.sqlite3`` (~/.local/state)."""
    if os.environ.get("BRIEFING_HISTORY"):
        return Path(os.environ["BRIEFING_HISTORY"])
    state = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return state / "briefing" / "history.sqlite3"


@dataclass(frozen=True)
class Link:
    """An earlier story that a story of this brief continues."""

    story: int
    first_day: date | None
    days: int  # briefs it has appeared in before, this one not counted


class History:
    """One open history database; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA foreign_keys = ON")
            self._write_ahead_log()
            self._migrate()
        except (OSError, sqlite3.Error) as error:
            raise HistoryError(f"{path}: cannot use the history ({error})") from None

    def _write_ahead_log(self) -> None:
        """Readers never wait for a writer in WAL mode. Switching needs the database to itself,
        and SQLite does not wait for that, so a run that meets another one switching retries."""
        for attempt in range(100):
            try:
                if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError:
                if attempt == 99:
                    raise
                time.sleep(0.05)

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.db.close()

    def _migrate(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise HistoryError(f"{self.path}: written by a newer briefing (schema {version} > {SCHEMA_VERSION})")
            for step in range(version, SCHEMA_VERSION):
                for statement in filter(str.strip, _MIGRATIONS[step].split(";")):
                    self.db.execute(statement)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    # Reading

    def unseen(self, briefs: Iterable[ArticleBrief]) -> tuple[list[ArticleBrief], int]:
        """The article briefs never briefed before (by URL or by text), and how many were."""
        fresh, repeated = [], 0
        for item in briefs:
            url = item.article.url
            row = self.db.execute(
                "SELECT 1 FROM articles WHERE fingerprint = ? OR (url IS NOT NULL AND url = ?)",
                (item.article.fingerprint, url),
            ).fetchone()
            if row:
                repeated += 1
            else:
                fresh.append(item)
        return fresh, repeated

    def annotate(self, brief: Brief) -> tuple[Brief, list[Link | None]]:
        """The brief with each continuing story marked developing and led by what is new; stories
        with nothing new move to ``brief.unchanged``. Also the link of every story, for ``record``."""
        since = (brief.date or date.today()) - timedelta(days=LOOKBACK_DAYS)
        earlier = [
            (row[0], _parse_day(row[1]), json.loads(row[2]), row[3])
            for row in self.db.execute(
                "SELECT s.id, s.first_day, s.terms, COUNT(a.brief) FROM stories s JOIN appearances a ON a.story = s.id "
                "JOIN briefs b ON b.id = a.brief WHERE b.day IS NULL OR b.day >= ? GROUP BY s.id",
                (since.isoformat(),),
            )
        ]
        kept: list[tuple[Story, Link | None]] = []
        unchanged: list[tuple[Story, Link | None]] = []
        for story in brief.stories:
            link = _best_link(key_terms(story), earlier)
            if link is None:
                kept.append((story, None))
                continue
            shown = set(self.db.execute("SELECT kind, digest FROM shown WHERE story = ?", (link.story,)))
            fresh = tuple(s for s in story.summary if ("sentence", _digest(s)) not in shown)
            quotes = tuple(q for q in story.quotes if ("quote", _digest(q.text)) not in shown)
            marked = replace(story, summary=fresh, quotes=quotes, developing=Developing(link.days + 1, link.first_day))
            (kept if fresh or quotes else unchanged).append((marked, link))
        annotated = replace(brief, stories=tuple(s for s, _ in kept), unchanged=tuple(s for s, _ in unchanged))
        return annotated, [link for _, link in (*kept, *unchanged)]

    def briefs(self, limit: int = 30) -> list[tuple[int, str | None, str, list[tuple[str, int]]]]:
        """The latest briefs, newest first: id, day, when it was made, and its stories with the
        number of briefs each has appeared in."""
        rows = self.db.execute("SELECT id, day, created FROM briefs ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        result = []
        for brief_id, day, created in rows:
            stories = self.db.execute(
                "SELECT s.title, (SELECT COUNT(*) FROM appearances x WHERE x.story = s.id AND x.brief <= ?) "
                "FROM appearances a JOIN stories s ON s.id = a.story WHERE a.brief = ? ORDER BY s.id",
                (brief_id, brief_id),
            ).fetchall()
            result.append((brief_id, day, created, stories))
        return result

    # Writing

    def record(self, brief: Brief, links: Sequence[Link | None]) -> None:
        """Remember one brief, all of it or nothing: its stories, what they showed, and the
        articles behind them (stories left out by the cap are not remembered: never shown)."""
        now = datetime.now().isoformat(timespec="seconds")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            cursor = self.db.execute(
                "INSERT INTO briefs (day, created) VALUES (?, ?)", (brief.date.isoformat() if brief.date else None, now)
            )
            brief_id = cursor.lastrowid
            self.db.executemany(
                "INSERT OR IGNORE INTO articles (fingerprint, url, brief) VALUES (?, ?, ?)",
                [
                    (source.fingerprint, source.url, brief_id)
                    for story in (*brief.stories, *brief.unchanged)
                    for source in story.sources
                    if source.fingerprint
                ],
            )
            for story, link in zip((*brief.stories, *brief.unchanged), links, strict=True):
                if link is None:
                    story_id = self.db.execute(
                        "INSERT INTO stories (first_brief, first_day, title, terms) VALUES (?, ?, ?, ?)",
                        (
                            brief_id,
                            brief.date.isoformat() if brief.date else None,
                            story.title,
                            json.dumps(key_terms(story)),
                        ),
                    ).lastrowid
                else:
                    story_id = link.story
                self.db.execute("INSERT OR IGNORE INTO appearances (story, brief) VALUES (?, ?)", (story_id, brief_id))
                shown = [("sentence", _digest(s)) for s in story.summary]
                shown += [("quote", _digest(q.text)) for q in story.quotes]
                shown += [("person", _digest(e.name)) for e in story.who]
                self.db.executemany(
                    "INSERT OR IGNORE INTO shown (story, kind, digest) VALUES (?, ?, ?)",
                    [(story_id, kind, digest) for kind, digest in shown],
                )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def prune(self, days: int, today: date | None = None) -> int:
        """Forget briefs older than ``days`` days (and what only they held); the number forgotten."""
        cutoff = ((today or date.today()) - timedelta(days=days)).isoformat()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            old = [
                row[0]
                for row in self.db.execute(
                    "SELECT id FROM briefs WHERE day < ? OR (day IS NULL AND created < ?)", (cutoff, cutoff)
                )
            ]
            self.db.executemany("DELETE FROM appearances WHERE brief = ?", [(i,) for i in old])
            self.db.executemany("DELETE FROM articles WHERE brief = ?", [(i,) for i in old])
            self.db.execute("DELETE FROM stories WHERE id NOT IN (SELECT story FROM appearances)")
            self.db.executemany("DELETE FROM briefs WHERE id = ?", [(i,) for i in old])
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return len(old)


def key_terms(story: Story) -> dict[str, float]:
    """The story's strongest content stems, normalised: what says which event it is."""
    text = " ".join([story.title, story.title, *story.summary[:2], *(e.name for e in story.who[:4])])
    counts = Counter(content_stems(text)).most_common(_KEY_TERMS)
    norm = math.sqrt(sum(n * n for _, n in counts)) or 1.0
    return {term: n / norm for term, n in counts}


def _best_link(terms: dict[str, float], earlier: list[tuple[int, date | None, dict[str, float], int]]) -> Link | None:
    best, best_score = None, SAME_STORY
    for story_id, first_day, other, days in earlier:
        score = sum(weight * other.get(term, 0.0) for term, weight in terms.items())
        if score >= best_score:
            best, best_score = Link(story_id, first_day, days), score
    return best


def _digest(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:20]


def _parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
