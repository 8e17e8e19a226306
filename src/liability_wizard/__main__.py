import sys

from liability_wizard.cli.main import main

sys.exit(main())
