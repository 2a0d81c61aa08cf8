"""The window shell: main window, layout, geometry, presenter mode, style, help."""
