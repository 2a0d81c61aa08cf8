"""The editable document: one architecture, its dataset and training settings, its file.

Views never change the architecture themselves: they call the edit methods here
(``insert_layer``, ``set_option``, ...), which push a QUndoCommand onto
:attr:`Document.undo_stack`; the commands call back :meth:`Document.set_architecture`
and friends, which emit the signals every view listens to. So each edit is undoable
and every view updates from the same place.

Selection is a layer index (0 ... n-1), :data:`NO_SELECTION` (-1), or
:data:`INPUT_SELECTED` (-2) for the Input block; views that only care about layers can
treat any negative index as "no layer".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.examples import DEFAULT_EXAMPLE, TrainingSettings
from lstmviz.model.inference import Inference, infer
from lstmviz.model.project_io import Project, from_example
from lstmviz.ui.editor import commands

NO_SELECTION = -1
INPUT_SELECTED = -2


class Document(QObject):
    architecture_changed = Signal()
    selection_changed = Signal(int)
    training_settings_changed = Signal()
    dataset_changed = Signal()
    file_changed = Signal()  # path, title or modified flag changed (and after loading)
    lock_changed = Signal(bool, str)
    loaded = Signal()  # a new project or example replaced everything (undo history cleared)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        start = from_example(DEFAULT_EXAMPLE)
        self._architecture = start.architecture
        self._inference = infer(start.architecture)
        self._dataset = dict(start.dataset)
        self._training = start.training
        self._title = start.title
        self._path: Path | None = None
        self._keras_file: Path | None = None
        self._example: str | None = start.example
        self._selected = NO_SELECTION
        self._lock_reason = ""

    @Slot(bool)
    def _clean_changed(self, _clean: bool) -> None:
        # A bound slot (not a lambda) so the connection dies with the document.
        self.file_changed.emit()

    # ----------------------------------------------------------------- state
    @property
    def architecture(self) -> Architecture:
        return self._architecture

    @property
    def inference(self) -> Inference:
        """infer(architecture), computed once per change."""
        return self._inference

    @property
    def dataset(self) -> dict[str, Any]:
        return dict(self._dataset)

    @property
    def training(self) -> TrainingSettings:
        return self._training

    @property
    def title(self) -> str:
        return self._title

    @property
    def path(self) -> Path | None:
        """The project file this document saves to (None until saved or opened)."""
        return self._path

    @property
    def keras_file(self) -> Path | None:
        return self._keras_file

    @property
    def example(self) -> str | None:
        """The example name when the document came from one and has no file yet."""
        return self._example

    @property
    def display_name(self) -> str:
        if self._path:
            return self._path.name
        if self._keras_file:
            return self._keras_file.name
        return self._example or "untitled"

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def selected(self) -> int:
        return self._selected

    @property
    def locked(self) -> bool:
        return bool(self._lock_reason)

    @property
    def lock_reason(self) -> str:
        return self._lock_reason

    # ------------------------------------------------- raw setters (commands)
    def set_architecture(self, architecture: Architecture, description: str = "") -> None:
        """Replace the architecture and notify views; undo commands call this."""
        self._architecture = architecture
        self._inference = infer(architecture)
        if self._selected >= len(architecture.layers):
            self._selected = NO_SELECTION
            self.selection_changed.emit(NO_SELECTION)
        self.architecture_changed.emit()

    def apply_training(self, settings: TrainingSettings) -> None:
        self._training = settings
        self.training_settings_changed.emit()

    def apply_dataset(self, spec: dict[str, Any]) -> None:
        self._dataset = dict(spec)
        self.dataset_changed.emit()

    def select(self, index: int) -> None:
        n = len(self._architecture.layers)
        if index != INPUT_SELECTED and not 0 <= index < n:
            index = NO_SELECTION
        if index != self._selected:
            self._selected = index
            self.selection_changed.emit(index)

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

    def set_training(self, settings: TrainingSettings, text: str = "Change training settings") -> bool:
        if settings == self._training:
            return False
        return self.push(commands.SetTraining(self, settings, text))

    def set_dataset(self, spec: dict[str, Any], text: str = "Change dataset") -> bool:
        if spec == self._dataset:
            return False
        return self.push(commands.SetDataset(self, spec, text))

    # -------------------------------------------------------------- locking
    def lock(self, reason: str) -> None:
        """Refuse edits (while training); ``reason`` is shown wherever an edit is refused."""
        reason = reason or "the model is locked"
        if reason != self._lock_reason:
            self._lock_reason = reason
            self.lock_changed.emit(True, reason)

    def unlock(self) -> None:
        if self._lock_reason:
            self._lock_reason = ""
            self.lock_changed.emit(False, "")

    # ------------------------------------------------------- files / loading
    def load(self, project: Project) -> None:
        """Replace everything with ``project``; the undo history starts afresh."""
        self.undo_stack.clear()
        self._title = project.title
        self._path = Path(project.path) if project.path else None
        self._keras_file = Path(project.keras_file) if project.keras_file else None
        self._example = project.example
        self._selected = NO_SELECTION
        self.selection_changed.emit(NO_SELECTION)
        self.set_architecture(project.architecture)
        self.apply_dataset(project.dataset)
        self.apply_training(project.training)
        self.undo_stack.setClean()
        self.file_changed.emit()
        self.loaded.emit()

    def load_example(self, name: str) -> None:
        self.load(from_example(name))

    def project(self) -> Project:
        """The document as a Project value (what Save writes)."""
        return Project(self._architecture, dict(self._dataset), self._training, self._title,
                       self._path, self._keras_file, self._example)

    def mark_saved(self, path: str | Path) -> None:
        self._path = Path(path)
        self._example = None
        self.undo_stack.setClean()
        self.file_changed.emit()
