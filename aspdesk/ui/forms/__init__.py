"""The editor forms: fields and editors, adding, naming, what a delete takes with it."""
