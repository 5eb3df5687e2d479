"""Map > Consortium builder…: partners for a programme, its rules, a project made."""
