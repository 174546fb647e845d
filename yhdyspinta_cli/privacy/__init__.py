"""Personal data: detectors for free text, and where in a file it sits."""
