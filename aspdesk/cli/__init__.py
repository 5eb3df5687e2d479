"""The command line: the window's options and the headless subcommands."""
