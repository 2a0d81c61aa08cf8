"""The bundled app's entry point: the same ``lstmviz`` command, window and subcommands."""

import multiprocessing

from lstmviz.cli import run

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen app re-executes itself for child processes
    run()
