"""The tutorial's experiments and a few more that teach something, as plain data.

Each example is an architecture, a dataset spec and training settings. The tutorial's three experiments keep its own numbers: LSTM(5),
mean squared error, Adam, and its epochs and batch sizes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.bundled import BUNDLED_CHOICES
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.settings import TrainingSettings
from lstmviz.model.text_corpus import CORPORA

# With this seed all three of the tutorial's experiments end within 0.05 of their targets
# after its epoch counts (seed 0 leaves many-to-many at 0.07; benchmarks/engine_vs_fit.py shows it).
TUTORIAL_SEED = 1


@dataclass(frozen=True)
class SweepPreset:
    """The sweep an example suggests: the Sweep window's and ``lstmviz sweep``'s defaults for it."""

    variable: str
    values: tuple[float | int, ...]
    cells: tuple[str, ...] = ("SimpleRNN", "GRU", "LSTM")


@dataclass(frozen=True)
class Example:
    name: str  # as typed on the command line: "many-to-many"
    title: str
    teaches: str  # one or two sentences: what to look at
    architecture: Architecture
    dataset: DatasetSpec = DatasetSpec()
    training: TrainingSettings = TrainingSettings()
    sweep: SweepPreset | None = None


def _layers(*specs: tuple[str, dict[str, Any]]) -> tuple[LayerSpec, ...]:
    return tuple(LayerSpec(kind, options) for kind, options in specs)


def _tutorial(layout: str) -> DatasetSpec:
    return DatasetSpec("tutorial", layout=layout)


EXAMPLES: dict[str, Example] = {
    e.name: e
    for e in (
        Example(
            "one-to-one",
            tr_noop('One-to-one: each number on its own'),
            tr_noop('Five samples of one time step each, X (5, 1, 1) and y (5, 1). LSTM(5) has 4 × ((1 + 5) × 5 + 5) = 140 parameters and Dense(1) has 6: 146 in all. With one time step the recurrence never gets used.'),
            Architecture(InputSpec((1, 1)), _layers(("LSTM", {"units": 5}), ("Dense", {"units": 1}))),
            _tutorial("one-to-one"),
            TrainingSettings(epochs=1000, batch_size=5, seed=TUTORIAL_SEED),
        ),
        Example(
            "many-to-one",
            tr_noop('Many-to-one: a sequence in, one vector out'),
            tr_noop('One sample of five time steps, X (1, 5, 1); the LSTM outputs only its last h(t) and a Dense(5) produces all five values at once: 140 + 5 × 5 + 5 = 170 parameters.'),
            Architecture(InputSpec((5, 1)), _layers(("LSTM", {"units": 5}), ("Dense", {"units": 5}))),
            _tutorial("many-to-one"),
            TrainingSettings(epochs=500, batch_size=1, seed=TUTORIAL_SEED),
        ),
        Example(
            "many-to-many",
            tr_noop('Many-to-many: TimeDistributed(Dense) at every time step'),
            tr_noop('return_sequences=True makes the LSTM output h(t) at all five steps, and TimeDistributed applies one Dense(1) to each with the same 6 weights: 146 parameters, where many-to-one needed 30 for its output layer.'),
            Architecture(InputSpec((5, 1)), _layers(
                ("LSTM", {"units": 5, "return_sequences": True}),
                ("TimeDistributed", {"layer": "Dense", "units": 1}),
            )),
            _tutorial("many-to-many"),
            TrainingSettings(epochs=1000, batch_size=1, seed=TUTORIAL_SEED),
        ),
        Example(
            "text-embedding",
            tr_noop('Text: 10 tokens embedded in 300 dimensions'),
            tr_noop("The tutorial's text example: a batch of lines of 10 tokens is [samples, 10]; the Embedding makes it [samples, 10, 300] and LSTM(128) has 4 × ((300 + 128) × 128 + 128) = 219,648 parameters."),
            Architecture(InputSpec.tokens(10), _layers(
                ("Embedding", {"input_dim": 1000, "output_dim": 300}),
                ("LSTM", {"units": 128}),
                ("Dense", {"units": 1, "activation": "sigmoid"}),
            )),
            DatasetSpec("tokens", samples=50, length=10, vocabulary=1000, seed=0),
            TrainingSettings(epochs=20, batch_size=50, loss="binary_crossentropy"),
        ),
        Example(
            "stacked-lstm",
            tr_noop('Stacked LSTMs on a sine wave'),
            tr_noop("The first LSTM must return its whole sequence so the second has time steps to read; the second LSTM's input features are the first one's units: 4 × ((16 + 8) × 8 + 8)."),
            Architecture(InputSpec((10, 1)), _layers(
                ("LSTM", {"units": 16, "return_sequences": True}),
                ("LSTM", {"units": 8}),
                ("Dense", {"units": 1}),
            )),
            DatasetSpec("sine", layout="many-to-one", time_steps=10, samples=64),
            TrainingSettings(epochs=100, batch_size=16),
        ),
        Example(
            "encoder-decoder",
            tr_noop('Encoder-decoder with RepeatVector'),
            tr_noop('The encoder LSTM squeezes the sequence into one vector; RepeatVector(5) copies it to five time steps for the decoder LSTM, whose every step goes through one shared Dense(1).'),
            Architecture(InputSpec((5, 1)), _layers(
                ("LSTM", {"units": 16}),
                ("RepeatVector", {"n": 5}),
                ("LSTM", {"units": 16, "return_sequences": True}),
                ("TimeDistributed", {"layer": "Dense", "units": 1}),
            )),
            DatasetSpec("sine", layout="many-to-many", time_steps=5, samples=64),
            TrainingSettings(epochs=100, batch_size=16),
        ),
        Example(
            "gru-vs-lstm",
            tr_noop("GRU beside LSTM"),
            tr_noop("The many-to-one task with GRU(5): three gate blocks instead of four, and with Keras's reset_after=True two biases per block: 3 × ((1 + 5) × 5 + 2 × 5) = 120 against the LSTM's 140."),
            Architecture(InputSpec((5, 1)), _layers(("GRU", {"units": 5}), ("Dense", {"units": 5}))),
            _tutorial("many-to-one"),
            TrainingSettings(epochs=500, batch_size=1),
        ),
        Example(
            "bidirectional",
            tr_noop("Bidirectional LSTM"),
            tr_noop("Two LSTM(5) read the sequence in opposite directions, each with its own 140 weights; merge_mode='concat' joins them into 10 values per sample."),
            Architecture(InputSpec((10, 1)), _layers(
                ("Bidirectional", {"layer": "LSTM", "units": 5, "merge_mode": "concat"}),
                ("Dense", {"units": 1}),
            )),
            DatasetSpec("sine", layout="many-to-one", time_steps=10, samples=64),
            TrainingSettings(epochs=100, batch_size=16),
        ),
        Example(
            "dense-on-sequences",
            tr_noop('Dense on a sequence acts like TimeDistributed'),
            tr_noop('In Keras 3 a Dense applied to a 3-D input works on the last axis: the same 6 parameters and output shape (None, 5, 1) as TimeDistributed(Dense(1)) in many-to-many.'),
            Architecture(InputSpec((5, 1)), _layers(
                ("LSTM", {"units": 5, "return_sequences": True}),
                ("Dense", {"units": 1}),
            )),
            _tutorial("many-to-many"),
            TrainingSettings(epochs=1000, batch_size=1),
        ),
    )
}

# The long-memory examples: one task, three cells (see LONG_MEMORY_* below).
LONG_MEMORY_STEPS = 30
LONG_MEMORY_DATA = DatasetSpec("long-memory", layout="many-to-one", time_steps=LONG_MEMORY_STEPS, samples=512,
                               noise=2.0, seed=0)
# Measured (README): with these the LSTM learns the task in a few seconds of training and
# the SimpleRNN does not; its gradient at t = 1 fades to a millionth of the one at t = 30.
LONG_MEMORY_TRAINING = TrainingSettings(epochs=100, batch_size=32, learning_rate=0.005, seed=9)
# Literal titles (the step count written out) so that the catalogue can hold each one.
_LONG_MEMORY_TITLES = {
    "SimpleRNN": tr_noop("Long memory: SimpleRNN(8) recalls step 1 of 30"),
    "GRU": tr_noop("Long memory: GRU(8) recalls step 1 of 30"),
    "LSTM": tr_noop("Long memory: LSTM(8) recalls step 1 of 30"),
}
_LONG_MEMORY_TEACHES = {
    "SimpleRNN": tr_noop("A plain RNN on the long-memory task: the target is step 1's value, 29 noisy steps earlier. Train it on the Unrolled tab: the gradient flowing back along h shrinks at every step, so step 1 hardly learns anything and the loss stays near the variance of the targets (0.33)."),
    "GRU": tr_noop("The long-memory task with GRU(8): its update gate can pass h on unchanged, so the gradient can reach step 1 once the gate learns to stay shut; compare its gradient heatmap with the RNN's and the LSTM's."),
    "LSTM": tr_noop("The long-memory task with LSTM(8): the cell state c carries step 1's value past 29 noisy steps. Watch the gradient heatmap on the Unrolled tab: when the loss drops, the gradient reaching t = 1 grows as large as the one at t = 30, where the plain RNN's fades away."),
}


def _long_memory(name: str, kind: str) -> Example:
    return Example(
        name, _LONG_MEMORY_TITLES[kind],
        _LONG_MEMORY_TEACHES[kind],
        Architecture(InputSpec((LONG_MEMORY_STEPS, 1)), _layers((kind, {"units": 8}), ("Dense", {"units": 1}))),
        LONG_MEMORY_DATA, LONG_MEMORY_TRAINING,
    )


EXAMPLES.update({e.name: e for e in (_long_memory("long-memory-rnn", "SimpleRNN"),
                                     _long_memory("long-memory-gru", "GRU"),
                                     _long_memory("long-memory-lstm", "LSTM"))})

# How far back each cell remembers: the long-memory task with the lag swept from 5 to 100 steps.
EXAMPLES["long-memory-sweep"] = Example(
    "long-memory-sweep",
    tr_noop("Long memory sweep: how far back does each cell remember?"),
    tr_noop("Open Compare > Sweep: SimpleRNN(8), GRU(8) and LSTM(8) "
            "learn to recall a value 5, 10, 20, 40, 70 and 100 steps back. The plot shows each cell's final loss "
            "against the lag; where a line climbs to the variance of the targets (about 0.33), that cell no longer "
            "carries the value that far."),
    EXAMPLES["long-memory-lstm"].architecture, LONG_MEMORY_DATA, LONG_MEMORY_TRAINING,
    SweepPreset("lag", (5, 10, 20, 40, 70, 100)),
)
# Real data (lstmviz.model.bundled): the series are split in time, the last part kept for testing.
# The same specs the data chooser lists (lstmviz.model.bundled.BUNDLED_CHOICES).
_AIRLINE, _SUNSPOTS, _SEATTLE_TEMPERATURE, _SEATTLE_LABEL = BUNDLED_CHOICES.values()

EXAMPLES.update({e.name: e for e in (
    Example(
        "airline-passengers",
        tr_noop("Airline passengers 1949-1960: LSTM forecast"),
        tr_noop("Twelve months of passengers predict the next month. The last two years are the test part; scaling uses the training years only. After training, compare the test RMSE with the last-value and seasonal naive (12 months) baselines, and look at which lags the forecast leans on."),
        Architecture(InputSpec((12, 1)), _layers(("LSTM", {"units": 32}), ("Dense", {"units": 1}))),
        _AIRLINE,
        TrainingSettings(epochs=300, batch_size=16, learning_rate=0.005, seed=TUTORIAL_SEED),
    ),
    Example(
        "sunspots-gru",
        tr_noop("Sunspots 1700-2008: GRU forecast"),
        tr_noop("Twelve years of sunspot numbers predict the next year with a GRU(16). The cycle is about eleven years long but not exactly: the test decades show whether the network learned the cycle or only the last value."),
        Architecture(InputSpec((12, 1)), _layers(("GRU", {"units": 16}), ("Dense", {"units": 1}))),
        _SUNSPOTS,
        TrainingSettings(epochs=150, batch_size=32, learning_rate=0.005, seed=TUTORIAL_SEED),
    ),
    Example(
        "seattle-temperature",
        tr_noop("Seattle weather: tomorrow's maximum temperature"),
        tr_noop("Seven days of precipitation, maximum and minimum temperature and wind (four features per time step) predict the next day's maximum temperature. Compare the test RMSE in degrees with the last-value baseline: tomorrow is like today."),
        Architecture(InputSpec((7, 4)), _layers(("LSTM", {"units": 16}), ("Dense", {"units": 1}))),
        _SEATTLE_TEMPERATURE,
        TrainingSettings(epochs=40, batch_size=64, learning_rate=0.005, seed=TUTORIAL_SEED),
    ),
    Example(
        "seattle-weather-label",
        tr_noop("Seattle weather: tomorrow's weather label (classification)"),
        tr_noop("Seven days of weather predict tomorrow's label (sun, rain, drizzle, fog or snow): Dense(5) with softmax, sparse categorical cross-entropy. Compare the test accuracy with the majority class and read the confusion matrix."),
        Architecture(InputSpec((7, 4)), _layers(("LSTM", {"units": 16}),
                                                ("Dense", {"units": 5, "activation": "softmax"}))),
        _SEATTLE_LABEL,
        TrainingSettings(epochs=40, batch_size=64, learning_rate=0.005, loss="sparse_categorical_crossentropy",
                         seed=TUTORIAL_SEED),
    ),
)})

DEFAULT_EXAMPLE = "many-to-many"


def example_names() -> tuple[str, ...]:
    return tuple(EXAMPLES)


def get_example(name: str) -> Example:
    try:
        return EXAMPLES[name]
    except KeyError:
        raise KeyError(
            tr('no example named {name!r}; examples: {join}').format(name=name, join=', '.join(EXAMPLES))
        ) from None


# File > New: a small model that trains as it stands, on data that fits it, with settings that
# learn it in a few seconds; the user edits from there (the previous example's data and
# settings would not fit whatever is built next).
STARTER = Example(
    "untitled",
    tr_noop('A new model'),
    tr_noop('LSTM(8) reads ten steps of a sine wave and Dense(1) predicts the next value.'),
    Architecture(InputSpec((10, 1)), _layers(("LSTM", {"units": 8}), ("Dense", {"units": 1}))),
    DatasetSpec("sine", layout="many-to-one", time_steps=10, samples=64),
    TrainingSettings(epochs=200, batch_size=16, learning_rate=0.01, seed=TUTORIAL_SEED),
)


# Character language models on the bundled texts: the Embedding's input_dim and the Dense's
# units are the texts' vocabulary sizes.
SHAKESPEARE_VOCABULARY = CORPORA["tinyshakespeare"].vocabulary
SONGCI_VOCABULARY = CORPORA["songci300"].vocabulary


def _char_model(name: str, title: str, teaches: str, corpus: str, vocabulary: int, time_steps: int,
                samples: int | None, embedding: int, units: int, training: TrainingSettings) -> Example:
    return Example(
        name, title, teaches,
        Architecture(InputSpec.tokens(time_steps), _layers(
            ("Embedding", {"input_dim": vocabulary, "output_dim": embedding}),
            ("LSTM", {"units": units, "return_sequences": True}),
            ("Dense", {"units": vocabulary, "activation": "softmax"}),
        )),
        DatasetSpec("text", corpus=corpus, time_steps=time_steps, samples=samples),
        training,
    )


EXAMPLES.update({e.name: e for e in (
    _char_model(
        "char-shakespeare", tr_noop("Character model: Tiny Shakespeare"),
        tr_noop("An LSTM reads 64 characters of Shakespeare and predicts the next one at every step: Embedding(65, 16), LSTM(128) with return_sequences, Dense(65) softmax over the vocabulary, sparse categorical cross-entropy. Watch the sample: first random letters, then words, names and line breaks; perplexity falls from 65 (a guess among all characters)."),
        "tinyshakespeare", SHAKESPEARE_VOCABULARY, 64, 1000, 16, 128,
        TrainingSettings(epochs=30, batch_size=64, learning_rate=0.005, loss="sparse_categorical_crossentropy",
                         validation_split=0.1, seed=1),
    ),
    _char_model(
        "char-songci", tr_noop("Character model: Three Hundred Song Ci (宋词三百首)"),
        tr_noop("The same model on Chinese poetry: 2,129 different characters, so the Embedding and the softmax are far wider than for English and each character is seen far less often. The sample learns the layout first: tune names with the poet in brackets, short lines ending in 。"),
        "songci300", SONGCI_VOCABULARY, 32, None, 32, 128,
        TrainingSettings(epochs=40, batch_size=32, learning_rate=0.005, loss="sparse_categorical_crossentropy",
                         validation_split=0.1, seed=1),
    ),
)})
