package app.claimgraph.extract;

import java.util.Set;

/** Closed word lists the reading rules use (folded: lower case, no accents). */
final class Lexicon {

    private Lexicon() {
    }

    /** Words of a person's title or role, before a name ("Foreign Minister", "spokesperson", "Colonel"). */
    static final Set<String> TITLES = Set.of("president", "vice", "prime", "minister", "secretary", "secretary-general",
            "chancellor", "king", "queen", "prince", "princess", "sheikh", "emir", "ambassador", "envoy", "senator",
            "sen.", "representative", "rep.", "congressman", "congresswoman", "governor", "mayor", "general", "gen.",
            "lieutenant", "lt.", "colonel", "col.", "major", "maj.", "captain", "capt.", "admiral", "marshal",
            "commander", "dr.", "doctor", "professor", "prof.", "judge", "justice", "spokesperson", "spokesman",
            "spokeswoman", "leader", "official", "director", "chief", "head", "chairman", "chairwoman", "chair", "ceo",
            "adviser", "advisor", "lawmaker", "mp", "deputy", "analyst", "researcher", "economist", "epidemiologist",
            "expert", "correspondent", "editor", "commissioner", "rapporteur", "premier", "pope", "cardinal",
            "archbishop", "ayatollah", "mr.", "mrs.", "ms.", "foreign", "defence", "defense", "interior", "finance",
            "economy", "health", "energy", "climate", "trade", "majority", "minority", "opposition",
            "executive", "senior", "special", "supreme", "crown", "army", "military", "policy", "counterpart",
            "negotiator", "diplomat", "director-general", "attorney", "cabinet", "coordinator");

    /** Title words that end a title and may stand right before a name. */
    static final Set<String> TITLE_HEADS = Set.of("president", "minister", "secretary", "secretary-general",
            "chancellor", "king", "queen", "prince", "princess", "sheikh", "emir", "ambassador", "envoy", "senator",
            "sen.", "representative", "rep.", "congressman", "congresswoman", "governor", "mayor", "general", "gen.",
            "colonel", "col.", "major", "maj.", "captain", "capt.", "admiral", "marshal", "commander", "dr.",
            "professor", "prof.", "judge", "spokesperson", "spokesman", "spokeswoman", "leader", "official", "director",
            "chief", "chairman", "chairwoman", "ceo", "adviser", "advisor", "lawmaker", "mp", "analyst", "researcher",
            "economist", "epidemiologist", "expert", "correspondent", "editor", "commissioner", "rapporteur", "premier",
            "pope", "cardinal", "archbishop", "ayatollah", "mr.", "mrs.", "ms.", "negotiator", "diplomat",
            "director-general", "coordinator", "lieutenant", "lt.");

    /** Roles that make a person's statements assessments rather than statements. */
    static final Set<String> EXPERTS = Set.of("analyst", "analysts", "researcher", "researchers", "economist",
            "economists", "epidemiologist", "epidemiologists", "expert", "experts", "scholar", "scholars", "professor",
            "fellow", "strategist", "strategists", "scientist", "scientists", "observers", "observer");

    /** Last words of organisation names ("… Partners", "… Institute"). */
    static final Set<String> ORG_HEADS = Set.of("group", "institute", "institution", "centre", "center", "foundation",
            "fund", "bank", "labs", "lab", "partners", "council", "commission", "committee", "agency", "office",
            "service", "services", "authority", "association", "union", "league", "party", "front", "movement",
            "coalition", "alliance", "organisation", "organization", "programme", "program", "university", "school",
            "college", "court", "tribunal", "company", "corporation", "corp.", "inc.", "ltd", "ltd.", "network",
            "watch", "international", "ministry", "department", "forces", "army", "guard", "police", "brigade",
            "brigades", "federation", "society", "trust", "capital", "research", "consulting", "advisory", "board",
            "assembly", "parliament", "congress", "forum", "initiative", "mission", "secretariat", "staff", "cabinet");

    /** First words of organisation names ("Bank of …", "Banco …"). */
    static final Set<String> ORG_STARTS = Set.of("bank", "banco", "banque", "university", "institute", "ministry",
            "department", "council", "office", "court", "committee", "federation", "union", "league");

    /** Words that make an organisation a news outlet. */
    static final Set<String> MEDIA_WORDS = Set.of("news", "times", "post", "radio", "tv", "television", "journal",
            "herald", "gazette", "tribune", "daily", "press", "broadcasting", "broadcaster", "channel", "newspaper",
            "magazine", "telegraph", "chronicle", "observer", "courier", "review");

    /** Nouns heading an unnamed source ("two officials familiar with …"). */
    static final Set<String> SOURCE_NOUNS = Set.of("source", "sources", "official", "officials", "diplomat",
            "diplomats", "person", "people", "insider", "insiders", "aide", "aides", "delegate", "delegates", "officer",
            "officers", "witness", "witnesses", "negotiator", "negotiators", "adviser", "advisers", "advisor",
            "advisors", "member", "members", "analyst", "expert", "economist", "strategist", "researcher", "lawyer",
            "employee", "staffer", "operative", "donor");

    /** Nouns heading a collective speaker ("analysts", "human rights groups", "residents"). */
    static final Set<String> GROUP_NOUNS = Set.of("analysts", "experts", "economists", "observers", "critics",
            "activists", "lawmakers", "legislators", "residents", "protesters", "demonstrators", "investigators",
            "researchers", "scientists", "doctors", "medics", "rescuers", "militants", "rebels", "groups", "agencies",
            "embassies", "governments", "allies", "nations", "countries", "leaders", "campaigners", "unions",
            "farmers", "fishermen", "traders", "strategists", "monitors", "organisations", "organizations",
            "officials", "diplomats", "witnesses", "families", "survivors", "parliamentarians", "mps", "senators",
            "prosecutors", "lawyers", "students", "workers", "villagers", "citizens", "voters");

    /** Words after which a source noun phrase is unnamed on purpose. */
    static final Set<String> ANONYMITY = Set.of("familiar", "briefed", "close", "knowledge", "anonymity", "condition",
            "anonymous", "unnamed", "named", "authorised", "authorized", "speaking");

    /** Government domains: "Syria's foreign ministry" → "Syrian Foreign Ministry". */
    static final Set<String> MINISTRY_TOPICS = Set.of("foreign", "defence", "defense", "interior", "health",
            "finance", "economy", "energy", "commerce", "trade", "justice", "education", "agriculture", "information",
            "home", "environment", "climate", "labour", "labor", "transport", "culture", "emergency", "emergencies",
            "security", "intelligence");

    static final Set<String> MILITARY_WORDS = Set.of("army", "military", "navy", "forces", "troops", "air force",
            "armed forces", "coast guard");

    static final Set<String> PARLIAMENT_WORDS = Set.of("parliament", "legislature", "parliamentary", "congress");
}
