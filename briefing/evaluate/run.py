"""``briefing eval``: one function per evaluation, chosen by name; each returns the table it prints.

The evaluation modules load on first use, so ``briefing --help`` stays fast without the extra.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


class EvaluationError(ValueError):
    """An evaluation asked of data or methods it cannot use; the message names what is wrong."""


def _extract(args: argparse.Namespace) -> str:
    from briefing.evaluate.fivew import evaluate_extraction, format_scores

    paths = [args.path, *args.beside]
    missing = [p for p in paths if not p.is_dir()]
    if missing:
        raise EvaluationError(f"{missing[0]}: no such folder")
    return format_scores({_column_name(p): evaluate_extraction(p) for p in paths})


def _column_name(path: Path) -> str:
    """ "giveme5w1h/train" rather than a bare "train"."""
    return "/".join(path.resolve().parts[-2:])


def _extract_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--beside",
        type=Path,
        action="append",
        default=[],
        metavar="FOLDER",
        help="another Giveme5W1H-format folder (held-out news) scored in a column beside it; repeatable",
    )


def _quotes(args: argparse.Namespace) -> str:
    from briefing.evaluate.quotes import evaluate_quotes, format_quote_scores

    files = sorted(args.path.glob("*.jsonl")) if args.path.is_dir() else [args.path]
    return format_quote_scores({f.stem: evaluate_quotes(f) for f in files})


def _headlines(args: argparse.Namespace) -> str:
    from briefing.evaluate.headlines import evaluate_headlines

    scores = evaluate_headlines(args.path)
    return (
        "| headline from the lead | lead's first 14 words | articles |\n|---:|---:|---:|\n"
        f"| {scores['headline']:.1f} | {scores['lead words']:.1f} | {scores['articles']:.0f} |"
    )


def _grouping(args: argparse.Namespace) -> str:
    from briefing.assemble import SAME_STORY
    from briefing.evaluate.grouping import distractors, evaluate_grouping

    extra = distractors(args.distractors, args.category) if args.distractors else []
    score = evaluate_grouping(args.path, args.threshold or SAME_STORY, extra=extra)
    return (
        "| articles | B-cubed precision | B-cubed recall | B-cubed F1 | stories | largest story "
        "| distractors joined to a labelled event | F1 of the labelled articles |\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        f"| {score.articles} | {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f} | {score.stories} "
        f"| {score.largest} | {score.crossed} | {score.labelled_f1:.3f} |"
    )


def _summaries(args: argparse.Namespace) -> str:
    from briefing.evaluate.summaries import EVAL_METHODS, evaluate_summaries, format_table

    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = [m for m in methods if m not in EVAL_METHODS]
    if unknown:
        raise EvaluationError(f"unknown method(s) {', '.join(unknown)}; choose from {', '.join(EVAL_METHODS)}")
    rows = evaluate_summaries(args.path, methods, sentences=args.sentences, words=args.words, limit=args.limit)
    return format_table(rows)


def _summary_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--methods", default="lead,lexrank,textrank,reduction,lsa,luhn,default,brief")
    parser.add_argument(
        "--sentences", type=int, help="a fixed sentence count (default: the reference's words on BBC, 3 on CNN/DM)"
    )
    parser.add_argument("--words", type=int, help="a fixed word budget instead")
    parser.add_argument("--limit", type=int, help="only the first N articles")


def _grouping_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--threshold", type=float, help="similarity to join a story")
    parser.add_argument(
        "--distractors", type=Path, metavar="BBC", help="add a BBC News Summary folder's articles as distinct stories"
    )
    parser.add_argument("--category", default="politics", help="which BBC category to add (default: %(default)s)")


def _no_options(parser: argparse.ArgumentParser) -> None:
    del parser


@dataclass(frozen=True)
class Evaluation:
    help: str
    run: Callable[[argparse.Namespace], str]
    options: Callable[[argparse.ArgumentParser], None] = _no_options


#: Adding an evaluation is one entry here: the CLI's ``briefing eval`` choices come from it.
EVALUATIONS: dict[str, Evaluation] = {
    "summaries": Evaluation(
        "ROUGE on a BBC folder (articles/, summaries/) or CNN/DM JSON Lines (a file or folder)",
        _summaries,
        _summary_options,
    ),
    "extract": Evaluation("who/what/when/where on a Giveme5W1H-format folder", _extract, _extract_options),
    "quotes": Evaluation(
        "direct quotes and speakers on a PolNeAR JSONL file, or a folder of them side by side", _quotes
    ),
    "headlines": Evaluation("headlines written for untitled articles vs the real ones", _headlines),
    "grouping": Evaluation("B-cubed story grouping on a Giveme5W1H-format folder", _grouping, _grouping_options),
}


def add_evaluation_parsers(tasks: argparse._SubParsersAction) -> None:
    """One ``briefing eval`` subcommand per evaluation, each taking the data's path."""
    for name, evaluation in EVALUATIONS.items():
        parser = tasks.add_parser(name, help=evaluation.help)
        parser.add_argument("path", type=Path)
        evaluation.options(parser)


def run_evaluation(args: argparse.Namespace) -> str:
    """The table of the evaluation ``args.task`` on ``args.path``."""
    if not args.path.exists():
        raise EvaluationError(f"{args.path}: no such file or folder")
    try:
        return EVALUATIONS[args.task].run(args)
    except KeyError:
        raise EvaluationError(f"unknown evaluation {args.task!r}") from None
    except ValueError as error:  # a data file that is not what the evaluation reads
        raise EvaluationError(str(error)) from None
