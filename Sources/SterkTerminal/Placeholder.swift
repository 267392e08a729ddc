// Terminal backend: see the terminal helper's files.
