"""Running one workshop session: open or create the file, walk, and always save on the way out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from yhdyspinta_cli.assessment.create import create_assessment
from yhdyspinta_cli.assessment.edit import now_stamp
from yhdyspinta_cli.assessment.store import AssessmentFile, open_assessment
from yhdyspinta_cli.atomic import check_writable
from yhdyspinta_cli.cli.options import Project, report_warnings
from yhdyspinta_cli.cli.questionary_prompter import QuestionaryPrompter
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.saver import BackgroundSaver
from yhdyspinta_cli.walk.setup import ask_new_assessment
from yhdyspinta_cli.walk.walk import Walk, WalkOptions

EXIT_INTERRUPTED = 130


class Workshop:
    """The `assess` command's work, with its one place for Ctrl-C."""

    def __init__(self, project: Project, file: Path | None, lang: str | None) -> None:
        self.project, self.file, self.lang = project, file, lang
        self.prompter = QuestionaryPrompter(lang or project.lang)

    def run(self, perspectives: bool, recommendation: str | None, only_unanswered: bool) -> int:
        """Walk; return 0 when done or quit, 130 after Ctrl-C (with everything saved)."""
        saver: BackgroundSaver | None = None
        resume = self._resume_command(perspectives, recommendation)
        try:
            assessment = self._open()
            check_writable(assessment.path)
            resume = self._resume_command(perspectives, recommendation, assessment.path)
            saver = BackgroundSaver(assessment)
            self.prompter.lang = self.lang or assessment.view().language
            options = WalkOptions(
                lang=self.prompter.lang,
                perspectives=perspectives,
                only_unanswered=only_unanswered,
                recommendation=recommendation,
            )
            walk = Walk(
                assessment, self.project.catalog, self.prompter, options, saver.save, now_stamp
            )
            walk.run()
            saver.flush()
        except (KeyboardInterrupt, EOFError):
            if saver is not None:
                saver.flush()
            self._say_resume(resume)
            return EXIT_INTERRUPTED
        self._say_resume(resume)
        return 0

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
        new = ask_new_assessment(self.prompter, self.project.catalog.vocabulary, lang)
        return create_assessment(path, new, self.project.catalog)

    def _resume_command(
        self, perspectives: bool, recommendation: str | None, path: Path | None = None
    ) -> str:
        target = path or self.file
        parts = ["yhdyspinta", "assess"]
        if target is not None:
            parts.append(_quoted(str(target)))
        if perspectives:
            parts.append("--perspectives")
        if recommendation:
            parts += ["--recommendation", recommendation]
        return " ".join(parts)

    def _say_resume(self, command: str) -> None:
        typer.echo(f"\n{message('resume', self.prompter.lang)}\n  {command}")


def _quoted(text: str) -> str:
    return f'"{text}"' if any(ch in text for ch in " '\"&;|") else text
