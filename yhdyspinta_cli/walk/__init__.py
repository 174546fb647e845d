"""The interactive workshop walk, written against the Prompter interface."""
