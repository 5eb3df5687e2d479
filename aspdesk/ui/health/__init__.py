"""The Cluster health dock and the dialog of its rules."""
