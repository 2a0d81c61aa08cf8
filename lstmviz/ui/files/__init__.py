"""Files: open and save dialogs, loading off the GUI thread, recent files, recovery, single instance."""
