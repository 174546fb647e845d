"""Reports: gap analysis and action plan as Markdown, HTML or JSON, from one computation."""
