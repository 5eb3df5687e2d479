"""Survey rounds: questionnaires for a cluster's members, and reading their answers back."""
