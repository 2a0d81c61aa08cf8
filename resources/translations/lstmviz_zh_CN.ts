<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>lstmviz</name>
    <message>
        <location filename="../../lstmviz/app.py"/>
        <source>lstmviz: error: no display to open the window on (DISPLAY is not set); use &apos;lstmviz screenshot SOURCE -o shot.png&apos; or &apos;lstmviz summary SOURCE&apos; instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/app.py"/>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/app.py"/>
        <source>the window could not be rendered at {w}x{h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/cli.py"/>
        <source>--size {size}: expected WIDTHxHEIGHT, e.g. 1400x900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/cli.py"/>
        <source>--size {size}: width and height must each be {low} to {high} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/cli.py"/>
        <source>{message} (see &apos;lstmviz {command}--help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/cli.py"/>
        <source>{extra}: unexpected argument; the window opens one SOURCE (commands: {commands})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/cli.py"/>
        <source>{name}: no such command or file (commands: {commands}; examples: {examples})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>cannot create the folder {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>{path}: not a readable manifest ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>{path}: not a manifest of lstmviz&apos;s desktop files, or it names paths outside the data folder; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>cannot remove {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>Nothing to uninstall: no desktop installation of lstmviz is recorded in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>Removed lstmviz&apos;s desktop entry, icons and file type ({count} files) from {root}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>Installed lstmviz for this user in {root}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>menu entry {path}, which runs {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>{count} icons in icons/hicolor, the AppStream metainfo, and the file type {mime} for *.lstmviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>caches updated with {tools}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>Undo it with: lstmviz install-desktop --uninstall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/layout.py"/>
        <source>This model has no recurrent layer to unroll: add an LSTM, GRU or SimpleRNN layer to see it as one cell repeated over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/layout.py"/>
        <source>The input {fmt_shape} has no time axis: give it (time steps, features) to unroll the recurrent layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/pieces.py"/>
        <source>T time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/pieces.py"/>
        <source>{steps} time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/pieces.py"/>
        <source>{steps} time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/pieces.py"/>
        <source>{n:,} shared parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/pieces.py"/>
        <source>{n:,} shared parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <location filename="../../lstmviz/ui/unrolled/values.py"/>
        <source>its input is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>layer {value} ({title}) cannot be drawn: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>of token ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>input: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>input x(t): {steps},</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>{f} feature{value} per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>one cell, {steps_text}, {params_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>one cell reading backwards, {steps_text}, {params_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>one time step: the cell runs once,
starting from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>return_sequences=False: only h({last}), the last step, leaves the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>forward {kind}: one cell, {steps}, {params_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>backward {kind}: own weights, {steps}, {params_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source> on every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>E  ({v:,}, {d})	{value:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>a vector of {d} values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>one embedding table, {steps}, {shared}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>Dropout({get})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>Dropout({get}) on every step: no weights (active only while training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>once, on all its inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>once, on {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>RepeatVector({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>copies {value} to every step; no weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>{fmt_shape} → {fmt_shape2}; no weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>no weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <location filename="../../lstmviz/model/cells.py"/>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>arrays of {dtype} cannot be stored; storable types: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s shape must be a list of at most {limit} whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s shape must hold whole numbers of at least 0, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array of shape {shape} needs {size:,} bytes; at most {limit:,} may be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s data must be base64 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s data is longer than its shape allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s data is not valid base64 ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s data is not valid zlib data ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s data does not hold exactly the {size:,} bytes its shape needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array must be stored as an object with dtype, shape, encoding and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array needs exactly the keys dtype, shape, encoding and data; missing: {missing}; unknown: {extra}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s dtype must be one of {allowed}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s encoding must be {encoding}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array of bool holds bytes other than 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>arrays must be stored as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>array {index}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/atomic_file.py"/>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>too many levels of symbolic links (a link that points back to itself?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/atomic_file.py"/>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/atomic_file.py"/>
        <source>is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/atomic_file.py"/>
        <source>is not a regular file (a pipe or a device); lstmviz writes regular files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>holds {n} backslash escapes; lstmviz reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>holds about {n} strings; lstmviz reads at most {limit} values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>holds about {n} values; lstmviz reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>nested {depth} levels deep; lstmviz reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>not UTF-8 text (near byte {offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>line {line}, column {column}: not valid JSON ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>{where}: an integer of {n} digits ({number}); lstmviz reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>{where}: a number written with {n} characters; lstmviz reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>nested too deeply to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>{name}: holds more than {limit} cells (rows x columns, at row {line}); lstmviz reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>{name}: cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>{name}: has a header but no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>{name}: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>{text} is beyond the range of float32 (at most ±{limit}), the precision Keras trains in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>{text} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>dataset layout must be one of {join}; got {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>{name}: no column holds numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>{name}: {layout} windows of {t} time step{value} need at least {value2} data rows (a window plus the row after it); the file has {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>{rows} rows of {name} (features {described}; data from row {first_row}), {layout} with {t} time step{value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>{name}: not a text CSV file (not UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>{name}: {what} is empty; name at least one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>{name}: {what}: column index {item} is outside 0..{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>indexes 0..{value} (no header row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>{name}: {what}: no column {quoted}; the columns are {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/dataset_loader.py"/>
        <source>a CSV dataset needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/failures.py"/>
        <source>not enough memory for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/failures.py"/>
        <source>cannot write the output: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/failures.py"/>
        <source>internal error ({what}); this is a bug in lstmviz: please report it (run with {variable}=1 to see the traceback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>not a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>not a .keras file (a .keras file is a zip archive; this is not one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: no config.json inside: not a Keras 3 .keras file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: config.json: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: config.json is not a Keras model config this version understands ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: config.json does not describe a Keras model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: the model is a {cls}; lstmviz reads Sequential models and single-chain Functional models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: layer {index} is not a layer config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: the model has no input shape (it was saved before being built)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: input layer {get!r} has no usable shape ({shape!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: layer {name!r} is called on several inputs or several times; lstmviz reads models that form a single chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: the output of layer {value!r} feeds several layers; lstmviz reads models that form a single chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: the model has {roots} inputs; lstmviz reads single-input models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: not every layer lies on the chain from input to output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: layer {name!r} is a custom object ({value} from {module}); lstmviz reads built-in Keras layers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>layer {name!r} ({cls}) returns its states as extra outputs, which a single chain of layers cannot pass on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>layer {name!r} is Bidirectional({inner_cls}); lstmviz supports Bidirectional LSTM, GRU and SimpleRNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>layer {name!r} is a {cls}, which lstmviz does not support (supported: {join})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_import.py"/>
        <source>no {name} inside, so it holds no weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_import.py"/>
        <source>the weights were not read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_import.py"/>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>weights from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_script.py"/>
        <source>the data holds {n} values; a script holds at most {limit} inline (export a .keras model instead, or use less data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>no {weights} inside: the archive holds no weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>the model has {count:,} weights; lstmviz reads at most {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>the model in {config} cannot be built: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {name} is a link; lstmviz reads weights stored in the file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights} nests groups more than {limit} deep ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights} holds more than {limit:,} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights} is not an HDF5 file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights} cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights} has no {location} (the {weight} of layer {layer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights} holds {location}, which the model in {config} does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{location} (the {weight} of layer {layer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {where} has shape {shape}, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {where} holds {dtype} values, expected floating-point numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {where} keeps its values in another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/limits.py"/>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/limits.py"/>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/limits.py"/>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{where}: a project file holds a JSON object, found {name__}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{where}: format is {quoted}, expected {FORMAT!r}: not an lstmviz project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{where}: version {version} was written by a newer lstmviz; this one reads version {VERSION}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{where}: version is {quoted}, expected one of {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{where}: &apos;architecture&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}: expected an object, found {name__}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.layers: expected a list, found {name__}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}: expected an object like {{&quot;shape&quot;: [5, 1]}}, found {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.shape: expected a list such as [5, 1] (time steps, features), found {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.shape[{i}]: {name} must be a whole number, found {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.shape[{i}]: {name} must be at least 1, found {dim}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.batch_size: must be a whole number of at least 1 or absent, found {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>the number of time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>the number of features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>the input length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}: expected an object like {{&quot;kind&quot;: &quot;LSTM&quot;, &quot;options&quot;: {{...}}}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.kind: unknown layer kind {quoted}; known kinds: {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.options: expected an object, found {name__}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.options.{elide}: {kind} has no option {quoted} (options: {join})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.name: expected text, found {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>the project would be {size}; lstmviz opens projects of at most {limit}: export the trained model as .keras instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>an empty file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the path holds a NUL character, which no file name can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the path is {n} characters long; lstmviz opens paths of at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file name is too long for the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>not a file that can be read (a socket or a device without a driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>not a file that can be read (a device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file system is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>no space left on the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the disk quota is exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file is too large for the file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>too many files are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>an input/output error (a damaged disk?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file is on another file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>is a folder, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>is a named pipe (FIFO), not a regular file; lstmviz reads regular files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>is a device, not a regular file; lstmviz reads regular files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>is a socket, not a regular file; lstmviz reads regular files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>is not a regular file; lstmviz reads regular files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file is {size}; lstmviz reads files of this kind up to {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file is larger than {limit}, the most lstmviz reads of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_source.py"/>
        <source>{path}: not enough memory to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_source.py"/>
        <source>{path}: not a file this version of lstmviz understands ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_source.py"/>
        <source>{path}: no such file, and no example of that name (examples: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_source.py"/>
        <source>{path}: a symbolic link to a file that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_source.py"/>
        <source>{path}: is a folder, not a project or .keras file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_source.py"/>
        <source>{path}: not a project file (not UTF-8 text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>a damaged zip archive ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>the archive holds {count:,} files; lstmviz reads at most {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>the archive&apos;s list of files takes {size}; lstmviz reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>the archive holds {name} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>{member} inflates to {size}; lstmviz reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>{member} takes {size} in the archive; lstmviz reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>{member} is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>{member} inflates beyond {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>{member} is damaged ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>{member} cannot be unpacked ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/source_checks.py"/>
        <source>{where}: the model has {n} layers; lstmviz reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/source_checks.py"/>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/source_checks.py"/>
        <source>the model&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/source_checks.py"/>
        <source>the name of layer {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/source_checks.py"/>
        <source>dataset.{key} lists {n} columns; lstmviz reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/source_checks.py"/>
        <source>{where}: dataset.path is {n} characters long; lstmviz reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: expected a whole number from {low:,} to {high:,}, found {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: expected a finite number, found {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: expected text of at most {limit:,} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: expected an object, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: unknown key {key} (keys: {keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: {key} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: expected a list of floating-point losses (1-D), found {dtype} of shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: holds {count} epochs, but the run went to epoch {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.settings: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.reason: expected one of {reasons}, found {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.seconds: must be at least 0, found {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{where}: runs: expected a list, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{where}: runs: holds {count:,} runs; at most {limit:,} may be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{where}: runs[{index}].number: run #{number} is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.run: run #{number} is not in the file&apos;s runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.weights: expected a list of arrays, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.weights[{index}]: holds {dtype} values, expected floating-point numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.weights[{index}]: holds values that are not finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.weights: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>weights from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>Trained weights: none (the model has not been trained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>Trained weights: {epochs} epochs, final loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source> (run #{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>Trained weights: yes (epochs not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>Runs: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/architecture.py"/>
        <source>unknown layer kind {kind!r}; known kinds: {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/architecture.py"/>
        <source>{kind} has no option {key!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/architecture.py"/>
        <source>layer index {index} is out of range 0..{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>set return_sequences=True on the recurrent layer above, so that it outputs every time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>set return_sequences=False on the recurrent layer above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>{name} must be true or false, got {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>{name} must be a whole number, got {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>{name} must be a number, got {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>{name} must be text, got {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>{name} must be one of {join}; got {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>{name} must be at least {num}, got {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>{name} must be at most {num}, got {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>unknown option {k!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>{what} needs a {rank}-D input {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>{what} needs the last dimension of its input to be known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>give the input a fixed number of features, or avoid Flatten over an open time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Size of the output (and of the hidden state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Output h(t) at every time step (None, T, units) instead of only the last (None, units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Learn a bias vector b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Read the sequence from the last step to the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Fraction of the inputs x(t) dropped while training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Fraction of h(t-1) dropped while training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Activation of the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>, or add RepeatVector(n) before this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>reduce the input to (None, T, F), for example with TimeDistributed(Flatten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>recurrent layers read (None, time steps, features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source> With reset_after=True (the Keras default) each gate has two biases, one for the input and one for the recurrent part: 2 {MULTIPLY} {u}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source> Each gate has a bias of {u}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source> use_bias=False: no biases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>one block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>{n} gate blocks ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>{blocks}, each with a kernel W ({f} {MULTIPLY} {u}) over x(t) and a recurrent kernel U ({u} {MULTIPLY} {u}) over h(t-1): together a ({f} + {u}) {MULTIPLY} {u} matrix over [h(t-1), x(t)].{bias_note} The same weights serve every time step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Activation of the candidate and of the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Activation of the gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Apply the reset gate after the recurrent matrix (Keras default; two biases per gate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Long short-term memory: a cell state c(t) guarded by input, forget and output gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Gated recurrent unit: update and reset gates, no separate cell state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>The plainest recurrent cell: h(t) = tanh(W x(t) + U h(t-1) + b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>3 × ((features + units) × units + 2 × units)   (reset_after=True; + units when False)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>so the output width doubles to 2 × units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>merged by {merge}, so the output keeps units values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Two independent {kind} layers, one reading forwards and one backwards, each with its own weights ({value} each); their outputs are {width}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Runs a recurrent layer forwards and a copy backwards over the sequence and merges the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>2 × (parameters of the wrapped layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>The recurrent layer to run in both directions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>How the two directions are combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>GRU only: reset gate after the recurrent matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source> The input is {shape}-D, so Dense acts on its last axis: the same {f} {MULTIPLY} {u} kernel is applied at every time step, exactly like TimeDistributed(Dense).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>A kernel of {f} inputs {MULTIPLY} {u} outputs{bias}.{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Fully connected layer: every output is a weighted sum of all inputs (on the last axis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>TimeDistributed needs a 3-D input (None, T, F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>One Dense({units}) applied to each of the {t} time steps with the same weights, so the count does not grow with the number of steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Applies the same Dense layer, with one set of weights, at every time step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>features × units + units  (shared by all time steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>The layer applied at each time step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>A table with one row of {d} numbers for each of the {v:,} token ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Turns token ids into dense vectors: [samples, tokens] becomes [samples, tokens, dimensions].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Vocabulary size: how many different token ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Dimensions of each token&apos;s vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Treat token id 0 as padding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>While training, sets a random fraction of its inputs to zero; does nothing at prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>0 (no weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Fraction of inputs dropped while training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Dropout has no weights; the shape passes through unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>RepeatVector needs a 2-D input (None, F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>, or add Flatten before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Repeats one vector n times, making a sequence: (None, F) becomes (None, n, F). The bridge from an encoder to a decoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>How many times (time steps) to repeat the vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>RepeatVector copies its input n times; it has no weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Joins all axes but the batch into one: (None, T, F) becomes (None, T × F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Flatten only reshapes; it has no weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>The shape of one sample: [time steps, features] for a sequence of numbers, or [tokens] of integer ids for text going into an Embedding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Time steps per sample (T), or tokens per line for text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Numbers per time step (F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>Integer token ids (for an Embedding) instead of real-valued features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_math.py"/>
        <source>the cell view cannot compute the activation {name!r}; it knows {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_math.py"/>
        <source>a recurrent layer reads (batch, T, F) or (T, F); got an array of shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_math.py"/>
        <source>{kind} with use_bias={use_bias} has {expected} weight arrays, got {weights}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_math.py"/>
        <source>{kind!r} is not a recurrent layer; expected one of {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_math.py"/>
        <source>the {kind} kernel expects {value} features, the input has {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_math.py"/>
        <source>no initial weights for {kind!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cells.py"/>
        <source>input gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cells.py"/>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cells.py"/>
        <source>forget gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cells.py"/>
        <source>forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cells.py"/>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cells.py"/>
        <source>output gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cells.py"/>
        <source>update gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cells.py"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cells.py"/>
        <source>reset gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cells.py"/>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cells.py"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cells.py"/>
        <source>hidden state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cells.py"/>
        <source>cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected an object, found {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>unknown key {key!r} (keys: {keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>&apos;kind&apos; is missing; kinds: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>{key}: {what}, found {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected one of {layouts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected the path of a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected a list of column names or 0-based indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>validation split must be between 0 and 1, got {validation_fraction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>a validation split of {fraction:g} leaves no training samples out of {samples}; use more samples or a different split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>a validation split of {fraction:g} leaves no validation samples out of {samples}; use more samples or a different split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Tutorial sequence (one-to-one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Tutorial sequence (many-to-one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Tutorial sequence (many-to-many)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Sine wave (many-to-one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Sine wave (many-to-many)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Noisy sine (many-to-one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Random tokens (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Long memory: recall the first step (30 steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>dataset layout must be one of {layouts}; got {layout!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>dataset {key} must be a whole number of at least {minimum}; got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>dataset {key} must be at most {limit}; got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>dataset {key} must be a number; got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the dataset would hold {total} values ({shape}); the limit is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>The tutorial&apos;s sequence 0.0 0.2 0.4 0.6 0.8; the targets equal the inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>dataset period must be positive; got {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>noisy sine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>each value predicts the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>{t} steps predict the next value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>{t} steps predict the same window one step later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>A sine wave with a period of {period} steps plus noise {noise}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>A sine wave with a period of {period} steps: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>random tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>{samples} lines of {length} random token ids below {vocabulary}; the target is 1 when more than half of a line&apos;s tokens are in the lower half of the vocabulary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>long-memory data is many-to-one (a sequence in, its first value out); got the layout {layout!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>long memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>{samples} sequences of {t} steps: step 1 holds a value between -1 and 1, the other steps noise up to {noise}; the target is the value of step 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>CSV {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>long memory ({t} steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>no dataset chosen; pick one (for example a sine wave) or load a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the dataset settings cannot be used ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>{kind!r} data is not generated: it is read from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>unknown dataset kind {kind!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <location filename="../../lstmviz/training/builder.py"/>
        <source>the model cannot be built: {error_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>token ids (an Embedding input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>real-valued sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>token ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>real numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the model reads {want} but the dataset holds {have}: choose a matching dataset or change the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the model&apos;s input is {fmt_shape} but the samples are {fmt_shape2}: set the input to {fmt_shape3} or choose a dataset with that shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the model outputs {fmt_shape} but the targets are {fmt_shape2}: {output_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the model outputs a value per time step but each target is one vector; set return_sequences=False on the last recurrent layer, or choose a many-to-many dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>each target is a sequence but the model outputs one vector; set return_sequences=True on the last recurrent layer and put TimeDistributed(Dense) after it, or choose a many-to-one dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>set the last layer&apos;s units to {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>make the output&apos;s time steps match the targets&apos;, or choose a different dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>One-to-one: each number on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Five samples of one time step each, X (5, 1, 1) and y (5, 1). LSTM(5) has 4 × ((1 + 5) × 5 + 5) = 140 parameters and Dense(1) has 6: 146 in all. With one time step the recurrence never gets used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Many-to-one: a sequence in, one vector out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>One sample of five time steps, X (1, 5, 1); the LSTM outputs only its last h(t) and a Dense(5) produces all five values at once: 140 + 5 × 5 + 5 = 170 parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Many-to-many: TimeDistributed(Dense) at every time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>return_sequences=True makes the LSTM output h(t) at all five steps, and TimeDistributed applies one Dense(1) to each with the same 6 weights: 146 parameters, where many-to-one needed 30 for its output layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Text: 10 tokens embedded in 300 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>The tutorial&apos;s text example: a batch of lines of 10 tokens is [samples, 10]; the Embedding makes it [samples, 10, 300] and LSTM(128) has 4 × ((300 + 128) × 128 + 128) = 219,648 parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Stacked LSTMs on a sine wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>The first LSTM must return its whole sequence so the second has time steps to read; the second LSTM&apos;s input features are the first one&apos;s units: 4 × ((16 + 8) × 8 + 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Encoder-decoder with RepeatVector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>The encoder LSTM squeezes the sequence into one vector; RepeatVector(5) copies it to five time steps for the decoder LSTM, whose every step goes through one shared Dense(1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>The many-to-one task with GRU(5): three gate blocks instead of four, and with Keras&apos;s reset_after=True two biases per block: 3 × ((1 + 5) × 5 + 2 × 5) = 120 against the LSTM&apos;s 140.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Two LSTM(5) read the sequence in opposite directions, each with its own 140 weights; merge_mode=&apos;concat&apos; joins them into 10 values per sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Dense on a sequence acts like TimeDistributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>In Keras 3 a Dense applied to a 3-D input works on the last axis: the same 6 parameters and output shape (None, 5, 1) as TimeDistributed(Dense(1)) in many-to-many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Long memory: SimpleRNN(8) recalls step 1 of 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Long memory: GRU(8) recalls step 1 of 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Long memory: LSTM(8) recalls step 1 of 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>A plain RNN on the long-memory task: the target is step 1&apos;s value, 29 noisy steps earlier. Train it on the Unrolled tab: the gradient flowing back along h shrinks at every step, so step 1 hardly learns anything and the loss stays near the variance of the targets (0.33).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>The long-memory task with GRU(8): its update gate can pass h on unchanged, so the gradient can reach step 1 once the gate learns to stay shut; compare its gradient heatmap with the RNN&apos;s and the LSTM&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>The long-memory task with LSTM(8): the cell state c carries step 1&apos;s value past 29 noisy steps. Watch the gradient heatmap on the Unrolled tab: when the loss drops, the gradient reaching t = 1 grows as large as the one at t = 30, where the plain RNN&apos;s fades away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>no example named {name!r}; examples: {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>A new model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>LSTM(8) reads ten steps of a sine wave and Dense(1) predicts the next value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/fixes.py"/>
        <source>Set the input to {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/fixes.py"/>
        <source>layer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/fixes.py"/>
        <source>Set {option}={value} on {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>Keras cannot call threshold without its threshold and default_value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>glu halves the layer&apos;s output, so the shapes lstmviz derives would not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>{where}: activation {name} cannot be computed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>{where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>{where}: the token ids include a value that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>{where}: token id {id} is outside the vocabulary 0..{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>{where}: no forward pass for layer kind {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>the input has shape {shape}, the model reads {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>the input holds {dtype} values, expected numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>{where}: a recurrent layer needs at least one time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>batch_size must be a whole number of at least 1, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>the model has no layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>drag a layer from the palette onto the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>the input has no shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>give it time steps and features, e.g. (5, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>the input has {rank} axes; lstmviz handles at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>give it (time steps, features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>input {what} must be a whole number of at least 1, got {quoted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>set the input&apos;s {what} to 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>dimension {axis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>{value} {what}; lstmviz handles at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>set the input&apos;s {what} to {limit} or fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>the model has {n} layers; lstmviz handles at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>remove layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>the model would have {n} parameters; lstmviz handles at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>use fewer units, features or tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>give the input two dimensions, (time steps, features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>{message}; the input is {fmt_shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>{message}; the {kind} above outputs {fmt_shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>set return_sequences=True on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>set {name} to {num} or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>choose {name} from {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>correct {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>remove the unknown options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/limits.py"/>
        <source>a {kind} of {n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/limits.py"/>
        <source>a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/limits.py"/>
        <source>{what} is {n} characters long; lstmviz reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/runs.py"/>
        <source>(no layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/runs.py"/>
        <source>{layers}, {params} params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>unknown setting {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>expected {kind}, found {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>must be a finite number, found {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>must be between {low} and {high}, found {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>unknown optimizer {value!r}; choose one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/summary_text.py"/>
        <source> per direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/summary_text.py"/>
        <source>Total params: {total:,} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/summary_text.py"/>
        <source>Non-trainable params: 0 (0.00 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/summary_text.py"/>
        <source>Trainable params: {total:,} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/weights.py"/>
        <source>the model cannot be built: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/weights.py"/>
        <source>layer {number} ({title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/weights.py"/>
        <source>the model has {expected} weight arrays, got {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/weights.py"/>
        <source>{where}: the {weight} has shape {shape}, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/weights.py"/>
        <source>{where}: the {weight} holds {dtype} values, expected numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/builder.py"/>
        <source>Keras rejected the model: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>expected a whole number, got {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>must be at least 1, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>expected a number, got {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>must be a positive number, got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>{source}: has no dataset, and no built-in dataset fits its shapes; open it in the app, choose a dataset (or a CSV file) and save it as a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>lstmviz: {source} has no dataset; using a built-in one: {dumps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>{file}: {problem}; --fresh trains from fresh weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>{path}: cannot be written (folder {folder} does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>{path}: cannot be written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>{epochs_run} epochs in {train_seconds:.2f} s ({per_epoch:.2f} ms per epoch), final loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>{output}: cannot be saved ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>{shown_path}: cannot be written ({os_error_text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/compiled.py"/>
        <source>cannot use the loss {loss!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/compiled.py"/>
        <source>the given weights do not fit the model: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/compiled.py"/>
        <source>the layer {name} did not rebuild with the same variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/control.py"/>
        <source>step needs at least 1 epoch, got {epochs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/engine.py"/>
        <source>unknown engine {engine!r}; choose {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/engine.py"/>
        <source>in user code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/engine.py"/>
        <source>training failed: {name__}{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/engine.py"/>
        <source>diverged at epoch {epoch} (loss became {what}); kept the last finite weights. Try a smaller learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/engine.py"/>
        <source>stopped after epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/gradient_report.py"/>
        <source>  ||dL/d{s}_1|| = {first:.3g}, ||dL/d{s}_{t}|| = {last:.3g}: t = 1 gets {ratio:.3g} times the gradient of t = {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/gradient_report.py"/>
        <source>gradients through time: the model has no recurrent layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/gradient_report.py"/>
        <source>gradients through time (layer {layer}, {kind}, epoch {epoch}, loss on {samples} samples):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/trained_project.py"/>
        <source>continuing from the trained weights in {source} (epoch {epoch}); --fresh starts from fresh weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/trained_project.py"/>
        <source>continuing from the weights in {source}; --fresh starts from fresh weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/trained_project.py"/>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>run #{number}, epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/autosave.py"/>
        <source>{path}: recovery: missing, not a recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/autosave.py"/>
        <source>autosave: {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/autosave.py"/>
        <source>autosave: {path} is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/autosave.py"/>
        <source>autosave failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/commands.py"/>
        <source>Insert {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/commands.py"/>
        <source>Delete {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/commands.py"/>
        <source>Move {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/commands.py"/>
        <source>Set {kind} {key} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/commands.py"/>
        <source>Set input shape ({shape})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/document.py"/>
        <source>Fix: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/document.py"/>
        <source>Change training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/document.py"/>
        <source>Change dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/document.py"/>
        <source>Clear runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/state.py"/>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/state.py"/>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>the data is still loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/state.py"/>
        <source>choose training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/state.py"/>
        <source>the model is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/state.py"/>
        <source>the data cannot be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>&lt;p&gt;&lt;b&gt;{escape} cannot take its input.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; {escape2}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its shape is unknown until the layer above is fixed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>{params:,} params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>&lt;p&gt;&lt;b&gt;{escape} ({escape2})&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{escape3} &amp;rarr; &lt;b&gt;{escape4}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Parameters: &lt;code&gt;{escape5}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Drag to move it; Delete removes it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>fix: set the input to {shape} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>fix: set {option}={value} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: the shape of one sample, with None for the batch.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Click to edit time steps, features or tokens.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Insert layer above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Insert layer below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Insert layer after the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Append layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Fit to view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas_items.py"/>
        <source>reshape only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas_items.py"/>
        <source>no bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas_items.py"/>
        <source>any number of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas_items.py"/>
        <source>{steps} token ids per sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas_items.py"/>
        <source>{steps} time step{value} × {f} feature{value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas_items.py"/>
        <source>{count} features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas_items.py"/>
        <source>Drag a layer here from the palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>Editing is locked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>&lt;b&gt;Why it fails:&lt;/b&gt; {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>Parameters: {formula}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>The count appears once the layer fits its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>any (None)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>Input shape: {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>The first axis, None, is the batch: any number of samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>Select a layer on the canvas to edit its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>Total parameters: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>Click a block to edit it; drag layers from the palette to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/palette.py"/>
        <source>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt; &amp;mdash; {escape2}&lt;/p&gt;&lt;p&gt;Parameters: &lt;code&gt;{escape3}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Drag onto the canvas to insert it there, or double-click to insert it after the selected layer.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/palette.py"/>
        <source>&lt;p&gt;&lt;b&gt;Input&lt;/b&gt; &amp;mdash; {escape}&lt;/p&gt;&lt;p&gt;Parameters: &lt;code&gt;{escape2}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Every model has exactly one, at the top of the canvas. Double-click to edit its time steps and features.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/palette.py"/>
        <source>Insert {kind} after the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/palette.py"/>
        <source>Append {kind} at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>Layer (type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>Output shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>Param #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>Derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source> ×2 directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>unknown until the layer above is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>incomplete: fix the red layer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>Total params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>{total:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_view.py"/>
        <source>Copy summary as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_view.py"/>
        <source>Expand all gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_view.py"/>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/file_loader.py"/>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/fix_banner.py"/>
        <source>Apply this change as one edit (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_dialogs.py"/>
        <source>not loaded yet (it loads for training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_dialogs.py"/>
        <source>See recurrent neural networks: build a sequence model by dragging layers, read every layer&apos;s output shape and parameter count derived step by step, see the LSTM unrolled in time as one shared cell, and train it live with Keras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_dialogs.py"/>
        <source>Every shape and count shown here is what Keras 3 computes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_dialogs.py"/>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_dialogs.py"/>
        <source>About lstmviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_dialogs.py"/>
        <source>Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_dialogs.py"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_dialogs.py"/>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_dialogs.py"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_dialogs.py"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_dialogs.py"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_text.py"/>
        <source>&lt;h3&gt;Why an LSTM has 4 × ((features + units) × units + units) parameters&lt;/h3&gt;
&lt;p&gt;An LSTM layer reads &lt;code&gt;[samples, time steps, features]&lt;/code&gt;. At each time step it
looks at the new input x(t) and its own previous output h(t-1), joined into one vector
&lt;code&gt;[h(t-1), x(t)]&lt;/code&gt; of &lt;i&gt;features + units&lt;/i&gt; numbers.&lt;/p&gt;
&lt;p&gt;Four blocks read that vector: the &lt;b&gt;input gate i&lt;/b&gt;, the &lt;b&gt;forget gate f&lt;/b&gt;, the
&lt;b&gt;candidate g&lt;/b&gt; and the &lt;b&gt;output gate o&lt;/b&gt;. Each is a
&lt;code&gt;(features + units) × units&lt;/code&gt; weight matrix plus &lt;code&gt;units&lt;/code&gt; biases.
Updating the cell state c(t) and computing h(t) from them has no weights of its own.&lt;/p&gt;
&lt;p&gt;Keras stores each block as a kernel &lt;b&gt;W&lt;/b&gt; (features × units) over x(t) and a
recurrent kernel &lt;b&gt;U&lt;/b&gt; (units × units) over h(t-1): the same numbers, split in two.&lt;/p&gt;
&lt;p&gt;Example from the text model: 10 tokens embedded in 300 dimensions into LSTM(128):
&lt;code&gt;4 × ((300 + 128) × 128 + 128) = 219,648&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;All time steps share these weights.&lt;/b&gt; An unrolled LSTM drawn as five cells side by
side is one cell used five times, which is why the count does not depend on the number of
time steps.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_text.py"/>
        <source>&lt;h3&gt;This model&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_text.py"/>
        <source>&lt;p&gt;Total: &lt;b&gt;{count}&lt;/b&gt; parameters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_text.py"/>
        <source>&lt;h3&gt;Every layer kind&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/help_text.py"/>
        <source>&lt;p&gt;GRU: three blocks (update z, reset r, candidate); with Keras&apos;s default reset_after=True each block has two biases, one for x(t) and one for h(t-1).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/language.py"/>
        <source>lstmviz: cannot load {FONT_FILE}: Chinese text may show as boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/language_menu.py"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/language_menu.py"/>
        <source>Follow the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/language_menu.py"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/language_menu.py"/>
        <source>lstmviz shows {language} after a restart. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Unrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <location filename="../../lstmviz/ui/presenter.py"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>paletteDock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <location filename="../../lstmviz/ui/presenter.py"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>inspectorDock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <location filename="../../lstmviz/ui/presenter.py"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>summaryDock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>trainingDock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>TensorFlow not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>TensorFlow loads in the background when training starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Total params: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>the input cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>layer {number} ({title}) cannot take its input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>⚠ {where}: see the message above the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Shapes fit: output {shape}; training cannot start yet (see Training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Shapes fit: output {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Start an empty model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Open a project or .keras file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Import .keras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Read a .keras model&apos;s architecture (TensorFlow is not needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Unrolled &amp;Diagram as Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Save the unrolled cell diagram as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Loss Plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Save the loss plot as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Predictions Plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Save the predictions plot as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Training &amp;History (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Save the loss of every epoch as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Keras &amp;Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Write a standalone Keras script that trains this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Summary as &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Trained &amp;Model (.keras)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Save the model with its trained weights as a .keras file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Delete layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Remove the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>E&amp;xamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Unrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Actual &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>How &amp;Parameters Are Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;About lstmviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>Editing locked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/main_window.py"/>
        <source>How parameters are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/presenter.py"/>
        <source>Show or hide {panel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/presenter.py"/>
        <source>&amp;Presenter Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/presenter.py"/>
        <source>Full screen, larger text and thicker curves, for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/presenter.py"/>
        <source>Exit presenter mode (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/recovery.py"/>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/recovery.py"/>
        <source>lstmviz did not close properly last time. It kept the unsaved changes to “{name}” from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/recovery.py"/>
        <source>They include trained weights ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/recovery.py"/>
        <source>Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/recovery.py"/>
        <source>Restore unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/recovery.py"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/recovery.py"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/recovery.py"/>
        <source>Restored the unsaved changes from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/single_instance.py"/>
        <source>Training is running: stop it to open {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/trained_model_export.py"/>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Keras models (*.keras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/trained_model_export.py"/>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/trained_model_export.py"/>
        <source>There are no trained weights: train the model, or open a trained project or .keras file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/trained_model_export.py"/>
        <source>Export trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/trained_model_export.py"/>
        <source>Writing {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/trained_model_export.py"/>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Example&apos;s own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Training data: the example&apos;s own, a built-in sequence, or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>path to a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>What one sample maps to: one step → next value, a window → the next value, or a window → the window one step later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Time steps per window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Reading {name} in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Choose a CSV file: type its path or press “…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Open CSV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/exports.py"/>
        <source>{name}: choose a .png or .svg file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/exports.py"/>
        <source>the exporter wrote nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>The model changed, so the trained weights no longer fit it: Undo (Ctrl+Z) brings them back, or Train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>Cannot train until the model is fixed (see the message above the diagram).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Cannot train: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>#{number} loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>loading TensorFlow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>there is no loss history yet: train the model first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>Export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>Loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>no run yet: press Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>loss (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>diverged at epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>epoch {epoch} · loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source> · val_loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>Which sample&apos;s time steps to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source> of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>Predictions · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>{axis} {position} · value {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>{axis} {position} · target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>{axis} {position} · prediction {prediction} · target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Train the model with these settings: from fresh weights, or on from the trained ones when “Continue from these weights” is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Loss plot as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Loss plot as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Predictions plot as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Loss history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Pause or resume the running training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Train one epoch, then pause (starts a paused run when idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Stop training and keep the weights reached so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Continue from these weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Save the loss plot, the predictions plot or the loss history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Checked: Train goes on from the trained weights ({source}), counting their epochs on. Unchecked: Train starts from fresh weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>There are no trained weights to continue from: Train starts from fresh weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>epoch {epoch}/{total} · loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source> · ETA {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source> · done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>training is paused (press Stop to edit the model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>training is running (press Stop to edit the model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Stepping one epoch from epoch {epoch}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Paused before the first epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Stopped before the first epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Stopped at epoch {epoch} · loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Finished {epochs} epochs in {time} ({per} ms/epoch) · loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Paused at epoch {epoch}: press Step for one more epoch, or Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Building the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source> (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source> (diverged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source> (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>#{number} {title}{end}
{optimizer} {rate} · {epochs} ep
loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Run {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Model: {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Data: {data}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Epochs: {run} of {total} ({reason}) in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Batch size {batch}, {optimizer} with learning rate {rate}, loss {loss}, seed {seed}, validation split {split}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Final loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>, val_loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Finished runs. Check a run to draw its loss curve behind the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Forget all finished runs (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Passes over the whole dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Samples per optimizer step (Keras&apos;s batch_size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Optimizer step size; Keras&apos;s default is 0.001 for Adam and RMSprop, 0.01 for SGD. The arrows step 1, 2, 5, 10…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>The loss Keras minimises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Seeds the initial weights and the shuffling: the same seed gives the same run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Fraction of samples held out (the last ones, as Keras&apos;s validation_split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Change the training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Example data: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Suggested data: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Project data: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>{epochs} epochs · batch {batch} · {optimizer} {rate} · {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Choose training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/trained_predictions.py"/>
        <source>no predictions: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/worker.py"/>
        <source>TensorFlow could not be loaded, so the model cannot be trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/worker.py"/>
        <source>Training failed: {one_line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/epoch_values.py"/>
        <source>there is no sample {number}; the data has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/epoch_values.py"/>
        <location filename="../../lstmviz/ui/unrolled/values.py"/>
        <source>initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/epoch_values.py"/>
        <location filename="../../lstmviz/ui/unrolled/values.py"/>
        <source>training, epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/epoch_values.py"/>
        <location filename="../../lstmviz/ui/unrolled/values.py"/>
        <source>loaded model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/epoch_values.py"/>
        <source>training shows layer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/epoch_values.py"/>
        <source>trained weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/export.py"/>
        <source>lstmviz unrolled diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/export.py"/>
        <source>{name}: unknown image type {value}; use .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/export.py"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/export.py"/>
        <source>{path}: cannot be written ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/export.py"/>
        <source>{tmp}: could not write the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/export.py"/>
        <source>{tmp}: could not write the SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>one {kind} cell, used at every time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>{count} params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>h(t) up, to the next layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Inside the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Previous time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Next time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>W over x(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>U over h(t−1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>backward {kind} cell at t = {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>{kind} cell at t = {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>of layer {number}, {title}. The same cell, with the same {weights} weights, runs at every one of the {steps} time steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>t = {step} of {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>× 2 directions (Bidirectional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>one cell, all gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>No values at this step yet: pick a dataset, train, or load a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Values at t = {step} on sample {sample} ({source}), per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>; the first {shown} of {units} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>unit {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>the largest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>10^-{decades} of the largest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>none reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>gradient flowing back into {s}({t}) at epoch {epoch}: ||∂L/∂{s}({t})|| = {norm} ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>gradient flowing back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>||∂L/∂h(t)||, log scale, against the strongest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>strongest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>≤10^-{d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>arrows under h and c point back in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>||∂L/∂{s}(t)||</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>{name}, forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>{name}, backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_overlay.py"/>
        <source>Gradients through time in layer {layer} ({kind}): each time step&apos;s ||∂L/∂h(t)|| (rows, t = 1 at the top) at every observed epoch (columns); loss on {samples} samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>The recurrent layer whose values are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Which sample of the data the cell works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Previous time step (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Next time step (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Walk through the time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Fit the diagram to the window (Ctrl+wheel zooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/heatmaps.py"/>
        <source>{name} at t = {step}, unit {unit}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/heatmaps.py"/>
        <source>gates f, i, o, z, r (σ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/heatmaps.py"/>
        <source>0 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/heatmaps.py"/>
        <source>1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/heatmaps.py"/>
        <source>h, c, candidate g (tanh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/items.py"/>
        <source>{kind} cell at {step}, the same weights as every other step. Click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/items.py"/>
        <source>{name} (mean {mean}): {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/items.py"/>
        <source>{step}: {name}, mean {mean} over {units} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/items.py"/>
        <source>{kind} cell at {step}: the same weights at every step; click to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/scene.py"/>
        <source>layer {value} is not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/scene.py"/>
        <source>the values have {steps} time steps but the layer reads {steps2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/scene.py"/>
        <source>values of layer {number}, per time step and unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/scene.py"/>
        <source>t = {step}:  {values}   (means over {units} units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/trained_values.py"/>
        <source>the dataset&apos;s samples {shape} do not fit the input {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/trained_values.py"/>
        <source>layer {number} ({kind}) is not recurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/values.py"/>
        <source>the cell values have no hidden state h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/values.py"/>
        <source>layer {n} cannot be computed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/values.py"/>
        <source>values are computed here for up to {limit} time steps; this layer reads {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/values.py"/>
        <source>the layers up to this one are too large to compute here ({work} multiply-adds per sample; at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/values.py"/>
        <source>the dataset&apos;s samples {tuple} do not fit the input {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/values.py"/>
        <source>layer {value} ({kind}) is not recurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/values.py"/>
        <source>token ids go up to {max}, beyond the Embedding&apos;s input_dim {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/values.py"/>
        <source>there is no layer {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>no dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>new values for layer {number}: choose it to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>Export diagram image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>Export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>{number}: {name} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>{layer}: values on sample {sample} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>values: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source> (sample {number}: the one this run follows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>no values ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>lstmviz projects ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Models ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Open project or model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Import a Keras model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>{path}: not opened: training started meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Weights not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Export loss plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Export predictions plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Export training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>The model cannot be built: {error_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>The data is still loading; export again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>The dataset cannot be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>No dataset fits this model; choose one in the training panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Export Keras script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/window_files.py"/>
        <source>Python (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
