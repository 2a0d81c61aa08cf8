"""Work kept off the GUI thread: a thread pool with results delivered back, reading in a separate process."""
