"""Allow `python -m yhdyspinta_cli`."""

from yhdyspinta_cli.entry import main

main()
