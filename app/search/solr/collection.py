"""The collection's life in the cluster: created when missing, and its health for ``check``.

A collection the archive creates has ``shards`` shards of ``replicas`` replicas each (2 and
2 unless the URL says otherwise), placed by Solr on distinct nodes where it can, so each
node of a two-node cluster holds a replica of every shard and either node alone still
answers every search.
"""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree

from app.search.solr.address import CONFIGSET
from app.search.solr.client import CONFIGSET_DIR, SolrClient


def schema_fields() -> set[str]:
    """The fields of the configset's schema: what every document of this version holds."""
    root = ElementTree.parse(CONFIGSET_DIR / "schema.xml").getroot()
    return {field.get("name", "") for field in root.iter("field")}


def missing_fields(client: SolrClient) -> list[str]:
    """Fields this version indexes that the collection's schema lacks: a collection made by
    an older version (its documents would be refused)."""
    answer = client.admin(f"{client.address.collection}/schema/fields")
    present = {field.get("name") for field in answer.get("fields") or []}
    return sorted(schema_fields() - present)


def cluster_state(client: SolrClient) -> dict[str, Any] | None:
    """The collection's entry of the cluster status, or None when it does not exist."""
    status = client.admin("admin/collections", action="CLUSTERSTATUS")
    return (status.get("cluster", {}).get("collections") or {}).get(client.address.collection)


def ensure_collection(client: SolrClient) -> bool:
    """Create the collection (uploading the configset) if the cluster lacks it; returns
    whether it was created."""
    if cluster_state(client) is not None:
        return False
    # This version's configset, even if an older one has the name: the new collection
    # must hold every field this version indexes.
    client.upload_configset()
    address = client.address
    client.admin(
        "admin/collections",
        action="CREATE",
        name=address.collection,
        numShards=address.shards,
        replicationFactor=address.replicas,
        **{"collection.configName": CONFIGSET, "waitForFinalState": "true"},
    )
    return True


def replica_problems(state: dict[str, Any], live_nodes: set[str]) -> list[str]:
    """What keeps a shard from being fully served: no active replica (searches would miss
    its articles), or a replica down (one node less to fail over to)."""
    problems = []
    for shard_name, shard in sorted((state.get("shards") or {}).items()):
        replicas = (shard.get("replicas") or {}).values()
        active = [
            r for r in replicas if r.get("state") == "active" and r.get("node_name") in live_nodes
        ]
        if not active:
            problems.append(f"shard {shard_name} has no active replica")
            continue
        for replica in replicas:
            if replica not in active:
                problems.append(
                    f"shard {shard_name} has a replica {replica.get('state', 'missing')} "
                    f"on {replica.get('node_name')}"
                )
    return problems


def collection_problems(client: SolrClient) -> list[str]:
    status = client.admin("admin/collections", action="CLUSTERSTATUS")
    cluster = status.get("cluster", {})
    state = (cluster.get("collections") or {}).get(client.address.collection)
    if state is None:
        return [f"the collection {client.address.collection} does not exist"]
    return replica_problems(state, set(cluster.get("live_nodes") or []))
