"""NLTK's Punkt with fixed parameters, made cheap enough to run on every paragraph.

The project never trains Punkt: its parameters are two word lists (abbreviations and the words
that start a sentence after one), with no collocations and no orthographic statistics. With
those, Punkt's decision at a candidate stop depends only on the tokens around it, so

* the decision is a small pure function of the context string, memoised (news repeats
  "said. The" and "Mr. Smith" all day) instead of building annotated token objects each time;
* NLTK's patterns run on the same engine (``regex``) without the per-call timeout wrapper NLTK
  puts around every match: these are NLTK's own fixed, linear patterns, not caller-supplied,
  and the splitter bounds paragraph length anyway.

Everything else (where candidates are, how sentences are sliced and realigned) is NLTK's code.
``benchmarks/punkt_agreement.py`` and a property test check that the answers equal NLTK's own
Punkt with the same parameters (``reference_punkt``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

import regex
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

_NUMERIC = regex.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
_INITIAL = regex.compile(r"[^\W\d]\.$")
_ELLIPSIS = regex.compile(r"\.\.+$")
_SENTENCE_END = frozenset(".?!")
_PUNCTUATION = frozenset(";:,.!?")


class _UntimedVars(PunktLanguageVars):
    """Punkt's English language variables with NLTK's patterns compiled once, untimed."""

    re_boundary_realignment = regex.compile(
        PunktLanguageVars.re_boundary_realignment.pattern, PunktLanguageVars.re_boundary_realignment.flags
    )

    def __init__(self) -> None:
        fields = {
            "NonWord": self._re_non_word_chars,
            "MultiChar": self._re_multi_char_punct,
            "WordStart": self._re_word_start,
            "SentEndChars": self._re_sent_end_chars,
        }
        self._re_word_tokenizer = regex.compile(self._word_tokenize_fmt % fields, regex.UNICODE | regex.VERBOSE)
        self._re_period_context = regex.compile(self._period_context_fmt % fields, regex.UNICODE | regex.VERBOSE)

    def _word_tokenizer_re(self) -> regex.Pattern:  # type: ignore[override]
        return self._re_word_tokenizer

    def period_context_re(self) -> regex.Pattern:  # type: ignore[override]
        return self._re_period_context


def _parameters(abbreviations: frozenset[str], sentence_starters: frozenset[str]) -> PunktParameters:
    params = PunktParameters()
    params.abbrev_types = set(abbreviations)
    params.sent_starters = set(sentence_starters)
    return params


def reference_punkt(abbreviations: frozenset[str], sentence_starters: frozenset[str]) -> PunktSentenceTokenizer:
    """NLTK's own Punkt with the same parameters: what ``FixedPunkt`` must always agree with."""
    return PunktSentenceTokenizer(_parameters(abbreviations, sentence_starters))


class FixedPunkt(PunktSentenceTokenizer):
    """A Punkt sentence tokenizer for parameters that are never trained."""

    def __init__(self, abbreviations: frozenset[str], sentence_starters: frozenset[str]) -> None:
        super().__init__(_parameters(abbreviations, sentence_starters), lang_vars=_UntimedVars())
        words = self._lang_vars._word_tokenizer_re().findall
        self._breaks: Callable[[str], bool] = lru_cache(maxsize=65_536)(
            lambda context: _contains_break(words, abbreviations, sentence_starters, context)
        )

    def text_contains_sentbreak(self, text: str) -> bool:
        return self._breaks(text)


def _contains_break(
    words: Callable[[str], list[str]], abbreviations: frozenset[str], starters: frozenset[str], context: str
) -> bool:
    """Punkt's two annotation passes over ``context``: does a token before the last one end a
    sentence? Punkt's orthographic heuristic, with no statistics, only ever says "not a starter"
    (next word lower-case, or punctuation) or "unknown"."""
    tokens = [token for line in context.split("\n") if line.strip() for token in words(line)]
    return any(_ends_sentence(token, following, abbreviations, starters) for token, following in pairwise(tokens))


def _ends_sentence(token: str, following: str, abbreviations: frozenset[str], starters: frozenset[str]) -> bool:
    ends, abbreviation, ellipsis = _first_pass(token, abbreviations)
    if not token.endswith("."):
        return ends
    initial = bool(_INITIAL.match(token))
    not_starter = following in _PUNCTUATION or following[0].islower()
    starts_next = following[0].isupper() and _type_without_break(following, abbreviations) in starters
    if (abbreviation or ellipsis) and not initial and starts_next:
        return True  # the frequent-sentence-starter heuristic
    numeric = initial or _type_without_period(token) == "##number##"
    if numeric and (not_starter or (initial and following[0].isupper())):
        return False  # an initial or ordinal, not a stop
    return ends


def _type(token: str) -> str:
    return _NUMERIC.sub("##number##", token.lower())


def _type_without_period(token: str) -> str:
    kind = _type(token)
    return kind[:-1] if len(kind) > 1 and kind.endswith(".") else kind


def _type_without_break(token: str, abbreviations: frozenset[str]) -> str:
    """The type of the token after a stop, without its period when Punkt's first pass marks
    that period as a sentence break."""
    return _type_without_period(token) if _first_pass(token, abbreviations)[0] else _type(token)


def _first_pass(token: str, abbreviations: frozenset[str]) -> tuple[bool, bool, bool]:
    """Punkt's first pass, from the token alone: (sentence break, abbreviation, ellipsis)."""
    if token in _SENTENCE_END:
        return True, False, False
    if _ELLIPSIS.match(token):
        return False, False, True
    if token.endswith(".") and not token.endswith(".."):
        stem = token[:-1].lower()
        abbreviation = stem in abbreviations or stem.split("-")[-1] in abbreviations
        return not abbreviation, abbreviation, False
    return False, False, False
