"""The unrolled diagram's geometry as plain data (no Qt): the view only paints it."""
