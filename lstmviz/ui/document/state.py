"""The document's state: the one source of truth for everything a user edits or produces.

It holds the architecture, the dataset spec, the training settings, the trained state
(weights and finished runs) and the edit lock. It computes the inference and loads the
data once per change (cached), and announces every change with a signal; every view
subscribes and none keeps its own copy. A training run is built from the document alone.

Edits go through the undo stack: views call the edit methods of
:class:`~lstmviz.ui.document.document.Document` (``insert_layer``, ``set_option``,
``set_dataset`` ...), which push a :mod:`~lstmviz.ui.document.commands` command;
commands call the ``apply_*`` setters here, which only commands may call. What is not
undoable says so in its name or docstring: selection, the lock, loading a file, and
recording a finished run.

Selection is a layer index (0 ... n-1), :data:`NO_SELECTION` (-1), or
:data:`INPUT_SELECTED` (-2) for the Input block.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QUndoStack

from lstmviz.i18n import tr
from lstmviz.io.dataset_loader import load_dataset
from lstmviz.io.failures import failure_text
from lstmviz.model.limits import one_line
from lstmviz.ui.work.background import Outcome, run_in_background
from lstmviz.io.project import Project
from lstmviz.io.project_io import from_example
from lstmviz.model.architecture import Architecture
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec
from lstmviz.model.datasets import Dataset, fit_check, suggest_dataset
from lstmviz.model.examples import DEFAULT_EXAMPLE, EXAMPLES
from lstmviz.model.fixes import Problem
from lstmviz.model.inference import Inference, infer
from lstmviz.model.runs import RunRecord, TrainedState
from lstmviz.model.settings import TrainingSettings
from lstmviz.model.sweep import SweepRecord

NO_SELECTION = -1
INPUT_SELECTED = -2
_DATA_CACHE_SIZE = 8  # undo and redo between a few datasets should not read a CSV again


@dataclass(frozen=True, eq=False)
class LoadedData:
    """The document's dataset spec turned into arrays, or why it could not be (or that it is still loading)."""

    spec: DatasetSpec
    dataset: Dataset | None = None
    problem: str | None = None
    loading: bool = False  # a CSV file being read off the GUI thread; dataset_changed follows


class DocumentState(QObject):
    architecture_changed = Signal()
    selection_changed = Signal(int)
    training_settings_changed = Signal()
    dataset_changed = Signal()  # the spec or its loaded data changed
    trained_changed = Signal()  # the trained weights or the list of runs changed
    sweeps_changed = Signal()  # a sweep or comparison was added, or one of its runs finished
    file_changed = Signal()  # path, title or modified flag changed (and after loading)
    lock_changed = Signal(bool, str)
    loaded = Signal()  # a new project or example replaced everything (undo history cleared)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._data_cache: dict[DatasetSpec, LoadedData] = {}
        self._loading: dict[DatasetSpec, int] = {}  # CSV reads under way: the latest read's number
        self._reads = 0
        start = from_example(DEFAULT_EXAMPLE)
        self._architecture = start.architecture
        self._inference = infer(start.architecture)
        self._spec = start.dataset
        self._loaded_spec = start.dataset
        self._data = self._load_data(start.dataset)
        self._training = start.training
        self._trained: TrainedState | None = None
        self._runs: tuple[RunRecord, ...] = ()
        self._sweeps: tuple[SweepRecord, ...] = ()
        self._set_aside: tuple[str, ...] = ()  # layers whose trained weights the last edit set aside
        self._results_saved = True  # False once a run finished after the last save or load
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
    def dataset_spec(self) -> DatasetSpec:
        return self._spec

    @property
    def loaded_dataset_spec(self) -> DatasetSpec:
        """The data the example or project came with (the data list's first entry)."""
        return self._loaded_spec

    @property
    def data(self) -> LoadedData:
        """The dataset spec loaded (once per change), or why it could not be."""
        return self._data

    @property
    def training(self) -> TrainingSettings:
        return self._training

    @property
    def trained(self) -> TrainedState | None:
        """The trained weights, when they belong to the current architecture."""
        trained = self._trained
        return trained if trained is not None and trained.fits(self._architecture) else None

    @property
    def stored_trained(self) -> TrainedState | None:
        """The trained state kept, even while an edit makes it not fit (undo commands read it)."""
        return self._trained

    @property
    def runs(self) -> tuple[RunRecord, ...]:
        return self._runs

    @property
    def sweeps(self) -> tuple[SweepRecord, ...]:
        return self._sweeps

    @property
    def set_aside(self) -> tuple[str, ...]:
        """The layers ("lstm (LSTM)") whose trained weights an edit set aside because they no longer fit."""
        return self._set_aside

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
        return self._example or self._title or tr("untitled")

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean() or not self._results_saved

    @property
    def selected(self) -> int:
        return self._selected

    @property
    def locked(self) -> bool:
        return bool(self._lock_reason)

    @property
    def lock_reason(self) -> str:
        return self._lock_reason

    def training_problem(self) -> str | None:
        """Why a run cannot start now (data, validation split, model vs. data), or None."""
        issue = self.training_issue()
        return None if issue is None else issue.text

    def training_issue(self) -> Problem | None:
        """:meth:`training_problem` with the one-click fix for it, when there is one."""
        data = self._data
        if data.loading:
            return Problem(tr("the data is still loading"))
        if data.dataset is None:
            return Problem(data.problem or tr("choose training data"))
        try:
            data.dataset.split(self._training.validation_split)
        except DatasetError as exc:
            return Problem(str(exc))
        return fit_check(self._inference, data.dataset)

    # ------------------------------------------------- raw setters (commands only)
    def apply_architecture(self, architecture: Architecture) -> None:
        """Replace the architecture and notify views; undo commands call this."""
        had_weights = self.trained is not None
        self._architecture = architecture
        self._inference = infer(architecture)
        if self._selected >= len(architecture.layers):
            self._selected = NO_SELECTION
            self.selection_changed.emit(NO_SELECTION)
        self.architecture_changed.emit()
        if had_weights != (self.trained is not None):
            self.trained_changed.emit()

    def apply_training(self, settings: TrainingSettings) -> None:
        self._training = settings
        self.training_settings_changed.emit()

    def apply_dataset(self, spec: DatasetSpec) -> None:
        self._spec = spec
        self._data = self._load_data(spec)
        self.dataset_changed.emit()

    def apply_trained(self, trained: TrainedState | None, runs: tuple[RunRecord, ...],
                      set_aside: tuple[str, ...] | None = None) -> None:
        """``set_aside`` names the layers whose weights did not fit (None: as before)."""
        self._trained = trained
        self._runs = runs
        if set_aside is not None:
            self._set_aside = set_aside
        self.trained_changed.emit()

    def set_weights_aside(self, layers: tuple[str, ...]) -> None:
        """Name the layers whose weights an edit set aside (all of them: nothing of the weights is shown)."""
        if layers != self._set_aside:
            self._set_aside = layers
            self.trained_changed.emit()

    # --------------------------------------------------- not undoable
    def select(self, index: int) -> None:
        """Select a layer (not undoable: selection is where the user looks, not what they made)."""
        n = len(self._architecture.layers)
        if index != INPUT_SELECTED and not 0 <= index < n:
            index = NO_SELECTION
        if index != self._selected:
            self._selected = index
            self.selection_changed.emit(index)

    def record_run(self, run: RunRecord, trained: TrainedState | None) -> None:
        """A run finished (not undoable: it happened). Its weights replace the trained state."""
        self._runs = (*self._runs, run)
        if trained is not None:
            self._trained = trained
            self._set_aside = ()
        self._results_saved = False
        self.trained_changed.emit()
        self.file_changed.emit()

    def record_sweep(self, sweep: SweepRecord, runs: tuple[RunRecord, ...] = ()) -> None:
        """A sweep started or one of its runs finished (not undoable: it happened); ``runs`` join the runs.

        A sweep with the key of a listed one replaces it, so a sweep under way grows in place.
        """
        kept = [s for s in self._sweeps if not (sweep.key and s.key == sweep.key)]
        at = next((i for i, s in enumerate(self._sweeps) if sweep.key and s.key == sweep.key), len(kept))
        kept.insert(at, sweep)
        self._sweeps = tuple(kept)
        self._runs = (*self._runs, *runs)
        self._results_saved = False
        self.sweeps_changed.emit()
        if runs:
            self.trained_changed.emit()
        self.file_changed.emit()

    def reload_data(self) -> None:
        """Read the dataset again (a CSV file may have changed on disk); not an edit."""
        self._data_cache.pop(self._spec, None)
        self._data = self._load_data(self._spec)
        self.dataset_changed.emit()

    def lock(self, reason: str) -> None:
        """Refuse edits (while training); ``reason`` is shown wherever an edit is refused."""
        reason = reason or tr("the model is locked")
        if reason != self._lock_reason:
            self._lock_reason = reason
            self.lock_changed.emit(True, reason)

    def unlock(self) -> None:
        if self._lock_reason:
            self._lock_reason = ""
            self.lock_changed.emit(False, "")

    # ------------------------------------------------------- files / loading
    def load(self, project: Project, unsaved: bool = False) -> None:
        """Replace the model, data, settings and weights with ``project`` (not undoable: the undo history starts afresh).

        The project's trained weights (a trained project, a ``.keras`` file) replace the
        current ones, and its runs replace the runs listed so far: runs belong to their
        project, so a 100-epoch example never starts under another one's 1000-epoch curves
        (compare runs of one project: train again, with other settings). A ``.keras`` file comes without data: a
        built-in dataset that fits its shapes is chosen. ``unsaved`` marks the document
        modified (a recovered autosave holds changes no file has).
        """
        dataset, training = project.dataset, project.training
        if not dataset.chosen and project.keras_file is not None:
            dataset = suggest_dataset(infer(project.architecture)) or dataset
            training = _settings_for(project.architecture, dataset) or training
        trained = project.trained if project.trained is not None and project.trained.fits(project.architecture) \
            else None
        self.undo_stack.clear()
        self._title = project.title
        self._path = Path(project.path) if project.path else None
        self._keras_file = Path(project.keras_file) if project.keras_file else None
        self._example = project.example
        self._loaded_spec = dataset
        self._selected = NO_SELECTION
        self._results_saved = not unsaved
        self.selection_changed.emit(NO_SELECTION)
        self._trained = None  # the old weights must not show, even for a moment, with the new model
        self._set_aside = ()
        self.apply_architecture(project.architecture)
        self.apply_dataset(dataset)
        self.apply_training(training)
        self._sweeps = project.sweeps  # a file's sweeps belong with its own runs
        self.apply_trained(trained, project.runs)
        self.sweeps_changed.emit()
        self.undo_stack.setClean()
        self.file_changed.emit()
        self.loaded.emit()

    def load_example(self, name: str) -> None:
        self.load(from_example(name))

    def project(self, saving_to: str | Path | None = None) -> Project:
        """The document as a Project value; ``saving_to`` gives it the title it takes there (what Save writes)."""
        title = self._title if saving_to is None else self.title_at(saving_to)
        return Project(self._architecture, self._spec, self._training, title,
                       self._path, self._keras_file, self._example, trained=self.trained, runs=self._runs,
                       sweeps=self._sweeps)

    def title_at(self, path: str | Path) -> str:
        """An untitled document, or one named after its example, takes the file's name when saved."""
        if self._title in ("", "untitled", tr("untitled")) or self._title == self._example:
            return Path(path).stem
        return self._title

    def mark_saved(self, path: str | Path) -> None:
        path = Path(path)
        self._title = self.title_at(path)
        self._path = path
        self._example = None
        self._results_saved = True
        self.undo_stack.setClean()
        self.file_changed.emit()

    # ------------------------------------------------------------- data
    def wait_for_data(self, timeout: float = 30.0) -> bool:
        """Process events until the dataset is loaded (for scripts and screenshots); False on timeout."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(int(timeout * 1000))
        while self._data.loading and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThread.msleep(5)
        return not self._data.loading

    def _load_data(self, spec: DatasetSpec) -> LoadedData:
        cached = self._data_cache.get(spec)
        if cached is not None:
            return cached
        if (spec.is_csv and spec.path) or _large(spec):
            # A CSV file may be large (or not a file at all), and a project may ask for a large built-in
            # sequence: build them on the thread pool, never here.
            self._reads += 1
            token = self._loading[spec] = self._reads
            run_in_background(lambda: _loaded(spec), self, lambda outcome: self._data_arrived(spec, token, outcome))
            return LoadedData(spec, loading=True)
        return self._remember(spec, _loaded(spec))

    def _data_arrived(self, spec: DatasetSpec, token: int, outcome: Outcome) -> None:
        if self._loading.get(spec) != token:
            return  # read again meanwhile (reload_data): the newer read decides
        del self._loading[spec]
        result = outcome.value if outcome.ok else LoadedData(spec, problem=_problem_text(outcome.error))
        self._remember(spec, result)
        if self._spec == spec:
            self._data = result
            self.dataset_changed.emit()

    def _remember(self, spec: DatasetSpec, result: LoadedData) -> LoadedData:
        if len(self._data_cache) >= _DATA_CACHE_SIZE:
            self._data_cache.pop(next(iter(self._data_cache)))
        self._data_cache[spec] = result
        return result


def _settings_for(architecture: Architecture, dataset: DatasetSpec) -> TrainingSettings | None:
    """A ``.keras`` file holds no epochs or batch size: an example's own settings when it trains this model
    (or, failing that, on this data), say the tutorial's 1000 epochs and batch size 5."""
    on_data = [e for e in EXAMPLES.values() if e.dataset == dataset]
    same = [e for e in on_data if e.architecture.input == architecture.input
            and e.architecture.layers == architecture.layers]
    chosen = same or on_data
    return chosen[0].training if chosen else None


_SYNCHRONOUS_VALUES = 1_000_000  # a built-in dataset this small is generated at once (a few milliseconds)


def _large(spec: DatasetSpec) -> bool:
    """Whether a built-in dataset would take long to generate (beyond the few the data list offers)."""
    def size(key: str, default: int) -> int:
        value = getattr(spec, key)
        return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else default

    if spec.kind in ("sine", "noisy-sine"):
        return size("samples", 64) * size("time_steps", 10) > _SYNCHRONOUS_VALUES
    if spec.kind == "tokens":
        return size("samples", 50) * size("length", 10) > _SYNCHRONOUS_VALUES
    if spec.is_text:  # a megabyte of text to read, inflate and encode, or a user's file
        return True
    return False


def _loaded(spec: DatasetSpec) -> LoadedData:
    """``spec`` loaded, or the one line saying why not; runs on any thread."""
    try:
        return LoadedData(spec, load_dataset(spec))
    except Exception as exc:  # noqa: BLE001 - a bad file must never escape as a traceback
        return LoadedData(spec, problem=_problem_text(exc))


def _problem_text(exc: BaseException | None) -> str:
    text = failure_text(exc) if exc is not None else None
    if text is None:
        text = tr("the data cannot be loaded: {error}").format(error=one_line(f"{type(exc).__name__}: {exc}", 300))
    return text
