"""The properties panel: forms for processes, arrows, parties and the project."""
