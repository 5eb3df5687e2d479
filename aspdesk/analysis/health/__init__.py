"""The cluster health check against the cluster model, its rules and sentences (no Qt)."""
