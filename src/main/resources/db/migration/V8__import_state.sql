-- An import into H2 commits as it goes (one transaction over a large file makes H2 keep every page it
-- rewrites until the end: 8 GB written for 100k claims, the disk full at 1M). While it runs this row
-- exists; a failed import, or one cut short by the process ending, is undone by deleting every row it
-- wrote (the database was empty before), at once or at the next start.
CREATE TABLE import_state (
    id INT PRIMARY KEY,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL
);
