"""The interface language: translators, the menu and the hand-off when it changes."""
