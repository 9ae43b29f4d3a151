"""Direct quotations and who said them: the quotes of ``quote_marks``, attributed by
``speakers`` (the rules) and ``speaker_ranker`` (the learned choice among every candidate).

A quote with no cue of its own continues the previous speaker, the news convention for a
speaker's second paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from briefing.extract.speaker_names import resolve_speaker
from briefing.extract.speaker_ranker import choose_speaker
from briefing.extract.speakers import Proposals, rule_proposals, speaker_mention
from briefing.extract.who import Cast
from briefing.model import Quote, Speaker
from briefing.nlp.quote_marks import Marked, QuoteSpan, is_quote, quote_spans, trim_end
from briefing.nlp.transcript import turns

#: More quotes than this in one article is not news; the rest of the text is not searched.
MAX_QUOTES = 400


@dataclass(frozen=True)
class RuleAttribution:
    """One quote and what the rules say of its speaker: the training script sees the same."""

    span: QuoteSpan
    start: int  # the quote's text, without spaces and the closing punctuation
    end: int
    cascade: tuple[int, int] | None  # the cue, else the previous speaker for a continuing quote
    previous: tuple[int, int] | None  # the rules' speaker of the quote before
    proposals: Proposals  # each rule's mention


def find_quotes(text: str, cast: Cast, start: int = 0, spans: Sequence[QuoteSpan] | None = None) -> list[Quote]:
    """Direct quotes of ``text[start:]`` with their speaker, in order of appearance; ``spans``
    are its quotation marks' spans when the caller has found them already."""
    quotes: list[Quote] = []
    spans = list(quote_spans(text, start)) if spans is None else list(spans)
    marked = Marked(tuple(s.start for s in spans), tuple(s.end for s in spans))
    for found in rule_attributions(text, spans, cast, marked):
        quote = Quote(text=text[found.start : found.end], start=found.start, end=found.end)
        chosen = choose_speaker(text, found, cast, marked)
        if chosen:
            start, end, confidence = chosen
            # one mention means one person: a quote continuing from "said Counterpoint Research
            # analyst Neil Shah" may be chosen by a shorter cut of the same words
            same = next((q.speaker for q in reversed(quotes) if q.speaker and _overlaps(q.speaker, start, end)), None)
            if same and any(e.name == same.name for e in cast.entities):
                name, role = same.name, same.role
            else:
                name, role = resolve_speaker(text, start, end, cast, marked) or (None, None)
            quote = replace(quote, speaker=Speaker(start, end, name, role, confidence))
        quotes.append(quote)
    spoken = _turn_quotes(text, cast, start)
    return sorted([*quotes, *spoken], key=lambda q: q.start)[:MAX_QUOTES] if spoken else quotes


def _turn_quotes(text: str, cast: Cast, start: int) -> list[Quote]:
    """A transcript's turns as quotes of the people their labels name ("MURPHY: No. There is no
    legal authority …" is Chris Murphy's); a label the story names no one by (the host's
    "BLITZER:") gives none."""
    quotes: list[Quote] = []
    for label, begin, end in turns(text, start):
        surname = label.split()[-1].title()
        person = next((e for e in cast.entities if e.kind == "person" and e.name.split()[-1] == surname), None)
        if person:
            label_start = begin - len(label) - 2
            speaker = Speaker(label_start, label_start + len(label), person.name, person.role)
            quotes.append(Quote(text=text[begin:end], start=begin, end=end, speaker=speaker))
    return quotes


def _overlaps(speaker: Speaker, start: int, end: int) -> bool:
    return speaker.start < end and start < speaker.end


def rule_attributions(text: str, spans: Sequence[QuoteSpan], cast: Cast, marked: Marked) -> Iterator[RuleAttribution]:
    """The quotes among ``spans`` (at most ``MAX_QUOTES``), each with the rules' speaker mention."""
    previous: tuple[int, int] | None = None
    previous_end = 0
    count = 0
    for span in spans:
        if count >= MAX_QUOTES:
            return
        q_start, q_end = span.start, trim_end(text, span.end)
        while q_start < q_end and text[q_start].isspace():
            q_start += 1
        if not is_quote(text, text[q_start:q_end], q_start):
            continue
        proposals = rule_proposals(text, span, cast, marked)
        # the quote's own cue first, then the previous speaker, then the lead-in sentence's actor
        own = tuple(p for p in proposals if p[0] != "lead_in")
        lead_in = tuple(p for p in proposals if p[0] == "lead_in")
        cue = speaker_mention(text, span, cast, marked, own)
        continues = previous is not None and (span.opens_paragraph or "\n" not in text[previous_end : span.start])
        cascade = cue or (previous if continues else speaker_mention(text, span, cast, marked, lead_in))
        yield RuleAttribution(span, q_start, q_end, cascade, previous, proposals)
        previous, previous_end = cascade, q_end
        count += 1
