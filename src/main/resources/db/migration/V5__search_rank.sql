-- Type-ahead reads each matching word's postings best first (search/TopHits): a word's rows in
-- score order, then by object, straight from this index, a few rows per word instead of every match.
CREATE INDEX search_token_rank_ix ON search_token (token, weight DESC, entity_type, entity_id);
