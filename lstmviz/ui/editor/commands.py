"""Undo commands: each holds the document state before and after one edit.

Architectures are immutable values, so a command keeps both versions and undo puts the
old one back exactly (no inverse operations to get wrong). Consecutive changes of the
same option merge into one step, so typing "128" in a spin box undoes in one go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from lstmviz.model.architecture import Architecture
from lstmviz.model.examples import TrainingSettings

if TYPE_CHECKING:
    from lstmviz.ui.editor.document import Document

_OPTION_MERGE_ID = 1001
_TRAINING_MERGE_ID = 1002


class DocumentCommand(QUndoCommand):
    """Base of every edit pushed through :meth:`Document.push`."""


class ArchitectureEdit(DocumentCommand):
    """Replace the architecture; restore it and the selection on undo."""

    def __init__(self, document: Document, after: Architecture, text: str, select_after: int | None = None):
        super().__init__(text)
        self.document = document
        self.before = document.architecture
        self.after = after
        self.select_before = document.selected
        self.select_after = document.selected if select_after is None else select_after

    def redo(self) -> None:
        self.document.set_architecture(self.after, self.text())
        self.document.select(self.select_after)

    def undo(self) -> None:
        self.document.set_architecture(self.before, "Undo " + self.text())
        self.document.select(self.select_before)

    def absorb(self, later: ArchitectureEdit) -> bool:
        """Take a later edit of the same thing into this one: one undo step for a run of changes."""
        self.after = later.after
        self.setText(later.text())
        self.setObsolete(self.after == self.before)
        return True


class InsertLayer(ArchitectureEdit):
    def __init__(self, document: Document, after: Architecture, index: int, kind: str):
        super().__init__(document, after, f"Insert {kind}", select_after=index)


class RemoveLayer(ArchitectureEdit):
    def __init__(self, document: Document, after: Architecture, index: int, kind: str):
        n = len(after.layers)
        select = min(index, n - 1) if n else -1
        super().__init__(document, after, f"Delete {kind}", select_after=select)


class MoveLayer(ArchitectureEdit):
    def __init__(self, document: Document, after: Architecture, source: int, destination: int, kind: str):
        super().__init__(document, after, f"Move {kind}", select_after=destination)


class SetLayerOption(ArchitectureEdit):
    def __init__(self, document: Document, after: Architecture, index: int, key: str, value: Any):
        kind = document.architecture.layers[index].kind
        shown = repr(value) if isinstance(value, str) else value
        super().__init__(document, after, f"Set {kind} {key} = {shown}", select_after=index)
        self.key = (index, key)

    def id(self) -> int:
        return _OPTION_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, SetLayerOption) and other.key == self.key and self.absorb(other)


class SetInput(ArchitectureEdit):
    def __init__(self, document: Document, after: Architecture):
        shape = ", ".join("None" if d is None else str(d) for d in after.input.shape)
        super().__init__(document, after, f"Set input shape ({shape})")

    def id(self) -> int:
        return _OPTION_MERGE_ID + 10

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, SetInput) and self.absorb(other)


class SetTraining(DocumentCommand):
    def __init__(self, document: Document, after: TrainingSettings, text: str):
        super().__init__(text)
        self.document = document
        self.before = document.training
        self.after = after

    def redo(self) -> None:
        self.document.apply_training(self.after)

    def undo(self) -> None:
        self.document.apply_training(self.before)

    def id(self) -> int:
        return _TRAINING_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetTraining) or other.text() != self.text():
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True


class SetDataset(DocumentCommand):
    def __init__(self, document: Document, after: dict[str, Any], text: str):
        super().__init__(text)
        self.document = document
        self.before = document.dataset
        self.after = dict(after)

    def redo(self) -> None:
        self.document.apply_dataset(self.after)

    def undo(self) -> None:
        self.document.apply_dataset(self.before)
