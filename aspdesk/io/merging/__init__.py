"""Planning an import into a map: what matches, what is new, updated or in conflict."""
