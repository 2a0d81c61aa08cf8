"""Undo commands: each holds the document state before and after one edit.

Architectures are immutable values, so a command keeps both versions and undo puts the
old one back exactly (no inverse operations to get wrong). Consecutive changes of the
same option merge into one step, so typing "128" in a spin box undoes in one go.

Trained weights belong to one architecture. An edit that changes it keeps the weights of
every layer that still fits them (:mod:`lstmviz.model.kept_weights`) and sets aside the
rest; the edit's command keeps the weights it leaves behind, so undo brings them back
exactly, even after a new run trained the edited model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.kept_weights import keep_fitting_weights
from lstmviz.model.runs import RunRecord, TrainedState
from lstmviz.model.settings import TrainingSettings
from lstmviz.ui.document.state import DocumentState

_OPTION_MERGE_ID = 1001
_TRAINING_MERGE_ID = 1002
_INPUT_MERGE_ID = 1011


class DocumentCommand(QUndoCommand):
    """Base of every edit pushed through :meth:`Document.push`."""

    def __init__(self, document: DocumentState, text: str) -> None:
        super().__init__(text)
        self.document = document


class ArchitectureEdit(DocumentCommand):
    """Replace the architecture; restore it, the selection and the weights that fit it on undo."""

    def __init__(self, document: DocumentState, after: Architecture, text: str, select_after: int | None = None):
        super().__init__(document, text)
        self.before = document.architecture
        self.after = after
        self.select_before = document.selected
        self.select_after = document.selected if select_after is None else select_after
        self.stash: TrainedState | None = None  # weights of the architecture not shown
        self.stash_aside: tuple[str, ...] = ()  # the layers whose weights the stashed state had set aside
        self.aside_before = document.set_aside

    def redo(self) -> None:
        self._go(self.after)
        self.document.select(self.select_after)

    def undo(self) -> None:
        self._go(self.before)
        self.document.select(self.select_before)

    def _go(self, architecture: Architecture) -> None:
        doc = self.document
        current, current_aside = doc.stored_trained, doc.set_aside
        doc.apply_architecture(architecture)
        if self.stash is not None and self.stash.fits(architecture) and not (current and current.fits(architecture)):
            doc.apply_trained(self.stash, doc.runs, self.stash_aside)
        elif current is not None and not current.fits(architecture):
            # Keep the weights of every layer that still fits them (a Dropout inserted, a rate changed...).
            kept = keep_fitting_weights(current, architecture, doc.training.seed)
            if kept.trained is not None:
                doc.apply_trained(kept.trained, doc.runs, kept.set_aside)
            else:
                doc.set_weights_aside(kept.set_aside)
        elif current is not None:  # the weights fit this model (back to theirs): what it had set aside
            doc.set_weights_aside(self.aside_before if architecture == self.before else ())
        if current is not None and not current.fits(architecture):
            self.stash, self.stash_aside = current, current_aside

    def absorb(self, later: ArchitectureEdit) -> bool:
        """Take a later edit of the same thing into this one: one undo step for a run of changes."""
        self.after = later.after
        self.setText(later.text())
        self.setObsolete(self.after == self.before)
        return True


class InsertLayer(ArchitectureEdit):
    def __init__(self, document: DocumentState, after: Architecture, index: int, kind: str):
        super().__init__(document, after, tr("Insert {kind}").format(kind=kind), select_after=index)


class RemoveLayer(ArchitectureEdit):
    def __init__(self, document: DocumentState, after: Architecture, index: int, kind: str):
        n = len(after.layers)
        select = min(index, n - 1) if n else -1
        super().__init__(document, after, tr("Delete {kind}").format(kind=kind), select_after=select)


class MoveLayer(ArchitectureEdit):
    def __init__(self, document: DocumentState, after: Architecture, source: int, destination: int, kind: str):
        super().__init__(document, after, tr("Move {kind}").format(kind=kind), select_after=destination)


class SetLayerOption(ArchitectureEdit):
    def __init__(self, document: DocumentState, after: Architecture, index: int, key: str, value: Any):
        kind = document.architecture.layers[index].kind
        shown = repr(value) if isinstance(value, str) else value
        super().__init__(document, after, tr("Set {kind} {key} = {value}").format(kind=kind, key=key, value=shown),
                         select_after=index)
        self.key = (index, key)

    def id(self) -> int:
        return _OPTION_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, SetLayerOption) and other.key == self.key and self.absorb(other)


class SetInput(ArchitectureEdit):
    def __init__(self, document: DocumentState, after: Architecture):
        shape = ", ".join("None" if d is None else str(d) for d in after.input.shape)
        super().__init__(document, after, tr("Set input shape ({shape})").format(shape=shape))

    def id(self) -> int:
        return _INPUT_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, SetInput) and self.absorb(other)


class SetTraining(DocumentCommand):
    def __init__(self, document: DocumentState, after: TrainingSettings, text: str):
        super().__init__(document, text)
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
    def __init__(self, document: DocumentState, after: DatasetSpec, text: str):
        super().__init__(document, text)
        self.before = document.dataset_spec
        self.after = after

    def redo(self) -> None:
        self.document.apply_dataset(self.after)

    def undo(self) -> None:
        self.document.apply_dataset(self.before)


class SetTrained(DocumentCommand):
    """Replace the trained weights and the list of runs (e.g. Clear runs)."""

    def __init__(self, document: DocumentState, trained: TrainedState | None, runs: tuple[RunRecord, ...], text: str):
        super().__init__(document, text)
        self.before = (document.stored_trained, document.runs)
        self.after = (trained, runs)

    def redo(self) -> None:
        self.document.apply_trained(*self.after)

    def undo(self) -> None:
        self.document.apply_trained(*self.before)
