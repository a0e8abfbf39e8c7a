# The archive's image: the web server by default; `newsarchive ingest` for one-shot ingests.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    NEWSARCHIVE_DATA_DIR=/data \
    NEWSARCHIVE_HOST=0.0.0.0 \
    NEWSARCHIVE_PORT=8000

WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
COPY templates ./templates
COPY static ./static
COPY seeds ./seeds
# Editable install: templates, static files and migrations are read from /app.
RUN pip install --no-cache-dir -e .

VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["newsarchive", "serve"]
