"""The REST API and the web page (FastAPI): ``create_app(corpus)``."""
