"""Many assessments into one situational picture: read fast, count, compute once, render."""
