"""Entry point of the PyInstaller bundle: the same main() as the console script."""

import sys

from workshop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
