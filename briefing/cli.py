"""The ``briefing`` command: argument parsing, exit codes and messages; the work is elsewhere.

Exit codes: 0 every input was briefed; 1 the brief was written but some inputs were skipped
(each named on stderr); 2 usage error, or nothing could be briefed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import tomllib
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

from briefing.errors import InputError
from briefing.evaluate.run import EvaluationError, add_evaluation_parsers, run_evaluation
from briefing.history import History, HistoryError, default_path
from briefing.read.feedlist import read_feed_list
from briefing.read.metadata import parse_iso_date
from briefing.send import SendError, send, smtp_settings

# The command line loads the pipeline (NLTK, trafilatura, Jinja2 …) only when a command runs, so
# `briefing --help` answers at once; the choices it lists are the registries' keys.
FORMATS = ("md", "txt", "html", "eml", "json")
METHODS = ("default", "lead", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction", "edmundson")

EXIT_OK, EXIT_SKIPPED, EXIT_FAILED = 0, 1, 2
CONFIG_NAME = "briefing.toml"
#: A feed gives 40 stories and a folder hundreds; a morning brief shows the best ten.
DEFAULT_STORIES = 10


def _positive(value: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return number


def default_seeds() -> str:
    """``./seeds`` when run in a checkout, else the sample articles shipped with the package (in
    the wheel), else the repository's ``seeds/`` (an editable install run from elsewhere)."""
    local = Path("seeds")
    if local.is_dir():
        return str(local)
    shipped = Path(__file__).resolve().parent / "seeds"
    return str(shipped if shipped.is_dir() else Path(__file__).resolve().parent.parent / "seeds")


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="briefing", description="Turn a day's news articles into a daily brief.")
    commands = main.add_subparsers(dest="command")

    build = commands.add_parser(
        "build",
        help="brief articles (files, folders, feeds, - for stdin)",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    build.add_argument("inputs", nargs="*", help="files or folders; default: the bundled seeds/")
    build.add_argument("-f", "--format", choices=FORMATS, default="md", help="output format")
    build.add_argument("-o", "--output", help="write here (atomically) instead of stdout")
    build.add_argument(
        "--date", help="the brief's day, YYYY-MM-DD, or 'all' for every date (default: newest in the input)"
    )
    build.add_argument("--stories", type=_positive, default=DEFAULT_STORIES, help="show the N best stories")
    build.add_argument("--sentences", type=_positive, default=3, help="summary sentences per article")
    build.add_argument("--jobs", type=_positive, default=1, help="processes for the per-article analysis")
    build.add_argument("--templates", type=Path, help="folder of templates overriding the packaged ones")
    build.add_argument("--config", type=Path, help=f"TOML file of defaults (default: ./{CONFIG_NAME})")
    build.add_argument("--to", help="e-mail recipient (eml, --send)")
    build.add_argument("--from", dest="sender", help="e-mail sender (eml, --send)")
    build.add_argument("--send", action="store_true", help="mail the brief through the [smtp] server of the config")
    build.add_argument("--feeds", type=Path, help="a file of feed URLs or paths, one a line, or an OPML export")
    build.add_argument(
        "--history",
        type=Path,
        help="history database (default: $BRIEFING_HISTORY or ~/.local/state/briefing/history.sqlite3)",
    )
    build.add_argument(
        "--no-history", action="store_true", help="neither skip what was briefed before nor remember this brief"
    )

    archive = commands.add_parser(
        "archive",
        help="one brief per day found in the input, in every format (history off)",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    archive.add_argument("inputs", nargs="+", help="files, folders, feeds or JSON Lines")
    archive.add_argument("-o", "--output", required=True, type=Path, help="folder: one YYYY-MM-DD/ folder per day")
    archive.add_argument("--from", dest="first", help="first day, YYYY-MM-DD")
    archive.add_argument("--to", dest="last", help="last day, YYYY-MM-DD")
    archive.add_argument("--formats", default="md,txt,html,eml,json", help="comma-separated formats")
    archive.add_argument("--stories", type=_positive, default=DEFAULT_STORIES, help="stories per day")
    archive.add_argument("--jobs", type=_positive, default=1, help="local processes, or LocalCluster workers")
    archive.add_argument(
        "--scheduler",
        help="a Dask scheduler address, or 'local' for a LocalCluster (pip install 'briefing-digest[dask]')",
    )
    archive.add_argument("--templates", type=Path, help="folder of templates overriding the packaged ones")

    history = commands.add_parser(
        "history", help="list past briefs and their stories", formatter_class=argparse.ArgumentDefaultsHelpFormatter
    )
    history.add_argument("--history", type=Path, help="history database (default: as for build)")
    history.add_argument("--prune", type=_positive, metavar="DAYS", help="forget briefs older than DAYS days")
    history.add_argument("--limit", type=_positive, default=30, help="briefs to list")

    summarize = commands.add_parser(
        "summarize", help="summarize one article", formatter_class=argparse.ArgumentDefaultsHelpFormatter
    )
    summarize.add_argument("input", help="a file, or - for stdin")
    budget = summarize.add_mutually_exclusive_group()
    budget.add_argument("--sentences", type=_positive, default=3, help="summary sentences")
    budget.add_argument("--words", type=_positive, help="a word budget instead of a sentence count")
    summarize.add_argument("--method", choices=METHODS, default="default")

    evaluate = commands.add_parser("eval", help="measure against annotated data")
    add_evaluation_parsers(evaluate.add_subparsers(dest="task", required=True))
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0].startswith("-") and args[0] not in ("-h", "--help")):
        args = ["build", *args]
    arguments = parser().parse_args(args)
    try:
        if arguments.command == "build":
            return _build(arguments)
        if arguments.command == "summarize":
            return _summarize(arguments)
        if arguments.command == "history":
            return _history(arguments)
        if arguments.command == "archive":
            return _archive(arguments)
        if arguments.command == "eval":
            return _evaluate(arguments)
    except BrokenPipeError:
        return EXIT_OK
    except (_UsageError, HistoryError, SendError) as error:
        print(f"briefing: {error}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:  # the output could not be written: the history was not advanced
        print(f"briefing: cannot write {error.filename or 'the output'} ({error.strerror or error})", file=sys.stderr)
        return EXIT_FAILED
    parser().print_help()
    return EXIT_FAILED


class _UsageError(Exception):
    pass


def _build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from briefing.analyze import analyze_all
    from briefing.assemble import assemble
    from briefing.read import read_inputs
    from briefing.writers import email_message, environment, render

    smtp = _apply_config(args)
    day = None
    all_dates = args.date == "all"
    if args.date and not all_dates:
        day = parse_iso_date(args.date)
        if day is None:
            raise _UsageError(f"--date {args.date!r} is not a YYYY-MM-DD date (or 'all')")
    for option in ("stories", "sentences", "jobs"):
        value = getattr(args, option)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise _UsageError(f"--{option} must be a positive whole number, not {value!r}")
    if args.templates is not None and not Path(args.templates).is_dir():
        raise _UsageError(f"--templates {args.templates}: no such folder")
    if args.send and not (args.to and args.sender):
        raise _UsageError("--send needs --to and --from (or to and from in the config)")
    settings = smtp_settings(smtp, os.environ) if args.send else None
    inputs = list(args.inputs)
    if args.feeds:
        try:
            inputs += read_feed_list(args.feeds)
        except InputError as error:
            raise _UsageError(str(error)) from None
    # the bundled samples are a demonstration: briefing them never reads or writes the history
    history_path = None if args.no_history or not inputs else args.history or default_path()
    inputs = inputs or [default_seeds()]
    briefs, skipped = [], 0
    progress = tqdm(unit=" articles", file=sys.stderr, disable=not sys.stderr.isatty(), leave=False)
    for item in analyze_all(read_inputs(inputs), sentences=args.sentences, jobs=args.jobs):
        progress.update()
        if isinstance(item, InputError):
            progress.write(f"briefing: skipped {item}", file=sys.stderr)
            skipped += 1
        else:
            if not item.english:
                progress.write(
                    f"briefing: {item.article.origin}: not English; summarised without who, where and quotes",
                    file=sys.stderr,
                )
            briefs.append(item)
    progress.close()
    if not briefs:
        print("briefing: nothing could be briefed", file=sys.stderr)
        return EXIT_FAILED
    with ExitStack() as stack:
        history = stack.enter_context(History(history_path)) if history_path else None
        repeated = 0
        if history:
            briefs, repeated = history.unseen(briefs)
            if not briefs:
                print(f"briefing: all {_count(repeated, 'article')} were briefed before; nothing new", file=sys.stderr)
                return EXIT_OK
        brief = assemble(briefs, day=day, max_stories=args.stories, all_dates=all_dates)
        links: list = []
        if history:
            brief, links = history.annotate(brief)
            brief = replace(brief, repeated=repeated)
        if settings:
            send(email_message(brief, environment(args.templates), sender=args.sender, to=args.to), settings)
        if args.output or not settings:
            _write(render(brief, args.format, templates=args.templates, sender=args.sender, to=args.to), args.output)
        if history:
            history.record(brief, links)  # only now: a crash or a failed send leaves the history as it was
    missed_day = day is not None and not any(b.article.published == day for b in briefs)
    if missed_day:
        print(f"briefing: no article is dated {day.isoformat()}; only undated ones were briefed", file=sys.stderr)
    print(
        f"briefing: {_count(len(briefs), 'article')} read, {skipped} skipped, "
        f"{brief.outside_day} from other days, {_count(len(brief.stories), 'story', 'stories')}"
        + (f" ({brief.more_stories} more not shown)" if brief.more_stories else "")
        + (f", {repeated} briefed before" if repeated else "")
        + (f", {sum(1 for s in brief.stories if s.developing)} developing" if history_path else "")
        + (f", sent to {args.to}" if settings else ""),
        file=sys.stderr,
    )
    return EXIT_SKIPPED if skipped or missed_day else EXIT_OK


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"


def _archive(args: argparse.Namespace) -> int:
    from briefing.archive import in_range, run_dask, run_local
    from briefing.read import read_inputs

    first = parse_iso_date(args.first) if args.first else None
    last = parse_iso_date(args.last) if args.last else None
    if (args.first and first is None) or (args.last and last is None):
        raise _UsageError("--from and --to take YYYY-MM-DD dates")
    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise _UsageError(f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}")
    if args.templates is not None and not args.templates.is_dir():
        raise _UsageError(f"--templates {args.templates}: no such folder")
    args.output.mkdir(parents=True, exist_ok=True)
    counts = {"read": 0, "skipped": 0, "outside": 0}

    def articles():  # type: ignore[no-untyped-def]
        for item in read_inputs(args.inputs):
            if isinstance(item, InputError):
                print(f"briefing: skipped {item}", file=sys.stderr)
                counts["skipped"] += 1
            elif in_range(item, first, last):
                counts["read"] += 1
                yield item
            else:
                counts["outside"] += 1  # undated, or outside --from/--to

    options = {
        "formats": formats,
        "templates": str(args.templates) if args.templates else None,
        "stories": args.stories,
        "jobs": args.jobs,
    }
    if args.scheduler:
        days = run_dask(articles(), args.output, scheduler=args.scheduler, **options)
    else:
        days = run_local(articles(), args.output, **options)
    print(
        f"briefing: {_count(counts['read'], 'article')} briefed into {_count(len(days), 'day')} in {args.output}, "
        f"{counts['skipped']} skipped, {counts['outside']} undated or outside the dates",
        file=sys.stderr,
    )
    if not days:
        return EXIT_FAILED
    return EXIT_SKIPPED if counts["skipped"] else EXIT_OK


def _history(args: argparse.Namespace) -> int:
    with History(args.history or default_path()) as history:
        if args.prune:
            print(
                f"briefing: forgot {_count(history.prune(args.prune), 'brief')} older than {args.prune} days",
                file=sys.stderr,
            )
        for number, day, created, stories in history.briefs(args.limit):
            print(f"#{number} {day or 'all dates'} (made {created}): {_count(len(stories), 'story', 'stories')}")
            for title, days in stories:
                print(f"  - {title}" + (f" (day {days})" if days > 1 else ""))
    return EXIT_OK


def _apply_config(args: argparse.Namespace) -> dict:
    """Fill options the command line left at their defaults from the TOML config file; return its
    ``[smtp]`` table."""
    path = args.config or (Path(CONFIG_NAME) if Path(CONFIG_NAME).is_file() else None)
    if path is None:
        return {}
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise _UsageError(f"{path}: cannot read config ({error})") from None
    smtp = config.pop("smtp", {})
    if not isinstance(smtp, dict):
        raise _UsageError(f"{path}: [smtp] must be a table")
    defaults = vars(parser().parse_args(["build"]))
    for key, value in config.items():
        key = key.replace("-", "_")
        if key == "from":
            key = "sender"
        if key not in defaults or (key in ("inputs",) and not isinstance(value, list)):
            raise _UsageError(f"{path}: unknown option {key!r}")
        if getattr(args, key) == defaults[key]:
            setattr(args, key, Path(value) if key in ("templates", "history", "feeds") else value)
    return smtp


def _write(output: str, path: str | None) -> None:
    if not path:
        sys.stdout.write(output)
        return
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent or Path("."), prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(output)
        # mkstemp makes the file private; a brief is as readable as the one it replaces.
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _summarize(args: argparse.Namespace) -> int:
    from briefing.nlp.segment import split_sentences
    from briefing.read import read_inputs
    from briefing.summarize import summarize_sentences

    items = list(read_inputs([args.input]))
    failures = [i for i in items if isinstance(i, InputError)]
    for failure in failures:
        print(f"briefing: {failure}", file=sys.stderr)
    articles = [i for i in items if not isinstance(i, InputError)]
    if not articles:
        return EXIT_FAILED
    for article in articles:
        split = split_sentences(article.text, article.body_start)
        chosen = summarize_sentences(
            split, title=article.title, count=args.sentences, budget_words=args.words, method=args.method
        )
        sys.stdout.write("".join(f"{s.text}\n" for s in chosen))
    return EXIT_SKIPPED if failures else EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    try:
        print(run_evaluation(args))
    except EvaluationError as error:
        raise _UsageError(str(error)) from None
    return EXIT_OK
