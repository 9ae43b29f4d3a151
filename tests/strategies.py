"""Hypothesis strategies for news-like and hostile text, shared by the tests and the fuzz script."""

from hypothesis import strategies as st

_PIECES = [
    "The council met on Monday.",
    "WASHINGTON (AP) — ",
    "date 2025-05-20 ",
    "Moscow [Russia], May 20 : ",
    '"We will win," he said.',
    "\u201cIt is over,\u201d said Sen. Ann Lee, a Democrat.",
    "Mr. Smith told the U.S. Senate: \u201cNo.",
    "\u201d",
    '"',
    "\n\n",
    "\n",
    "Dr. J. K. Rowling",
    "yesterday",
    "on Tuesday night",
    "3.5 per cent",
    "<script>alert(1)</script>",
    "&amp;",
    "[link](javascript:alert(1))",
    "# heading",
    "*",
    "President Vladimir Putin",
    "\u00a3",
    "\t",
    "  ",
]

news_text = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=40)), min_size=0, max_size=30).map("".join)

# Tokens around which Punkt's decision changes: abbreviations, initials, numbers, ellipses,
# sentence starters, lower-case words, closing and opening marks, and the spaces between them.
_BOUNDARY_TOKENS = [
    "Mr.",
    "Sen.",
    "U.S.",
    "St.",
    "no.",
    "J.",
    "K.",
    "2004.",
    "3.5.",
    "-12.",
    "...",
    "..",
    "…",
    ".",
    "?",
    "!",
    "?!",
    "said.",
    "won.",
    "The",
    "But",
    "He",
    "the",
    "and",
    "However",
    "it.",
    "(",
    ")",
    '"',
    "\u201c",
    "\u201d",
    "'",
    ",",
    ";",
    ":",
    "--",
    "Smith",
    "e.g.",
    "co-op.",
    "Calif.",
    "x.y.",
]
_BOUNDARY_GAPS = ["", " ", " ", " ", "  ", "\n", "\n\n", "\t"]
boundary_text = st.lists(
    st.tuples(st.sampled_from(_BOUNDARY_TOKENS), st.sampled_from(_BOUNDARY_GAPS)), max_size=25
).map(lambda pairs: "".join(token + gap for token, gap in pairs))
