"""The document views edit: :class:`DocumentState` plus the edits, each one an undo command.

Views call these methods; each builds a :mod:`~lstmviz.ui.document.commands` command
and pushes it onto the undo stack (refused while the document is locked), and the
command calls the state's ``apply_*`` setters.
"""

from __future__ import annotations

from typing import Any

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.fixes import Fix, apply_fix, fix_label
from lstmviz.model.settings import TrainingSettings
from lstmviz.ui.document import commands
from lstmviz.ui.document.state import INPUT_SELECTED, NO_SELECTION, DocumentState, LoadedData

__all__ = ["INPUT_SELECTED", "NO_SELECTION", "Document", "LoadedData"]


class Document(DocumentState):
    # ---------------------------------------------------- undoable edits
    def push(self, command: commands.DocumentCommand) -> bool:
        """Run ``command`` through the undo stack unless the document is locked."""
        if self.locked:
            return False
        self.undo_stack.push(command)
        return True

    def insert_layer(self, index: int, kind: str, options: dict[str, Any] | None = None) -> bool:
        index = max(0, min(index, len(self._architecture.layers)))
        after = self._architecture.insert(index, LayerSpec(kind, options or {}))
        return self.push(commands.InsertLayer(self, after, index, kind))

    def remove_layer(self, index: int) -> bool:
        if not 0 <= index < len(self._architecture.layers):
            return False
        kind = self._architecture.layers[index].kind
        return self.push(commands.RemoveLayer(self, self._architecture.remove(index), index, kind))

    def move_layer(self, source: int, destination: int) -> bool:
        n = len(self._architecture.layers)
        if not (0 <= source < n and 0 <= destination < n) or source == destination:
            return False
        kind = self._architecture.layers[source].kind
        after = self._architecture.move(source, destination)
        return self.push(commands.MoveLayer(self, after, source, destination, kind))

    def set_option(self, index: int, key: str, value: Any) -> bool:
        layer = self._architecture.layers[index]
        if layer.options.get(key) == value and type(layer.options.get(key)) is type(value):
            return False
        after = self._architecture.set_option(index, key, value)
        return self.push(commands.SetLayerOption(self, after, index, key, value))

    def set_input(self, spec: InputSpec) -> bool:
        if spec == self._architecture.input:
            return False
        return self.push(commands.SetInput(self, self._architecture.with_input(spec)))

    def replace_architecture(self, architecture: Architecture, text: str) -> bool:
        if architecture == self._architecture:
            return False
        return self.push(commands.ArchitectureEdit(self, architecture, text))

    def apply_fix(self, fix: Fix) -> bool:
        """Apply a one-click fix as ONE undoable edit ("Fix: Set return_sequences=True on lstm")."""
        try:
            after = apply_fix(self._architecture, fix)
        except ValueError:
            return False  # a fix offered for an older version of the model
        name = self._inference[fix.layer].name if fix.layer is not None and fix.layer < len(self._inference.layers) else ""
        return self.replace_architecture(after, tr("Fix: {what}").format(what=fix_label(fix, name)))

    def set_training(self, settings: TrainingSettings, text: str = "") -> bool:
        if settings == self._training:
            return False
        return self.push(commands.SetTraining(self, settings, text or tr("Change training settings")))

    def set_pace(self, pace: float) -> bool:
        """The pace (epochs per second, 0: as fast as possible), undoable; allowed while a run
        holds the lock: it changes no input of the run, only how fast it unfolds."""
        settings = self._training.updated(pace=float(pace))
        if settings == self._training:
            return False
        self.undo_stack.push(commands.SetTraining(self, settings, tr("Change pace")))
        return True

    def set_dataset(self, spec: DatasetSpec, text: str = "") -> bool:
        if spec == self._spec:
            return False
        return self.push(commands.SetDataset(self, spec, text or tr("Change dataset")))

    def clear_runs(self) -> bool:
        """Forget the finished runs (undoable); the trained weights stay."""
        if not self._runs:
            return False
        return self.push(commands.SetTrained(self, self._trained, (), tr("Clear runs")))
