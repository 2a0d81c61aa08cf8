"""The sweep window and the cell comparison window, and the driver that runs their sweeps."""
