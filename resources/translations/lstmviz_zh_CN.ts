<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>lstmviz</name>
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
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>output</source>
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
        <location filename="../../lstmviz/training/engine.py"/>
        <source>diverged at epoch {epoch} (loss became {what}); kept the last finite weights. Try a smaller learning rate.</source>
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
        <source>Fit to view</source>
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
        <source>Insert {kind} after the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/palette.py"/>
        <source>Append {kind} at the end</source>
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
        <location filename="../../lstmviz/ui/unrolled/epoch_values.py"/>
        <source>there is no sample {number}; the data has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/epoch_values.py"/>
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
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>{count} params</source>
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
        <source>its input is unknown</source>
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
        <source>The data is still loading; export again in a moment.</source>
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
