package app.claimgraph.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import app.claimgraph.actor.ActorRepository;
import app.claimgraph.api.ApiError;
import app.claimgraph.node.GlobalId;
import app.claimgraph.api.Text;

/**
 * Reads a report into a proposal: checks the input, runs the pipeline within the time bound and
 * matches the proposed actors against the stored ones (one query). Writes nothing.
 */
@ApplicationScoped
public class Extractor {

    @Inject
    Nlp nlp;
    @Inject
    ActorRepository actors;

    @ConfigProperty(name = "claimgraph.extract.max-chars", defaultValue = "200000")
    int maxChars;
    @ConfigProperty(name = "claimgraph.extract.timeout-ms", defaultValue = "10000")
    long timeoutMs;

    public Extraction extract(TextInput in) throws ApiError {
        TextCheck.check(in, maxChars);
        Reader.Result read;
        try {
            Deadline deadline = Deadline.in(timeoutMs);
            read = Reader.read(nlp.analyse(in.text, deadline), Gazetteer.shipped(), in.publishedOn, deadline);
        } catch (Deadline.Exceeded e) {
            throw e.toApiError();
        }
        return Proposal.of(read, in, matches(read.entities()));
    }

    /** The stored actor each proposed entity is, by its name first, then by the other names the text uses. */
    private Map<Entity, ActorMatch> matches(List<Entity> entities) {
        Map<Entity, List<String>> forms = new HashMap<>();
        Set<String> all = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (!e.proposed() && !e.used) {
                continue;
            }
            List<String> f = new java.util.ArrayList<>();
            f.add(Text.fold(e.name));
            e.surfaces.forEach(s -> f.add(Text.fold(s.replaceFirst("^(?i)(the|a|an) ", ""))));
            forms.put(e, f);
            all.addAll(f);
        }
        List<ActorRepository.NameMatch> rows = actors.byNames(all);
        Map<Entity, ActorMatch> out = new HashMap<>();
        for (Map.Entry<Entity, List<String>> en : forms.entrySet()) {
            Entity e = en.getKey();
            for (String form : en.getValue()) {
                ActorRepository.NameMatch m = rows.stream().filter(r -> r.norm().equals(form) && fits(e, r)).findFirst()
                        .orElse(null);
                if (m != null) {
                    out.put(e, new ActorMatch(GlobalId.encode(GlobalId.ACTOR, m.key()), m.name(), m.by(), m.byName()));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean fits(Entity e, ActorRepository.NameMatch m) {
        return m.kind() == e.kind && (e.country == null || m.countryCode() == null
                || m.countryCode().toUpperCase(Locale.ROOT).equals(e.country));
    }
}
