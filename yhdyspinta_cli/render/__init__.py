"""Rendering shared by report, summary and diff: Markdown, templates, HTML, charts, numbers, files.

Report and summary keep only what is theirs (what their templates get); everything that turns
figures and user text into a document, and the document into files, is here.
"""
