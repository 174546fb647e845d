"""Running one workshop session: open or create the file, walk, and always save on the way out."""

from __future__ import annotations

import shutil
import sys
import webbrowser
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from yhdyspinta_cli.assessment.create import create_assessment
from yhdyspinta_cli.assessment.edit import now_stamp
from yhdyspinta_cli.assessment.places import known_places
from yhdyspinta_cli.assessment.store import AssessmentFile, ConflictError, open_assessment
from yhdyspinta_cli.atomic import check_writable
from yhdyspinta_cli.cli.options import Project, report_warnings
from yhdyspinta_cli.cli.output import tell
from yhdyspinta_cli.cli.questionary_prompter import QuestionaryPrompter
from yhdyspinta_cli.exit_codes import ExitCode
from yhdyspinta_cli.i18n import message, msg
from yhdyspinta_cli.problems import UserError
from yhdyspinta_cli.walk.outside_change import OutsideChanges
from yhdyspinta_cli.walk.plan_walk import PlanWalk
from yhdyspinta_cli.walk.prompter import Prompter
from yhdyspinta_cli.walk.saver import BackgroundSaver
from yhdyspinta_cli.walk.setup import ask_new_assessment
from yhdyspinta_cli.walk.walk import Walk
from yhdyspinta_cli.walk.walk_state import WalkOptions

WalkBody = Callable[[AssessmentFile, OutsideChanges, str, Prompter], None]


class Workshop:
    """The interactive commands' work (assess, plan), with their one place for Ctrl-C."""

    def __init__(
        self,
        project: Project,
        file: Path | None,
        lang: str | None,
        present: bool = False,
        browser: bool = True,
    ) -> None:
        self.project, self.file, self.lang = project, file, lang
        self.present, self.browser = present, browser
        self.prompter = QuestionaryPrompter(lang or project.lang)

    def run(
        self, perspectives: bool, recommendation: str | None, only_unanswered: bool
    ) -> ExitCode:
        """The assessment walk; a missing file is created first."""

        def walk(
            assessment: AssessmentFile, outside: OutsideChanges, lang: str, prompter: Prompter
        ) -> None:
            options = WalkOptions(lang, perspectives, only_unanswered, recommendation)
            catalog = self.project.catalog
            sync = outside.keep_in_step
            Walk(assessment, catalog, prompter, options, outside.save, now_stamp, sync).run()

        options = ["--perspectives"] if perspectives else []
        options += ["--present"] if self.present else []
        if recommendation:
            options += ["--recommendation", recommendation]
        return self._session("assess", walk, options, create=True)

    def plan(self) -> ExitCode:
        """The planning walk over the gaps of an existing file."""

        def walk(
            assessment: AssessmentFile, outside: OutsideChanges, lang: str, prompter: Prompter
        ) -> None:
            catalog, sync = self.project.catalog, outside.keep_in_step
            PlanWalk(assessment, catalog, prompter, lang, outside.save, now_stamp, sync).run()

        return self._session("plan", walk, ["--present"] if self.present else [], create=False)

    def _session(self, command: str, walk: WalkBody, options: list[str], create: bool) -> ExitCode:
        """Open, walk, and always save; 0 when done or quit, 130 after Ctrl-C."""
        saver: BackgroundSaver | None = None
        resume = _resume_command(command, self.file, options)
        try:
            assessment = self._open() if create else self._open_existing()
            check_writable(assessment.path)
            resume = _resume_command(command, assessment.path, options)
            saver = BackgroundSaver(assessment)
            self.prompter.lang = self.lang or assessment.view().language
            with self._presented(assessment) as prompter:
                lang, program = self.prompter.lang, invoked_as(sys.argv[0])
                outside = OutsideChanges(saver, self.project.catalog, prompter, lang, program)
                walk(assessment, outside, lang, prompter)
                outside.finish()
        except ConflictError as error:
            # The room's language, not the store's English: this stops a workshop.
            text = message("outside_change", self.prompter.lang)
            raise UserError(text.format(path=error.path, sidecar=error.sidecar)) from None
        except (KeyboardInterrupt, EOFError):
            kept_aside = self._finish_interrupted(saver) if saver is not None else None
            self._say_resume(resume, "resume_after_combining" if kept_aside else "resume")
            return ExitCode.INTERRUPTED
        self._say_resume(resume)
        return ExitCode.OK

    def _finish_interrupted(self, saver: BackgroundSaver) -> Path | None:
        """Everything answered is written; a change on disk that needs an answer leaves the
        file as it is and our state beside it, says where, and returns that copy's path."""
        lang = self.prompter.lang
        sidecar = OutsideChanges(
            saver, self.project.catalog, self.prompter, lang
        ).finish_interrupted()
        if sidecar is not None:
            text = message("outside_change", lang).format(path=saver.file.path, sidecar=sidecar)
            self.prompter.show_message(f"\n{text}", emphasis=True)  # wrapped at words
        return sidecar

    @contextmanager
    def _presented(self, assessment: AssessmentFile) -> Iterator[Prompter]:
        """The prompter to walk with: with --present, one that also feeds the presenter view."""
        if not self.present:
            yield self.prompter
            return
        from yhdyspinta_cli.cli.presenter_server import PresenterServer
        from yhdyspinta_cli.walk.presenting import PresentingPrompter

        server = PresenterServer()
        server.start()
        tell(message("present_at", self.prompter.lang).format(url=server.url))
        if self.browser:
            webbrowser.open(server.url)
        try:
            yield PresentingPrompter(self.prompter, assessment, server.publish)
        finally:
            server.stop()

    def _open_existing(self) -> AssessmentFile:
        if self.file is None or not self.file.exists():
            raise UserError(msg("cli_no_such_assessment", file=self.file))
        return self._open()

    def _open(self) -> AssessmentFile:
        if self.file is not None and self.file.exists():
            assessment = open_assessment(self.file, self.project.catalog)
            report_warnings(assessment.warnings)
            return assessment
        path = self.file or Path("assessments") / f"{date.today().isoformat()}.yaml"
        # Before the setup questions, so nobody types in a workshop that cannot be saved.
        path.parent.mkdir(parents=True, exist_ok=True)
        check_writable(path)
        lang = self.lang or self.project.lang
        places = known_places([path.parent])
        new = ask_new_assessment(self.prompter, self.project.catalog.vocabulary, lang, places)
        return create_assessment(path, new, self.project.catalog)

    def _say_resume(self, command: str, key: str = "resume") -> None:
        tell(f"\n{message(key, self.prompter.lang)}\n  {command}")


def _resume_command(command: str, path: Path | None, options: list[str]) -> str:
    parts = [invoked_as(sys.argv[0]), command]
    if path is not None:
        parts.append(_quoted(str(path)))
    return " ".join([*parts, *options])


def invoked_as(argv0: str) -> str:
    """The program as the facilitator started it: `.venv/bin/yhdyspinta` when typed so.

    Plain `yhdyspinta` when that is what PATH finds, or when the program was not started
    through its own script (`python -m`, a test run).
    """
    program = Path(argv0)
    if program.stem != "yhdyspinta" or len(program.parts) == 1:
        return "yhdyspinta"
    found = shutil.which("yhdyspinta")
    if found is not None and Path(found).resolve() == program.resolve():
        return "yhdyspinta"
    return _quoted(argv0)


def _quoted(text: str) -> str:
    return f'"{text}"' if any(ch in text for ch in " '\"&;|") else text
