"""`floorwatch bench`: the runner, its child processes and the workloads that drive the GUI."""
