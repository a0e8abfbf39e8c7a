"""The ingest package: files -> raw pages -> extraction -> store -> index."""
