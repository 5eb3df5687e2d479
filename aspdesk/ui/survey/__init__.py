"""Survey rounds in the window: the status of the rounds, a new round, collecting answers."""
