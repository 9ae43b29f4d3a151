"""The one error type readers raise: it names the input and says what was wrong, in one line."""

from __future__ import annotations


class InputError(Exception):
    """An input that cannot be briefed; ``str()`` is the line shown to the user."""

    def __init__(self, origin: str, problem: str) -> None:
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Errors travel back from --jobs worker processes; rebuild them from both fields.
        return (InputError, (self.origin, self.problem))
