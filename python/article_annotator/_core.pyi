from typing import Any, Iterable, Literal, Optional

Offsets = Literal["codepoints", "utf16", "bytes"]

class AnnotatorError(ValueError):
    """A dictionary or a text the annotator cannot read; the message says what and where."""

class Annotator:
    """Annotates news text: people, places, organisations, dates, numbers and facts."""

    def __init__(self) -> None: ...
    @staticmethod
    def with_dictionary(tsv: str) -> Annotator: ...
    def annotate(self, text: str, offsets: Offsets = "codepoints") -> dict[str, Any]: ...
    def annotate_json(self, text: str, offsets: Offsets = "codepoints") -> str: ...
    def annotate_batch(
        self,
        texts: Iterable[str],
        offsets: Offsets = "codepoints",
        jobs: Optional[int] = None,
        errors: Literal["raise", "include"] = "raise",
    ) -> list[dict[str, Any]]: ...
