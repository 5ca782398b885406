"""``python -m closeext.tools`` is the ``closeext`` command."""

import sys

from .cli import main

sys.exit(main())
