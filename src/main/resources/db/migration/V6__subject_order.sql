-- Each subject row carries its claim's sort keys, so that a subject's claims come a page at a time from
-- one index per order (claims(filter: {subject}) and Actor.claimsAbout) instead of all of them being read
-- and sorted. The values are the claim's: its document and position, whether it is undated (1, or 0) and its
-- date or 0001-01-01 (ClaimRepository.insertSubjectSql writes them; the ingest rewrites a claim's subjects
-- whenever it rewrites the claim).
ALTER TABLE claim_subject ADD COLUMN document_id BIGINT;
ALTER TABLE claim_subject ADD COLUMN claim_position INT;
ALTER TABLE claim_subject ADD COLUMN undated SMALLINT;
ALTER TABLE claim_subject ADD COLUMN stated_key DATE;

UPDATE claim_subject SET (document_id, claim_position, undated, stated_key) = (
    SELECT c.document_id, c.position, CASE WHEN c.stated_on IS NULL THEN 1 ELSE 0 END,
           COALESCE(c.stated_on, DATE '0001-01-01')
    FROM claim c WHERE c.id = claim_subject.claim_id);

ALTER TABLE claim_subject ALTER COLUMN document_id SET NOT NULL;
ALTER TABLE claim_subject ALTER COLUMN claim_position SET NOT NULL;
ALTER TABLE claim_subject ALTER COLUMN undated SET NOT NULL;
ALTER TABLE claim_subject ALTER COLUMN stated_key SET NOT NULL;

-- DOCUMENT_ORDER in both directions (read backwards for DESC).
CREATE INDEX claim_subject_document_ix ON claim_subject (actor_id, document_id, claim_position, claim_id);
-- STATED_ON: undated last in both directions, so ASC and DESC need an index each.
CREATE INDEX claim_subject_stated_ix ON claim_subject (actor_id, undated, stated_key, claim_id);
CREATE INDEX claim_subject_stated_desc_ix ON claim_subject (actor_id, undated, stated_key DESC, claim_id DESC);
