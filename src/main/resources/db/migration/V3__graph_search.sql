-- Search and claim-to-claim links.

-- One row per distinct folded word of an indexed field: search looks words up by exact value or
-- prefix on the (token, ...) index instead of scanning texts, and behaves the same on H2 and
-- PostgreSQL (folding happens in Java; no engine-specific full-text features).
-- entity_type: A actor, C claim, D document. weight: how much a match in that field counts.
CREATE TABLE search_token (
    token       VARCHAR(64) NOT NULL,
    entity_type CHAR(1)     NOT NULL,
    entity_id   BIGINT      NOT NULL,
    weight      INT         NOT NULL,
    CONSTRAINT search_token_pk PRIMARY KEY (token, entity_type, entity_id)
);
CREATE INDEX search_token_entity_ix ON search_token (entity_type, entity_id);

-- "from contradicts to", "from corroborates to": stored explicitly, set by ingestion or curation.
CREATE TABLE claim_link (
    from_claim_id BIGINT      NOT NULL,
    to_claim_id   BIGINT      NOT NULL,
    link_type     VARCHAR(16) NOT NULL,
    CONSTRAINT claim_link_pk PRIMARY KEY (from_claim_id, link_type, to_claim_id),
    CONSTRAINT claim_link_from_fk FOREIGN KEY (from_claim_id) REFERENCES claim (id) ON DELETE CASCADE,
    CONSTRAINT claim_link_to_fk FOREIGN KEY (to_claim_id) REFERENCES claim (id) ON DELETE CASCADE,
    CONSTRAINT claim_link_not_self_ck CHECK (from_claim_id <> to_claim_id)
);
CREATE INDEX claim_link_to_ix ON claim_link (to_claim_id, link_type, from_claim_id);

-- Timeline: relationships of an actor by date.
CREATE INDEX relationship_until_ix ON relationship (until, id);

-- Working set of breadth-first traversals (neighbourhoods, shortest paths): each traversal writes
-- its levels here inside a transaction that is rolled back, so rows are never committed and other
-- readers never see them. A real, indexed table keeps every level computed once, on both engines.
CREATE TABLE graph_scratch (
    search_id BIGINT  NOT NULL,
    side      CHAR(1) NOT NULL,
    root      BIGINT  NOT NULL,
    actor_id  BIGINT  NOT NULL,
    d         INT     NOT NULL,
    CONSTRAINT graph_scratch_pk PRIMARY KEY (search_id, side, root, actor_id)
);
CREATE INDEX graph_scratch_level_ix ON graph_scratch (search_id, side, d, actor_id);
