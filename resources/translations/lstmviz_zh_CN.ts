<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>lstmviz</name>
    <message>
        <location filename="../../lstmviz/app.py"/>
        <source>{variable}={value} is ignored: lstmviz trains with TensorFlow, so Keras uses its TensorFlow backend here</source>
        <translation>{variable}={value} 已被忽略：lstmviz 使用 TensorFlow 训练，因此 Keras 在这里使用 TensorFlow 后端</translation>
    </message>
    <message>
        <location filename="../../lstmviz/app.py"/>
        <source>DISPLAY is not set</source>
        <translation>未设置 DISPLAY</translation>
    </message>
    <message>
        <location filename="../../lstmviz/app.py"/>
        <source>DISPLAY={display} is not a display name such as :0</source>
        <translation>DISPLAY={display} 不是 :0 这样的显示器名称</translation>
    </message>
    <message>
        <location filename="../../lstmviz/app.py"/>
        <source>XDG_RUNTIME_DIR is not set, so the Wayland socket {name} cannot be found</source>
        <translation>未设置 XDG_RUNTIME_DIR，因此找不到 Wayland 套接字 {name}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/app.py"/>
        <source>cannot open the display ({reasons}); use &apos;lstmviz screenshot SOURCE -o shot.png&apos; or &apos;lstmviz summary SOURCE&apos; instead</source>
        <translation>无法打开显示器（{reasons}）；请改用 &apos;lstmviz screenshot SOURCE -o shot.png&apos; 或 &apos;lstmviz summary SOURCE&apos;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/app.py"/>
        <source>lstmviz: error: no display to open the window on (DISPLAY is not set); use &apos;lstmviz screenshot SOURCE -o shot.png&apos; or &apos;lstmviz summary SOURCE&apos; instead</source>
        <translation>lstmviz：错误：没有可以打开窗口的显示器（未设置 DISPLAY）；请改用 &apos;lstmviz screenshot SOURCE -o shot.png&apos; 或 &apos;lstmviz summary SOURCE&apos;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/app.py"/>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/app.py"/>
        <source>the window could not be rendered at {w}x{h}</source>
        <translation>无法以 {w}x{h} 渲染窗口</translation>
    </message>
    <message>
        <location filename="../../lstmviz/cli.py"/>
        <source>--size {size}: expected WIDTHxHEIGHT, e.g. 1400x900</source>
        <translation>--size {size}：应为 宽x高，例如 1400x900</translation>
    </message>
    <message>
        <location filename="../../lstmviz/cli.py"/>
        <source>--size {size}: width and height must each be {low} to {high} pixels</source>
        <translation>--size {size}：宽和高都必须在 {low} 到 {high} 像素之间</translation>
    </message>
    <message>
        <location filename="../../lstmviz/cli.py"/>
        <source>{message} (see &apos;lstmviz {command}--help&apos;)</source>
        <translation>{message}（参见 &apos;lstmviz {command}--help&apos;）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/cli.py"/>
        <source>{extra}: unexpected argument; the window opens one SOURCE (commands: {commands})</source>
        <translation>{extra}：多余的参数；窗口只打开一个 SOURCE（命令：{commands}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/cli.py"/>
        <source>{name}: no such command or file (commands: {commands}; examples: {examples})</source>
        <translation>{name}：没有这个命令或文件（命令：{commands}；示例：{examples}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_entry.py"/>
        <source>the command {command} holds a name that is not UTF-8, which a desktop entry cannot hold; install lstmviz in a folder whose name is UTF-8</source>
        <translation>命令 {command} 含有不是 UTF-8 的名称，桌面入口无法容纳它；请把 lstmviz 安装在名称为 UTF-8 的文件夹中</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_entry.py"/>
        <source>the command {command} holds a line break or another control character, which a desktop entry cannot hold; install lstmviz in a folder without one</source>
        <translation>命令 {command} 含有换行符或其他控制字符，桌面入口无法容纳它；请把 lstmviz 安装在名称不含这些字符的文件夹中</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>cannot create the folder {path}: {reason}</source>
        <translation>无法创建文件夹 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>it, or a folder on the way to it, is a symbolic link</source>
        <translation>它本身或通往它的某个文件夹是符号链接</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>{path}: not a readable manifest ({reason})</source>
        <translation>{path}：不是可读的清单（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>{path}: not a manifest of lstmviz&apos;s desktop files, or it names files that are not lstmviz&apos;s; nothing was changed</source>
        <translation>{path}：不是 lstmviz 桌面文件的清单，或者它列出了不属于 lstmviz 的文件；没有做任何更改</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>{path}: a folder on the way is a symbolic link; lstmviz writes its desktop files only into real folders</source>
        <translation>{path}：路径上的某个文件夹是符号链接；lstmviz 只把桌面文件写入真实的文件夹</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>cannot remove {path}: {reason}</source>
        <translation>无法删除 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>Nothing to uninstall: no desktop installation of lstmviz is recorded in {path}</source>
        <translation>没有可卸载的内容：{path} 中没有记录 lstmviz 的桌面安装</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>Removed lstmviz&apos;s desktop entry, icons and file type ({count} files) from {root}</source>
        <translation>已从 {root} 删除 lstmviz 的桌面入口、图标和文件类型（{count} 个文件）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>kept {path}: it is not the file lstmviz wrote (changed since, or reached through a symbolic link)</source>
        <translation>保留了 {path}：它不是 lstmviz 写入的那个文件（之后被修改过，或经由符号链接到达）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>Installed lstmviz for this user in {root}:</source>
        <translation>已为当前用户将 lstmviz 安装到 {root}：</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>menu entry {path}, which runs {command}</source>
        <translation>菜单项 {path}，运行 {command}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>{count} icons in icons/hicolor, the AppStream metainfo, and the file type {mime} for *.lstmviz</source>
        <translation>icons/hicolor 中的 {count} 个图标、AppStream 元信息，以及 *.lstmviz 的文件类型 {mime}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>caches updated with {tools}</source>
        <translation>已用 {tools} 更新缓存</translation>
    </message>
    <message>
        <location filename="../../lstmviz/desktop_install.py"/>
        <source>Undo it with: lstmviz install-desktop --uninstall</source>
        <translation>撤销安装：lstmviz install-desktop --uninstall</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/layout.py"/>
        <source>This model has no recurrent layer to unroll: add an LSTM, GRU or SimpleRNN layer to see it as one cell repeated over time.</source>
        <translation>这个模型没有可以展开的循环层：添加一个 LSTM、GRU 或 SimpleRNN 层，就能看到它作为同一个细胞在时间上重复。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/layout.py"/>
        <source>The input {fmt_shape} has no time axis: give it (time steps, features) to unroll the recurrent layer.</source>
        <translation>输入 {fmt_shape} 没有时间轴：把它设为（时间步, 特征）才能展开循环层。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/pieces.py"/>
        <source>T time steps</source>
        <translation>T 个时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/pieces.py"/>
        <source>{steps} time step</source>
        <translation>{steps} 个时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/pieces.py"/>
        <source>{steps} time steps</source>
        <translation>{steps} 个时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/pieces.py"/>
        <source>{n:,} shared parameter</source>
        <translation>{n:,} 个共享参数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/pieces.py"/>
        <source>{n:,} shared parameters</source>
        <translation>{n:,} 个共享参数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>steps</source>
        <translation>个时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>more</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>{count} more</source>
        <translation>还有 {count}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <location filename="../../lstmviz/model/cell_values/initial.py"/>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>its input is unknown</source>
        <translation>它的输入未知</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>layer {value} ({title}) cannot be drawn: {why}</source>
        <translation>第 {value} 层（{title}）无法绘制：{why}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>of token ids</source>
        <translation>（词元 ID）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>input: {steps}</source>
        <translation>输入：{steps}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>input x(t): {steps},</source>
        <translation>输入 x(t)：{steps}，</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>{f} feature{value} per step</source>
        <translation>每步 {f} 个特征</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>one cell, {steps_text}, {params_text}</source>
        <translation>一个细胞，{steps_text}，{params_text}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>one cell reading backwards, {steps_text}, {params_text}</source>
        <translation>一个反向读取的细胞，{steps_text}，{params_text}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>one time step: the cell runs once,
starting from {start}</source>
        <translation>只有一个时间步：细胞只运行一次，
从 {start} 开始</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>return_sequences=False: only h({last}), the last step, leaves the layer</source>
        <translation>return_sequences=False：只有最后一步的 h({last}) 离开该层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>forward {kind}: one cell, {steps}, {params_text}</source>
        <translation>正向 {kind}：一个细胞，{steps}，{params_text}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <source>backward {kind}: own weights, {steps}, {params_text}</source>
        <translation>反向 {kind}：自己的权重，{steps}，{params_text}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/diagram/rows.py"/>
        <location filename="../../lstmviz/model/kinds/lstm.py"/>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>arrays of {dtype} cannot be stored; storable types: {allowed}</source>
        <translation>无法保存 {dtype} 类型的数组；可保存的类型：{allowed}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s shape must be a list of at most {limit} whole numbers</source>
        <translation>数组的形状必须是最多 {limit} 个整数组成的列表</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s shape must hold whole numbers of at least 0, got {value}</source>
        <translation>数组的形状必须由不小于 0 的整数组成，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array of shape {shape} needs {size:,} bytes; at most {limit:,} may be read</source>
        <translation>形状为 {shape} 的数组需要 {size:,} 字节；最多只能读取 {limit:,} 字节</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s data must be base64 text</source>
        <translation>数组的数据必须是 base64 文本</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s data is longer than its shape allows</source>
        <translation>数组的数据比它的形状所允许的更长</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s data is not valid base64 ({reason})</source>
        <translation>数组的数据不是有效的 base64（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s data is not valid zlib data ({reason})</source>
        <translation>数组的数据不是有效的 zlib 数据（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s data does not hold exactly the {size:,} bytes its shape needs</source>
        <translation>数组的数据没有恰好包含其形状所需的 {size:,} 字节</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array must be stored as an object with dtype, shape, encoding and data</source>
        <translation>数组必须保存为含有 dtype、shape、encoding 和 data 的对象</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array needs exactly the keys dtype, shape, encoding and data; missing: {missing}; unknown: {extra}</source>
        <translation>数组必须恰好有 dtype、shape、encoding 和 data 这几个键；缺少：{missing}；未知：{extra}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s dtype must be one of {allowed}, got {value}</source>
        <translation>数组的 dtype 必须是 {allowed} 之一，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array&apos;s encoding must be {encoding}, got {value}</source>
        <translation>数组的 encoding 必须是 {encoding}，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>an array of bool holds bytes other than 0 and 1</source>
        <translation>bool 数组中含有 0 和 1 以外的字节</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>arrays must be stored as a list</source>
        <translation>数组必须保存为列表</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/arrays.py"/>
        <source>array {index}: {reason}</source>
        <translation>数组 {index}：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/atomic_file.py"/>
        <source>is a symbolic link that another user owns in a shared folder; lstmviz does not follow it (choose another name, or remove the link)</source>
        <translation>是共享文件夹中属于其他用户的符号链接；lstmviz 不会跟随它（请换一个名称，或删除该链接）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/atomic_file.py"/>
        <source>is read-only; lstmviz does not replace a file you cannot write (change its permissions, or choose another name)</source>
        <translation>是只读的；lstmviz 不会替换你无权写入的文件（请修改其权限，或换一个名称）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/atomic_file.py"/>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>too many levels of symbolic links (a link that points back to itself?)</source>
        <translation>符号链接层数过多（链接指向了自己？）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/atomic_file.py"/>
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/atomic_file.py"/>
        <source>is a folder; give a file name</source>
        <translation>是文件夹；请给出文件名</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/atomic_file.py"/>
        <source>is not a regular file (a pipe or a device); lstmviz writes regular files only</source>
        <translation>不是普通文件（是管道或设备）；lstmviz 只写入普通文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>line {line}, column {column}</source>
        <translation>第 {line} 行，第 {column} 列</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>holds {n} backslash escapes; lstmviz reads at most {limit}</source>
        <translation>含有 {n} 个反斜杠转义；lstmviz 最多读取 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>holds about {n} strings; lstmviz reads at most {limit} values</source>
        <translation>含有约 {n} 个字符串；lstmviz 最多读取 {limit} 个值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>holds about {n} values; lstmviz reads at most {limit}</source>
        <translation>含有约 {n} 个值；lstmviz 最多读取 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>nested {depth} levels deep; lstmviz reads at most {limit}</source>
        <translation>嵌套了 {depth} 层；lstmviz 最多读取 {limit} 层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>not UTF-8 text (near byte {offset})</source>
        <translation>不是 UTF-8 文本（在第 {offset} 字节附近）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>line {line}, column {column}: not valid JSON ({reason})</source>
        <translation>第 {line} 行，第 {column} 列：不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>{where}: an integer of {n} digits ({number}); lstmviz reads at most {limit}</source>
        <translation>{where}：一个 {n} 位的整数（{number}）；lstmviz 最多读取 {limit} 位</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>{where}: a number written with {n} characters; lstmviz reads at most {limit}</source>
        <translation>{where}：一个用 {n} 个字符写成的数；lstmviz 最多读取 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/bounded_json.py"/>
        <source>nested too deeply to read</source>
        <translation>嵌套太深，无法读取</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>{name}: holds more than {limit} cells (rows x columns, at row {line}); lstmviz reads at most {limit}</source>
        <translation>{name}：超过 {limit} 个单元格（行 x 列，在第 {line} 行）；lstmviz 最多读取 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>{name}: has a header but no data rows</source>
        <translation>{name}：有表头但没有数据行</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>{name}: the file is empty</source>
        <translation>{name}：文件是空的</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>is empty</source>
        <translation>是空的</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>{text} is beyond the range of float32 (at most ±{limit}), the precision Keras trains in</source>
        <translation>{text} 超出了 float32 的范围（最大 ±{limit}），Keras 以这个精度训练</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_cells.py"/>
        <source>{text} is not a number</source>
        <translation>{text} 不是数字</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>dataset layout must be one of {join}; got {quoted}</source>
        <translation>数据集布局必须是 {join} 之一；实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <location filename="../../lstmviz/io/series_table.py"/>
        <source>{name}: no column holds numbers</source>
        <translation>{name}：没有一列是数字</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>{name}: {layout} windows of {t} time step{value} need at least {value2} data rows (a window plus the row after it); the file has {rows}</source>
        <translation>{name}：{layout} 窗口（{t} 个时间步）至少需要 {value2} 行数据（一个窗口加上它后面的一行）；文件只有 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>{rows} rows of {name} (features {described}; data from row {first_row}), {layout} with {t} time step{value}.</source>
        <translation>{name} 的 {rows} 行（特征 {described}；数据从第 {first_row} 行开始），{layout}，{t} 个时间步。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>{name}: not a text CSV file (not UTF-8)</source>
        <translation>{name}：不是文本 CSV 文件（不是 UTF-8）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>{name}: {what} is empty; name at least one column</source>
        <translation>{name}：{what} 是空的；请至少指定一列</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>{name}: {what}: column index {item} is outside 0..{value}</source>
        <translation>{name}：{what}：列索引 {item} 超出 0..{value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>indexes 0..{value} (no header row)</source>
        <translation>索引 0..{value}（没有表头行）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/csv_table.py"/>
        <source>{name}: {what}: no column {quoted}; the columns are {known}</source>
        <translation>{name}：{what}：没有 {quoted} 这一列；现有的列是 {known}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/dataset_loader.py"/>
        <source>a CSV dataset needs a path</source>
        <translation>CSV 数据集需要一个路径</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/evaluation_io.py"/>
        <location filename="../../lstmviz/io/json_fields.py"/>
        <source>{at}: expected an object, found {kind}</source>
        <translation>{at}：应为对象，实际为 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/evaluation_io.py"/>
        <location filename="../../lstmviz/io/json_fields.py"/>
        <source>{at}: unknown key {key} (keys: {keys})</source>
        <translation>{at}：未知的键 {key}（键：{keys}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/evaluation_io.py"/>
        <source>{at}.task: expected regression or classification, found {value}</source>
        <translation>{at}.task：应为 regression 或 classification，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/evaluation_io.py"/>
        <source>{at}.classes: expected a list of 2 to {limit} class names</source>
        <translation>{at}.classes：应为包含 2 到 {limit} 个类别名的列表</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/evaluation_io.py"/>
        <source>{at}.confusion_matrix: expected {n} rows of {n} counts, one per class</source>
        <translation>{at}.confusion_matrix：应为 {n} 行、每行 {n} 个计数，每个类别一行</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/evaluation_io.py"/>
        <source>{at}.step_saliency: expected a list of finite numbers of at least 0, one per time step</source>
        <translation>{at}.step_saliency：应为不小于 0 的有限数列表，每个时间步一个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/evaluation_io.py"/>
        <source>{at}: expected an object of at most {limit} named entries</source>
        <translation>{at}：应为最多含 {limit} 个命名条目的对象</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/evaluation_io.py"/>
        <source>{at}.{key}: expected a finite number, found {value}</source>
        <translation>{at}.{key}：应为有限数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/evaluation_io.py"/>
        <source>{at}.{key}: expected a count of windows, found {value}</source>
        <translation>{at}.{key}：应为窗口数量，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/failures.py"/>
        <source>not enough memory for it</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/failures.py"/>
        <source>cannot write the output: {reason}</source>
        <translation>无法写入输出：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/failures.py"/>
        <source>internal error ({what}); this is a bug in lstmviz: please report it (run with {variable}=1 to see the traceback)</source>
        <translation>内部错误（{what}）；这是 lstmviz 的缺陷：请报告它（设置 {variable}=1 运行可以看到回溯信息）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/json_fields.py"/>
        <source>{at}: {key} is missing</source>
        <translation>{at}：缺少 {key}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/json_fields.py"/>
        <source>{at}: expected a whole number from {low:,} to {high:,}, found {value}</source>
        <translation>{at}：应为 {low:,} 到 {high:,} 之间的整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/json_fields.py"/>
        <source>{at}: expected a finite number, found {value}</source>
        <translation>{at}：应为有限的数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/json_fields.py"/>
        <source>{at}: expected text of at most {limit:,} characters</source>
        <translation>{at}：应为最多 {limit:,} 个字符的文本</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>not a .keras file (a .keras file is a zip archive; this is not one)</source>
        <translation>不是 .keras 文件（.keras 文件是 zip 压缩包，而这个不是）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: cannot be read ({reason})</source>
        <translation>{where}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: no config.json inside: not a Keras 3 .keras file</source>
        <translation>{where}：里面没有 config.json：不是 Keras 3 的 .keras 文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: config.json: {reason}</source>
        <translation>{where}：config.json：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: config.json is not a Keras model config this version understands ({reason})</source>
        <translation>{where}：config.json 不是这个版本能理解的 Keras 模型配置（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: config.json does not describe a Keras model</source>
        <translation>{where}：config.json 描述的不是 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: the model is a {cls}; lstmviz reads Sequential models and single-chain Functional models</source>
        <translation>{where}：模型是 {cls}；lstmviz 只读取 Sequential 模型和单链的 Functional 模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: layer {index} is not a layer config</source>
        <translation>{where}：第 {index} 层不是层配置</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: the model has no input shape (it was saved before being built)</source>
        <translation>{where}：模型没有输入形状（它在构建之前就被保存了）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: input layer {get!r} has no usable shape ({shape!r})</source>
        <translation>{where}：输入层 {get!r} 没有可用的形状（{shape!r}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: layer {name!r} is called on several inputs or several times; lstmviz reads models that form a single chain</source>
        <translation>{where}：层 {name!r} 在多个输入上或被多次调用；lstmviz 只读取构成单链的模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: the output of layer {value!r} feeds several layers; lstmviz reads models that form a single chain</source>
        <translation>{where}：层 {value!r} 的输出连到了多个层；lstmviz 只读取构成单链的模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: the model has {roots} inputs; lstmviz reads single-input models</source>
        <translation>{where}：模型有 {roots} 个输入；lstmviz 只读取单输入模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: not every layer lies on the chain from input to output</source>
        <translation>{where}：并非每一层都在从输入到输出的链上</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>{where}: layer {name!r} is a custom object ({value} from {module}); lstmviz reads built-in Keras layers only</source>
        <translation>{where}：层 {name!r} 是自定义对象（来自 {module} 的 {value}）；lstmviz 只读取 Keras 内置层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_config.py"/>
        <source>layer {name!r} is a {cls}, which lstmviz does not support (supported: {join})</source>
        <translation>层 {name!r} 是 {cls}，lstmviz 不支持它（支持：{join}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_import.py"/>
        <source>no {name} inside, so it holds no weights</source>
        <translation>里面没有 {name}，所以不含权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_import.py"/>
        <source>the weights were not read: {reason}</source>
        <translation>权重没有读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_import.py"/>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>weights from {file}</source>
        <translation>来自 {file} 的权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_script.py"/>
        <source>the data holds {n} values; a script holds at most {limit} inline (export a .keras model instead, or use less data)</source>
        <translation>数据有 {n} 个值；脚本最多内嵌 {limit} 个（请改为导出 .keras 模型，或使用更少的数据）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>the model in {config} cannot be built: {reason}</source>
        <translation>{config} 中的模型无法构建：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>no {weights} inside: the archive holds no weights</source>
        <translation>里面没有 {weights}：压缩包中没有权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>the model has {count:,} weights; lstmviz reads at most {limit:,}</source>
        <translation>模型有 {count:,} 个权重；lstmviz 最多读取 {limit:,} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {name} is a link; lstmviz reads weights stored in the file itself</source>
        <translation>{weights}：{name} 是一个链接；lstmviz 只读取保存在文件本身中的权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights} nests groups more than {limit} deep ({name})</source>
        <translation>{weights} 的组嵌套超过 {limit} 层（{name}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights} holds more than {limit:,} objects</source>
        <translation>{weights} 含有超过 {limit:,} 个对象</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights} is not an HDF5 file ({reason})</source>
        <translation>{weights} 不是 HDF5 文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights} cannot be read ({reason})</source>
        <translation>{weights} 无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights} has no {location} (the {weight} of layer {layer})</source>
        <translation>{weights} 中没有 {location}（第 {layer} 层的 {weight}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights} holds {location}, which the model in {config} does not have</source>
        <translation>{weights} 含有 {location}，而 {config} 中的模型没有它</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{location} (the {weight} of layer {layer})</source>
        <translation>{location}（第 {layer} 层的 {weight}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {where} has shape {shape}, expected {expected}</source>
        <translation>{weights}：{where} 的形状是 {shape}，应为 {expected}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {where} holds {dtype} values, expected floating-point numbers</source>
        <translation>{weights}：{where} 含有 {dtype} 值，应为浮点数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {where} keeps its values in another file</source>
        <translation>{weights}：{where} 把它的值存放在另一个文件中</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {where} is stored in chunks larger than the array itself</source>
        <translation>{weights}：{where} 以比数组本身更大的分块存储</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {where} is compressed with a filter lstmviz does not read (it reads uncompressed, gzip and shuffle)</source>
        <translation>{weights}：{where} 使用了 lstmviz 不读取的过滤器压缩（它读取未压缩、gzip 和 shuffle）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {where} applies filters after gzip, which lstmviz does not read</source>
        <translation>{weights}：{where} 在 gzip 之后还应用了过滤器，lstmviz 不读取这种数据</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {where} is stored in {count:,} chunks; lstmviz reads at most {limit:,}</source>
        <translation>{weights}：{where} 存储为 {count:,} 个分块；lstmviz 最多读取 {limit:,} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {where} stores a chunk of {stored:,} bytes for {size:,} bytes of values</source>
        <translation>{weights}：{where} 用 {stored:,} 字节的分块存储 {size:,} 字节的值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/keras_weights.py"/>
        <source>{weights}: {where} holds a compressed chunk that inflates to more than its {size:,} bytes</source>
        <translation>{weights}：{where} 含有一个解压后超过其 {size:,} 字节的压缩分块</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/limits.py"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/limits.py"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/limits.py"/>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{where}: a project file holds a JSON object, found {name__}</source>
        <translation>{where}：项目文件应含有一个 JSON 对象，实际为 {name__}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{where}: format is {quoted}, expected {FORMAT!r}: not an lstmviz project</source>
        <translation>{where}：格式是 {quoted}，应为 {FORMAT!r}：不是 lstmviz 项目</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{where}: version {version} was written by a newer lstmviz; this one reads version {VERSION}</source>
        <translation>{where}：版本 {version} 由更新的 lstmviz 写入；这个版本只能读取版本 {VERSION}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{where}: version is {quoted}, expected one of {join}</source>
        <translation>{where}：版本是 {quoted}，应为 {join} 之一</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{where}: &apos;architecture&apos; is missing</source>
        <translation>{where}：缺少 &apos;architecture&apos;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}: expected an object, found {name__}</source>
        <translation>{at}：应为对象，实际为 {name__}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.layers: expected a list, found {name__}</source>
        <translation>{at}.layers：应为列表，实际为 {name__}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}: expected an object like {{&quot;shape&quot;: [5, 1]}}, found {quoted}</source>
        <translation>{at}：应为形如 {{&quot;shape&quot;: [5, 1]}} 的对象，实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.shape: expected a list such as [5, 1] (time steps, features), found {quoted}</source>
        <translation>{at}.shape：应为形如 [5, 1]（时间步, 特征）的列表，实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.shape[{i}]: {name} must be a whole number, found {quoted}</source>
        <translation>{at}.shape[{i}]：{name} 必须是整数，实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.shape[{i}]: {name} must be at least 1, found {dim}</source>
        <translation>{at}.shape[{i}]：{name} 必须至少为 1，实际为 {dim}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.batch_size: must be a whole number of at least 1 or absent, found {quoted}</source>
        <translation>{at}.batch_size：必须是不小于 1 的整数或省略，实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>the number of time steps</source>
        <translation>时间步数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>the number of features</source>
        <translation>特征数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>the input length</source>
        <translation>输入长度</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}: expected an object like {{&quot;kind&quot;: &quot;LSTM&quot;, &quot;options&quot;: {{...}}}}</source>
        <translation>{at}：应为形如 {{&quot;kind&quot;: &quot;LSTM&quot;, &quot;options&quot;: {{...}}}} 的对象</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.kind: unknown layer kind {quoted}; known kinds: {join}</source>
        <translation>{at}.kind：未知的层类型 {quoted}；已知类型：{join}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.options: expected an object, found {name__}</source>
        <translation>{at}.options：应为对象，实际为 {name__}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.options.{elide}: {kind} has no option {quoted} (options: {join})</source>
        <translation>{at}.options.{elide}：{kind} 没有选项 {quoted}（选项：{join}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>{at}.name: expected text, found {quoted}</source>
        <translation>{at}.name：应为文本，实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/project_io.py"/>
        <source>the project would be {size}; lstmviz opens projects of at most {limit}: export the trained model as .keras instead</source>
        <translation>项目将有 {size}；lstmviz 最多打开 {limit} 的项目：请改为把训练好的模型导出为 .keras</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>an empty file name</source>
        <translation>文件名为空</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the path holds a NUL character, which no file name can</source>
        <translation>路径中含有 NUL 字符，任何文件名都不能含有它</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the path is {n} characters long; lstmviz opens paths of at most {limit}</source>
        <translation>路径长 {n} 个字符；lstmviz 最多打开 {limit} 个字符的路径</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file name is too long for the system</source>
        <translation>文件名对系统来说太长</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>a part of the path is not a folder</source>
        <translation>路径中的某一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>not a file that can be read (a socket or a device without a driver)</source>
        <translation>不是可以读取的文件（套接字或没有驱动的设备）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>not a file that can be read (a device)</source>
        <translation>不是可以读取的文件（设备）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file system is read-only</source>
        <translation>文件系统是只读的</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>no space left on the device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the disk quota is exhausted</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file is too large for the file system</source>
        <translation>文件对文件系统来说太大</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>too many files are open</source>
        <translation>打开的文件太多</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>an input/output error (a damaged disk?)</source>
        <translation>输入/输出错误（磁盘损坏？）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file is busy</source>
        <translation>文件正忙</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file is on another file system</source>
        <translation>文件在另一个文件系统上</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>is a folder, not a regular file</source>
        <translation>是文件夹，不是普通文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>is a named pipe (FIFO), not a regular file; lstmviz reads regular files only</source>
        <translation>是命名管道（FIFO），不是普通文件；lstmviz 只读取普通文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>is a device, not a regular file; lstmviz reads regular files only</source>
        <translation>是设备，不是普通文件；lstmviz 只读取普通文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>is a socket, not a regular file; lstmviz reads regular files only</source>
        <translation>是套接字，不是普通文件；lstmviz 只读取普通文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>is not a regular file; lstmviz reads regular files only</source>
        <translation>不是普通文件；lstmviz 只读取普通文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file is {size}; lstmviz reads files of this kind up to {limit}</source>
        <translation>文件大小为 {size}；这类文件 lstmviz 最多读取 {limit}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_open.py"/>
        <source>the file is larger than {limit}, the most lstmviz reads of this kind</source>
        <translation>文件大于 {limit}，这是 lstmviz 对这类文件读取的上限</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_source.py"/>
        <source>{path}: not enough memory to read it</source>
        <translation>{path}：内存不足，无法读取</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_source.py"/>
        <source>{path}: not a file this version of lstmviz understands ({reason})</source>
        <translation>{path}：不是这个版本的 lstmviz 能理解的文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_source.py"/>
        <source>{path}: no such file, and no example of that name (examples: {names})</source>
        <translation>{path}：没有这个文件，也没有这个名字的示例（示例：{names}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_source.py"/>
        <source>{path}: a symbolic link to a file that does not exist</source>
        <translation>{path}：指向不存在文件的符号链接</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_source.py"/>
        <source>{path}: is a folder, not a project or .keras file</source>
        <translation>{path}：是文件夹，不是项目或 .keras 文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_source.py"/>
        <source>{path}: not a project file (not UTF-8 text)</source>
        <translation>{path}：不是项目文件（不是 UTF-8 文本）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>not a zip archive</source>
        <translation>不是 zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>a damaged zip archive ({reason})</source>
        <translation>损坏的 zip 压缩包（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>the archive holds {count:,} files; lstmviz reads at most {limit:,}</source>
        <translation>压缩包中有 {count:,} 个文件；lstmviz 最多读取 {limit:,} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>the archive&apos;s list of files takes {size}; lstmviz reads at most {limit}</source>
        <translation>压缩包的文件列表占 {size}；lstmviz 最多读取 {limit}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>the archive holds {name} twice</source>
        <translation>压缩包中 {name} 出现了两次</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>{member} inflates to {size}; lstmviz reads at most {limit}</source>
        <translation>{member} 解压后为 {size}；lstmviz 最多读取 {limit}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>{member} takes {size} in the archive; lstmviz reads at most {limit}</source>
        <translation>{member} 在压缩包中占 {size}；lstmviz 最多读取 {limit}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>{member} is encrypted</source>
        <translation>{member} 已加密</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>{member} inflates beyond {limit}</source>
        <translation>{member} 解压后超过 {limit}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>{member} is damaged ({reason})</source>
        <translation>{member} 已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/safe_zip.py"/>
        <source>{member} cannot be unpacked ({reason})</source>
        <translation>{member} 无法解压（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/series_table.py"/>
        <source>a series is either bundled or read from a file, not both (bundled {name!r}, path {path!r})</source>
        <translation>序列要么是内置的，要么从文件读取，不能两者都是（内置 {name!r}，路径 {path!r}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/series_table.py"/>
        <source>{name}: choose the target column (target_columns): one of {columns}</source>
        <translation>{name}：请选择目标列（target_columns）：{columns} 之一</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/series_table.py"/>
        <source>a series needs a bundled data set or the path of a CSV file</source>
        <translation>序列需要一个内置数据集或一个 CSV 文件的路径</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/series_table.py"/>
        <source>{name}: target_columns: a label column ({column}) must be the only target</source>
        <translation>{name}：target_columns：标签列（{column}）必须是唯一的目标</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/series_table.py"/>
        <source>{name}: row {line}, {column}: the label is empty</source>
        <translation>{name}：第 {line} 行，{column}：标签是空的</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/series_table.py"/>
        <source>{name}: {column} holds more than {limit} different labels; a label column names a few classes</source>
        <translation>{name}：{column} 含有超过 {limit} 种不同的标签；标签列只应列出少数几个类别</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/source_checks.py"/>
        <source>{where}: the model has {n} layers; lstmviz reads at most {limit}</source>
        <translation>{where}：模型有 {n} 层；lstmviz 最多读取 {limit} 层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/source_checks.py"/>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/source_checks.py"/>
        <source>the model&apos;s name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/source_checks.py"/>
        <source>the name of layer {n}</source>
        <translation>第 {n} 层的名称</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/source_checks.py"/>
        <source>dataset.{key} lists {n} columns; lstmviz reads at most {limit}</source>
        <translation>dataset.{key} 列出了 {n} 列；lstmviz 最多读取 {limit} 列</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/source_checks.py"/>
        <source>{where}: dataset.path is {n} characters long; lstmviz reads at most {limit}</source>
        <translation>{where}：dataset.path 长 {n} 个字符；lstmviz 最多读取 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{at}.variable: expected one of {names} or null, found {value}</source>
        <translation>{at}.variable：应为 {names} 之一或 null，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{at}.values: expected a list of at most {limit} numbers</source>
        <translation>{at}.values：应为最多 {limit} 个数字组成的列表</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{at}.cells: expected a list of {cells}</source>
        <translation>{at}.cells：应为由 {cells} 组成的列表</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{at}.match: expected one of {matches}, found {value}</source>
        <translation>{at}.match：应为 {matches} 之一，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{at}.entries: expected a list</source>
        <translation>{at}.entries：应为列表</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{at}.entries: the file&apos;s sweeps hold more than {limit:,} runs</source>
        <translation>{at}.entries：文件中的扫描共包含超过 {limit:,} 次运行</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{at}.cell: expected one of {cells}, found {value}</source>
        <translation>{at}.cell：应为 {cells} 之一，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{at}.status: expected one of {statuses}, found {value}</source>
        <translation>{at}.status：应为 {statuses} 之一，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.run: run #{number} is not in the file&apos;s runs</source>
        <translation>{at}.run：运行 #{number} 不在文件的运行记录中</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{at}.epochs: expected increasing whole epoch numbers</source>
        <translation>{at}.epochs：应为递增的整数轮次</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{at}.values: expected one row of floating-point numbers per epoch</source>
        <translation>{at}.values：应为每轮一行浮点数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{at}.values: holds values that are not finite numbers</source>
        <translation>{at}.values：含有不是有限数的值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{where}: sweeps: expected a list, found {kind}</source>
        <translation>{where}：sweeps：应为列表，实际为 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{where}: sweeps: holds {count:,} sweeps; at most {limit:,} may be read</source>
        <translation>{where}：sweeps：包含 {count:,} 个扫描；最多只能读取 {limit:,} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/sweep_io.py"/>
        <source>{at}: expected a whole number, found {value}</source>
        <translation>{at}：应为整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/text_source.py"/>
        <source>{file}: larger than {limit} when inflated</source>
        <translation>{file}：解压后超过 {limit}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/text_source.py"/>
        <source>{name}: not UTF-8 text (line {line}, byte {column} of the line: {byte})</source>
        <translation>{name}：不是 UTF-8 文本（第 {line} 行，该行第 {column} 个字节：{byte}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/text_source.py"/>
        <source>{name}: line {line} holds a NUL character; not a text file</source>
        <translation>{name}：第 {line} 行含有 NUL 字符；不是文本文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/text_source.py"/>
        <source>{name}: the file holds no text</source>
        <translation>{name}：文件中没有文本</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/text_source.py"/>
        <source>a text dataset needs a bundled text (corpus) or the path of a .txt file</source>
        <translation>文本数据集需要一个内置文本（corpus）或一个 .txt 文件的路径</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: the runs&apos; loss curves hold more than {limit} values together; lstmviz reads at most that many</source>
        <translation>{at}：各次运行的损失曲线合计超过 {limit} 个值；lstmviz 最多读取这么多</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: the runs hold more than {limit} replay snapshots together; lstmviz reads at most that many</source>
        <translation>{at}：各次运行合计含有超过 {limit} 个回放快照；lstmviz 最多读取这么多</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: holds {count} epochs, but the run went to epoch {length}</source>
        <translation>{at}：含有 {count} 轮，但这次运行训练到了第 {length} 轮</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: expected a list of floating-point losses (1-D), found {dtype} of shape {shape}</source>
        <translation>{at}：应为浮点损失值的列表（一维），实际为形状 {shape} 的 {dtype}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.settings: expected an object</source>
        <translation>{at}.settings：应为对象</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.reason: expected one of {reasons}, found {value}</source>
        <translation>{at}.reason：应为 {reasons} 之一，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.seconds: must be at least 0, found {value}</source>
        <translation>{at}.seconds：必须不小于 0，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: the run ends at epoch {last}; lstmviz counts at most {limit} epochs</source>
        <translation>{at}：这次运行结束于第 {last} 轮；lstmviz 最多计数 {limit} 轮</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}: expected a list of at most {limit} samples</source>
        <translation>{at}：应为最多 {limit} 个样本的列表</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.temperature: must be between 0 and {limit}, found {value}</source>
        <translation>{at}.temperature：必须在 0 到 {limit} 之间，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.shapes: expected a list of array shapes (lists of whole numbers)</source>
        <translation>{at}.shapes：应为数组形状的列表（整数列表）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.epochs: expected a list of whole epoch numbers</source>
        <translation>{at}.epochs：应为整数轮次的列表</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.epochs: holds {rows} snapshots, but the run has {epochs} epochs</source>
        <translation>{at}.epochs：含有 {rows} 个快照，但这次运行只有 {epochs} 轮</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.epochs: must increase from epoch {first} to {last} at most</source>
        <translation>{at}.epochs：必须递增，从第 {first} 轮到最多第 {last} 轮</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.values: expected {rows} rows of {size} floating-point numbers, found shape {shape}</source>
        <translation>{at}.values：应为 {rows} 行、每行 {size} 个浮点数，实际形状为 {shape}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.values: expected {rows} rows of {size} floating-point numbers, found {dtype} of shape {shape}</source>
        <translation>{at}.values：应为 {rows} 行、每行 {size} 个浮点数，实际为形状 {shape} 的 {dtype}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{where}: runs: expected a list, found {kind}</source>
        <translation>{where}：runs：应为列表，实际为 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{where}: runs: holds {count:,} runs; at most {limit:,} may be read</source>
        <translation>{where}：runs：含有 {count:,} 次运行；最多可读取 {limit:,} 次</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{where}: runs[{index}].number: run #{number} is listed twice</source>
        <translation>{where}：runs[{index}].number：运行 #{number} 出现了两次</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.weights: expected a list of arrays, found {kind}</source>
        <translation>{at}.weights：应为数组的列表，实际为 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.weights[{index}]: holds {dtype} values, expected floating-point numbers</source>
        <translation>{at}.weights[{index}]：含有 {dtype} 值，应为浮点数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>{at}.weights: {reason}</source>
        <translation>{at}.weights：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>weights from the project</source>
        <translation>来自项目的权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>Trained weights: none (the model has not been trained)</source>
        <translation>训练好的权重：无（模型还没有训练）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>Trained weights: {epochs} epochs, final loss {loss}</source>
        <translation>训练好的权重：{epochs} 轮，最终损失 {loss}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source> (run #{number})</source>
        <translation>（运行 #{number}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>Trained weights: yes (epochs not recorded)</source>
        <translation>训练好的权重：有（未记录轮数）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/io/trained_io.py"/>
        <source>Runs: {count}</source>
        <translation>运行次数：{count}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/architecture.py"/>
        <location filename="../../lstmviz/model/kinds/registry.py"/>
        <source>unknown layer kind {kind!r}; known kinds: {join}</source>
        <translation>未知的层类型 {kind!r}；已知类型：{join}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/architecture.py"/>
        <source>{kind} has no option {key!r}</source>
        <translation>{kind} 没有选项 {key!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/architecture.py"/>
        <source>layer index {index} is out of range 0..{value}</source>
        <translation>层索引 {index} 超出范围 0..{value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/baselines.py"/>
        <source>last value</source>
        <translation>上一个值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/baselines.py"/>
        <source>seasonal naive</source>
        <translation>季节性朴素预测</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/baselines.py"/>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>majority class</source>
        <translation>多数类</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/bundled.py"/>
        <source>Airline passengers</source>
        <translation>航空乘客</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/bundled.py"/>
        <source>monthly, 1949-1960</source>
        <translation>按月，1949-1960</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/bundled.py"/>
        <source>Sunspots</source>
        <translation>太阳黑子</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/bundled.py"/>
        <source>yearly, 1700-2008</source>
        <translation>按年，1700-2008</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/bundled.py"/>
        <source>Seattle weather</source>
        <translation>西雅图天气</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/bundled.py"/>
        <source>daily, 2012-2015</source>
        <translation>按日，2012-2015</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/bundled.py"/>
        <source>no bundled data set named {name!r}; the data sets are {names}</source>
        <translation>没有名为 {name!r} 的内置数据集；现有的数据集是 {names}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/bundled.py"/>
        <source>{title}; licence: {licence}</source>
        <translation>{title}；许可：{licence}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/bundled.py"/>
        <source>{title} ({period}, {rows} rows; licence: {licence}; source: {source})</source>
        <translation>{title}（{period}，{rows} 行；许可：{licence}；来源：{source}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/bundled.py"/>
        <source>Real data: airline passengers (forecast)</source>
        <translation>真实数据：航空乘客（预测）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/bundled.py"/>
        <source>Real data: sunspots (forecast)</source>
        <translation>真实数据：太阳黑子（预测）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/bundled.py"/>
        <source>Real data: Seattle maximum temperature (forecast)</source>
        <translation>真实数据：西雅图最高气温（预测）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/bundled.py"/>
        <source>Real data: Seattle weather label (classification)</source>
        <translation>真实数据：西雅图天气标签（分类）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>set return_sequences=True on the recurrent layer above, so that it outputs every time step</source>
        <translation>在上面的循环层上设置 return_sequences=True，使它输出每一个时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/catalogue.py"/>
        <source>set return_sequences=False on the recurrent layer above</source>
        <translation>在上面的循环层上设置 return_sequences=False</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_math.py"/>
        <source>a recurrent layer reads (batch, T, F) or (T, F); got an array of shape {shape}</source>
        <translation>循环层读取 (batch, T, F) 或 (T, F)；实际得到形状为 {shape} 的数组</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_math.py"/>
        <source>{kind!r} is not a recurrent layer; expected one of {join}</source>
        <translation>{kind!r} 不是循环层；应为 {join} 之一</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_math.py"/>
        <source>{kind} with use_bias={use_bias} has {expected} weight arrays, got {weights}</source>
        <translation>use_bias={use_bias} 的 {kind} 有 {expected} 个权重数组，实际为 {weights}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_math.py"/>
        <source>the {kind} kernel expects {value} features, the input has {value2}</source>
        <translation>{kind} 的核需要 {value} 个特征，输入有 {value2} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_math.py"/>
        <source>no initial weights for {kind!r}</source>
        <translation>{kind!r} 没有初始权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_values/initial.py"/>
        <source>layer {n} cannot be computed: {why}</source>
        <translation>第 {n} 层无法计算：{why}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_values/initial.py"/>
        <source>values are computed here for up to {limit} time steps; this layer reads {steps}</source>
        <translation>这里最多为 {limit} 个时间步计算值；这一层读取 {steps} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_values/initial.py"/>
        <source>the layers up to this one are too large to compute here ({work} multiply-adds per sample; at most {limit})</source>
        <translation>到这一层为止的各层太大，无法在这里计算（每个样本 {work} 次乘加；最多 {limit} 次）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_values/initial.py"/>
        <source>the dataset&apos;s samples {tuple} do not fit the input {expected}</source>
        <translation>数据集的样本 {tuple} 与输入 {expected} 不符</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_values/initial.py"/>
        <source>layer {value} ({kind}) is not recurrent</source>
        <translation>第 {value} 层（{kind}）不是循环层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_values/initial.py"/>
        <location filename="../../lstmviz/model/cell_values/moments.py"/>
        <source>initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_values/initial.py"/>
        <source>there is no layer {value}</source>
        <translation>没有第 {value} 层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_values/moments.py"/>
        <source>there is no sample {number}; the data has {count}</source>
        <translation>没有第 {number} 个样本；数据只有 {count} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_values/moments.py"/>
        <source>training shows layer {number}</source>
        <translation>训练显示第 {number} 层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_values/moments.py"/>
        <location filename="../../lstmviz/model/kept_weights.py"/>
        <source>trained weights</source>
        <translation>训练好的权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_values/replay.py"/>
        <source>replay of run #{number}, epoch {epoch}</source>
        <translation>回放运行 #{number}，第 {epoch} 轮</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_values/trained.py"/>
        <source>the dataset&apos;s samples {shape} do not fit the input {expected}</source>
        <translation>数据集的样本 {shape} 与输入 {expected} 不符</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/cell_values/trained.py"/>
        <source>layer {number} ({kind}) is not recurrent</source>
        <translation>第 {number} 层（{kind}）不是循环层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/char_windows.py"/>
        <source>a text&apos;s windows need at least 1 time step; got {t}</source>
        <translation>文本的窗口至少需要 1 个时间步；实际为 {t}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/char_windows.py"/>
        <source>{name}: {n} characters make no window of {t} characters plus the next one</source>
        <translation>{name}：{n} 个字符凑不出一个 {t} 个字符的窗口再加下一个字符</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/char_windows.py"/>
        <source>{name}: {size} different characters; a character model takes at most {limit}</source>
        <translation>{name}：有 {size} 个不同的字符；字符模型最多接受 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/char_windows.py"/>
        <source>{n} windows of {t} characters of {name} (each predicts the next character); vocabulary: {vocabulary}.</source>
        <translation>{name} 的 {n} 个窗口，每个 {t} 个字符（每个时间步预测下一个字符）；词表：{vocabulary}。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected an object, found {kind}</source>
        <translation>应为对象，实际为 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>unknown key {key!r} (keys: {keys})</source>
        <translation>未知的键 {key!r}（键：{keys}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>&apos;kind&apos; is missing; kinds: {kinds}</source>
        <translation>缺少 &apos;kind&apos;；类型：{kinds}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>{key}: {what}, found {value}</source>
        <translation>{key}：{what}，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected one of {kinds}</source>
        <translation>应为 {kinds} 之一</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected one of {layouts}</source>
        <translation>应为 {layouts} 之一</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected the path of a CSV file</source>
        <translation>应为 CSV 文件的路径</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected the name of a bundled text</source>
        <translation>应为内置文本的名称</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected the name of a bundled data set</source>
        <translation>应为内置数据集的名称</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected one of {tasks}</source>
        <translation>应为 {tasks} 之一</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>expected a list of column names or 0-based indexes</source>
        <translation>应为列名或从 0 开始的索引组成的列表</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/dataset_spec.py"/>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>validation split must be between 0 and 1, got {validation_fraction}</source>
        <translation>验证集比例必须在 0 到 1 之间，实际为 {validation_fraction}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>a validation split of {fraction:g} leaves no training samples out of {samples}; use more samples or a different split</source>
        <translation>验证集比例 {fraction:g} 使 {samples} 个样本中没有留下训练样本；请使用更多样本或其他比例</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>a validation split of {fraction:g} leaves no validation samples out of {samples}; use more samples or a different split</source>
        <translation>验证集比例 {fraction:g} 使 {samples} 个样本中没有留下验证样本；请使用更多样本或其他比例</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Tutorial sequence (one-to-one)</source>
        <translation>教程序列（一对一）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Tutorial sequence (many-to-one)</source>
        <translation>教程序列（多对一）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Tutorial sequence (many-to-many)</source>
        <translation>教程序列（多对多）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Sine wave (many-to-one)</source>
        <translation>正弦波（多对一）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Sine wave (many-to-many)</source>
        <translation>正弦波（多对多）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Noisy sine (many-to-one)</source>
        <translation>带噪声的正弦波（多对一）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Random tokens (text)</source>
        <translation>随机词元（文本）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Long memory: recall the first step (30 steps)</source>
        <translation>长期记忆：回忆第一步（30 步）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Text: Tiny Shakespeare (64 characters)</source>
        <translation>文本：莎士比亚剧作选（64 个字符）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>Text: 宋词三百首 Song Ci (32 characters)</source>
        <translation>文本：宋词三百首（32 个字符）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>dataset layout must be one of {layouts}; got {layout!r}</source>
        <translation>数据集布局必须是 {layouts} 之一；实际为 {layout!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>dataset {key} must be a whole number of at least {minimum}; got {value!r}</source>
        <translation>数据集的 {key} 必须是不小于 {minimum} 的整数；实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>dataset {key} must be at most {limit}; got {value}</source>
        <translation>数据集的 {key} 必须至多为 {limit}；实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>dataset {key} must be a number; got {value!r}</source>
        <translation>数据集的 {key} 必须是数字；实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the dataset would hold {total} values ({shape}); the limit is {limit}</source>
        <translation>数据集将有 {total} 个值（{shape}）；上限是 {limit}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>The tutorial&apos;s sequence 0.0 0.2 0.4 0.6 0.8; the targets equal the inputs.</source>
        <translation>教程中的序列 0.0 0.2 0.4 0.6 0.8；目标值等于输入。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>dataset period must be positive; got {period}</source>
        <translation>数据集的周期必须为正；实际为 {period}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>noisy sine</source>
        <translation>带噪声的正弦波</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>sine</source>
        <translation>正弦波</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>each value predicts the next</source>
        <translation>每个值预测下一个值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>{t} steps predict the next value</source>
        <translation>{t} 步预测下一个值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>{t} steps predict the same window one step later</source>
        <translation>{t} 步预测晚一步的同一窗口</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>A sine wave with a period of {period} steps plus noise {noise}: {what}.</source>
        <translation>周期为 {period} 步、噪声为 {noise} 的正弦波：{what}。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>A sine wave with a period of {period} steps: {what}.</source>
        <translation>周期为 {period} 步的正弦波：{what}。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>random tokens</source>
        <translation>随机词元</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>{samples} lines of {length} random token ids below {vocabulary}; the target is 1 when more than half of a line&apos;s tokens are in the lower half of the vocabulary.</source>
        <translation>{samples} 行、每行 {length} 个小于 {vocabulary} 的随机词元 ID；当一行中超过一半的词元位于词表的下半部分时，目标值为 1。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>long-memory data is many-to-one (a sequence in, its first value out); got the layout {layout!r}</source>
        <translation>长期记忆数据是多对一的（输入一个序列，输出它的第一个值）；实际布局为 {layout!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>long memory</source>
        <translation>长期记忆</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>{samples} sequences of {t} steps: step 1 holds a value between -1 and 1, the other steps noise up to {noise}; the target is the value of step 1.</source>
        <translation>{samples} 个 {t} 步的序列：第 1 步是 -1 到 1 之间的值，其余各步是幅度不超过 {noise} 的噪声；目标值是第 1 步的值。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>CSV {name}</source>
        <translation>CSV {name}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>text {name}</source>
        <translation>文本 {name}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>long memory ({t} steps)</source>
        <translation>长期记忆（{t} 步）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>tutorial</source>
        <translation>教程</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>one-to-one</source>
        <translation>一对一</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>many-to-one</source>
        <translation>多对一</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>many-to-many</source>
        <translation>多对多</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>no dataset chosen; pick one (for example a sine wave) or load a CSV file</source>
        <translation>还没有选择数据集；请选择一个（例如正弦波）或加载 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the dataset settings cannot be used ({error})</source>
        <translation>数据集设置无法使用（{error}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>{kind!r} data is not generated: it is read from a file</source>
        <translation>{kind!r} 数据不是生成的：它从文件中读取</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>unknown dataset kind {kind!r}</source>
        <translation>未知的数据集类型 {kind!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <location filename="../../lstmviz/training/builder.py"/>
        <source>the model cannot be built: {error_text}</source>
        <translation>模型无法构建：{error_text}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>token ids (an Embedding input)</source>
        <translation>词元 ID（Embedding 输入）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>real-valued sequences</source>
        <translation>实数序列</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>token ids</source>
        <translation>词元 ID</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>real numbers</source>
        <translation>实数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the model reads {want} but the dataset holds {have}: choose a matching dataset or change the input</source>
        <translation>模型读取的是{want}，但数据集中是{have}：请选择匹配的数据集或修改输入</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the model&apos;s input is {fmt_shape} but the samples are {fmt_shape2}: set the input to {fmt_shape3} or choose a dataset with that shape</source>
        <translation>模型的输入是 {fmt_shape}，但样本是 {fmt_shape2}：把输入设为 {fmt_shape3}，或选择具有该形状的数据集</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the model outputs {fmt_shape} but the targets are {fmt_shape2}: {output_hint}</source>
        <translation>模型输出 {fmt_shape}，但目标值是 {fmt_shape2}：{output_hint}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the model outputs {shape} but the data has {classes} classes: end with Dense({classes}, activation=&apos;softmax&apos;), one probability per class</source>
        <translation>模型输出 {shape}，但数据有 {classes} 个类别：请以 Dense({classes}, activation=&apos;softmax&apos;) 结尾，每个类别一个概率</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the loss {loss} does not fit a {task}; choose: {losses}</source>
        <translation>损失 {loss} 不适合{task}任务；请选择：{losses}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>the model outputs a value per time step but each target is one vector; set return_sequences=False on the last recurrent layer, or choose a many-to-many dataset</source>
        <translation>模型在每个时间步输出一个值，但每个目标值是一个向量；在最后一个循环层上设置 return_sequences=False，或选择多对多数据集</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>each target is a sequence but the model outputs one vector; set return_sequences=True on the last recurrent layer and put TimeDistributed(Dense) after it, or choose a many-to-one dataset</source>
        <translation>每个目标值是一个序列，但模型只输出一个向量；在最后一个循环层上设置 return_sequences=True 并在其后添加 TimeDistributed(Dense)，或选择多对一数据集</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>set the last layer&apos;s units to {value}</source>
        <translation>把最后一层的 units 设为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/datasets.py"/>
        <source>make the output&apos;s time steps match the targets&apos;, or choose a different dataset</source>
        <translation>让输出的时间步与目标值一致，或选择其他数据集</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <location filename="../../lstmviz/training/text_report.py"/>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>test, outputs fed back</source>
        <translation>测试，输出回馈</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <source> ({count} windows)</source>
        <translation>（{count} 个窗口）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <source>baseline {name} on the test part: {scores}</source>
        <translation>测试部分上的基线 {name}：{scores}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <source>steps the test predictions lean on most (|dy/dx_t|, t = 1 the oldest of {count}): {steps}</source>
        <translation>测试预测最依赖的时间步（|dy/dx_t|，共 {count} 步，t = 1 最早）：{steps}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <source>confusion matrix of the test part (rows: true class, columns: predicted):</source>
        <translation>测试部分的混淆矩阵（行：真实类别，列：预测类别）：</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <source>Data: {caption}</source>
        <translation>数据：{caption}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <source>Data: {title}</source>
        <translation>数据：{title}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <source>Windows: ({samples}, {steps}, {features}) = (samples, time steps, features)</source>
        <translation>窗口：({samples}, {steps}, {features}) = (样本, 时间步, 特征)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <source>Split in time: {train} training, {validation} validation, {test} test windows</source>
        <translation>按时间划分：{train} 个训练、{validation} 个验证、{test} 个测试窗口</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <source>Scaling from the training part only: {scaling}</source>
        <translation>只用训练部分拟合的缩放：{scaling}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <source>Targets scaled the same way: {scaling}</source>
        <translation>目标也以同样方式缩放：{scaling}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/evaluation_text.py"/>
        <source>Classes: {classes}</source>
        <translation>类别：{classes}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>One-to-one: each number on its own</source>
        <translation>一对一：每个数单独处理</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Five samples of one time step each, X (5, 1, 1) and y (5, 1). LSTM(5) has 4 × ((1 + 5) × 5 + 5) = 140 parameters and Dense(1) has 6: 146 in all. With one time step the recurrence never gets used.</source>
        <translation>五个样本，每个只有一个时间步，X (5, 1, 1)，y (5, 1)。LSTM(5) 有 4 × ((1 + 5) × 5 + 5) = 140 个参数，Dense(1) 有 6 个：共 146 个。只有一个时间步，循环从未被用到。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Many-to-one: a sequence in, one vector out</source>
        <translation>多对一：输入一个序列，输出一个向量</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>One sample of five time steps, X (1, 5, 1); the LSTM outputs only its last h(t) and a Dense(5) produces all five values at once: 140 + 5 × 5 + 5 = 170 parameters.</source>
        <translation>一个样本，五个时间步，X (1, 5, 1)；LSTM 只输出最后的 h(t)，由 Dense(5) 一次产生全部五个值：140 + 5 × 5 + 5 = 170 个参数。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Many-to-many: TimeDistributed(Dense) at every time step</source>
        <translation>多对多：每个时间步上的 TimeDistributed(Dense)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>return_sequences=True makes the LSTM output h(t) at all five steps, and TimeDistributed applies one Dense(1) to each with the same 6 weights: 146 parameters, where many-to-one needed 30 for its output layer.</source>
        <translation>return_sequences=True 使 LSTM 在全部五步都输出 h(t)，TimeDistributed 以相同的 6 个权重对每一步应用同一个 Dense(1)：146 个参数，而多对一的输出层需要 30 个。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Text: 10 tokens embedded in 300 dimensions</source>
        <translation>文本：10 个词元嵌入到 300 维</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>The tutorial&apos;s text example: a batch of lines of 10 tokens is [samples, 10]; the Embedding makes it [samples, 10, 300] and LSTM(128) has 4 × ((300 + 128) × 128 + 128) = 219,648 parameters.</source>
        <translation>教程中的文本示例：一批每行 10 个词元的文本是 [样本, 10]；Embedding 把它变为 [样本, 10, 300]，LSTM(128) 有 4 × ((300 + 128) × 128 + 128) = 219,648 个参数。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Stacked LSTMs on a sine wave</source>
        <translation>正弦波上的堆叠 LSTM</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>The first LSTM must return its whole sequence so the second has time steps to read; the second LSTM&apos;s input features are the first one&apos;s units: 4 × ((16 + 8) × 8 + 8).</source>
        <translation>第一个 LSTM 必须返回整个序列，第二个才有时间步可读；第二个 LSTM 的输入特征数就是第一个的 units：4 × ((16 + 8) × 8 + 8)。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Encoder-decoder with RepeatVector</source>
        <translation>带 RepeatVector 的编码器-解码器</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>The encoder LSTM squeezes the sequence into one vector; RepeatVector(5) copies it to five time steps for the decoder LSTM, whose every step goes through one shared Dense(1).</source>
        <translation>编码器 LSTM 把序列压缩成一个向量；RepeatVector(5) 把它复制到五个时间步交给解码器 LSTM，解码器的每一步都经过同一个共享的 Dense(1)。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>GRU beside LSTM</source>
        <translation>GRU 与 LSTM 并列</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>The many-to-one task with GRU(5): three gate blocks instead of four, and with Keras&apos;s reset_after=True two biases per block: 3 × ((1 + 5) × 5 + 2 × 5) = 120 against the LSTM&apos;s 140.</source>
        <translation>用 GRU(5) 做多对一任务：三个门块而不是四个，并且在 Keras 的 reset_after=True 下每块有两个偏置：3 × ((1 + 5) × 5 + 2 × 5) = 120，而 LSTM 是 140。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Bidirectional LSTM</source>
        <translation>双向 LSTM</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Two LSTM(5) read the sequence in opposite directions, each with its own 140 weights; merge_mode=&apos;concat&apos; joins them into 10 values per sample.</source>
        <translation>两个 LSTM(5) 以相反的方向读取序列，各有自己的 140 个权重；merge_mode=&apos;concat&apos; 把它们合并为每个样本 10 个值。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Dense on a sequence acts like TimeDistributed</source>
        <translation>作用于序列的 Dense 与 TimeDistributed 相同</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>In Keras 3 a Dense applied to a 3-D input works on the last axis: the same 6 parameters and output shape (None, 5, 1) as TimeDistributed(Dense(1)) in many-to-many.</source>
        <translation>在 Keras 3 中，作用于三维输入的 Dense 只作用于最后一个轴：与多对多中的 TimeDistributed(Dense(1)) 参数相同（6 个），输出形状也相同 (None, 5, 1)。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Long memory: SimpleRNN(8) recalls step 1 of 30</source>
        <translation>长期记忆：SimpleRNN(8) 回忆 30 步中的第 1 步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Long memory: GRU(8) recalls step 1 of 30</source>
        <translation>长期记忆：GRU(8) 回忆 30 步中的第 1 步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Long memory: LSTM(8) recalls step 1 of 30</source>
        <translation>长期记忆：LSTM(8) 回忆 30 步中的第 1 步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>A plain RNN on the long-memory task: the target is step 1&apos;s value, 29 noisy steps earlier. Train it on the Unrolled tab: the gradient flowing back along h shrinks at every step, so step 1 hardly learns anything and the loss stays near the variance of the targets (0.33).</source>
        <translation>在长期记忆任务上的普通 RNN：目标值是 29 个噪声步之前第 1 步的值。在“展开”标签页上训练它：沿 h 反向流动的梯度每一步都在缩小，所以第 1 步几乎学不到东西，损失停留在目标值的方差 (0.33) 附近。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>The long-memory task with GRU(8): its update gate can pass h on unchanged, so the gradient can reach step 1 once the gate learns to stay shut; compare its gradient heatmap with the RNN&apos;s and the LSTM&apos;s.</source>
        <translation>用 GRU(8) 做长期记忆任务：它的更新门可以让 h 原样通过，所以一旦门学会保持关闭，梯度就能到达第 1 步；把它的梯度热图与 RNN 和 LSTM 的比较一下。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>The long-memory task with LSTM(8): the cell state c carries step 1&apos;s value past 29 noisy steps. Watch the gradient heatmap on the Unrolled tab: when the loss drops, the gradient reaching t = 1 grows as large as the one at t = 30, where the plain RNN&apos;s fades away.</source>
        <translation>用 LSTM(8) 做长期记忆任务：细胞状态 c 把第 1 步的值带过 29 个噪声步。在“展开”标签页上观察梯度热图：当损失下降时，到达 t = 1 的梯度会增长到和 t = 30 处一样大，而普通 RNN 的梯度则逐渐消失。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Long memory sweep: how far back does each cell remember?</source>
        <translation>长记忆扫描：每种细胞能记住多久以前的值？</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Open Compare &gt; Sweep: SimpleRNN(8), GRU(8) and LSTM(8) learn to recall a value 5, 10, 20, 40, 70 and 100 steps back. The plot shows each cell&apos;s final loss against the lag; where a line climbs to the variance of the targets (about 0.33), that cell no longer carries the value that far.</source>
        <translation>打开“比较 &gt; 扫描”：SimpleRNN(8)、GRU(8) 和 LSTM(8) 学习回忆 5、10、20、40、70 和 100 个时间步之前的值。图中画出每种细胞的最终损失随间隔的变化；某条线升到目标的方差（约 0.33）的地方，说明该细胞已无法把这个值带到那么远。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Airline passengers 1949-1960: LSTM forecast</source>
        <translation>航空乘客 1949-1960：LSTM 预测</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Twelve months of passengers predict the next month. The last two years are the test part; scaling uses the training years only. After training, compare the test RMSE with the last-value and seasonal naive (12 months) baselines, and look at which lags the forecast leans on.</source>
        <translation>用十二个月的乘客数预测下一个月。最后两年是测试部分；缩放只使用训练年份。训练后，把测试 RMSE 与“上一个值”和季节性朴素预测（12 个月）两个基线比较，并看看预测依赖哪些滞后。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Sunspots 1700-2008: GRU forecast</source>
        <translation>太阳黑子 1700-2008：GRU 预测</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Twelve years of sunspot numbers predict the next year with a GRU(16). The cycle is about eleven years long but not exactly: the test decades show whether the network learned the cycle or only the last value.</source>
        <translation>用 GRU(16) 根据十二年的太阳黑子数预测下一年。周期大约十一年，但并不精确：测试的几十年能看出网络学到的是周期，还是只学到了上一个值。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Seattle weather: tomorrow&apos;s maximum temperature</source>
        <translation>西雅图天气：明天的最高气温</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Seven days of precipitation, maximum and minimum temperature and wind (four features per time step) predict the next day&apos;s maximum temperature. Compare the test RMSE in degrees with the last-value baseline: tomorrow is like today.</source>
        <translation>用七天的降水、最高和最低气温以及风速（每个时间步四个特征）预测第二天的最高气温。把以度为单位的测试 RMSE 与“上一个值”基线（明天和今天一样）比较。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Seattle weather: tomorrow&apos;s weather label (classification)</source>
        <translation>西雅图天气：明天的天气标签（分类）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Seven days of weather predict tomorrow&apos;s label (sun, rain, drizzle, fog or snow): Dense(5) with softmax, sparse categorical cross-entropy. Compare the test accuracy with the majority class and read the confusion matrix.</source>
        <translation>用七天的天气预测明天的标签（晴、雨、毛毛雨、雾或雪）：带 softmax 的 Dense(5)，稀疏分类交叉熵。把测试准确率与多数类比较，并阅读混淆矩阵。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>no example named {name!r}; examples: {join}</source>
        <translation>没有名为 {name!r} 的示例；示例：{join}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>A new model</source>
        <translation>新模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>LSTM(8) reads ten steps of a sine wave and Dense(1) predicts the next value.</source>
        <translation>LSTM(8) 读取正弦波的十个时间步，Dense(1) 预测下一个值。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Character model: Tiny Shakespeare</source>
        <translation>字符模型：莎士比亚剧作选</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>An LSTM reads 64 characters of Shakespeare and predicts the next one at every step: Embedding(65, 16), LSTM(128) with return_sequences, Dense(65) softmax over the vocabulary, sparse categorical cross-entropy. Watch the sample: first random letters, then words, names and line breaks; perplexity falls from 65 (a guess among all characters).</source>
        <translation>LSTM 读入莎士比亚的 64 个字符，并在每个时间步预测下一个字符：Embedding(65, 16)、带 return_sequences 的 LSTM(128)、在词表上做 softmax 的 Dense(65)，损失为稀疏分类交叉熵。观察生成的样本：先是随机字母，然后出现单词、人名和换行；困惑度从 65（在所有字符中瞎猜）开始下降。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>Character model: Three Hundred Song Ci (宋词三百首)</source>
        <translation>字符模型：宋词三百首</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/examples.py"/>
        <source>The same model on Chinese poetry: 2,129 different characters, so the Embedding and the softmax are far wider than for English and each character is seen far less often. The sample learns the layout first: tune names with the poet in brackets, short lines ending in 。</source>
        <translation>同样的模型用于中文诗词：有 2,129 个不同的字，所以 Embedding 和 softmax 比英文宽得多，每个字出现的次数也少得多。样本先学会格式：词牌名后面括号里是作者，短句以“。”结尾。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/fixes.py"/>
        <source>Set the input to {shape}</source>
        <translation>把输入设为 {shape}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/fixes.py"/>
        <source>layer {number}</source>
        <translation>第 {number} 层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/fixes.py"/>
        <source>Set {option}={value} on {layer}</source>
        <translation>在{layer}上设置 {option}={value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>the input has shape {shape}, the model reads {expected}</source>
        <translation>输入的形状是 {shape}，模型读取 {expected}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>the input holds {dtype} values, expected numbers</source>
        <translation>输入含有 {dtype} 值，应为数字</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>{where}: a recurrent layer needs at least one time step</source>
        <translation>{where}：循环层至少需要一个时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/forward.py"/>
        <source>batch_size must be a whole number of at least 1, got {value}</source>
        <translation>batch_size 必须是不小于 1 的整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>{title} cannot be built: {why}</source>
        <translation>{title} 无法构建：{why}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>the model has no layers</source>
        <translation>模型没有层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>drag a layer from the palette onto the canvas</source>
        <translation>从层面板中拖一个层到画布上</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <location filename="../../lstmviz/model/weights.py"/>
        <source>the model cannot be built: {reason}</source>
        <translation>模型无法构建：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>the input has no shape</source>
        <translation>输入没有形状</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>give it time steps and features, e.g. (5, 1)</source>
        <translation>给它设定时间步和特征，例如 (5, 1)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>the input has {rank} axes; lstmviz handles at most {limit}</source>
        <translation>输入有 {rank} 个轴；lstmviz 最多处理 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>give it (time steps, features)</source>
        <translation>把它设为（时间步, 特征）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <location filename="../../lstmviz/ui/sweep/shared.py"/>
        <source>time steps</source>
        <translation>时间步数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>input {what} must be a whole number of at least 1, got {quoted}</source>
        <translation>输入的{what}必须是不小于 1 的整数，实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>set the input&apos;s {what} to 1 or more</source>
        <translation>把输入的{what}设为 1 或更多</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>features</source>
        <translation>特征数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>dimension {axis}</source>
        <translation>第 {axis} 维</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>{value} {what}; lstmviz handles at most {limit}</source>
        <translation>{what} {value}；lstmviz 最多处理 {limit}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>set the input&apos;s {what} to {limit} or fewer</source>
        <translation>把输入的{what}设为 {limit} 或更少</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>the model has {n} layers; lstmviz handles at most {limit}</source>
        <translation>模型有 {n} 层；lstmviz 最多处理 {limit} 层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>remove layers</source>
        <translation>删除一些层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>remove the unknown options</source>
        <translation>删除未知的选项</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>the model would have {n} parameters; lstmviz handles at most {limit}</source>
        <translation>模型将有 {n} 个参数；lstmviz 最多处理 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>use fewer units, features or tokens</source>
        <translation>使用更少的 units、特征或词元</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>give the input two dimensions, (time steps, features)</source>
        <translation>给输入两个维度（时间步, 特征）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>{message}; the input is {fmt_shape}</source>
        <translation>{message}；输入是 {fmt_shape}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>{message}; the {kind} above outputs {fmt_shape}</source>
        <translation>{message}；上面的 {kind} 输出 {fmt_shape}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/inference.py"/>
        <source>set return_sequences=True on it</source>
        <translation>在它上面设置 return_sequences=True</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kept_weights.py"/>
        <source>{source}; fresh weights: {layers}</source>
        <translation>{source}；新初始化的权重：{layers}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/activations.py"/>
        <source>the cell view cannot compute the activation {name!r}; it knows {join}</source>
        <translation>细胞视图无法计算激活函数 {name!r}；它支持 {join}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/activations.py"/>
        <source>Keras cannot call threshold without its threshold and default_value</source>
        <translation>Keras 调用 threshold 时需要 threshold 和 default_value</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/activations.py"/>
        <source>glu halves the layer&apos;s output, so the shapes lstmviz derives would not hold</source>
        <translation>glu 会把层的输出减半，lstmviz 推导出的形状将不再成立</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/activations.py"/>
        <source>{where}: activation {name} cannot be computed: {reason}</source>
        <translation>{where}：激活函数 {name} 无法计算：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/activations.py"/>
        <source>{where}: {reason}</source>
        <translation>{where}：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>{name} must be true or false, got {quoted}</source>
        <translation>{name} 必须是 true 或 false，实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>{name} must be a whole number, got {quoted}</source>
        <translation>{name} 必须是整数，实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>{name} must be a number, got {quoted}</source>
        <translation>{name} 必须是数字，实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>{name} must be text, got {quoted}</source>
        <translation>{name} 必须是文本，实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>{name} must be one of {join}; got {quoted}</source>
        <translation>{name} 必须是 {join} 之一；实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>{name} must be at least {num}, got {quoted}</source>
        <translation>{name} 必须至少为 {num}，实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>{name} must be at most {num}, got {quoted}</source>
        <translation>{name} 必须至多为 {num}，实际为 {quoted}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>set {name} to {num} or more</source>
        <translation>把 {name} 设为 {num} 或更多</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>choose {name} from {choices}</source>
        <translation>从 {choices} 中选择 {name}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>correct {name}</source>
        <translation>修正 {name}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>unknown option {k!r}</source>
        <translation>未知选项 {k!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>{kind} has no weights.</source>
        <translation>{kind} 没有权重。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <location filename="../../lstmviz/model/kinds/dropout.py"/>
        <location filename="../../lstmviz/model/kinds/max_pooling1d.py"/>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>no weights</source>
        <translation>没有权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>{title} on every step: no weights</source>
        <translation>每个时间步上的 {title}：没有权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <location filename="../../lstmviz/model/kinds/conv1d.py"/>
        <location filename="../../lstmviz/model/kinds/dense.py"/>
        <source>{formula} parameters</source>
        <translation>{formula} 个参数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/base.py"/>
        <source>one {title} on every step, {steps}, {params}</source>
        <translation>每个时间步上同一个 {title}，{steps}，{params}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/bidirectional.py"/>
        <source>Runs a recurrent layer forwards and a copy backwards over the sequence and merges the two.</source>
        <translation>让一个循环层正向、让它的副本反向读取序列，再把两者合并。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/bidirectional.py"/>
        <source>2 × (parameters of the wrapped layer)</source>
        <translation>2 × (被包装层的参数)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/bidirectional.py"/>
        <source>The recurrent layer to run in both directions.</source>
        <translation>在两个方向上运行的循环层。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/bidirectional.py"/>
        <source>How the two directions are combined.</source>
        <translation>两个方向的结果如何合并。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/bidirectional.py"/>
        <source>GRU only: reset gate after the recurrent matrix.</source>
        <translation>仅用于 GRU：在循环矩阵之后应用重置门。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/bidirectional.py"/>
        <source>so the output width doubles to 2 × units</source>
        <translation>因此输出宽度翻倍为 2 × units</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/bidirectional.py"/>
        <source>merged by {merge}, so the output keeps units values</source>
        <translation>用 {merge} 合并，因此输出保持 units 个值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/bidirectional.py"/>
        <source>Two independent {kind} layers, one reading forwards and one backwards, each with its own weights ({value} each); their outputs are {width}.</source>
        <translation>两个独立的 {kind} 层，一个正向读取，一个反向读取，各有自己的权重（各 {value} 个）；它们的输出{width}。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/bidirectional.py"/>
        <source>layer {name!r} is Bidirectional({inner_cls}); lstmviz supports Bidirectional LSTM, GRU and SimpleRNN</source>
        <translation>层 {name!r} 是 Bidirectional({inner_cls})；lstmviz 支持 Bidirectional 的 LSTM、GRU 和 SimpleRNN</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/conv1d.py"/>
        <source>Slides a kernel of kernel_size steps along the sequence; each of the filters gives one output feature per position, with the same weights everywhere.</source>
        <translation>沿序列滑动一个跨 kernel_size 个时间步的卷积核；每个 filter 在每个位置给出一个输出特征，各处使用相同的权重。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/conv1d.py"/>
        <source>How many kernels: the features of the output.</source>
        <translation>卷积核的个数：即输出的特征数。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/conv1d.py"/>
        <source>Time steps each kernel reads at once.</source>
        <translation>每个卷积核一次读取的时间步数。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/conv1d.py"/>
        <source>Steps the kernel moves between outputs.</source>
        <translation>卷积核在相邻两个输出之间移动的时间步数。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/conv1d.py"/>
        <source>valid: no padding (the sequence shrinks); same: pad to keep ceil(T / strides) steps; causal: pad in front, so no output sees a later step.</source>
        <translation>valid：不填充（序列变短）；same：填充以保留 ceil(T / strides) 个时间步；causal：只在前面填充，任何输出都看不到之后的时间步。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/conv1d.py"/>
        <source>Spacing between the steps a kernel reads.</source>
        <translation>卷积核读取的时间步之间的间隔。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/conv1d.py"/>
        <source>Conv1D cannot combine strides &gt; 1 with dilation_rate &gt; 1</source>
        <translation>Conv1D 不能同时使用 strides &gt; 1 和 dilation_rate &gt; 1</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/conv1d.py"/>
        <source>set strides or dilation_rate to 1</source>
        <translation>将 strides 或 dilation_rate 设为 1</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/conv1d.py"/>
        <source>Conv1D reads {span} steps at once, more than the {steps} its input has</source>
        <translation>Conv1D 一次读取 {span} 个时间步，多于其输入的 {steps} 个时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/conv1d.py"/>
        <source>use a smaller kernel_size or dilation_rate, padding=&quot;same&quot;, or more time steps</source>
        <translation>使用更小的 kernel_size 或 dilation_rate、padding=&quot;same&quot;，或更多的时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/conv1d.py"/>
        <source>{n} kernels, each reading {k} steps {MULTIPLY} {f} features, plus one bias each; the same kernels slide over every position, so the count does not grow with the number of steps.</source>
        <translation>{n} 个卷积核，每个读取 {k} 个时间步 {MULTIPLY} {f} 个特征，并各有一个偏置；同样的卷积核滑过每个位置，所以参数数量不随时间步数增长。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/conv1d.py"/>
        <location filename="../../lstmviz/model/kinds/global_average_pooling1d.py"/>
        <location filename="../../lstmviz/model/kinds/max_pooling1d.py"/>
        <source>{shape} → {shape2}</source>
        <translation>{shape} → {shape2}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dense.py"/>
        <source>Fully connected layer: every output is a weighted sum of all inputs (on the last axis).</source>
        <translation>全连接层：每个输出都是所有输入的加权和（作用于最后一个轴）。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dense.py"/>
        <source> The input is {shape}-D, so Dense acts on its last axis: the same {f} {MULTIPLY} {u} kernel is applied at every time step, exactly like TimeDistributed(Dense).</source>
        <translation>输入是 {shape} 维的，所以 Dense 作用于最后一个轴：同一个 {f} {MULTIPLY} {u} 的核应用于每一个时间步，与 TimeDistributed(Dense) 完全一样。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dense.py"/>
        <source> plus {u} biases</source>
        <translation>，外加 {u} 个偏置</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dense.py"/>
        <source>A kernel of {f} inputs {MULTIPLY} {u} outputs{bias}.{note}</source>
        <translation>一个 {f} 个输入 {MULTIPLY} {u} 个输出的核{bias}。{note}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dense.py"/>
        <location filename="../../lstmviz/model/kinds/time_distributed.py"/>
        <source>one Dense({units}){where}, {steps}, {shared}</source>
        <translation>一个 Dense({units}){where}，{steps}，{shared}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dense.py"/>
        <source> on every step</source>
        <translation> 作用于每一步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dense.py"/>
        <source>once, on all its inputs</source>
        <translation>一次，作用于它的全部输入</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dense.py"/>
        <source>once, on {value}</source>
        <translation>一次，作用于 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dropout.py"/>
        <source>While training, sets a random fraction of its inputs to zero; does nothing at prediction.</source>
        <translation>训练时把随机一部分输入置为零；预测时不做任何事。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dropout.py"/>
        <location filename="../../lstmviz/model/kinds/flatten.py"/>
        <location filename="../../lstmviz/model/kinds/global_average_pooling1d.py"/>
        <location filename="../../lstmviz/model/kinds/input.py"/>
        <location filename="../../lstmviz/model/kinds/max_pooling1d.py"/>
        <location filename="../../lstmviz/model/kinds/repeat_vector.py"/>
        <source>0 (no weights)</source>
        <translation>0（没有权重）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dropout.py"/>
        <source>Fraction of inputs dropped while training.</source>
        <translation>训练时丢弃的输入比例。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dropout.py"/>
        <source>Dropout has no weights; the shape passes through unchanged.</source>
        <translation>Dropout 没有权重；形状原样通过。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dropout.py"/>
        <source>Dropout({get})</source>
        <translation>Dropout({get})</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/dropout.py"/>
        <source>Dropout({get}) on every step: no weights (active only while training)</source>
        <translation>Dropout({get}) 作用于每一步：没有权重（只在训练时生效）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/embedding.py"/>
        <source>Turns token ids into dense vectors: [samples, tokens] becomes [samples, tokens, dimensions].</source>
        <translation>把词元 ID 变成稠密向量：[样本, 词元] 变为 [样本, 词元, 维度]。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/embedding.py"/>
        <source>Vocabulary size: how many different token ids.</source>
        <translation>词表大小：有多少种不同的词元 ID。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/embedding.py"/>
        <source>Dimensions of each token&apos;s vector.</source>
        <translation>每个词元向量的维度。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/embedding.py"/>
        <source>Treat token id 0 as padding.</source>
        <translation>把词元 ID 0 当作填充。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/embedding.py"/>
        <source>A table with one row of {d} numbers for each of the {v:,} token ids.</source>
        <translation>一张表，为 {v:,} 个词元 ID 中的每一个存一行 {d} 个数。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/embedding.py"/>
        <source>{where}: the token ids include a value that is not a number</source>
        <translation>{where}：词元 ID 中有一个不是数字的值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/embedding.py"/>
        <source>{where}: token id {id} is outside the vocabulary 0..{last}</source>
        <translation>{where}：词元 ID {id} 超出了词表范围 0..{last}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/embedding.py"/>
        <source>x(t) = row token(t) of E,</source>
        <translation>x(t) = E 的第 token(t) 行，</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/embedding.py"/>
        <source>E  ({v:,}, {d})	{value:,}</source>
        <translation>E  ({v:,}, {d})	{value:,}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/embedding.py"/>
        <source>a vector of {d} values</source>
        <translation>由 {d} 个值组成的向量</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/embedding.py"/>
        <source>one embedding table, {steps}, {shared}</source>
        <translation>一张嵌入表，{steps}，{shared}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/flatten.py"/>
        <source>Joins all axes but the batch into one: (None, T, F) becomes (None, T × F).</source>
        <translation>把除批次外的所有轴合并成一个：(None, T, F) 变为 (None, T × F)。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/flatten.py"/>
        <source>reshape only</source>
        <translation>只改变形状</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/flatten.py"/>
        <source>Flatten only reshapes; it has no weights.</source>
        <translation>Flatten 只改变形状；它没有权重。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/flatten.py"/>
        <source>{fmt_shape} → {fmt_shape2}; no weights</source>
        <translation>{fmt_shape} → {fmt_shape2}；没有权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/global_average_pooling1d.py"/>
        <source>Averages each feature over all time steps: (None, T, F) becomes (None, F). No weights.</source>
        <translation>在所有时间步上对每个特征求平均：(None, T, F) 变为 (None, F)。没有权重。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/global_average_pooling1d.py"/>
        <source>Keep the time axis, with one step: (None, 1, F).</source>
        <translation>保留时间轴，只有一个时间步：(None, 1, F)。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/global_average_pooling1d.py"/>
        <source>mean over time</source>
        <translation>对时间求平均</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/global_average_pooling1d.py"/>
        <source>GlobalAveragePooling1D only averages; it has no weights.</source>
        <translation>GlobalAveragePooling1D 只求平均；它没有权重。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/global_average_pooling1d.py"/>
        <source>mean over time; no weights</source>
        <translation>对时间求平均；没有权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/gru.py"/>
        <source>Apply the reset gate after the recurrent matrix (Keras default; two biases per gate).</source>
        <translation>在循环矩阵之后应用重置门（Keras 默认值；每个门两个偏置）。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/gru.py"/>
        <source>Gated recurrent unit: update and reset gates, no separate cell state.</source>
        <translation>门控循环单元（GRU）：更新门和重置门，没有单独的细胞状态。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/gru.py"/>
        <source>3 × ((features + units) × units + 2 × units)   (reset_after=True; + units when False)</source>
        <translation>3 × ((features + units) × units + 2 × units)   （reset_after=True；为 False 时 + units）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/gru.py"/>
        <source>update gate</source>
        <translation>更新门</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/gru.py"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/gru.py"/>
        <source>reset gate</source>
        <translation>重置门</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/gru.py"/>
        <source>reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/gru.py"/>
        <location filename="../../lstmviz/model/kinds/lstm.py"/>
        <source>candidate</source>
        <translation>候选值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/gru.py"/>
        <source> With reset_after=True (the Keras default) each gate has two biases, one for the input and one for the recurrent part: 2 {MULTIPLY} {u}.</source>
        <translation>在 reset_after=True（Keras 的默认值）时，每个门有两个偏置，一个用于输入部分，一个用于循环部分：2 {MULTIPLY} {u}。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/input.py"/>
        <source>The shape of one sample: [time steps, features] for a sequence of numbers, or [tokens] of integer ids for text going into an Embedding.</source>
        <translation>一个样本的形状：数字序列为 [时间步, 特征]，进入 Embedding 的文本为整数 ID 组成的 [词元]。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/input.py"/>
        <source>Time steps per sample (T), or tokens per line for text.</source>
        <translation>每个样本的时间步数 (T)，文本则为每行的词元数。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/input.py"/>
        <source>Numbers per time step (F).</source>
        <translation>每个时间步的数字个数 (F)。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/input.py"/>
        <source>Integer token ids (for an Embedding) instead of real-valued features.</source>
        <translation>使用整数词元 ID（供 Embedding 使用）而不是实数特征。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/lstm.py"/>
        <source>Long short-term memory: a cell state c(t) guarded by input, forget and output gates.</source>
        <translation>长短期记忆（LSTM）：细胞状态 c(t) 由输入门、遗忘门和输出门把守。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/lstm.py"/>
        <source>input gate</source>
        <translation>输入门</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/lstm.py"/>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/lstm.py"/>
        <source>forget gate</source>
        <translation>遗忘门</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/lstm.py"/>
        <source>forget</source>
        <translation>遗忘</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/lstm.py"/>
        <source>output gate</source>
        <translation>输出门</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/max_pooling1d.py"/>
        <source>Keeps the largest value of each window of pool_size steps, feature by feature: a shorter sequence, no weights.</source>
        <translation>在每个跨 pool_size 个时间步的窗口中逐特征保留最大值：得到更短的序列，没有权重。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/max_pooling1d.py"/>
        <source>Time steps in each window.</source>
        <translation>每个窗口中的时间步数。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/max_pooling1d.py"/>
        <source>Steps the window moves between outputs (Keras takes pool_size when none is given).</source>
        <translation>窗口在相邻两个输出之间移动的时间步数（未指定时 Keras 取 pool_size）。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/max_pooling1d.py"/>
        <source>valid: only whole windows; same: pad to keep ceil(T / strides) steps.</source>
        <translation>valid：只用完整的窗口；same：填充以保留 ceil(T / strides) 个时间步。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/max_pooling1d.py"/>
        <source>MaxPooling1D pools {pool} steps, more than the {steps} its input has</source>
        <translation>MaxPooling1D 池化 {pool} 个时间步，多于其输入的 {steps} 个时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/max_pooling1d.py"/>
        <source>use a smaller pool_size, padding=&quot;same&quot;, or more time steps</source>
        <translation>使用更小的 pool_size、padding=&quot;same&quot;，或更多的时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/max_pooling1d.py"/>
        <source>MaxPooling1D only compares values; it has no weights.</source>
        <translation>MaxPooling1D 只比较数值；它没有权重。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/recurrent.py"/>
        <source>Read the sequence from the last step to the first.</source>
        <translation>从最后一步到第一步反向读取序列。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/recurrent.py"/>
        <source>Fraction of the inputs x(t) dropped while training.</source>
        <translation>训练时丢弃的输入 x(t) 的比例。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/recurrent.py"/>
        <source>Fraction of h(t-1) dropped while training.</source>
        <translation>训练时丢弃的 h(t-1) 的比例。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/recurrent.py"/>
        <source>Activation of the gates.</source>
        <translation>门的激活函数。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/recurrent.py"/>
        <source>hidden state</source>
        <translation>隐藏状态</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/recurrent.py"/>
        <source>cell state</source>
        <translation>细胞状态</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/recurrent.py"/>
        <source>Activation of the candidate and of the output.</source>
        <translation>候选值和输出的激活函数。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/recurrent.py"/>
        <source> Each gate has a bias of {u}.</source>
        <translation>每个门有 {u} 个偏置。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/recurrent.py"/>
        <source> use_bias=False: no biases.</source>
        <translation>use_bias=False：没有偏置。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/recurrent.py"/>
        <source>one block</source>
        <translation>一个块</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/recurrent.py"/>
        <source>{n} gate blocks ({names})</source>
        <translation>{n} 个门块（{names}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/recurrent.py"/>
        <source>{blocks}, each with a kernel W ({f} {MULTIPLY} {u}) over x(t) and a recurrent kernel U ({u} {MULTIPLY} {u}) over h(t-1): together a ({f} + {u}) {MULTIPLY} {u} matrix over [h(t-1), x(t)].{bias_note} The same weights serve every time step.</source>
        <translation>{blocks}，每块有一个作用于 x(t) 的核 W（{f} {MULTIPLY} {u}）和一个作用于 h(t-1) 的循环核 U（{u} {MULTIPLY} {u}）：合起来是一个作用于 [h(t-1), x(t)] 的 ({f} + {u}) {MULTIPLY} {u} 矩阵。{bias_note}所有时间步共享同样的权重。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/recurrent.py"/>
        <source>layer {name!r} ({cls}) returns its states as extra outputs, which a single chain of layers cannot pass on</source>
        <translation>层 {name!r}（{cls}）把状态作为额外输出返回，单链的层无法传递它们</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/repeat_vector.py"/>
        <source>Repeats one vector n times, making a sequence: (None, F) becomes (None, n, F). The bridge from an encoder to a decoder.</source>
        <translation>把一个向量重复 n 次，变成序列：(None, F) 变为 (None, n, F)。它是从编码器到解码器的桥梁。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/repeat_vector.py"/>
        <source>How many times (time steps) to repeat the vector.</source>
        <translation>把向量重复多少次（时间步）。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/repeat_vector.py"/>
        <source>RepeatVector needs a 2-D input (None, F)</source>
        <translation>RepeatVector 需要二维输入 (None, F)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/repeat_vector.py"/>
        <source>, or add Flatten before it</source>
        <translation>，或者在它之前添加 Flatten</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/repeat_vector.py"/>
        <source>RepeatVector copies its input n times; it has no weights.</source>
        <translation>RepeatVector 把输入复制 n 次；它没有权重。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/repeat_vector.py"/>
        <source>RepeatVector({value})</source>
        <translation>RepeatVector({value})</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/repeat_vector.py"/>
        <source>copies {value} to every step; no weights</source>
        <translation>把 {value} 复制到每一步；没有权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>Recurrent</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>Dense</source>
        <translation>全连接</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>{what} needs a {rank}-D input {value}</source>
        <translation>{what} 需要 {rank} 维输入 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>{what} needs the last dimension of its input to be known</source>
        <translation>{what} 需要知道输入的最后一维</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>give the input a fixed number of features, or avoid Flatten over an open time axis</source>
        <translation>给输入设定固定的特征数，或者不要在不定长的时间轴上使用 Flatten</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>, or add RepeatVector(n) before this layer</source>
        <translation>，或者在这一层之前添加 RepeatVector(n)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>reduce the input to (None, T, F), for example with TimeDistributed(Flatten)</source>
        <translation>把输入降为 (None, T, F)，例如使用 TimeDistributed(Flatten)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>recurrent layers read (None, time steps, features)</source>
        <translation>循环层读取 (None, 时间步, 特征)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>Size of the output (and of the hidden state).</source>
        <translation>输出的大小（也是隐藏状态的大小）。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>Output h(t) at every time step (None, T, units) instead of only the last (None, units).</source>
        <translation>在每个时间步都输出 h(t)，即 (None, T, units)，而不只输出最后一步 (None, units)。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>Learn a bias vector b.</source>
        <translation>学习一个偏置向量 b。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/shared.py"/>
        <source>Activation of the output.</source>
        <translation>输出的激活函数。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/simple_rnn.py"/>
        <source>The plainest recurrent cell: h(t) = tanh(W x(t) + U h(t-1) + b).</source>
        <translation>最简单的循环细胞：h(t) = tanh(W x(t) + U h(t-1) + b)。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/simple_rnn.py"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/time_distributed.py"/>
        <source>TimeDistributed needs a 3-D input (None, T, F)</source>
        <translation>TimeDistributed 需要三维输入 (None, T, F)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/time_distributed.py"/>
        <source>Applies the same Dense layer, with one set of weights, at every time step.</source>
        <translation>在每个时间步应用同一个 Dense 层，只有一套权重。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/time_distributed.py"/>
        <source>features × units + units  (shared by all time steps)</source>
        <translation>features × units + units  （所有时间步共享）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/time_distributed.py"/>
        <source>The layer applied at each time step.</source>
        <translation>在每个时间步应用的层。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/kinds/time_distributed.py"/>
        <source>One Dense({units}) applied to each of the {t} time steps with the same weights, so the count does not grow with the number of steps.</source>
        <translation>同一个 Dense({units}) 以相同的权重应用于 {t} 个时间步中的每一步，所以参数量不随步数增长。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/limits.py"/>
        <source>a {kind} of {n} items</source>
        <translation>含 {n} 项的{kind}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/limits.py"/>
        <source>a {kind}</source>
        <translation>一个{kind}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/limits.py"/>
        <source>this run would end at epoch {last}; lstmviz counts at most {limit} epochs from the first run&apos;s start: train from fresh weights, or fewer epochs</source>
        <translation>这次运行将结束于第 {last} 轮；lstmviz 从第一次运行开始最多计数 {limit} 轮：请从新的权重开始训练，或减少轮数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/limits.py"/>
        <source>{what} is {n} characters long; lstmviz reads at most {limit}</source>
        <translation>{what}长 {n} 个字符；lstmviz 最多读取 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/metrics.py"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/metrics.py"/>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/metrics.py"/>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/metrics.py"/>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/runs.py"/>
        <source>(no layers)</source>
        <translation>（没有层）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/runs.py"/>
        <source>{layers}, {params} params</source>
        <translation>{layers}，{params} 个参数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sampling.py"/>
        <source>the sample length must be a whole number from 1 to {limit}; got {value!r}</source>
        <translation>样本长度必须是 1 到 {limit} 之间的整数；实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sampling.py"/>
        <source>the temperature must be between 0 and {limit}; got {value!r}</source>
        <translation>温度必须在 0 到 {limit} 之间；实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sampling.py"/>
        <source>the prompt is empty; give the model at least one character to continue</source>
        <translation>开头为空；至少给模型一个字符让它续写</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sampling.py"/>
        <source>the prompt holds {chars}, not in the vocabulary</source>
        <translation>开头含有 {chars}，不在词表中</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/series.py"/>
        <source>dataset task must be regression or classification; got {task!r}</source>
        <translation>数据集任务必须是 regression 或 classification；实际为 {task!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/series.py"/>
        <source>a series is a regression or classification task, not a language model</source>
        <translation>序列是回归或分类任务，不是语言模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/series.py"/>
        <source>{name}: classification needs a column of labels as the target</source>
        <translation>{name}：分类需要一列标签作为目标</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/series.py"/>
        <source>{name}: the label column {column!r} holds one class; classification needs at least two</source>
        <translation>{name}：标签列 {column!r} 只有一个类别；分类至少需要两个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/series.py"/>
        <source>{name}: the label column {column!r} holds {count} classes; at most {limit} are shown</source>
        <translation>{name}：标签列 {column!r} 有 {count} 个类别；最多显示 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/series.py"/>
        <source>{t} steps of {features} predict the next step&apos;s {target}</source>
        <translation>{t} 个时间步的 {features} 预测下一步的 {target}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/series.py"/>
        <source>{name}: {rows} rows; {what}. Windows: {train} training, {validation} validation, {test} test (split in time).</source>
        <translation>{name}：{rows} 行；{what}。窗口：{train} 个训练、{validation} 个验证、{test} 个测试（按时间划分）。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>sparse categorical cross-entropy</source>
        <translation>稀疏分类交叉熵</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>categorical cross-entropy</source>
        <translation>分类交叉熵</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>unknown setting {name!r}</source>
        <translation>未知的设置 {name!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>expected {kind}, found {value!r}</source>
        <translation>应为{kind}，实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>must be a finite number, found {value!r}</source>
        <translation>必须是有限的数，实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>must be between {low} and {high}, found {value!r}</source>
        <translation>必须在 {low} 和 {high} 之间，实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>must be 0 (as fast as possible) or from {low:g} to {high} epochs per second, found {value!r}</source>
        <translation>必须是 0（尽可能快）或每秒 {low:g} 到 {high} 轮，实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/settings.py"/>
        <source>unknown optimizer {value!r}; choose one of {names}</source>
        <translation>未知的优化器 {value!r}；请从 {names} 中选择</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/splits.py"/>
        <source>dataset {key} must be at least 0 and below 1; got {value}</source>
        <translation>数据集的 {key} 必须不小于 0 且小于 1；实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/splits.py"/>
        <source>the validation and test fractions ({validation:g} + {test:g}) leave no training part</source>
        <translation>验证和测试比例（{validation:g} + {test:g}）没有留下训练部分</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/splits.py"/>
        <source>{rows} rows leave {train} for training: not one window of {t} time steps and its target; use fewer time steps or smaller validation and test parts</source>
        <translation>{rows} 行只给训练留下 {train} 行：凑不出一个 {t} 个时间步的窗口及其目标；请减少时间步，或缩小验证和测试部分</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/splits.py"/>
        <source>a test fraction of {test:g} of {rows} rows is not one row</source>
        <translation>{rows} 行的 {test:g} 作为测试比例不足一行</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/summary_text.py"/>
        <source> per direction</source>
        <translation>（每个方向）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/summary_text.py"/>
        <source>Total params: {total:,} ({size})</source>
        <translation>Total params: {total:,} ({size})</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/summary_text.py"/>
        <source>Non-trainable params: 0 (0.00 B)</source>
        <translation>Non-trainable params: 0 (0.00 B)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/summary_text.py"/>
        <source>Trainable params: {total:,} ({size})</source>
        <translation>Trainable params: {total:,} ({size})</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>{head}, seed {seed}</source>
        <translation>{head}，种子 {seed}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>{head}, {name} {value}, seed {seed}</source>
        <translation>{head}，{name} {value}，种子 {seed}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>the model has no recurrent layer (SimpleRNN, GRU, LSTM or Bidirectional) to compare</source>
        <translation>模型中没有可以比较的循环层（SimpleRNN、GRU、LSTM 或 Bidirectional）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>--cells: choose at least one of {cells}</source>
        <translation>--cells：至少选择 {cells} 中的一个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>--cells: unknown cell {cell!r}; choose from {cells}</source>
        <translation>--cells：未知的细胞 {cell!r}；请从 {cells} 中选择</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>--cells: a cell is listed twice</source>
        <translation>--cells：有一个细胞被列出了两次</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>match must be one of {matches}</source>
        <translation>match 必须是 {matches} 之一</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>--seeds: must be 1 to {limit}, found {value}</source>
        <translation>--seeds：必须在 1 到 {limit} 之间，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>--vary: unknown setting {name!r}; choose one of {names}</source>
        <translation>--vary：未知的设置 {name!r}；请从 {names} 中选择</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>--vary {name}: give at least one value</source>
        <translation>--vary {name}：至少给出一个值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>--vary {name}: at most {limit} values</source>
        <translation>--vary {name}：最多 {limit} 个值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>--seeds: cannot be used while the seed itself is varied</source>
        <translation>--seeds：在扫描种子本身时不能使用</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>--vary {name}={value}: {problem}</source>
        <translation>--vary {name}={value}：{problem}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>must be between {low} and {high}</source>
        <translation>必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>the lag is a setting of the long-memory data; this model trains on {kind!r} data</source>
        <translation>间隔是长记忆数据的设置；这个模型训练用的是 {kind!r} 数据</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>the model reads tokens; vary the data&apos;s length instead</source>
        <translation>这个模型读取的是词元；请改为扫描数据的长度</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>the tutorial&apos;s sequence has a fixed number of time steps</source>
        <translation>教程的序列的时间步数是固定的</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>unknown setting {name!r}; choose one of {names}</source>
        <translation>未知的设置 {name!r}；请从 {names} 中选择</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>{item!r} is not a number</source>
        <translation>{item!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>{item!r} is not a whole number</source>
        <translation>{item!r} 不是整数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>give at least one value, e.g. {name}=5,10,20</source>
        <translation>至少给出一个值，例如 {name}=5,10,20</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>the model has no recurrent layer to compare</source>
        <translation>模型中没有可以比较的循环层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/sweep.py"/>
        <source>no recurrent layer</source>
        <translation>没有循环层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/tasks.py"/>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/tasks.py"/>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/tasks.py"/>
        <source>character language model</source>
        <translation>字符级语言模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/text_corpus.py"/>
        <source>Tiny Shakespeare (plays)</source>
        <translation>莎士比亚剧作选</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/text_corpus.py"/>
        <source>public domain (collected in karpathy/char-rnn, MIT licence)</source>
        <translation>公有领域（收录于 karpathy/char-rnn，MIT 许可证）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/text_corpus.py"/>
        <source>Three Hundred Song Ci (宋词三百首)</source>
        <translation>宋词三百首</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/text_corpus.py"/>
        <source>poems in the public domain; the chinese-poetry collection is MIT licensed (c) 2016 JackeyGao</source>
        <translation>诗词本身属于公有领域；chinese-poetry 数据集采用 MIT 许可证 (c) 2016 JackeyGao</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/text_corpus.py"/>
        <source>no bundled text named {name!r}; texts: {names}</source>
        <translation>没有名为 {name!r} 的内置文本；可用文本：{names}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/text_corpus.py"/>
        <source>Source: {source}. Licence: {licence}.</source>
        <translation>来源：{source}。许可证：{licence}。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/text_corpus.py"/>
        <source>Data: {title}, {characters} characters, {vocabulary} different. {credit}</source>
        <translation>数据：{title}，{characters} 个字符，其中 {vocabulary} 个不同。{credit}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/training_memory.py"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/training_memory.py"/>
        <source>training this model needs about {needed} of memory and {available} is available: use fewer time steps, fewer units or a smaller batch size</source>
        <translation>训练这个模型大约需要 {needed} 内存，而可用的只有 {available}：请减少时间步、单元数或批大小</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/training_memory.py"/>
        <source>training this model needs about {needed} of memory</source>
        <translation>训练这个模型大约需要 {needed} 内存</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/unit_activity.py"/>
        <source>position in line</source>
        <translation>行内位置</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/unit_activity.py"/>
        <source>inside quotes</source>
        <translation>引号内</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/unit_activity.py"/>
        <source>inside brackets</source>
        <translation>括号内</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/unit_activity.py"/>
        <source>punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/unit_activity.py"/>
        <source>vowel</source>
        <translation>元音</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/unit_activity.py"/>
        <source>no feature named {name!r}; features: {names}</source>
        <translation>没有名为 {name!r} 的特征；可用特征：{names}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/unit_activity.py"/>
        <source>layer {number} is not a recurrent layer</source>
        <translation>第 {number} 层不是循环层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/unit_activity.py"/>
        <source>the passage is empty</source>
        <translation>文段为空</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/unit_activity.py"/>
        <source>{kind} has no value {value!r}; it has {names}</source>
        <translation>{kind} 没有值 {value!r}；它有 {names}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/unit_activity.py"/>
        <source>the passage has {n} characters but {m} values</source>
        <translation>文段有 {n} 个字符，但有 {m} 个值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/vocabulary.py"/>
        <source>the character {char!r} is not in the vocabulary of {size} characters</source>
        <translation>字符 {char!r} 不在 {size} 个字符的词表中</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/vocabulary.py"/>
        <source>{size} characters; most frequent: {top}</source>
        <translation>{size} 个字符；最常见：{top}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/weights.py"/>
        <source>layer {number} ({title})</source>
        <translation>第 {number} 层（{title}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/weights.py"/>
        <source>the model has {expected} weight arrays, got {count}</source>
        <translation>模型有 {expected} 个权重数组，实际得到 {count} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/weights.py"/>
        <source>{where}: the {weight} has shape {shape}, expected {expected}</source>
        <translation>{where}：{weight} 的形状是 {shape}，应为 {expected}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/model/weights.py"/>
        <source>{where}: the {weight} holds {dtype} values, expected numbers</source>
        <translation>{where}：{weight} 含有 {dtype} 值，应为数字</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/builder.py"/>
        <source>Keras rejected the model: {value}</source>
        <translation>Keras 拒绝了这个模型：{value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>expected a whole number, got {text!r}</source>
        <translation>应为整数，实际为 {text!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>must be at least 1, got {value}</source>
        <translation>必须至少为 1，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>expected a number, got {text!r}</source>
        <translation>应为数字，实际为 {text!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>must be a positive number, got {text}</source>
        <translation>必须是正数，实际为 {text}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>{source}: has no dataset, and no built-in dataset fits its shapes; open it in the app, choose a dataset (or a CSV file) and save it as a project</source>
        <translation>{source}：没有数据集，也没有内置数据集符合它的形状；请在应用中打开它，选择一个数据集（或 CSV 文件），再保存为项目</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>lstmviz: {source} has no dataset; using a built-in one: {dumps}</source>
        <translation>lstmviz：{source} 没有数据集；使用内置数据集：{dumps}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>{file}: {problem}; --fresh trains from fresh weights</source>
        <translation>{file}：{problem}；--fresh 从全新的权重开始训练</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <source>{path}: cannot be written (folder {folder} does not exist)</source>
        <translation>{path}：无法写入（文件夹 {folder} 不存在）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}：无法写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>--prompt holds {chars}, not in the text&apos;s vocabulary</source>
        <translation>--prompt 含有 {chars}，不在文本的词表中</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>--prompt is empty; give the model at least one character to continue</source>
        <translation>--prompt 为空；至少给模型一个字符让它续写</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>{epochs_run} epochs in {wall_seconds:.2f} s (training {train_seconds:.2f} s, {per_epoch:.2f} ms per epoch), final loss {loss}</source>
        <translation>{epochs_run} 轮用时 {wall_seconds:.2f} 秒（训练 {train_seconds:.2f} 秒，每轮 {per_epoch:.2f} 毫秒），最终损失 {loss}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>{output}: cannot be saved ({value})</source>
        <translation>{output}：无法保存（{value}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/commands.py"/>
        <source>{shown_path}: cannot be written ({os_error_text})</source>
        <translation>{shown_path}：无法写入（{os_error_text}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/compiled.py"/>
        <source>cannot use the loss {loss!r}: {reason}</source>
        <translation>无法使用损失函数 {loss!r}：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/compiled.py"/>
        <source>the given weights do not fit the model: {reason}</source>
        <translation>给定的权重与模型不符：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/compiled.py"/>
        <source>the layer {name} did not rebuild with the same variables</source>
        <translation>层 {name} 重建后的变量不一致</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/control.py"/>
        <source>step needs at least 1 epoch, got {epochs}</source>
        <translation>单步至少需要 1 轮，实际为 {epochs}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/engine.py"/>
        <source>unknown engine {engine!r}; choose {join}</source>
        <translation>未知的引擎 {engine!r}；请选择 {join}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/engine.py"/>
        <source>training failed: {name__}{value}</source>
        <translation>训练失败：{name__}{value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/engine.py"/>
        <source>diverged at epoch {epoch} (loss became {what}); kept the last finite weights. Try a smaller learning rate.</source>
        <translation>在第 {epoch} 轮发散（损失变为 {what}）；保留了最后的有限权重。请尝试更小的学习率。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/engine.py"/>
        <source>stopped after epoch {epoch}</source>
        <translation>在第 {epoch} 轮之后停止</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/gradient_report.py"/>
        <source>  ||dL/d{s}_1|| = {first:.3g}, ||dL/d{s}_{t}|| = {last:.3g}: t = 1 gets {ratio:.3g} times the gradient of t = {t}</source>
        <translation>  ||dL/d{s}_1|| = {first:.3g}，||dL/d{s}_{t}|| = {last:.3g}：t = 1 得到的梯度是 t = {t} 的 {ratio:.3g} 倍</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/gradient_report.py"/>
        <source>gradients through time: the model has no recurrent layer</source>
        <translation>随时间的梯度：模型没有循环层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/gradient_report.py"/>
        <source>gradients through time (layer {layer}, {kind}, epoch {epoch}, loss on {samples} samples):</source>
        <translation>随时间的梯度（第 {layer} 层，{kind}，第 {epoch} 轮，在 {samples} 个样本上的损失）：</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/observe.py"/>
        <source>training, epoch {epoch}</source>
        <translation>训练中，第 {epoch} 轮</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/pace.py"/>
        <source>a pace is a number of epochs per second from 0 to {most:g}, not {pace!r}</source>
        <translation>速度是每秒的轮数，范围为 0 到 {most:g}，而不是 {pace!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/progress.py"/>
        <source>training {epochs} epochs ({engine} engine, {device})</source>
        <translation>训练 {epochs} 轮（{engine} 引擎，{device}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/progress.py"/>
        <source>{wall} (training {training})</source>
        <translation>{wall}（训练 {training}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <source>unknown backend {name!r}; choose {names}</source>
        <translation>未知的后端 {name!r}；请选择 {names}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <source>--vary NAME=V1,V2,... is needed (only an example with a sweep of its own has a default)</source>
        <translation>需要 --vary NAME=V1,V2,...（只有自带扫描的示例才有默认值）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <source>--vary {vary}: {problem}</source>
        <translation>--vary {vary}：{problem}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <source>--backend ray needs Ray: pip install &apos;lstmviz[cluster]&apos;</source>
        <translation>--backend ray 需要 Ray：pip install &apos;lstmviz[cluster]&apos;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <source>--backend {name}: {problem}</source>
        <translation>--backend {name}：{problem}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <source>lstmviz: {runs} runs on {jobs}</source>
        <translation>lstmviz：{runs} 次运行，在{jobs}上</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <source>lstmviz: stopping; the finished runs are kept</source>
        <translation>lstmviz：正在停止；已完成的运行会保留</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <location filename="../../lstmviz/ui/sweep/driver.py"/>
        <source>the sweep broke off: {problem}</source>
        <translation>扫描中断了：{problem}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <source>the Ray cluster</source>
        <translation> Ray 集群</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <source>{jobs} worker processes</source>
        <translation> {jobs} 个工作进程</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <source>[{done}/{total}] {label}: failed: {message}</source>
        <translation>[{done}/{total}] {label}：失败：{message}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <source>[{done}/{total}] {label}: {reason}, final loss {loss} ({seconds:.1f} s)</source>
        <translation>[{done}/{total}] {label}：{reason}，最终损失 {loss}（{seconds:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>cell</source>
        <translation>细胞</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_command.py"/>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>final loss</source>
        <translation>最终损失</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_pool.py"/>
        <source>its worker process ended unexpectedly</source>
        <translation>它的工作进程意外结束了</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/sweep_runner.py"/>
        <source>dataset: {problem}</source>
        <translation>数据集：{problem}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/text_report.py"/>
        <source>the temperature must be between 0 and 10; got {value!r}</source>
        <translation>温度必须在 0 到 10 之间；实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/text_report.py"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/text_report.py"/>
        <source>{part}: loss {loss}, accuracy {accuracy}, perplexity {perplexity}</source>
        <translation>{part}：损失 {loss}，准确率 {accuracy}，困惑度 {perplexity}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/text_report.py"/>
        <source>sample (temperature {temperature:g}):</source>
        <translation>样本（温度 {temperature:g}）：</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/trained_project.py"/>
        <source>continuing from the trained weights in {source} (epoch {epoch}); --fresh starts from fresh weights</source>
        <translation>从 {source} 中训练好的权重继续（第 {epoch} 轮）；--fresh 从全新的权重开始</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/trained_project.py"/>
        <source>continuing from the weights in {source}; --fresh starts from fresh weights</source>
        <translation>从 {source} 中的权重继续；--fresh 从全新的权重开始</translation>
    </message>
    <message>
        <location filename="../../lstmviz/training/trained_project.py"/>
        <location filename="../../lstmviz/ui/sweep/shared.py"/>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>run #{number}, epoch {epoch}</source>
        <translation>运行 #{number}，第 {epoch} 轮</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/autosave.py"/>
        <source>the replay snapshots were too large to autosave</source>
        <translation>回放快照太大，无法自动保存</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/autosave.py"/>
        <source>the trained weights and runs were too large to autosave</source>
        <translation>训练好的权重和运行记录太大，无法自动保存</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/autosave.py"/>
        <source>the unsaved state is too large for a recovery file</source>
        <translation>未保存的状态太大，无法写入恢复文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/autosave.py"/>
        <source>{path}: recovery: missing, not a recovery file</source>
        <translation>{path}：恢复：缺失，不是恢复文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/autosave.py"/>
        <source>autosave: {folder}: {reason}</source>
        <translation>自动保存：{folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/autosave.py"/>
        <source>autosave: {path} is locked</source>
        <translation>自动保存：{path} 已被锁定</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/autosave.py"/>
        <source>autosave failed: {reason}</source>
        <translation>自动保存失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/autosave.py"/>
        <source>autosave: {what}; save the project to keep them</source>
        <translation>自动保存：{what}；请保存项目以保留它们</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/commands.py"/>
        <source>Insert {kind}</source>
        <translation>插入 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/commands.py"/>
        <source>Delete {kind}</source>
        <translation>删除 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/commands.py"/>
        <source>Move {kind}</source>
        <translation>移动 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/commands.py"/>
        <source>Set {kind} {key} = {value}</source>
        <translation>设置 {kind} {key} = {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/commands.py"/>
        <source>Set input shape ({shape})</source>
        <translation>设置输入形状（{shape}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/document.py"/>
        <source>Fix: {what}</source>
        <translation>修复：{what}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/document.py"/>
        <source>Change training settings</source>
        <translation>更改训练设置</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/document.py"/>
        <source>Change pace</source>
        <translation>更改速度</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/document.py"/>
        <source>Change dataset</source>
        <translation>更改数据集</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/document.py"/>
        <source>Clear runs</source>
        <translation>清除运行记录</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/state.py"/>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/state.py"/>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>the data is still loading</source>
        <translation>数据仍在加载</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/state.py"/>
        <source>choose training data</source>
        <translation>请选择训练数据</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/state.py"/>
        <source>the model is locked</source>
        <translation>模型已锁定</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/document/state.py"/>
        <source>the data cannot be loaded: {error}</source>
        <translation>数据无法加载：{error}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>&lt;p&gt;&lt;b&gt;{escape} cannot take its input.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; {escape2}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{escape} 无法接受它的输入。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;原因：&lt;/b&gt;{escape2}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its shape is unknown until the layer above is fixed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;在修正上面的层之前，它的形状未知。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>{params:,} params</source>
        <translation>{params:,} 个参数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>&lt;p&gt;&lt;b&gt;{escape} ({escape2})&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{escape3} &amp;rarr; &lt;b&gt;{escape4}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Parameters: &lt;code&gt;{escape5}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Drag to move it; Delete removes it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{escape} ({escape2})&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{escape3} &amp;rarr; &lt;b&gt;{escape4}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;参数：&lt;code&gt;{escape5}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;拖动可以移动它；按 Delete 删除它。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>fix: set the input to {shape} here</source>
        <translation>修复：在这里把输入设为 {shape}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>fix: set {option}={value} here</source>
        <translation>修复：在这里设置 {option}={value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: the shape of one sample, with None for the batch.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Click to edit time steps, features or tokens.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;输入&lt;/b&gt;：一个样本的形状，批次维为 None。&lt;/p&gt;&lt;p&gt;&lt;i&gt;点击可编辑时间步、特征或词元。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>output {shape}</source>
        <translation>输出 {shape}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Insert layer above</source>
        <translation>在上方插入层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Insert layer below</source>
        <translation>在下方插入层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Insert layer after the input</source>
        <translation>在输入之后插入层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Append layer</source>
        <translation>追加层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas.py"/>
        <source>Fit to view</source>
        <translation>适应视图</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas_items.py"/>
        <source>no bias</source>
        <translation>无偏置</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas_items.py"/>
        <source>any number of</source>
        <translation>任意数量的</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas_items.py"/>
        <source>{steps} token ids per sample</source>
        <translation>每个样本 {steps} 个词元 ID</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas_items.py"/>
        <source>{steps} time step{value} × {f} feature{value2}</source>
        <translation>{steps} 个时间步 × {f} 个特征</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas_items.py"/>
        <source>{count} features</source>
        <translation>{count} 个特征</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/canvas_items.py"/>
        <source>Drag a layer here from the palette</source>
        <translation>从层面板把一个层拖到这里</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>Editing is locked: {reason}</source>
        <translation>编辑已锁定：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>&lt;br&gt;&lt;b&gt;Fix:&lt;/b&gt; {hint}</source>
        <translation>&lt;br&gt;&lt;b&gt;修复：&lt;/b&gt;{hint}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>&lt;b&gt;Why it fails:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;失败原因：&lt;/b&gt;{message}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>Parameters: {formula}</source>
        <translation>参数：{formula}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>The count appears once the layer fits its input.</source>
        <translation>当该层与输入匹配后，这里会显示参数量。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>any (None)</source>
        <translation>任意 (None)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>Input shape: {shape}</source>
        <translation>输入形状：{shape}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>The first axis, None, is the batch: any number of samples.</source>
        <translation>第一个轴 None 是批次：任意数量的样本。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>Select a layer on the canvas to edit its options.</source>
        <translation>在画布上选择一个层来编辑它的选项。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>Total parameters: {count}</source>
        <translation>参数总数：{count}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/inspector.py"/>
        <source>Click a block to edit it; drag layers from the palette to add them.</source>
        <translation>点击一个块来编辑它；从层面板拖入层来添加。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/palette.py"/>
        <source>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt; &amp;mdash; {escape2}&lt;/p&gt;&lt;p&gt;Parameters: &lt;code&gt;{escape3}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Drag onto the canvas to insert it there, or double-click to insert it after the selected layer.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt; &amp;mdash; {escape2}&lt;/p&gt;&lt;p&gt;参数：&lt;code&gt;{escape3}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;拖到画布上插入到那里，或双击插入到所选层之后。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/palette.py"/>
        <source>&lt;p&gt;&lt;b&gt;Input&lt;/b&gt; &amp;mdash; {escape}&lt;/p&gt;&lt;p&gt;Parameters: &lt;code&gt;{escape2}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Every model has exactly one, at the top of the canvas. Double-click to edit its time steps and features.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;输入&lt;/b&gt; &amp;mdash; {escape}&lt;/p&gt;&lt;p&gt;参数：&lt;code&gt;{escape2}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;每个模型恰好有一个，位于画布顶部。双击可编辑它的时间步和特征。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/palette.py"/>
        <source>Insert {kind} after the selected layer</source>
        <translation>在所选层之后插入 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/palette.py"/>
        <source>Append {kind} at the end</source>
        <translation>在末尾追加 {kind}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>Layer (type)</source>
        <translation>层（类型）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>Param #</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>Derivation</source>
        <translation>推导</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source> ×2 directions</source>
        <translation> ×2 个方向</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>unknown until the layer above is fixed</source>
        <translation>在修正上面的层之前未知</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>no layers yet: drag one from the palette</source>
        <translation>还没有层：从层面板拖入一个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>incomplete: fix the input first</source>
        <translation>不完整：先修正输入</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>incomplete: fix the red layer first</source>
        <translation>不完整：请先修正红色的层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>Total params</source>
        <translation>参数总数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_model.py"/>
        <source>{total:,}</source>
        <translation>{total:,}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_view.py"/>
        <source>Copy summary as text</source>
        <translation>以文本形式复制摘要</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_view.py"/>
        <source>Expand all gates</source>
        <translation>展开所有门</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/editor/summary_view.py"/>
        <source>Collapse all</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/animation_export.py"/>
        <source>there are no frames to write</source>
        <translation>没有可写出的帧</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/animation_export.py"/>
        <source>wait until the run has finished</source>
        <translation>请等待这次运行结束</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/animation_export.py"/>
        <source>there is no run to replay: train the model first</source>
        <translation>没有可回放的运行：请先训练模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/animation_export.py"/>
        <source>Grabbing the replay&apos;s frames…</source>
        <translation>正在截取回放的帧…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/animation_export.py"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/animation_export.py"/>
        <source>Export training animation</source>
        <translation>导出训练动画</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/animation_export.py"/>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/animation_export.py"/>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>Writing the GIF…</source>
        <translation>正在写入 GIF…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/animation_export.py"/>
        <location filename="../../lstmviz/ui/exports/trained_model_export.py"/>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/animation_export.py"/>
        <source>No training animation: {reason}</source>
        <translation>没有训练动画：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/animation_export.py"/>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>GIF animation (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/trained_model_export.py"/>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>Keras models (*.keras)</source>
        <translation>Keras 模型 (*.keras)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/trained_model_export.py"/>
        <source>There are no trained weights: train the model, or open a trained project or .keras file.</source>
        <translation>没有训练好的权重：请训练模型，或打开一个训练好的项目或 .keras 文件。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/trained_model_export.py"/>
        <source>Export trained model</source>
        <translation>导出训练好的模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/trained_model_export.py"/>
        <source>Writing {path}…</source>
        <translation>正在写入 {path}…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/exports/trained_model_export.py"/>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/file_loader.py"/>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/recovery.py"/>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/recovery.py"/>
        <source>lstmviz did not close properly last time. It kept the unsaved changes to “{name}” from {when}.</source>
        <translation>lstmviz 上次没有正常关闭。它保留了 {when} 对“{name}”所做的未保存更改。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/recovery.py"/>
        <source>They include trained weights ({source}).</source>
        <translation>其中包括训练好的权重（{source}）。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/recovery.py"/>
        <source>Restore them?</source>
        <translation>要恢复它们吗？</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/recovery.py"/>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/recovery.py"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/recovery.py"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/recovery.py"/>
        <source>{file} could not be read ({reason}); it is kept in {folder}</source>
        <translation>无法读取 {file}（{reason}）；它被保留在 {folder} 中</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/recovery.py"/>
        <source>Recovery file kept aside</source>
        <translation>恢复文件已另行保留</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/recovery.py"/>
        <source>Restored the unsaved changes from {when}</source>
        <translation>已恢复 {when} 的未保存更改</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/single_instance.py"/>
        <source>not a folder (a link or a file)</source>
        <translation>不是文件夹（是链接或文件）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/single_instance.py"/>
        <source>owned by another user (uid {uid})</source>
        <translation>属于其他用户（uid {uid}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/single_instance.py"/>
        <source>others may enter it (mode {mode:o}, expected 700)</source>
        <translation>其他人可以进入它（权限 {mode:o}，应为 700）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/single_instance.py"/>
        <source>single instance is off: cannot create {folder}: {reason}</source>
        <translation>单实例已关闭：无法创建 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/single_instance.py"/>
        <source>single instance is off: {folder} is not private to this user: {reason}</source>
        <translation>单实例已关闭：{folder} 不是当前用户私有的：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/single_instance.py"/>
        <source>single instance is off: {variable} must be a name of letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (at most 64), not a path: {value!r}</source>
        <translation>单实例已关闭：{variable} 必须是由字母、数字、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos; 组成的名称（最多 64 个字符），而不是路径：{value!r}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/single_instance.py"/>
        <source>single instance is off: the socket&apos;s path {path} is too long for a local socket</source>
        <translation>单实例已关闭：套接字路径 {path} 对本地套接字来说太长</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/single_instance.py"/>
        <source>single instance: {socket} belongs to another user; starting a window of our own</source>
        <translation>单实例：{socket} 属于其他用户；改为打开自己的窗口</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/single_instance.py"/>
        <source>single instance: refused a connection (another user, or too many at once)</source>
        <translation>单实例：拒绝了一个连接（其他用户，或同时连接过多）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/single_instance.py"/>
        <source>single instance: ignored a message that is not JSON lstmviz reads: {reason}</source>
        <translation>单实例：忽略了一条不是 lstmviz 可读 JSON 的消息：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/single_instance.py"/>
        <source>single instance: ignored a message without an absolute file path</source>
        <translation>单实例：忽略了一条不含绝对文件路径的消息</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/single_instance.py"/>
        <source>Training is running: stop it to open {path}</source>
        <translation>正在训练：请先停止训练再打开 {path}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/single_instance.py"/>
        <source>single instance: could not open {path}: {reason}</source>
        <translation>单实例：无法打开 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>lstmviz projects ({patterns})</source>
        <translation>lstmviz 项目 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>Models ({patterns})</source>
        <translation>模型 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation>“{name}”有未保存的更改。先保存吗？</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>Open project or model</source>
        <translation>打开项目或模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>Import a Keras model</source>
        <translation>导入 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>{path}: not opened: training started meanwhile</source>
        <translation>{path}：未打开：训练在此期间开始了</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>Weights not read</source>
        <translation>权重未读取</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>The model cannot be built: {error_text}</source>
        <translation>模型无法构建：{error_text}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>The data is still loading; export again in a moment.</source>
        <translation>数据仍在加载；请稍后再导出。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>The dataset cannot be read: {exc}</source>
        <translation>数据集无法读取：{exc}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>No dataset fits this model; choose one in the training panel.</source>
        <translation>没有适合这个模型的数据集；请在训练面板中选择一个。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>Export Keras script</source>
        <translation>导出 Keras 脚本</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/files/window_files.py"/>
        <source>Python (*.py)</source>
        <translation>Python (*.py)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/language/language.py"/>
        <source>lstmviz: cannot load {FONT_FILE}: Chinese text may show as boxes</source>
        <translation>lstmviz：无法加载 {FONT_FILE}：中文可能显示为方框</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/language/language_handoff.py"/>
        <source>The document of the last window was not handed over: {reason}</source>
        <translation>上一个窗口的文档没有交接过来：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/language/language_menu.py"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/language/language_menu.py"/>
        <source>Follow the system ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/language/language_menu.py"/>
        <source>{language} shows after training (choose it again) or at the next start.</source>
        <translation>{language} 在训练结束后（再选一次）或下次启动时显示。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/language/language_menu.py"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/language/language_menu.py"/>
        <source>Cannot restart: the document could not be handed over ({reason})</source>
        <translation>无法重新启动：文档无法交接（{reason}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/language/language_menu.py"/>
        <source>Cannot restart lstmviz ({program})</source>
        <translation>无法重新启动 lstmviz（{program}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_dialogs.py"/>
        <source>not loaded yet (it loads for training)</source>
        <translation>尚未加载（训练时加载）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_dialogs.py"/>
        <source>See recurrent neural networks: build a sequence model by dragging layers, read every layer&apos;s output shape and parameter count derived step by step, see the LSTM unrolled in time as one shared cell, and train it live with Keras.</source>
        <translation>看见循环神经网络：拖动层来搭建序列模型，逐步推导并读出每一层的输出形状和参数量，看到 LSTM 在时间上展开为同一个共享的细胞，并用 Keras 实时训练它。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_dialogs.py"/>
        <source>Every shape and count shown here is what Keras 3 computes.</source>
        <translation>这里显示的每个形状和数量都与 Keras 3 的计算结果一致。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_dialogs.py"/>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_dialogs.py"/>
        <source>About lstmviz</source>
        <translation>关于 lstmviz</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_dialogs.py"/>
        <source>Copy Versions</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_dialogs.py"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_dialogs.py"/>
        <source>(no description)</source>
        <translation>（无说明）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_dialogs.py"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_dialogs.py"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_dialogs.py"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_text.py"/>
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
        <translation>&lt;h3&gt;为什么 LSTM 有 4 × ((features + units) × units + units) 个参数&lt;/h3&gt;
&lt;p&gt;LSTM 层读取 &lt;code&gt;[样本, 时间步, 特征]&lt;/code&gt;。在每个时间步，它查看新的输入 x(t) 和自己上一步的输出 h(t-1)，两者拼接成一个由 &lt;i&gt;features + units&lt;/i&gt; 个数组成的向量 &lt;code&gt;[h(t-1), x(t)]&lt;/code&gt;。&lt;/p&gt;
&lt;p&gt;四个块读取这个向量：&lt;b&gt;输入门 i&lt;/b&gt;、&lt;b&gt;遗忘门 f&lt;/b&gt;、&lt;b&gt;候选值 g&lt;/b&gt; 和 &lt;b&gt;输出门 o&lt;/b&gt;。每个块是一个 &lt;code&gt;(features + units) × units&lt;/code&gt; 的权重矩阵加上 &lt;code&gt;units&lt;/code&gt; 个偏置。由它们更新细胞状态 c(t) 并计算 h(t)，这一步本身没有权重。&lt;/p&gt;
&lt;p&gt;Keras 把每个块存为作用于 x(t) 的核 &lt;b&gt;W&lt;/b&gt;（features × units）和作用于 h(t-1) 的循环核 &lt;b&gt;U&lt;/b&gt;（units × units）：同样的数，分成两部分。&lt;/p&gt;
&lt;p&gt;文本模型的例子：10 个词元嵌入到 300 维，输入 LSTM(128)：&lt;code&gt;4 × ((300 + 128) × 128 + 128) = 219,648&lt;/code&gt;。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;所有时间步共享这些权重。&lt;/b&gt;画成五个并排细胞的展开 LSTM，其实是同一个细胞用了五次，所以参数量与时间步数无关。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_text.py"/>
        <source>&lt;h3&gt;This model&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;这个模型&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_text.py"/>
        <source>&lt;p&gt;Total: &lt;b&gt;{count}&lt;/b&gt; parameters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;总计：&lt;b&gt;{count}&lt;/b&gt; 个参数。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_text.py"/>
        <source>&lt;h3&gt;Every layer kind&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;所有层类型&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/help_text.py"/>
        <source>&lt;p&gt;GRU: three blocks (update z, reset r, candidate); with Keras&apos;s default reset_after=True each block has two biases, one for x(t) and one for h(t-1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;GRU：三个块（更新门 z、重置门 r、候选值）；在 Keras 默认的 reset_after=True 下，每个块有两个偏置，一个用于 x(t)，一个用于 h(t-1)。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Unrolled</source>
        <translation>展开</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <location filename="../../lstmviz/ui/shell/presenter.py"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <location filename="../../lstmviz/ui/shell/presenter.py"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <location filename="../../lstmviz/ui/shell/presenter.py"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Export summary</source>
        <translation>导出摘要</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Export loss plot</source>
        <translation>导出损失曲线图</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Export predictions plot</source>
        <translation>导出预测图</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Export training history</source>
        <translation>导出训练历史</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>TensorFlow not loaded</source>
        <translation>TensorFlow 未加载</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>TensorFlow loads in the background when training starts.</source>
        <translation>开始训练时，TensorFlow 会在后台加载。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Total params: {count}</source>
        <translation>参数总数：{count}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>the input cannot be used</source>
        <translation>输入无法使用</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>layer {number} ({title}) cannot take its input</source>
        <translation>第 {number} 层（{title}）无法接受它的输入</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>⚠ {where}: see the message above the diagram</source>
        <translation>⚠ {where}：请看图上方的消息</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Shapes fit: output {shape}; training cannot start yet (see Training)</source>
        <translation>形状匹配：输出 {shape}；训练还不能开始（见“训练”）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Shapes fit: output {shape}</source>
        <translation>形状匹配：输出 {shape}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Start an empty model</source>
        <translation>开始一个空模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Open a project or .keras file</source>
        <translation>打开项目或 .keras 文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Import .keras…</source>
        <translation>导入 .keras(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Read a .keras model&apos;s architecture (TensorFlow is not needed)</source>
        <translation>读取 .keras 模型的结构（不需要 TensorFlow）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Unrolled &amp;Diagram as Image…</source>
        <translation>展开图导出为图像(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Save the unrolled cell diagram as PNG or SVG</source>
        <translation>把展开的细胞图保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Loss Plot…</source>
        <translation>损失曲线图(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Save the loss plot as PNG or SVG</source>
        <translation>把损失曲线图保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Predictions Plot…</source>
        <translation>预测图(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Save the predictions plot as PNG or SVG</source>
        <translation>把预测图保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Training &amp;History (CSV)…</source>
        <translation>训练历史 (CSV)(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Save the loss of every epoch as CSV</source>
        <translation>把每一轮的损失保存为 CSV</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Keras &amp;Script…</source>
        <translation>Keras 脚本(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Write a standalone Keras script that trains this model</source>
        <translation>写出一个训练此模型的独立 Keras 脚本</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Summary as &amp;Text…</source>
        <translation>摘要导出为文本(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Training &amp;Animation (GIF)…</source>
        <translation>训练动画 (GIF)(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Save the replay of the run (loss, predictions, unrolled values) as an animated GIF</source>
        <translation>把这次运行的回放（损失、预测、展开的值）保存为 GIF 动画</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Trained &amp;Model (.keras)…</source>
        <translation>训练好的模型 (.keras)(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Save the model with its trained weights as a .keras file</source>
        <translation>把模型连同训练好的权重保存为 .keras 文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Delete layer</source>
        <translation>删除层(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Remove the selected layer</source>
        <translation>删除所选的层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Architecture</source>
        <translation>架构(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Unrolled</source>
        <translation>展开(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Actual &amp;Size</source>
        <translation>实际大小(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Fit to View</source>
        <translation>适应视图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>How &amp;Parameters Are Counted</source>
        <translation>参数是如何计算的(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;About lstmviz</source>
        <translation>关于 lstmviz(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销 {what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>&amp;Redo {what}</source>
        <translation>重做 {what}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>Editing locked: {reason}</source>
        <translation>编辑已锁定：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/main_window.py"/>
        <source>How parameters are counted</source>
        <translation>参数是如何计算的</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/presenter.py"/>
        <source>Show or hide {panel}</source>
        <translation>显示或隐藏{panel}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/presenter.py"/>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/presenter.py"/>
        <source>Full screen, larger text and thicker curves, for a projector</source>
        <translation>全屏、更大的文字和更粗的曲线，适合投影仪</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/shell/presenter.py"/>
        <source>Exit presenter mode (F11)</source>
        <translation>退出演示模式 (F11)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>Compare cells</source>
        <translation>比较细胞</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>units kept</source>
        <translation>保持单元数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>parameter counts matched</source>
        <translation>参数量对齐</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>Train all three</source>
        <translation>同时训练三种</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <location filename="../../lstmviz/ui/sweep/shared.py"/>
        <source>units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>recurrent layer parameters</source>
        <translation>循环层参数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>model parameters</source>
        <translation>模型参数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>Export GIF…</source>
        <translation>导出 GIF…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>• target  × prediction</source>
        <translation>• 目标  × 预测</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>time step</source>
        <translation>时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>Cells get</source>
        <translation>细胞取</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>training {cells} at once in worker processes</source>
        <translation>正在工作进程中同时训练 {cells}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <location filename="../../lstmviz/ui/sweep/shared.py"/>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>all three trained</source>
        <translation>三种都已训练完成</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <location filename="../../lstmviz/ui/training/replay.py"/>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>epoch {epoch}</source>
        <translation>第 {epoch} 轮</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>there is nothing to replay yet: train the cells first</source>
        <translation>还没有可回放的内容：请先训练这些细胞</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/compare_window.py"/>
        <source>Export GIF</source>
        <translation>导出 GIF</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/menu.py"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/menu.py"/>
        <source>Compare &amp;Cells…</source>
        <translation>比较细胞(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/menu.py"/>
        <source>Train the model with SimpleRNN, GRU and LSTM at once, side by side</source>
        <translation>用 SimpleRNN、GRU 和 LSTM 同时训练这个模型，并排比较</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/menu.py"/>
        <source>&amp;Sweep…</source>
        <translation>扫描(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/menu.py"/>
        <source>Vary one setting over a list of values for one or more cells</source>
        <translation>对一种或多种细胞，让一个设置取一组不同的值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/shared.py"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/shared.py"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/shared.py"/>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/shared.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/shared.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/shared.py"/>
        <source>lag (steps to remember)</source>
        <translation>间隔（要记住的时间步数）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/shared.py"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/shared.py"/>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>Vary</source>
        <translation>变化的设置</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>Cells</source>
        <translation>细胞</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>Seeds</source>
        <translation>种子数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>Epochs per run</source>
        <translation>每次运行的轮数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>Worker processes</source>
        <translation>工作进程</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>{runs} runs on {jobs} worker processes; the finished ones are kept in the project</source>
        <translation>{runs} 次运行，使用 {jobs} 个工作进程；已完成的运行会保存在项目中</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>failed: {message}</source>
        <translation>失败：{message}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>{done} of {total} runs ended; {failed} failed</source>
        <translation>{total} 次运行中有 {done} 次已结束；{failed} 次失败</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/sweep/sweep_window.py"/>
        <source>(stopped)</source>
        <translation>（已停止）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Example&apos;s own data</source>
        <translation>示例自带的数据</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Training data: the example&apos;s own, a built-in sequence, or a CSV file</source>
        <translation>训练数据：示例自带的、内置序列，或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Text file (.txt)…</source>
        <translation>文本文件（.txt）…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>CSV file…</source>
        <translation>CSV 文件…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>path to a .csv file</source>
        <translation>.csv 文件的路径</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>What one sample maps to: one step → next value, a window → the next value, or a window → the window one step later</source>
        <translation>一个样本对应什么：一步 → 下一个值，一个窗口 → 下一个值，或一个窗口 → 晚一步的窗口</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Time steps per window</source>
        <translation>每个窗口的时间步数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Split in time</source>
        <translation>按时间划分</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Treat the file as a series: training, validation and test parts in time order, scaled with the training part&apos;s mean and deviation, windows predicting the next row</source>
        <translation>把文件当作序列：按时间顺序分为训练、验证和测试部分，用训练部分的均值和标准差缩放，窗口预测下一行</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>target column (all: empty)</source>
        <translation>目标列（留空：全部）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>The column to predict, by name or 0-based index; a column of words (labels) makes it a classification</source>
        <translation>要预测的列，按名称或从 0 开始的索引；一列文字（标签）会使它成为分类任务</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Reading {name} in the background</source>
        <translation>正在后台读取 {name}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>path to a .txt file</source>
        <translation>.txt 文件的路径</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Choose a text file: type its path or press “…”</source>
        <translation>选择文本文件：输入路径或按“…”</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Choose a CSV file: type its path or press “…”</source>
        <translation>选择 CSV 文件：输入路径或点击“…”</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Open a text</source>
        <translation>打开文本</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>Open CSV data</source>
        <translation>打开 CSV 数据</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/data_source.py"/>
        <source>({samples}, {steps}, {features}) = (samples, time steps, features); split in time: {train} / {validation} / {test}</source>
        <translation>({samples}, {steps}, {features}) = (样本, 时间步, 特征)；按时间划分：{train} / {validation} / {test}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>Series and test forecasts</source>
        <translation>序列与测试预测</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>one step ahead</source>
        <translation>提前一步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>outputs fed back</source>
        <translation>输出回馈</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>Accuracy per epoch</source>
        <translation>每轮的准确率</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>epoch {epoch}: {values}</source>
        <translation>第 {epoch} 轮：{values}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>Which past steps the prediction used</source>
        <translation>预测用到了哪些过去的时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>input step (t = 1 is the oldest)</source>
        <translation>输入时间步（t = 1 最早）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>test sample</source>
        <translation>测试样本</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>summed over the features; estimated from the stored weights by central differences</source>
        <translation>对特征求和；用中心差分从保存的权重估计</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>t = {t}: {value:.4g}</source>
        <translation>t = {t}：{value:.4g}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>baseline: {name}</source>
        <translation>基线：{name}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>Test part: rows are the true classes, columns the predicted ones</source>
        <translation>测试部分：行是真实类别，列是预测类别</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>→ {name}</source>
        <translation>→ {name}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>Test period</source>
        <translation>测试期</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>Scores</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <source>Steps used</source>
        <translation>所用时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/evaluation_view.py"/>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source> of {count}</source>
        <translation> / {count}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/exports.py"/>
        <source>{name}: choose a .png or .svg file name</source>
        <translation>{name}：请选择 .png 或 .svg 文件名</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/exports.py"/>
        <source>the exporter wrote nothing</source>
        <translation>导出器没有写出任何内容</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>The model changed, so the trained weights no longer fit it: Undo (Ctrl+Z) brings them back, or Train again.</source>
        <translation>模型已更改，训练好的权重不再适用：撤销 (Ctrl+Z) 可以找回它们，或者重新训练。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>The weights of {layers} no longer fit the edited model, so they were set aside: Undo (Ctrl+Z) brings them back, or Train again.</source>
        <translation>{layers} 的权重不再适合修改后的模型，已放在一边：撤销（Ctrl+Z）可以找回，或者重新训练。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>The weights of {layers} no longer fit the edited model and were set aside; the other layers keep their trained weights. Undo (Ctrl+Z) brings them back.</source>
        <translation>{layers} 的权重不再适合修改后的模型，已放在一边；其他层保留训练好的权重。撤销（Ctrl+Z）可以找回。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>Pace</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>Cannot train until the model is fixed (see the message above the diagram).</source>
        <translation>在修正模型之前无法训练（见图上方的消息）。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Cannot train: {problem}</source>
        <translation>无法训练：{problem}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>#{number} loss</source>
        <translation>#{number} 损失</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>loading TensorFlow…</source>
        <translation>正在加载 TensorFlow…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>no loss curve comes with these weights ({source})</source>
        <translation>这些权重没有附带损失曲线（{source}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>there is no loss history yet: train the model first</source>
        <translation>还没有损失历史：请先训练模型</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/panel.py"/>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>Loss per epoch</source>
        <translation>每轮的损失</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>loss (log)</source>
        <translation>损失（对数）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>no run yet: press Train</source>
        <translation>还没有运行：请点击“训练”</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>earlier:</source>
        <translation>之前：</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>diverged at epoch {epoch}</source>
        <translation>在第 {epoch} 轮发散</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>epoch {epoch} · loss {loss}</source>
        <translation>第 {epoch} 轮 · 损失 {loss}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source> · val_loss {loss}</source>
        <translation> · val_loss {loss}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>Which sample&apos;s time steps to show</source>
        <translation>显示哪个样本的时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>sample (the first {shown} of {count:,})</source>
        <translation>样本（{count:,} 个中的前 {shown} 个）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>Predictions · {when}</source>
        <translation>预测 · {when}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>{axis} {position} · value {value}</source>
        <translation>{axis} {position} · 值 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>{axis} {position} · target {target}</source>
        <translation>{axis} {position} · 目标值 {target}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/plots.py"/>
        <source>{axis} {position} · prediction {prediction} · target {target}</source>
        <translation>{axis} {position} · 预测 {prediction} · 目标值 {target}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/replay.py"/>
        <source>as fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/replay.py"/>
        <source>How fast a run unfolds: at 100 epochs/s, 1000 epochs take about 10 s. Changing it while a run trains takes effect at once.</source>
        <translation>一次运行展开的快慢：每秒 100 轮时，1000 轮约需 10 秒。训练中更改会立即生效。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/replay.py"/>
        <source> epoch/s</source>
        <translation> 轮/秒</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/replay.py"/>
        <source> epochs/s</source>
        <translation> 轮/秒</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/replay.py"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/replay.py"/>
        <source>Replay the run at the pace</source>
        <translation>按设定的速度回放这次运行</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/replay.py"/>
        <source>Scrub the epochs of the run: the loss marker, the predictions and the Unrolled tab show that epoch</source>
        <translation>拖动浏览这次运行的各轮：损失标记、预测和“展开”标签页都显示那一轮</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/replay.py"/>
        <source>no replay</source>
        <translation>没有回放</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/replay.py"/>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Train the model with these settings: from fresh weights, or on from the trained ones when “Continue from these weights” is checked</source>
        <translation>用这些设置训练模型：从全新的权重开始；勾选“从这些权重继续”时则从训练好的权重继续</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Loss plot as PNG…</source>
        <translation>损失曲线图导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Loss plot as SVG…</source>
        <translation>损失曲线图导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Predictions plot as PNG…</source>
        <translation>预测图导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Loss history as CSV…</source>
        <translation>损失历史导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Pause or resume the running training</source>
        <translation>暂停或继续正在进行的训练</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Train one epoch, then pause (starts a paused run when idle)</source>
        <translation>训练一轮后暂停（空闲时开始一次暂停的运行）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Stop training and keep the weights reached so far</source>
        <translation>停止训练并保留目前得到的权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Continue from these weights</source>
        <translation>从这些权重继续</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Save the loss plot, the predictions plot or the loss history</source>
        <translation>保存损失曲线图、预测图或损失历史</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>Checked: Train goes on from the trained weights ({source}), counting their epochs on. Unchecked: Train starts from fresh weights.</source>
        <translation>勾选：训练从训练好的权重（{source}）继续，轮数接着往下数。不勾选：训练从全新的权重开始。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>There are no trained weights to continue from: Train starts from fresh weights.</source>
        <translation>没有可以继续的训练好的权重：训练将从全新的权重开始。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source>epoch {epoch}/{total} · loss {loss}</source>
        <translation>第 {epoch}/{total} 轮 · 损失 {loss}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source> · ETA {time}</source>
        <translation> · 预计剩余 {time}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_controls.py"/>
        <source> · done</source>
        <translation> · 完成</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>training is paused (press Stop to edit the model)</source>
        <translation>训练已暂停（点击“停止”才能编辑模型）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>training is running (press Stop to edit the model)</source>
        <translation>正在训练（点击“停止”才能编辑模型）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Stepping one epoch from epoch {epoch}…</source>
        <translation>从第 {epoch} 轮起单步训练一轮…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Paused before the first epoch</source>
        <translation>在第一轮之前暂停</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Stopped before the first epoch</source>
        <translation>在第一轮之前停止</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Stopped at epoch {epoch} · loss {loss}</source>
        <translation>停止于第 {epoch} 轮 · 损失 {loss}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Finished {epochs} epochs in {time} (training {training}, {per} ms/epoch) · loss {loss}</source>
        <translation>{epochs} 轮完成，用时 {time}（训练 {training}，每轮 {per} 毫秒）· 损失 {loss}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Paused at epoch {epoch}: press Step for one more epoch, or Resume</source>
        <translation>暂停于第 {epoch} 轮：点击“单步”再训练一轮，或点击“继续”</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/run_session.py"/>
        <source>Building the model…</source>
        <translation>正在构建模型…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source> (stopped)</source>
        <translation>（已停止）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source> (diverged)</source>
        <translation>（已发散）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source> (failed)</source>
        <translation>（已失败）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>#{number} {title}{end}
{optimizer} {rate} · {epochs} ep
loss {loss}</source>
        <translation>#{number} {title}{end}
{optimizer} {rate} · {epochs} 轮
损失 {loss}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Run {number}: {title}</source>
        <translation>运行 {number}：{title}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Model: {model}</source>
        <translation>模型：{model}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Data: {data}</source>
        <translation>数据：{data}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Epochs: {run} of {total} ({reason}) in {time}</source>
        <translation>轮数：{total} 轮中的 {run} 轮（{reason}），用时 {time}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Batch size {batch}, {optimizer} with learning rate {rate}, loss {loss}, seed {seed}, validation split {split}</source>
        <translation>批大小 {batch}，{optimizer}，学习率 {rate}，损失 {loss}，随机种子 {seed}，验证集比例 {split}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Final loss {loss}</source>
        <translation>最终损失 {loss}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>, val_loss {loss}</source>
        <translation>，val_loss {loss}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Finished runs. Check a run to draw its loss curve behind the current one.</source>
        <translation>已完成的运行。勾选一次运行，可在当前曲线后面画出它的损失曲线。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Forget all finished runs (Ctrl+Z brings them back)</source>
        <translation>忘掉所有已完成的运行（Ctrl+Z 可找回）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source> · sweep</source>
        <translation> · 扫描</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Trained by a sweep or a comparison (Compare menu)</source>
        <translation>由扫描或比较训练（比较菜单）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/runs.py"/>
        <source>Runs ({count})</source>
        <translation>运行记录（{count}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>The characters the model continues ({newline} is a line end)</source>
        <translation>模型接着往下写的开头字符（{newline} 表示换行）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>Below 1 the model writes its likelier characters, above 1 wilder ones; 0 always the likeliest</source>
        <translation>低于 1 时模型写出更可能的字符，高于 1 时更随意；0 时总是最可能的那个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>Write</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>Write a sample with the current weights</source>
        <translation>用当前权重生成一段样本</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>Prompt</source>
        <translation>开头</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>Vocabulary: {summary}</source>
        <translation>词表：{summary}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>Train the model: it writes here every few seconds.</source>
        <translation>训练模型：它每隔几秒在这里写一段。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>The sample appears once the first epochs are trained.</source>
        <translation>训练完最初几轮后，样本会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>Perplexity: not trained yet (a guess among all {size} characters scores {size})</source>
        <translation>困惑度：尚未训练（在全部 {size} 个字符中瞎猜，困惑度为 {size}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>Perplexity {value:.2f} (loss {loss:.3f})</source>
        <translation>困惑度 {value:.2f}（损失 {loss:.3f}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>, validation {value:.2f}</source>
        <translation>，验证 {value:.2f}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>No sample: {reason}</source>
        <translation>没有样本：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>stored weights</source>
        <translation>保存的权重</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/sample_panel.py"/>
        <source>Written after {where} at temperature {temperature:g}</source>
        <translation>写于{where}之后，温度 {temperature:g}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Passes over the whole dataset</source>
        <translation>遍历整个数据集的次数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Samples per optimizer step (Keras&apos;s batch_size)</source>
        <translation>每次优化器更新使用的样本数（Keras 的 batch_size）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Optimizer step size; Keras&apos;s default is 0.001 for Adam and RMSprop, 0.01 for SGD. The arrows step 1, 2, 5, 10…</source>
        <translation>优化器的步长；Keras 对 Adam 和 RMSprop 的默认值是 0.001，对 SGD 是 0.01。箭头按 1、2、5、10… 步进</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>The loss Keras minimises (those that fit the data&apos;s task are listed)</source>
        <translation>Keras 最小化的损失（列出适合数据任务的损失）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Seeds the initial weights and the shuffling: the same seed gives the same run</source>
        <translation>初始权重和打乱顺序的随机种子：相同的种子得到相同的运行</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Fraction of samples held out (the last ones, as Keras&apos;s validation_split)</source>
        <translation>留作验证的样本比例（最后的那些样本，同 Keras 的 validation_split）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/settings_form.py"/>
        <source>{loss} (does not fit this data)</source>
        <translation>{loss}（不适合这份数据）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Change the training settings</source>
        <translation>更改训练设置</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Example data: {name}</source>
        <translation>示例数据：{name}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Suggested data: {name}</source>
        <translation>建议的数据：{name}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Project data: {name}</source>
        <translation>项目数据：{name}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>{epochs} epochs · batch {batch} · {optimizer} {rate} · {loss}</source>
        <translation>{epochs} 轮 · 批大小 {batch} · {optimizer} {rate} · {loss}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/setup_form.py"/>
        <source>Choose training data</source>
        <translation>选择训练数据</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/trained_predictions.py"/>
        <source>no predictions: {reason}</source>
        <translation>没有预测：{reason}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/unit_text_view.py"/>
        <source>The value to colour: h (the output), c (the cell state) or one gate</source>
        <translation>用颜色显示的值：h（输出，隐藏状态）、c（细胞状态）或某个门</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/unit_text_view.py"/>
        <source>rank by variance</source>
        <translation>按方差排序</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/unit_text_view.py"/>
        <source>rank by correlation with: {feature}</source>
        <translation>按与“{feature}”的相关性排序</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/unit_text_view.py"/>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/unit_text_view.py"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/unit_text_view.py"/>
        <source>Train the model (or open a trained one) to see what its units do.</source>
        <translation>训练模型（或打开已训练的模型），看看它的单元在做什么。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/unit_text_view.py"/>
        <source>unit {unit}: variance {score:.3f}</source>
        <translation>单元 {unit}：方差 {score:.3f}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/unit_text_view.py"/>
        <source>unit {unit}: r = {correlation:+.2f}</source>
        <translation>单元 {unit}：r = {correlation:+.2f}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/unit_text_view.py"/>
        <source> after epoch {epoch}</source>
        <translation>（第 {epoch} 轮之后）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/unit_text_view.py"/>
        <source>{value} of unit {unit}{where}: red above 0, blue below; a gate runs from 0 (white) to 1 (red).</source>
        <translation>单元 {unit} 的 {value}{where}：大于 0 为红色，小于 0 为蓝色；门的值从 0（白）到 1（红）。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/worker.py"/>
        <source>Loading TensorFlow…</source>
        <translation>正在加载 TensorFlow…</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/worker.py"/>
        <source>TensorFlow ready</source>
        <translation>TensorFlow 已就绪</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/worker.py"/>
        <source>TensorFlow failed: </source>
        <translation>TensorFlow 失败：</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/worker.py"/>
        <source>TensorFlow could not be loaded, so the model cannot be trained.</source>
        <translation>无法加载 TensorFlow，因此无法训练模型。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/training/worker.py"/>
        <source>Training failed: {one_line}</source>
        <translation>训练失败：{one_line}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/export.py"/>
        <source>lstmviz unrolled diagram</source>
        <translation>lstmviz 展开图</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/export.py"/>
        <source>{name}: unknown image type {value}; use .png or .svg</source>
        <translation>{name}：未知的图像类型 {value}；请使用 .png 或 .svg</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/export.py"/>
        <source>(no suffix)</source>
        <translation>（无后缀）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/export.py"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/export.py"/>
        <source>{path}: cannot be written ({value})</source>
        <translation>{path}：无法写入（{value}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/export.py"/>
        <source>{tmp}: could not write the PNG image</source>
        <translation>{tmp}：无法写入 PNG 图像</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/export.py"/>
        <source>{tmp}: could not write the SVG image</source>
        <translation>{tmp}：无法写入 SVG 图像</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>mean {value}</source>
        <translation>均值 {value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>one {kind} cell, used at every time step</source>
        <translation>一个 {kind} 细胞，在每个时间步使用</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>{count} params</source>
        <translation>{count} 个参数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>h(t) up, to the next layer</source>
        <translation>h(t) 向上，进入下一层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Inside the cell</source>
        <translation>细胞内部</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Previous time step</source>
        <translation>上一个时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Next time step</source>
        <translation>下一个时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Gate</source>
        <translation>门</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>W over x(t)</source>
        <translation>W 作用于 x(t)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>U over h(t−1)</source>
        <translation>U 作用于 h(t−1)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>backward {kind} cell at t = {step}</source>
        <translation>t = {step} 时的反向 {kind} 细胞</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>{kind} cell at t = {step}</source>
        <translation>t = {step} 时的 {kind} 细胞</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>of layer {number}, {title}. The same cell, with the same {weights} weights, runs at every one of the {steps} time steps.</source>
        <translation>属于第 {number} 层 {title}。同一个细胞、同样的 {weights} 个权重，在 {steps} 个时间步中的每一步运行。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>t = {step} of {steps}</source>
        <translation>t = {step}，共 {steps} 步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>× 2 directions (Bidirectional)</source>
        <translation>× 2 个方向 (Bidirectional)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>one cell, all gates</source>
        <translation>一个细胞，全部的门</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>No values at this step yet: pick a dataset, train, or load a model.</source>
        <translation>这一步还没有值：请选择数据集、训练或加载模型。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>Values at t = {step} on sample {sample} ({source}), per unit</source>
        <translation>t = {step} 时样本 {sample} 上的值（{source}），按单元</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>; the first {shown} of {units} units</source>
        <translation>；显示 {units} 个单元中的前 {shown} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gate_detail.py"/>
        <source>unit {number}</source>
        <translation>单元 {number}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>the largest step</source>
        <translation>最大的一步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>10^-{decades} of the largest step</source>
        <translation>最大一步的 10^-{decades}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>none reaches it</source>
        <translation>没有达到</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>gradient flowing back into {s}({t}) at epoch {epoch}: ||∂L/∂{s}({t})|| = {norm} ({where})</source>
        <translation>第 {epoch} 轮时反向流入 {s}({t}) 的梯度：||∂L/∂{s}({t})|| = {norm}（{where}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>gradient flowing back</source>
        <translation>反向流动的梯度</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>||∂L/∂h(t)||, log scale, against the strongest step</source>
        <translation>||∂L/∂h(t)||，对数刻度，相对于最强的一步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>strongest</source>
        <translation>最强</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>≤10^-{d}</source>
        <translation>≤10^-{d}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>arrows under h and c point back in time</source>
        <translation>h 和 c 下方的箭头指向过去</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>||∂L/∂{s}(t)||</source>
        <translation>||∂L/∂{s}(t)||</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>{name}, forward</source>
        <translation>{name}，正向</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_items.py"/>
        <source>{name}, backward</source>
        <translation>{name}，反向</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/gradient_overlay.py"/>
        <source>Gradients through time in layer {layer} ({kind}): each time step&apos;s ||∂L/∂h(t)|| (rows, t = 1 at the top) at every observed epoch (columns); loss on {samples} samples</source>
        <translation>第 {layer} 层（{kind}）中随时间的梯度：每个时间步的 ||∂L/∂h(t)||（行，t = 1 在顶部），在每个观察到的轮次（列）；在 {samples} 个样本上的损失</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>The recurrent layer whose values are shown</source>
        <translation>显示其值的循环层</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Which sample of the data the cell works on</source>
        <translation>细胞处理的是数据中的哪个样本</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Previous time step (Left)</source>
        <translation>上一个时间步（左方向键）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Next time step (Right)</source>
        <translation>下一个时间步（右方向键）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Walk through the time steps</source>
        <translation>逐个浏览时间步</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>t = {step}</source>
        <translation>t = {step}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/header.py"/>
        <source>Fit the diagram to the window (Ctrl+wheel zooms)</source>
        <translation>让图适应窗口大小（Ctrl+滚轮缩放）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/heatmaps.py"/>
        <source>{name} at t = {step}, unit {unit}: {value}</source>
        <translation>{name}，t = {step}，单元 {unit}：{value}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/heatmaps.py"/>
        <source>candidate g</source>
        <translation>候选值 g</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/heatmaps.py"/>
        <source>{states}, candidate g</source>
        <translation>{states}, 候选值 g</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/heatmaps.py"/>
        <source>gates {names} (σ)</source>
        <translation>门 {names} (σ)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/heatmaps.py"/>
        <source>0 closed</source>
        <translation>0 关闭</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/heatmaps.py"/>
        <source>1 open</source>
        <translation>1 打开</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/heatmaps.py"/>
        <source>{names} (tanh)</source>
        <translation>{names} (tanh)</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/items.py"/>
        <source>{kind} cell at {step}, the same weights as every other step. Click to open it.</source>
        <translation>{step} 处的 {kind} 细胞，权重与其他每一步相同。点击打开它。</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/items.py"/>
        <source>{name} (mean {mean}): {numbers}</source>
        <translation>{name}（均值 {mean}）：{numbers}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/items.py"/>
        <source>{step}: {name}, mean {mean} over {units} units</source>
        <translation>{step}：{name}，{units} 个单元的均值 {mean}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/items.py"/>
        <source>{kind} cell at {step}: the same weights at every step; click to open it</source>
        <translation>{step} 处的 {kind} 细胞：每一步权重相同；点击打开它</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/scene.py"/>
        <source>layer {value} is not drawn</source>
        <translation>第 {value} 层没有绘制</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/scene.py"/>
        <source>the values have {steps} time steps but the layer reads {steps2}</source>
        <translation>这些值有 {steps} 个时间步，但该层读取 {steps2} 个</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/scene.py"/>
        <source>values of layer {number}, per time step and unit</source>
        <translation>第 {number} 层的值，按时间步和单元</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/scene.py"/>
        <source>t = {step}:  {values}   (means over {units} units)</source>
        <translation>t = {step}：  {values}   （{units} 个单元的均值）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>no dataset</source>
        <translation>没有数据集</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>new values for layer {number}: choose it to see them</source>
        <translation>第 {number} 层有新的值：选择它即可查看</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>Export diagram image</source>
        <translation>导出图的图像</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>Export image</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>{number}: {name} ({kind})</source>
        <translation>{number}：{name}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>{layer}: values on sample {sample} ({source})</source>
        <translation>{layer}：样本 {sample} 上的值（{source}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>values: {source}</source>
        <translation>值：{source}</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source> (sample {number}: the one this run follows)</source>
        <translation>（样本 {number}：这次运行跟踪的样本）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>no values ({why})</source>
        <translation>没有值（{why}）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/unrolled/view.py"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/widgets/fix_banner.py"/>
        <source>Apply this change as one edit (Ctrl+Z undoes it)</source>
        <translation>把这次更改作为一次编辑应用（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location filename="../../lstmviz/ui/work/isolated_reading.py"/>
        <source>{path}: the process reading it stopped unexpectedly (out of memory?); nothing was opened</source>
        <translation>{path}：读取它的进程意外停止（内存不足？）；没有打开任何内容</translation>
    </message>
    <message>
        <source>loaded model</source>
        <translation type="vanished">加载的模型</translation>
    </message>
    <message>
        <source>the cell values have no hidden state h</source>
        <translation type="vanished">细胞的值中没有隐藏状态 h</translation>
    </message>
    <message>
        <source>The loss Keras minimises</source>
        <translation type="vanished">Keras 最小化的损失</translation>
    </message>
    <message>
        <source>Seven days of weather predict tomorrow&apos;s label: sun, rain, drizzle, fog or snow. Dense(5) with softmax gives one probability per class, trained with sparse categorical cross-entropy. Compare the test accuracy with always saying the most common class, and read the confusion matrix.</source>
        <translation type="vanished">用七天的天气预测明天的标签：晴（sun）、雨（rain）、毛毛雨（drizzle）、雾（fog）或雪（snow）。带 softmax 的 Dense(5) 为每个类别给出一个概率，用稀疏分类交叉熵训练。把测试准确率与总是说最常见类别的做法比较，并阅读混淆矩阵。</translation>
    </message>
    <message>
        <source>{epochs_run} epochs in {train_seconds:.2f} s ({per_epoch:.2f} ms per epoch), final loss {loss}</source>
        <translation type="vanished">{epochs_run} 轮用时 {train_seconds:.2f} 秒（每轮 {per_epoch:.2f} 毫秒），最终损失 {loss}</translation>
    </message>
    <message>
        <source>Finished {epochs} epochs in {time} ({per} ms/epoch) · loss {loss}</source>
        <translation type="vanished">{epochs} 轮完成，用时 {time}（每轮 {per} 毫秒）· 损失 {loss}</translation>
    </message>
    <message>
        <source>{path}: not a manifest of lstmviz&apos;s desktop files, or it names paths outside the data folder; nothing was changed</source>
        <translation type="vanished">{path}：不是 lstmviz 桌面文件的清单，或者其中的路径在数据文件夹之外；未做任何更改</translation>
    </message>
    <message>
        <source>{at}.weights[{index}]: holds values that are not finite numbers</source>
        <translation type="vanished">{at}.weights[{index}]：含有不是有限数的值</translation>
    </message>
    <message>
        <source>lstmviz shows {language} after a restart. Restart now?</source>
        <translation type="vanished">lstmviz 将在重启后显示{language}。现在重启吗？</translation>
    </message>
    <message>
        <source>#{number} {title}{end}
{optimizer} {rate} · {epochs} ep
loss {loss}</source>
        <translation type="vanished">#{number} {title}{end}
{optimizer} {rate} · {epochs} 轮
损失 {loss}</translation>
    </message>
    <message>
        <source>gates f, i, o, z, r (σ)</source>
        <translation type="vanished">门 f, i, o, z, r (σ)</translation>
    </message>
    <message>
        <source>h, c, candidate g (tanh)</source>
        <translation type="vanished">h, c, 候选值 g (tanh)</translation>
    </message>
    <message>
        <source>{where}: no forward pass for layer kind {kind}</source>
        <translation type="vanished">{where}：层类型 {kind} 没有前向计算</translation>
    </message>
    <message>
        <source>token ids go up to {max}, beyond the Embedding&apos;s input_dim {value}</source>
        <translation type="vanished">词元 ID 最大到 {max}，超出了 Embedding 的 input_dim {value}</translation>
    </message>
    <message>
        <source>in user code</source>
        <translation type="vanished">在用户代码中</translation>
    </message>
    <message>
        <source>Open Compare &gt; Sweep (or run `lstmviz sweep long-memory-sweep`): SimpleRNN(8), GRU(8) and LSTM(8) learn to recall a value 5, 10, 20, 40, 70 and 100 steps back. The plot shows each cell&apos;s final loss against the lag; where a line climbs to the variance of the targets (about 0.33), that cell no longer carries the value that far.</source>
        <translation type="vanished">打开“比较 &gt; 扫描”（或运行 `lstmviz sweep long-memory-sweep`）：SimpleRNN(8)、GRU(8) 和 LSTM(8) 学习回忆 5、10、20、40、70 和 100 个时间步之前的值。图中画出每种 cell 的最终损失随间隔的变化；某条线升到目标的方差（约 0.33）的地方，说明该 cell 已无法把这个值带到那么远。</translation>
    </message>
    <message>
        <source>training {cells} at once, each in its own process</source>
        <translation type="vanished">正在同时训练 {cells}，每个在自己的进程中</translation>
    </message>
    <message>
        <source>Tiny Shakespeare (1.1 MB of plays)</source>
        <translation type="vanished">莎士比亚剧作选（1.1 MB 剧本）</translation>
    </message>
    <message>
        <source>Three Hundred Song Ci (宋词三百首, 35,000 characters)</source>
        <translation type="vanished">宋词三百首（35,000 字）</translation>
    </message>
    <message>
        <source>Accuracy per part</source>
        <translation type="vanished">各部分的准确率</translation>
    </message>
    <message>
        <source>model</source>
        <translation type="vanished">模型</translation>
    </message>
    <message>
        <source>{part}: accuracy {value:.3f}</source>
        <translation type="vanished">{part}：准确率 {value:.3f}</translation>
    </message>
    <message>
        <source>majority class (test)</source>
        <translation type="vanished">多数类（测试）</translation>
    </message>
    <message>
        <source>training {epochs} epochs ({engine} engine)</source>
        <translation type="vanished">训练 {epochs} 轮（{engine} 引擎）</translation>
    </message>
</context>
</TS>
