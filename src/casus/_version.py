"""casus's version: the one source (pyproject.toml, the package, every output and the cache read it)."""

__version__ = "0.1.0"
