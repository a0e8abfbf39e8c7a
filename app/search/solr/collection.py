"""The collection's life in the cluster: created when missing, and its health for ``check``.

A collection the archive creates has ``shards`` shards of ``replicas`` replicas each (2 and
2 unless the URL says otherwise), placed by Solr on distinct nodes where it can, so each
node of a two-node cluster holds a replica of every shard and either node alone still
answers every search.
"""

from __future__ import annotations

from typing import Any

from app.search.entity_fields import DOCUMENT_VERSION
from app.search.solr.address import CONFIGSET
from app.search.solr.client import SolrClient

# The configset's schema name (schema.xml): what the documents of this version hold.
SCHEMA_NAME = f"newsarchive-{DOCUMENT_VERSION}"


def cluster_state(client: SolrClient) -> dict[str, Any] | None:
    """The collection's entry of the cluster status, or None when it does not exist."""
    status = client.admin("admin/collections", action="CLUSTERSTATUS")
    return (status.get("cluster", {}).get("collections") or {}).get(client.address.collection)


def ensure_collection(client: SolrClient) -> bool:
    """Create the collection (uploading this version's configset, even over an older one
    of the same name) if the cluster lacks it, or upgrade one made by an older version;
    returns whether every article must be indexed again."""
    if cluster_state(client) is not None:
        return upgrade_schema(client)
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


def upgrade_schema(client: SolrClient) -> bool:
    """A collection whose schema an older version wrote (another SCHEMA_NAME) gets this
    version's configset and is reloaded; returns True, since its documents lack what this
    version indexes (the caller indexes every stored article again)."""
    collection = client.address.collection
    name = client.admin(f"{collection}/schema/name").get("name")
    if name == SCHEMA_NAME:
        return False
    client.upload_configset()
    client.admin(
        "admin/collections",
        action="MODIFYCOLLECTION",
        collection=collection,
        **{"collection.configName": CONFIGSET},
    )
    client.admin("admin/collections", action="RELOAD", name=collection)
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
