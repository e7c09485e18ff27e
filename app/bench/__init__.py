"""`floorwatch bench`: the registry, measurement helpers and the workloads that need no GUI."""
