"""Dialogs: export, regulation, recovery, validation rules."""
