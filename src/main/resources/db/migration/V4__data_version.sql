-- Every write transaction increments this counter as it takes the write lock (the same row), so a
-- committed change is visible as a new version to every instance. The GraphQL endpoint keeps query
-- results with the version they were read at and serves one again only while the version is unchanged.
ALTER TABLE write_lock ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
