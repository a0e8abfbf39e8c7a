"""The ingest package: files -> records (one reader per format, ``sources.py`` picks it)
-> extraction with the input's own metadata over it -> store -> index (``pipeline.py``)."""
