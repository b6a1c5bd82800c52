"""``python -m lawbook`` runs the command line."""
from .cli import main

main()
