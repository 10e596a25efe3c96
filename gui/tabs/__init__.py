"""The labs, one tab each. ``TAB_CLASSES`` (in ``gui.main_window``) lists them in display order."""
