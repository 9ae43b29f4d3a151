"""Direct quotations and who said them: the quotes of ``quote_marks``, attributed by ``speakers``.

A quote with no cue of its own continues the previous speaker, the news convention for a
speaker's second paragraph.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.extract.speakers import resolve_speaker, speaker_mention
from briefing.extract.who import Cast
from briefing.model import Quote, Speaker
from briefing.nlp.quote_marks import Marked, is_quote, quote_spans, trim_end

#: More quotes than this in one article is not news; the rest of the text is not searched.
MAX_QUOTES = 400


def find_quotes(text: str, cast: Cast, start: int = 0) -> list[Quote]:
    """Direct quotes of ``text[start:]`` with their speaker, in order of appearance."""
    quotes: list[Quote] = []
    previous: Quote | None = None
    spans = list(quote_spans(text, start))
    marked = Marked(tuple(s.start for s in spans), tuple(s.end for s in spans))
    for span in spans:
        if len(quotes) >= MAX_QUOTES:
            break
        q_start, q_end = span.start, trim_end(text, span.end)
        while q_start < q_end and text[q_start].isspace():
            q_start += 1
        quoted = text[q_start:q_end]
        if not is_quote(text, quoted, q_start):
            continue
        cue = speaker_mention(text, span, cast, marked)
        quote = Quote(text=quoted, start=q_start, end=q_end)
        if cue:
            meant = resolve_speaker(text, cue[0], cue[1], cast, marked)
            name, role = meant or (None, None)
            quote = replace(quote, speaker=Speaker(start=cue[0], end=cue[1], name=name, role=role))
        elif (
            previous
            and previous.speaker is not None
            and (span.opens_paragraph or "\n" not in text[previous.end : span.start])
        ):
            # A quote with no cue continues the previous speaker, attributed by the same mention.
            quote = replace(quote, speaker=previous.speaker)
        quotes.append(quote)
        previous = quote
    return quotes
