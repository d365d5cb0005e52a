"""`python -m engine` and the `engine` console script: the command line, with one look at the spec
folders per process (engine.spec.index.snapshot), taken before the commands' modules read the rules'
flags from them. Importing `engine.cli` (as tests and the Python API do) does not take the snapshot."""


def run() -> None:
    from engine.spec.index import snapshot

    snapshot()
    from engine.cli import run as command_line

    command_line()


if __name__ == "__main__":
    run()
