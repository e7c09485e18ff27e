"""The printed shift report: document layout, charts, PDF export, printing and the CLI."""
