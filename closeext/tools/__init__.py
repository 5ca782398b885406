"""closeext's user-facing tools: the ``closeext`` command and the pytest plugin.

They build on the client and the emulator and ship in the wheel; the optional
dependencies each needs are named in its error message when missing. Nothing in the
core imports this package.
"""
