"""``python -m procedit``: the same as the ``procedit`` command."""

from procedit.cli import run

if __name__ == "__main__":
    run()
