"""Allow `python -m yhdyspinta_cli`."""

from yhdyspinta_cli.cli import main

main()
