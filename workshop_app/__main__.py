import gc
import sys

# Importing creates tens of thousands of objects that live as long as the process (classes,
# functions, constants); collecting garbage among them while they are made finds none.
# So no collection while the command line is imported, and what it made is left out of
# later collections (gc.freeze); the collector then runs as usual.
gc.disable()
from workshop_app.cli import main  # noqa: E402  # after gc.disable, on purpose

gc.freeze()
gc.enable()
sys.exit(main())
