"""The correction forms of the person and city pages, posted as a browser without
JavaScript posts them, and the undo button of /corrections."""

from __future__ import annotations

from bs4 import BeautifulSoup

from tests.web.test_auth import sign_in


def form_data(html: str, selector: str) -> tuple[str, dict[str, str]]:
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    data = {i["name"]: i.get("value", "") for i in form.select("input[name]")}
    for select in form.select("select[name]"):
        data[select["name"]] = select.select_one("option").text
    return form["action"], data


def test_rename_split_and_hide_from_the_person_page_then_undo(editable_client):
    c = editable_client
    sign_in(c)
    action, data = form_data(c.get("/people/obama").text, "form.rename-form")
    answer = c.post(action, data={**data, "name": "Barack Obama"}, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/people/obama"
    assert BeautifulSoup(c.get("/people/obama").text, "html.parser").h1.text == "Barack Obama"

    action, data = form_data(c.get("/people/ash-carter").text, "form.split-form")
    assert data["alias"] == "Ashton Carter"
    answer = c.post(action, data=data, follow_redirects=False)
    assert answer.headers["location"] == "/people/ashton-carter"

    action, data = form_data(c.get("/cities/ramadi").text, "form.hide-form")
    c.post(action, data=data)
    assert c.get("/cities/ramadi").status_code == 404

    page = BeautifulSoup(c.get("/corrections").text, "html.parser")
    items = page.select("li.correction")
    assert [i.select_one(".kind").text for i in items] == ["not-a-place", "split", "rename"]
    undo = items[0].select_one("form")
    token = undo.select_one("input[name=csrf_token]")["value"]
    c.post(undo["action"], data={"csrf_token": token})
    assert c.get("/cities/ramadi").status_code == 200
    page = BeautifulSoup(c.get("/corrections").text, "html.parser")
    assert "undone by alice" in page.select_one("li.correction").text


def test_the_resolve_page_lists_places_with_a_button_each(editable_client):
    c = editable_client
    sign_in(c)
    page = BeautifulSoup(c.get("/cities/paris/resolve?name=Paris&country=US").text, "html.parser")
    first = page.select_one("ul.places form")
    assert first.select_one("input[name=geonames_id]")["value"] == "4717560"
    assert first.select_one("button").text == "Paris, United States"
    assert c.get("/cities/paris/resolve?name=Paris&country=Atlantis").status_code == 400
