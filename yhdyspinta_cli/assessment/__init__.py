"""Assessment files: the answers a region gives, kept in versioned YAML."""
