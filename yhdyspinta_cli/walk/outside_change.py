"""A change made to the file on disk during a walk is merged into the walk's state, not fatal.

Between items the walk asks the saver whether the file changed on disk (a git pull, an
`answer` from another terminal). The change is merged by item id with the same three-way merge
as `yhdyspinta merge`, one line says what came in, and the walk goes on. Only a field that both
sides changed differently stops and asks: keep ours, keep theirs, or keep both for a later
`yhdyspinta resolve`. Ctrl-C loses nothing: a merge that needs no answer is written, anything
else leaves the file on disk as it is and our state beside it.
"""

from __future__ import annotations

from pathlib import Path

from yhdyspinta_cli.assessment.store import ConflictError
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.history.merge_outside import (
    Keep,
    OutsideChange,
    merge_outside_change,
    settle_conflicts,
)
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.problems import ProblemError
from yhdyspinta_cli.walk.outside_words import conflict_line, conflict_names, what_came_in
from yhdyspinta_cli.walk.prompter import Choice, Prompter
from yhdyspinta_cli.walk.saver import BackgroundSaver

KEYS = {Keep.OURS: "o", Keep.THEIRS: "t", Keep.BOTH: "l"}


class OutsideChanges:
    """Keeps the walk's state and the file on disk in step, through the walk's Prompter."""

    def __init__(
        self,
        saver: BackgroundSaver,
        catalog: Catalog,
        prompter: Prompter,
        lang: str,
        program: str = "yhdyspinta",  # as the facilitator started it, for the resolve command
    ) -> None:
        self.saver, self.catalog, self.prompter, self.lang = saver, catalog, prompter, lang
        self.program = program

    def save(self) -> None:
        """Queue the walk's state for writing (the walk's `save`)."""
        self.saver.save()

    def keep_in_step(self) -> tuple[str, ...]:
        """Merge a change on disk into the walk's state; the lines that say what came in.

        A conflict asks what to keep. A file on disk that is not a valid assessment cannot be
        merged: our state is kept beside it and ConflictError stops the walk.
        """
        if not self.saver.changed_outside():
            return ()
        change = self._merge()
        keep = self._ask_keep(change) if change.result.conflicts else Keep.OURS
        settle_conflicts(self.saver.file, change, keep)
        self.saver.merged(change.theirs_text, change.theirs_digest)
        return self._came_in(change, keep)

    def finish(self) -> None:
        """At the end of the walk: merge and write until everything is on disk."""
        while not self.saver.flush():
            self._show(self.keep_in_step())

    def finish_interrupted(self) -> Path | None:
        """After Ctrl-C, without asking: a change on disk that merges without a conflict is
        merged and written; otherwise the file on disk stays as it is and our state is kept
        beside it. Returns that copy's path, or None when everything is in the file."""
        while not self.saver.flush():
            try:
                change = merge_outside_change(self.saver.file, self.saver.base_text, self.catalog)
            except ProblemError:
                return self.saver.keep_aside()
            if change.result.conflicts:
                return self.saver.keep_aside()
            self.saver.merged(change.theirs_text, change.theirs_digest)
            self._show(self._came_in(change, Keep.OURS))
        return None

    def _merge(self) -> OutsideChange:
        try:
            return merge_outside_change(self.saver.file, self.saver.base_text, self.catalog)
        except ProblemError:
            raise ConflictError(self.saver.file.path, self.saver.keep_aside()) from None

    def _ask_keep(self, change: OutsideChange) -> Keep:
        """Show each field both sides changed, then one key: ours, theirs, or both."""
        for conflict in change.result.conflicts:
            self.prompter.show_message(conflict_line(conflict, self.lang), emphasis=True)
        choices = [
            Choice(keep.value, self._say(f"outside_keep_{keep.value}"), shortcut=KEYS[keep])
            for keep in Keep
        ]
        legend = " · ".join(f"{c.shortcut} {c.title}" for c in choices)
        question = self._say("outside_conflict_ask")
        return Keep(self.prompter.choose_by_key(question, choices, Keep.BOTH.value, legend))

    def _came_in(self, change: OutsideChange, keep: Keep) -> tuple[str, ...]:
        """The one line of what came in; after "both", how to finish; comments not placed."""
        lines = [what_came_in(change, keep, self.lang)]
        if keep is Keep.BOTH:
            names = conflict_names(change.result)
            later = self._say("outside_kept_both").format(
                program=self.program,
                file=self.saver.file.path,
                ids=", ".join(names),
                first=names[0],
            )
            lines.append(later)
        if change.lost_comments:
            lost = " | ".join(line.strip() for line in change.lost_comments)
            lines.append(self._say("outside_lost_comments").format(lines=lost))
        return tuple(lines)

    def _show(self, lines: tuple[str, ...]) -> None:
        for line in lines:
            self.prompter.show_message(line, emphasis=True)

    def _say(self, key: str) -> str:
        return message(key, self.lang)
