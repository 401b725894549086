-- Claims in STATED_ON order broke ties on the row id, which an export and import do not keep (a
-- claim rewritten by a later ingest has a higher id than the next document's claims; after a
-- transfer it no longer has): undated claims came back in another order. Ties now fall to the
-- claim's document and position, which a transfer keeps, then the id (a tie there never happens).
DROP INDEX claim_stated_ix;
CREATE INDEX claim_stated_ix ON claim (stated_on, document_id, position, id);
DROP INDEX claim_subject_stated_ix;
DROP INDEX claim_subject_stated_desc_ix;
CREATE INDEX claim_subject_stated_ix ON claim_subject (actor_id, undated, stated_key, document_id, claim_position, claim_id);
CREATE INDEX claim_subject_stated_desc_ix
    ON claim_subject (actor_id, undated, stated_key DESC, document_id DESC, claim_position DESC, claim_id DESC);

-- A document's content hash is now of its input in a canonical form (ContentHash, version 2); the
-- hashes stored until now are version 1 and are recognised as such until their document is sent again.
ALTER TABLE document ADD COLUMN hash_version INT DEFAULT 1 NOT NULL;
