"""Reading user files: safe YAML with positions, and JSON Schema validation."""
