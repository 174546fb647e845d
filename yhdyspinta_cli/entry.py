"""The console script's entry: Ctrl-C exits 130 quietly from the first instruction on.

Importing typer and the commands takes a few hundred milliseconds; a Ctrl-C then would end in
a KeyboardInterrupt traceback from inside an import. So the first thing done is a handler that
leaves at once with 130. While a command runs, the error boundary lets Ctrl-C raise
KeyboardInterrupt instead, so that a walk saves before it stops.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType

from yhdyspinta_cli.exit_codes import ExitCode  # enum is loaded already: this takes microseconds


def _leave(signum: int, frame: FrameType | None) -> None:
    os.write(2, b"\n")  # after the ^C the terminal shows, as typer does for one in a command
    os._exit(ExitCode.INTERRUPTED)


# On import, not in main(): the console script imports this module and only then calls main.
signal.signal(signal.SIGINT, _leave)


def main() -> None:
    """Run `yhdyspinta` with the arguments of this process."""
    try:
        from yhdyspinta_cli.cli import app
        from yhdyspinta_cli.cli.boundary import run_for_code

        code = run_for_code(app)
    except KeyboardInterrupt:  # a second Ctrl-C while the first was being handled
        code = ExitCode.INTERRUPTED
    # The work is done and the exit code known. Python restores the default handler while it
    # shuts down, and a Ctrl-C then would kill it with -2; ignored, the code stands.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(code)
