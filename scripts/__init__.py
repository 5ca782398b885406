"""Repository tools, run from the repository root as modules: ``python -m scripts.bench``.

codegen, regenerate, bench, fuzz and demo stay here (the nox sessions run them); the tools a
user needs ship in the wheel as the ``closeext`` command (:mod:`closeext.tools`).
``scripts/codegen.py`` also runs as a plain script, before anything is installed.
"""
