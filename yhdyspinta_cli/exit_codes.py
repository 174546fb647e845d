"""The exit codes of every command, stated once; only the error boundary maps errors to them."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What a run of `yhdyspinta` ended with. The README's table lists the same codes."""

    OK = 0
    # A problem in an input file: unreadable, unparsable, invalid, or breaking the policy.
    # Also `diff --exit-code` finding changes and `merge` leaving a conflict, as git does.
    PROBLEMS = 1
    # A usage or configuration error: bad options, an unreadable or invalid yhdyspinta.yaml.
    USAGE = 2
    # A bug: the message names the crash log to attach to a bug report.
    INTERNAL = 3
    # Ctrl-C (128 + SIGINT), whenever it comes.
    INTERRUPTED = 130
