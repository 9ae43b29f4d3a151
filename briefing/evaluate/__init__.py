"""Evaluation against annotated corpora, for ``briefing eval``; needs the ``[eval]`` extra."""
