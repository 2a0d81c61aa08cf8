from lstmviz.cli import run

run()
