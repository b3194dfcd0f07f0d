import sys

from buurtdesk.cli import main

sys.exit(main())
