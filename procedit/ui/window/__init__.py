"""The main window: menus and actions, files, document safety, map switching, find."""
