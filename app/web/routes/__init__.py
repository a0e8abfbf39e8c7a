"""Route modules: HTML pages and the JSON API."""
