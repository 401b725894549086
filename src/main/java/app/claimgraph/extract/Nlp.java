package app.claimgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.claimgraph.api.Text;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and part-of-speech tags with their offsets, from Apache OpenNLP and the
 * English Universal Dependencies models on the class path (Maven Central artifacts). The models
 * load on first use, not at start-up; the per-request taggers are cheap to create and not shared
 * (OpenNLP's are not thread-safe). OpenNLP instantiates the models' factories and the POS feature
 * generators by class name: they are registered for reflection here for the native image.
 */
@ApplicationScoped
@RegisterForReflection(targets = { opennlp.tools.sentdetect.SentenceDetectorFactory.class,
        opennlp.tools.tokenize.TokenizerFactory.class, opennlp.tools.postag.POSTaggerFactory.class,
        opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory.class })
public class Nlp {

    /** Longer sentences (a run-on text, a table) are tagged and read in pieces of this many tokens. */
    static final int MAX_SENTENCE_TOKENS = 250;

    /** "GENEVA, March 4 (Reuters) — " at the start of a report: not part of its first sentence. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{1,40}(,[^\\u2014\\u2013\\n]{1,40}?)?( \\([^)\\n]{1,40}\\))? ?(\\u2014|\\u2013|--?) ");

    /** A sentence that ends with a title or a middle initial is not over ("Sen.", "Gov.", "Mr.", "A."). */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:^|[\\s(\\[\"“-])(?:Sen|Sens|Rep|Reps|Gov|Govs|Gen|Lt|Col|Maj|Sgt|Capt|Cmdr|Adm|Mr|Mrs|Ms|Dr|Prof|Rev|Hon|Pres|Sec|Supt|Insp|Det|Atty|St|Jr|Sr|No|Nos|Ft|Mt|Gen|Messrs|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Fla|Calif|Tex|Mass|Ga|Ky|Wis|Ill|Md|Va|Pa|Ariz|Colo|Conn|Mich|Minn|Nev|Ore|Tenn|Okla|Wash|Ala|Ark|Del|Ind|Kan|La|Miss|Mo|Mont|Neb|Vt|Wyo|[A-Z]|[RDI]-[A-Z][A-Za-z.]{0,5})\\.\\)?$");

    private static final Pattern QUOTE_END = Pattern.compile("[.!?][\"'\u201D\u2019]\\s+(?=\\p{Lu})");

    private record Models(SentenceModel sentences, TokenizerModel tokens, POSModel tags) {
    }

    private static final Logger LOG = Logger.getLogger(Nlp.class);

    @ConfigProperty(name = "claimgraph.extract.preload", defaultValue = "true")
    boolean preload;
    @ConfigProperty(name = "claimgraph.extract.preload-delay-ms", defaultValue = "3000")
    long preloadDelayMs;

    private volatile Models models;

    private Models models() throws IOException {
        Models m = models;
        if (m == null) {
            synchronized (this) {
                if (models == null) {
                    models = new Models(new SentenceModel(model("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")),
                            new TokenizerModel(model("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")),
                            new POSModel(model("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
                }
                m = models;
            }
        }
        return m;
    }

    private static InputStream model(String name) {
        InputStream in = Nlp.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
        }
        return in;
    }

    /**
     * Loads the models in the background a little after start-up, so that start-up does not wait
     * for them and the first report does not either (unless it comes before they are loaded).
     */
    void preload(@Observes StartupEvent started) {
        if (!preload) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                // after the start-up work, not competing with it (a read before then loads them itself)
                Thread.sleep(preloadDelayMs);
                models();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Extraction models could not be preloaded: %s", e.getMessage());
            }
        }, "nlp-preload");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Reads the text into sentences and tokens; {@code deadline} bounds the work. */
    Doc analyse(String text, Deadline deadline) {
        try {
            return read(text, deadline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Doc read(String text, Deadline deadline) throws IOException {
        Models m = models();
        SentenceDetectorME detector = new SentenceDetectorME(m.sentences());
        TokenizerME tokenizer = new TokenizerME(m.tokens());
        POSTaggerME tagger = new POSTaggerME(m.tags());
        List<Sentence> sentences = new ArrayList<>();
        List<Quotes.Quote> quotes = new ArrayList<>();
        int paragraph = 0;
        boolean first = true;
        for (int[] p : paragraphs(text)) {
            String para = text.substring(p[0], p[1]);
            quotes.addAll(Quotes.find(text, p[0], p[1]));
            boolean headline = first && !endsSentence(para);
            int skip = first && !headline || !first && sentences.size() == 1 && sentences.get(0).headline()
                    ? dateline(text, p[0], p[1]) : 0;
            String body = para.substring(skip);
            Span[] spans = afterQuotes(body, abbreviations(body, detector.sentPosDetect(body)));
            for (int s = 0; s < spans.length; s++) {
                deadline.check();
                int start = p[0] + skip + spans[s].getStart();
                int end = p[0] + skip + spans[s].getEnd();
                headline &= spans.length == 1;
                first = false;
                addSentence(sentences, text, start, end, paragraph, headline, tokenizer, tagger);
            }
            paragraph++;
        }
        return new Doc(text, sentences, quotes);
    }

    private static void addSentence(List<Sentence> out, String text, int start, int end, int paragraph,
            boolean headline, TokenizerME tokenizer, POSTaggerME tagger) {
        String sentence = text.substring(start, end);
        List<int[]> spans = new ArrayList<>();
        for (Span t : tokenizer.tokenizePos(sentence)) {
            Tokens.split(sentence, t.getStart(), t.getEnd(), spans);
        }
        Tokens.joinAbbreviations(sentence, spans);
        for (int from = 0; from < spans.size(); from += MAX_SENTENCE_TOKENS) {
            List<int[]> piece = spans.subList(from, Math.min(spans.size(), from + MAX_SENTENCE_TOKENS));
            String[] words = new String[piece.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = sentence.substring(piece.get(i)[0], piece.get(i)[1]);
            }
            String[] tags = tagger.tag(words);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                tokens.add(new Token(words[i], start + piece.get(i)[0], start + piece.get(i)[1], tags[i],
                        Text.fold(words[i])));
            }
            int s = tokens.get(0).start();
            int e = tokens.get(tokens.size() - 1).end();
            out.add(new Sentence(out.size(), s, e, paragraph, headline, List.copyOf(tokens)));
        }
    }

    /**
     * Joins what the sentence model split after a title or an initial ("Vermont Sen. | Bernie
     * Sanders", "Nicole A. | Navas"): an abbreviation that never ends a sentence before a capital.
     */
    private static Span[] abbreviations(String para, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span sp : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && ABBREVIATION.matcher(para.substring(last.getStart(), last.getEnd())).find()) {
                out.set(out.size() - 1, new Span(last.getStart(), sp.getEnd()));
            } else {
                out.add(sp);
            }
        }
        return out.toArray(new Span[0]);
    }

    /** Also ends a sentence after a closing quotation mark that follows ".", "!" or "?" and precedes a capital. */
    private static Span[] afterQuotes(String para, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span sp : spans) {
            int start = sp.getStart();
            Matcher m = QUOTE_END.matcher(para).region(sp.getStart(), sp.getEnd());
            while (m.find()) {
                out.add(new Span(start, m.start() + 2));
                start = m.end();
            }
            out.add(new Span(start, sp.getEnd()));
        }
        return out.toArray(new Span[0]);
    }

    /** Lines with something other than white space in them, as [start, end) offsets. */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '\u2028'
                    || text.charAt(i) == '\u2029') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new int[] { s, e });
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean endsSentence(String paragraph) {
        String p = paragraph.strip();
        return !p.isEmpty() && ".!?\"\u201D\u2019')".indexOf(p.charAt(p.length() - 1)) >= 0;
    }

    /** Length of a dateline at the start of the sentence, or 0. */
    private static int dateline(String text, int start, int end) {
        Matcher m = DATELINE.matcher(text.substring(start, Math.min(end, start + 120)));
        return m.find() && m.end() < end - start ? m.end() : 0;
    }
}
