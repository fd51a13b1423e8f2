"""Sample FastAPI service."""
