from lstmviz.cli import run

if __name__ == "__main__":  # not again in a child process that imports this module
    run()
