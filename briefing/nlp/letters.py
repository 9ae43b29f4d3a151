"""Capital letters as names in news copy write them.

Python's ``re`` has no class for upper-case letters, and ``[A-Z]`` misses the names of much of
the world's news: "Éric Zemmour", "Şahin Öztürk", "Eoin Ó Broin", the "Élysée Palace". UPPER is
the body of a character class (``f"[{UPPER}]"``) holding the Latin capitals of Latin-1 and
Latin Extended-A, and the Romanian "Ș" and "Ț".
"""

from __future__ import annotations

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
