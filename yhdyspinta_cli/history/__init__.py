"""An assessment's history in git: reading old versions, semantic diffs and three-way merges."""
