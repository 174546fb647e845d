"""Gap analysis: scores, priorities and comparisons, computed once for every output format."""
