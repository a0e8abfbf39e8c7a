"""The page footer names the archive's folder only where it is switched on (editors)."""

from bs4 import BeautifulSoup

from app.web.templating import make_templates


def test_readers_do_not_see_the_archive_path(client, seeded_archive):
    footer = BeautifulSoup(client.get("/").text, "html.parser").select_one("footer")
    assert str(seeded_archive.settings.data_dir) not in footer.text
    assert footer.select_one(".archive-path") is None


def test_the_footer_shows_the_archive_path_when_switched_on(settings):
    templates = make_templates(settings)
    assert templates.env.globals["show_archive_path"] is False  # no editor accounts yet
    templates.env.globals["show_archive_path"] = True
    html = templates.get_template("error.html").render(status=404, title="Not found", message="")
    shown = BeautifulSoup(html, "html.parser").select_one("footer .archive-path")
    assert shown.text == f"Archive: {settings.data_dir}"
