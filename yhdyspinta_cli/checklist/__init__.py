"""The checklist stage: the model, parsing, rules, the catalog and validation."""
