"""aspdesk: map the actors, clusters, roles and ties of a regional business-cluster network."""

__version__ = "0.1.0"
