"""Menus that act on one key press, built on prompt_toolkit.

Every choice with a key (a digit or a letter, the same in every language) is taken the moment
that key is pressed; the arrow keys move a highlight and Enter takes it. A one-line prompt with
no answer yet highlights nothing: on a projector a highlighted "1 Puuttuu" reads as the room's
answer, and a stray Enter would record it. The menus have no
text of their own: every word comes from the caller, so a Finnish or Swedish room sees no
English. Ctrl-C raises KeyboardInterrupt; the end of the input raises EOFError.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from prompt_toolkit.application import Application, get_app
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.layout import HSplit, Layout, Window
from prompt_toolkit.layout.controls import FormattedTextControl
from prompt_toolkit.styles import Style

from yhdyspinta_cli.walk.prompter import Choice

EMPTY = "?"  # the highlight before any choice: not yet answered, in no language's words
# Bold and reverse video only: they read on a light projector background, on a dark
# terminal and with NO_COLOR alike.
STYLE = Style.from_dict(
    {
        "question": "bold",
        "current": "reverse bold",
        "key": "bold",
        "answer": "bold",
        "legend": "",
    }
)


@dataclass
class _State:
    choices: Sequence[Choice]
    index: int | None  # the highlighted choice; None before any key on a one-line prompt
    checked: set[str] = field(default_factory=set)
    done: bool = False


def choose_on_line(
    question: str, choices: Sequence[Choice], default: str | None, legend: str
) -> str:
    """The legend above one line that shows the highlighted choice; one key takes a choice."""
    state = _State(choices, _given(choices, default))

    def tokens() -> StyleAndTextTuples:
        chosen = "" if state.index is None else _shown(state.choices[state.index])
        if state.done:
            return [("class:question", f"{question}: "), ("class:answer", chosen)]
        return [
            ("class:legend", f"{_wrapped(legend, get_app().output.get_size().columns)}\n"),
            ("class:question", f"{question}: "),
            ("class:current", f" {chosen or EMPTY} "),
            ("", " ↑↓ Enter"),
        ]

    return str(_run(state, tokens, many=False))


def choose_in_list(question: str, choices: Sequence[Choice], default: str | None, hint: str) -> str:
    """A list, one choice a line with its key; one key takes a choice."""
    state = _State(choices, _given(choices, default) or 0)

    def tokens() -> StyleAndTextTuples:
        if state.done and state.index is not None:
            chosen = state.choices[state.index]
            return [("class:question", f"{question}: "), ("class:answer", chosen.title)]
        return [("class:question", f"{question} "), ("", f"{hint}\n"), *_rows(state, False)]

    return str(_run(state, tokens, many=False))


def choose_several(
    question: str, choices: Sequence[Choice], selected: Sequence[str], hint: str
) -> list[str]:
    """A list with boxes; a choice's key or the space bar turns it on or off, Enter accepts."""
    state = _State(choices, 0, checked=set(selected))

    def tokens() -> StyleAndTextTuples:
        if state.done:
            names = ", ".join(c.title for c in state.choices if c.value in state.checked)
            return [("class:question", f"{question}: "), ("class:answer", names or "–")]
        return [("class:question", f"{question} "), ("", f"{hint}\n"), *_rows(state, True)]

    result = _run(state, tokens, many=True)
    assert isinstance(result, list)
    return result


def _rows(state: _State, boxes: bool) -> StyleAndTextTuples:
    rows: StyleAndTextTuples = []
    for number, choice in enumerate(state.choices):
        pointer = "»" if number == state.index else " "
        box = ("[x] " if choice.value in state.checked else "[ ] ") if boxes else ""
        key = f"{choice.shortcut}) " if choice.shortcut else "   "
        style = "class:current" if number == state.index else ""
        rows.append(("", f" {pointer} "))
        rows.append((style, f"{box}{key}{choice.title}"))
        rows.append(("", "\n"))
    return rows[:-1]


def _run(state: _State, tokens: object, many: bool) -> str | list[str]:
    bindings = _bindings(state, many)
    control = FormattedTextControl(tokens, show_cursor=False)  # type: ignore[arg-type]
    window = Window(control, wrap_lines=True, dont_extend_height=True)
    app: Application[str | list[str]] = Application(
        layout=Layout(HSplit([window])), key_bindings=bindings, style=STYLE, full_screen=False
    )
    return app.run()


def _bindings(state: _State, many: bool) -> KeyBindings:
    bindings = KeyBindings()

    def finish(event: KeyPressEvent) -> None:
        if many:
            state.done = True
            event.app.exit(result=[c.value for c in state.choices if c.value in state.checked])
        elif state.index is not None:  # Enter before any choice is highlighted does nothing
            state.done = True
            event.app.exit(result=state.choices[state.index].value)

    def move(step: int) -> None:
        start = -1 if step > 0 else 0  # from no highlight, down takes the first, up the last
        state.index = ((start if state.index is None else state.index) + step) % len(state.choices)

    for number, choice in enumerate(state.choices):
        if choice.shortcut:
            _bind_shortcut(bindings, state, number, choice, many, finish)
    for key, step in (("up", -1), ("left", -1), ("down", 1), ("right", 1)):
        bindings.add(key)(lambda _event, step=step: move(step))
    bindings.add("enter")(finish)
    if many:
        bindings.add(" ")(lambda _event: _toggle(state, state.choices[state.index or 0].value))

    @bindings.add("c-c")
    def _interrupt(event: KeyPressEvent) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    return bindings


def _bind_shortcut(
    bindings: KeyBindings, state: _State, number: int, choice: Choice, many: bool, finish: object
) -> None:
    assert choice.shortcut is not None

    @bindings.add(choice.shortcut)
    def _pressed(event: KeyPressEvent) -> None:
        state.index = number
        if many:
            _toggle(state, choice.value)
        else:
            finish(event)  # type: ignore[operator]


def _toggle(state: _State, value: str) -> None:
    state.checked ^= {value}


def _wrapped(legend: str, width: int) -> str:
    """The legend broken between its entries (never inside a word) to fit `width` columns."""
    lines: list[str] = []
    for part in legend.split(" · "):
        if lines and len(lines[-1]) + 3 + len(part) < width:
            lines[-1] += f" · {part}"
        else:
            lines.append(part)
    return "\n".join(lines)


def _given(choices: Sequence[Choice], value: str | None) -> int | None:
    """The position of the default choice; None when there is none."""
    return next((n for n, c in enumerate(choices) if c.value == value), None)


def _shown(choice: Choice) -> str:
    return f"{choice.shortcut} {choice.title}" if choice.shortcut else choice.title
