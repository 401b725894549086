package app.claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;

import app.claimgraph.actor.ActorEntity;

/** Row ids touched, counters and warnings of one ingestion. */
final class IngestRun {
    String by;
    final List<Long> actorsCreated = new ArrayList<>();
    final List<Long> actorsMatched = new ArrayList<>();
    final List<Long> claimsCreated = new ArrayList<>();
    final List<Long> claimsUpdated = new ArrayList<>();
    final List<Long> relsCreated = new ArrayList<>();
    final List<Long> relsUpdated = new ArrayList<>();
    /** Relationships whose evidence this ingestion rewrites: checked for orphans at the end. */
    final java.util.Set<Long> evidenceChanged = new java.util.HashSet<>();
    /** Actors whose name or aliases changed: their search entries are rewritten. */
    final java.util.Set<ActorEntity> reindex = new java.util.LinkedHashSet<>();
    int claimsRemoved;
    int relsRemoved;
    final List<String> warnings = new ArrayList<>();
}
