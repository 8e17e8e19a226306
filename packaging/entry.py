"""Entry point frozen into both executables of the bundle.

One PyInstaller analysis serves two executables so the bundle carries one copy of every library:
``liability-wizard`` (console: the command line, and the desktop program when run without arguments)
and, on Windows and macOS, ``liability-wizard-gui`` (windowed: no console window on double-click;
opens a ``.lwcase`` passed by the file association). The executable's own name picks the entry point.
"""

import os
import sys

GUI_EXECUTABLE = "liability-wizard-gui"

# os.path, not pathlib: the command line may not need pathlib (and its urllib.parse) at all.
if os.path.splitext(os.path.basename(sys.executable))[0].lower() == GUI_EXECUTABLE:
    from liability_wizard.gui.app import main
else:
    from liability_wizard.cli.main import main

sys.exit(main())
