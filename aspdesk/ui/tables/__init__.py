"""The tables of a map's entities: columns, item models, panels, the cluster overview."""
