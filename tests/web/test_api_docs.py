"""/docs is the archive's own page: every script and style it names is served by the
archive, under the site's Content-Security-Policy."""

from bs4 import BeautifulSoup

from app.web.application import CONTENT_SECURITY_POLICY


def test_docs_page_names_only_local_assets(client):
    response = client.get("/docs")
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    soup = BeautifulSoup(response.text, "html.parser")
    assert [s["src"] for s in soup.select("script")] == [
        "/docs-assets/swagger-ui-bundle.js",
        "/static/api-docs.js",
    ]
    assert [link["href"] for link in soup.select("link")] == [
        "/docs-assets/favicon.png",
        "/docs-assets/swagger-ui.css",
    ]
    assert soup.select_one("#swagger-ui")["data-openapi-url"] == "/openapi.json"
    assert all(not script.string for script in soup.select("script"))  # no inline script


def test_docs_assets_are_served(client):
    bundle = client.get("/docs-assets/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and "SwaggerUIBundle" in bundle.text[:2000]
    assert client.get("/docs-assets/swagger-ui.css").headers["content-type"].startswith("text/css")
    assert "SwaggerUIBundle({" in client.get("/static/api-docs.js").text


def test_redoc_leads_to_docs(client):
    response = client.get("/redoc", follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (308, "/docs")
