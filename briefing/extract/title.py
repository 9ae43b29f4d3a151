"""A headline for an article that came without one: the lead's main clause in at most ~14 words.

The whole lead is no headline ("Russian President Vladimir Putin on Tuesday following a telephone
conversation with US President Donald Trump said that …", 30 words). Headlines keep the actor
and the action and drop the rest, so this drops what a headline writer drops first: an opening
setting ("On Tuesday, …"), asides between commas or dashes, parentheses, time phrases, and every
clause after the main one (", which …", "after …", "according to …"). No words are added.
"""

from __future__ import annotations

import re

from briefing.nlp.dates import WEEKDAY_PATTERN

MAX_WORDS = 14
_DAYS = rf"(?:{WEEKDAY_PATTERN}|yesterday|today|tonight|last night|this week|last week|this morning|last month)"
_TIME = re.compile(
    rf"\s+(?:(?:late|early)\s+)?(?:on\s+)?{_DAYS}(?:\s+(?:night|morning|afternoon|evening))?(?=[\s,.])",
    re.IGNORECASE,
)
_SETTING = re.compile(
    r"^(?:In|On|At|After|As|When|While|Following|Despite|Amid|Earlier|Later|Last|This|Yesterday|Today|Recently|Meanwhile)"
    r"(?:\s+[^,;:—–]+?)?,\s+(?=\S)"
)
#: A word or two in capitals and a colon: a transcript's speaker or a flash ("BLITZER: …", "BREAKING: …").
_LABEL = re.compile(r"^[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2}:\s+(?=\S)")
_FUNCTION_WORDS = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "de", "van", "von"]
)
_ASIDE = re.compile(
    r",\s+(?:who|which|whose|where|a|an|the|also|now|aged|\d+)\b[^,;—–]*,|\s+(?:--|—|–)\s+[^—–]*?\s+(?:--|—|–)|\s*\([^()]*\)"
)
#: A phrase between the subject and its speech verb ("Putin following a telephone conversation
#: with Trump said …"): headlines keep the subject and the verb.
_INTERJECTED = re.compile(
    r"\s+(?:following|after|amid|during|before|in|at|on|speaking|addressing)\s[^,;:]{3,120}?"
    r"(?=\s(?:said|says|told|tells|announced|announces|warned|warns|added|claimed|claims)\b)"
)
_THAT = re.compile(r"\b(said|says|told \w+|announced|warned|claimed|claims) that\b")
_CUT = re.compile(
    r",\s+(?:who|which|where|whose|according|but|and|as|after|while|police|officials|reports?|[a-z]+ing)\b"
    r"|\s+(?:--|—|–)\s|;|:\s"
    r"|\s+(?:after|as|because|following|amid|while|when|despite|before|since|in a bid|in an attempt|according to)\s",
)


#: Who said the lead, after its last comma: "…, the INDEC statistics agency said" (else the
#: aside before it is cut and the phrase left reads as one between the subject and "said").
_ATTRIBUTED = re.compile(r",\s+[^,]{1,80}?\s+(?:said|says|reported|reports|announced|told [\w ]{1,30})$")


def headline_from_lead(lead: str) -> str:
    """The lead cut to its main clause, at most ``MAX_WORDS`` words (an ellipsis marks a cut
    inside the clause)."""
    text = _LABEL.sub("", " ".join(lead.split()).rstrip(".!"))
    setting = _SETTING.match(text)
    if setting and len(setting.group().split()) <= 8 and len(text[setting.end() :].split()) >= 5:
        text = text[setting.end() :]
        text = text[:1].upper() + text[1:]
    text = _ATTRIBUTED.sub("", text)
    text = _ASIDE.sub("", text)
    text = _TIME.sub("", text)
    text = _THAT.sub(r"\1", _INTERJECTED.sub("", text, count=1))
    for cut in _CUT.finditer(text):
        if _has_predicate(text[: cut.start()]):
            text = text[: cut.start()]
            break
    words = text.rstrip(" ,").split()
    if len(words) <= MAX_WORDS:
        return " ".join(words)
    kept = words[:MAX_WORDS]
    while len(kept) > 1 and kept[-1].lower().rstrip(",;:") in _FUNCTION_WORDS:
        kept.pop()  # "… a school building in the …" reads as a slip; "… a school building …" does not
    return " ".join(kept).rstrip(",;:") + " …"


def _has_predicate(clause: str) -> bool:
    """At least four words, one of them lower-case and no function word (likely a verb, so the
    clause says something: "Russian President Vladimir Putin" alone does not), and a name after
    its first word: "Chocolate fans have vented their fury" names no one, and the clause after
    it ("after Toblerone increased the gaps") holds the news. Cutting only after a clause that
    names someone: Daily Mail URL headlines (held out) 25.7 → 26.6 ROUGE-1, Giveme5W1H 27.8 →
    29.5, BBC 24.0 → 23.8."""
    words = clause.split()
    return (
        len(words) >= 4
        and any(w[:1].islower() and w not in _FUNCTION_WORDS for w in words)
        and any(w[:1].isupper() for w in words[1:])
    )
