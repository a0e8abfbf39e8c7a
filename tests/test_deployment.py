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


def compose_services() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())["services"]


CLUSTER_SERVICES = {"postgres", "zookeeper", "solr1", "solr2", "solr-init", "cluster-ingest"}
CLUSTER_SERVICES |= {"web1", "web2"}
CLUSTER_DATABASE = (
    "postgresql+psycopg://newsarchive:${POSTGRES_PASSWORD:-newsarchive}@postgres:5432/newsarchive"
)


def test_the_default_services_stay_outside_the_cluster_profile():
    services = compose_services()
    assert "profiles" not in services["web"]  # `docker compose up` still starts only this
    assert services["ingest"]["profiles"] == ["ingest"]
    in_cluster = {name for name, s in services.items() if "cluster" in s.get("profiles", ())}
    assert in_cluster == CLUSTER_SERVICES


def test_cluster_profile_runs_official_postgres_zookeeper_and_solr_in_cloud_mode():
    services = compose_services()
    postgres, zookeeper = services["postgres"], services["zookeeper"]
    assert postgres["image"].startswith("postgres:")
    assert postgres["environment"]["POSTGRES_DB"] == "newsarchive"
    assert postgres["environment"]["POSTGRES_USER"] == "newsarchive"
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    assert zookeeper["image"].startswith("zookeeper:")
    assert zookeeper["healthcheck"]["test"] == ["CMD", "zkServer.sh", "status"]
    for name in ("solr1", "solr2"):
        solr = services[name]
        assert solr["image"] == "solr:9"
        assert solr["environment"]["ZK_HOST"] == "zookeeper:2181"  # cloud mode
        assert solr["environment"]["SOLR_HOST"] == name
        assert "/solr/admin/info/health" in " ".join(solr["healthcheck"]["test"])
        assert solr["depends_on"]["zookeeper"]["condition"] == "service_healthy"
    assert services["solr1"]["volumes"] != services["solr2"]["volumes"]  # a core each


def test_cluster_profile_creates_the_collection_from_the_repos_configset_once():
    init = compose_services()["solr-init"]
    assert init["image"] == "solr:9" and init["restart"] == "no"
    assert "./app/search/solr/configset:/configset:ro" in init["volumes"]
    script = " ".join(init["command"])
    assert "solr zk upconfig -n newsarchive -d /configset -z zookeeper:2181" in script
    assert "action=CREATE&name=newsarchive&numShards=2&replicationFactor=2" in script
    assert "collection.configName=newsarchive" in script
    assert {n: d["condition"] for n, d in init["depends_on"].items()} == {
        "solr1": "service_healthy",
        "solr2": "service_healthy",
    }


def test_cluster_profile_has_two_web_replicas_and_an_ingest_on_the_cluster():
    services = compose_services()
    ingest, web1, web2 = services["cluster-ingest"], services["web1"], services["web2"]
    assert ingest["command"][:2] == ["newsarchive", "ingest"]
    assert ingest["depends_on"]["solr-init"]["condition"] == "service_completed_successfully"
    assert ingest["depends_on"]["postgres"]["condition"] == "service_healthy"
    for web in (web1, web2):
        assert web["build"] == "."
        assert web["command"][:2] == ["newsarchive", "serve"]
        assert "/healthz" in " ".join(web["healthcheck"]["test"])
        assert "volumes" not in web  # stateless: everything is in PostgreSQL and Solr
        assert web["depends_on"]["cluster-ingest"]["condition"] == (
            "service_completed_successfully"
        )
    assert (web1["ports"], web2["ports"]) == (["8001:8000"], ["8002:8000"])
    for service in (ingest, web1, web2):
        env = service["environment"]
        assert env["NEWSARCHIVE_DATABASE_URL"] == CLUSTER_DATABASE
        assert env["NEWSARCHIVE_SEARCH_URL"] == "solr://solr1:8983,solr2:8983/solr/newsarchive"
    # One session key for both replicas, given from the environment (never written here):
    # a cookie signed by one must be accepted by the other.
    for web in (web1, web2):
        assert web["environment"]["NEWSARCHIVE_SECRET_KEY"] == "${NEWSARCHIVE_SECRET_KEY:-}"


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
