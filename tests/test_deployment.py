"""The container files, read as Docker would read them (no engine runs here), and the
README's commands kept in step with CI."""

import re
import shlex

import yaml

from app.config import PROJECT_ROOT


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (PROJECT_ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines()]
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1])
        for line in lines
        if line and not line.startswith("#")
    ]


def test_dockerfile_installs_the_project_and_serves_with_a_healthcheck():
    instructions = dockerfile_instructions()
    assert instructions[0][0] == "FROM" and "python:3.11" in instructions[0][1]
    copied = " ".join(arg for op, arg in instructions if op == "COPY")
    for needed in ("pyproject.toml", "app", "migrations", "templates", "static", "seeds"):
        assert needed in copied
    assert any(op == "RUN" and "pip install" in arg for op, arg in instructions)
    assert ("CMD", '["newsarchive", "serve"]') in instructions
    health = next(arg for op, arg in instructions if op == "HEALTHCHECK")
    assert "/healthz" in health


def test_compose_has_web_and_ingest_sharing_the_data_volume():
    compose = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())
    web, ingest = compose["services"]["web"], compose["services"]["ingest"]
    assert web["build"] == "." and ingest["build"] == "."
    assert web["command"][:2] == ["newsarchive", "serve"]
    assert ingest["command"][:2] == ["newsarchive", "ingest"]
    assert "archive-data:/data" in web["volumes"] and "archive-data:/data" in ingest["volumes"]
    assert "archive-data" in compose["volumes"]
    assert web["environment"]["NEWSARCHIVE_DATA_DIR"] == "/data"
    assert "/healthz" in " ".join(web["healthcheck"]["test"])
    assert web["ports"] == ["8000:8000"]


def test_healthz_answers(client):
    assert client.get("/healthz").json() == {"status": "ok", "articles": 4}


def readme_commands() -> list[str]:
    readme = (PROJECT_ROOT / "README.md").read_text()
    return re.findall(r"```sh\n(.+?)\n```", readme, flags=re.S)


def test_ci_runs_the_readmes_test_command():
    run, test = readme_commands()[:2]
    assert "newsarchive serve" in run
    assert "pytest" in test
    ci = (PROJECT_ROOT / ".ci" / "run").read_text()
    assert test in ci
    # Nothing else installed beforehand: the command alone must pass on a fresh machine.
    assert "apt-get" not in ci and "pip install" not in ci.replace(test, "")
    shlex.split(test)  # a command a shell can read
