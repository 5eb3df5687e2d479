"""The map's saved views as a list: show, save and edit them."""
