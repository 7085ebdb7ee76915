package org.parley.extract.mention;

import org.parley.extract.MentionFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.core.AnalyzedText;
import org.parley.core.Article;
import org.parley.core.CharSpan;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.Mention;
import org.parley.core.MentionKind;
import org.parley.core.RuleId;
import org.parley.core.Sentence;
import org.parley.core.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds entity mentions with the catalog's names and metonyms plus proper-noun phrases typed by their
 * context, and resolves short names, titles and descriptions within the article. Thread-safe: the
 * name index is built once in the constructor and every call keeps its state on the stack.
 *
 * <pre>{@code
 * MentionFinder finder = new CatalogMentionFinder(Catalog.bundled());
 * List<Mention> mentions = finder.find(article, analyzer.analyze(article.body()));
 * }</pre>
 */
public final class CatalogMentionFinder implements MentionFinder {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.extract");

    private final Catalog catalog;
    private final NameIndex index;

    public CatalogMentionFinder(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.index = new NameIndex(catalog);
        LOG.debug("name index built from {} catalog entries", catalog.size());
    }

    @Override
    public List<Mention> find(Article article, AnalyzedText analysis) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(analysis, "analysis");
        return new Scan(article.published(), analysis).run();
    }

    /** A word piece of a sentence (tokens split further at hyphens and possessives). */
    private record Piece(int begin, int end, String text, String norm, String pos, String sep,
                         boolean possessive, boolean sentenceStart) {

        boolean cap() {
            return NameIndex.isCapitalized(text);
        }

        boolean lower() {
            return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
        }
    }

    /** A catalog match over pieces {@code [begin, end)} of a sentence. */
    private record Match(int begin, int end, List<NameIndex.Form> forms, boolean exact) {
    }

    /** A found mention before conversion. */
    private record Found(int begin, int end, int sentence, Entity entity, MentionKind kind, double confidence,
                         RuleId rule) {
    }

    /** The type a context gives an unknown phrase. */
    private record Typed(EntityType type, double confidence, Entity entity) {
        static final Typed SKIP = new Typed(null, 0, null);
    }

    /** Per-article state. */
    private final class Scan {
        private final LocalDate date;
        private final String text;
        private final AnalyzedText analysis;
        private final List<Found> found = new ArrayList<>();
        private final Map<String, Set<Entity>> surnames = new HashMap<>();
        private final Map<String, Entity> names = new HashMap<>();
        private final Set<String> lowerWords = new HashSet<>();
        private final Set<String> lowerWordsAlone = new HashSet<>();
        private final List<int[]> pending = new ArrayList<>();
        private final Map<Integer, List<Piece>> piecesBySentence = new LinkedHashMap<>();
        private List<Piece> p;
        private int sentence;

        Scan(LocalDate date, AnalyzedText analysis) {
            this.date = date;
            this.text = analysis.text();
            this.analysis = analysis;
            Matcher m = NameIndex.PIECE.matcher(text);
            while (m.find()) {
                String w = m.group();
                if (Character.isLowerCase(w.charAt(0))) {
                    lowerWords.add(w);
                    if (m.start() == 0 || Character.isWhitespace(text.charAt(m.start() - 1))) {
                        lowerWordsAlone.add(w);
                    }
                }
            }
        }

        List<Mention> run() {
            for (Sentence s : analysis.sentences()) {
                sentence = s.index();
                p = pieces(s);
                piecesBySentence.put(sentence, p);
                int i = 0;
                while (i < p.size()) {
                    i = step(i);
                }
                titlesAndDescriptions();
            }
            resolvePending();
            mergeShortPersons();
            found.sort(Comparator.comparingInt(Found::begin));
            List<Mention> out = new ArrayList<>();
            int lastEnd = -1;
            for (Found f : found) {
                if (f.begin() < lastEnd) {
                    continue;
                }
                CharSpan span = new CharSpan(f.begin(), f.end());
                out.add(new Mention(span, span.of(text), f.sentence(), f.entity(), f.kind(), f.confidence(), f.rule()));
                lastEnd = f.end();
            }
            return out;
        }

        // ---------------------------------------------------------------- pieces

        private List<Piece> pieces(Sentence s) {
            List<Token> tokens = s.tokens();
            List<Piece> out = new ArrayList<>();
            String st = s.span().of(text);
            Matcher m = NameIndex.PIECE.matcher(st);
            int prevEnd = 0;
            int t = 0;
            while (m.find()) {
                int b = s.span().begin() + m.start();
                int e = s.span().begin() + m.end();
                while (t < tokens.size() && tokens.get(t).span().end() <= b) {
                    t++;
                }
                String pos = t < tokens.size() && tokens.get(t).span().begin() <= b ? tokens.get(t).pos() : "";
                String sep = st.substring(prevEnd, m.start());
                String w = m.group();
                boolean poss = (w.equals("s") || w.equals("S")) && !out.isEmpty()
                        && (sep.equals("'") || sep.equals("’"));
                out.add(new Piece(b, e, w, NameIndex.norm(w), pos, sep, poss, out.isEmpty()));
                prevEnd = m.end();
            }
            return out;
        }

        private Piece at(int k) {
            return k >= 0 && k < p.size() ? p.get(k) : null;
        }

        private String normAt(int k) {
            Piece x = at(k);
            return x == null ? "" : x.norm();
        }

        /** True when piece k is joined to k-1 by a space or a hyphen (or a dot after an abbreviation). */
        private boolean joined(int k) {
            Piece x = at(k);
            if (x == null || k == 0) {
                return false;
            }
            String sep = x.sep();
            if (sep.equals(" ") || sep.equals("\u00a0") || isHyphen(sep)) {
                return true;
            }
            Piece prev = p.get(k - 1);
            if (sep.equals(". ")) {
                return NameWords.HONORIFICS.contains(prev.norm()) || NameWords.TITLE_HEADS.contains(prev.norm())
                        && prev.text().length() <= 4 || prev.text().length() == 1 && prev.cap();
            }
            return false;
        }

        private boolean hyphenBefore(int k) {
            Piece x = at(k);
            return x != null && k > 0 && isHyphen(x.sep());
        }

        private static boolean isHyphen(String sep) {
            return sep.equals("-") || sep.equals("\u2010") || sep.equals("\u2011");
        }

        // ---------------------------------------------------------------- catalog matching

        private Match catalogMatch(int i, int limit) {
            Piece first = at(i);
            if (first == null || first.possessive()) {
                return null;
            }
            if (hyphenBefore(i) && p.get(i - 1).cap()) {
                return null; // inside a hyphenated name: "Guinea-Bissau"
            }
            int max = Math.min(index.maxPieces(), limit - i);
            String[] keys = new String[Math.max(max, 0) + 1];
            max = candidateKeys(i, max, keys);
            for (int len = max; len >= 1; len--) {
                boolean ok = true;
                for (int k = i + 1; k < i + len; k++) {
                    Piece x = p.get(k);
                    if (!(joined(k) || x.sep().isEmpty() || x.sep().equals("'") || x.sep().equals("’"))) {
                        ok = false;
                        break;
                    }
                }
                if (!ok) {
                    continue;
                }
                Piece last = p.get(i + len - 1);
                if (last.possessive()) {
                    continue;
                }
                List<NameIndex.Form> forms = index.forms(keys[len]);
                if (forms.isEmpty()) {
                    continue;
                }
                List<NameIndex.Form> accepted = new ArrayList<>();
                boolean exact = false;
                for (NameIndex.Form f : forms) {
                    if (f.surface().size() != len) {
                        continue;
                    }
                    boolean caseOk = true;
                    boolean same = true;
                    for (int k = 0; k < len; k++) {
                        String written = p.get(i + k).text();
                        String form = f.surface().get(k);
                        caseOk &= NameIndex.caseAccepts(form, written);
                        same &= form.equals(written);
                    }
                    if (caseOk) {
                        accepted.add(f);
                        exact |= same;
                    }
                }
                if (!accepted.isEmpty()) {
                    return new Match(i, i + len, accepted, exact);
                }
            }
            return null;
        }

        /**
         * Fills {@code keys[len]} with the lookup key of pieces {@code i .. i+len-1} for each length up to
         * {@code max} and returns the longest length worth looking up: once a key of space-free pieces starts
         * no catalog key, no longer run starting at {@code i} can be a catalog name.
         */
        private int candidateKeys(int i, int max, String[] keys) {
            StringBuilder key = new StringBuilder();
            boolean prunable = true;
            for (int len = 1; len <= max; len++) {
                String n = p.get(i + len - 1).norm();
                if (len > 1) {
                    key.append(' ');
                }
                key.append(n);
                keys[len] = key.toString();
                prunable &= n.indexOf(' ') < 0;
                if (prunable && !index.isKeyPrefix(keys[len])) {
                    return len - 1;
                }
            }
            return max;
        }

        // ---------------------------------------------------------------- runs

        private boolean canStartRun(int k) {
            Piece x = at(k);
            if (x != null && ordinal(x) && joined(k + 1) && p.get(k + 1).cap() && groupHeadAhead(k + 1)) {
                return true; // "the 47th Mechanized Brigade", "the 33rd Front"
            }
            if (x == null || !x.cap() || x.possessive() || NameWords.NEVER_NAMES.contains(x.norm())
                    && !NameWords.TITLE_HEADS.contains(x.norm()) && !isOrgHead(x.norm())) {
                return false;
            }
            if (breaksRun(x)) {
                return false;
            }
            boolean caps = NameIndex.isAllCaps(x.text());
            if (x.sentenceStart() || startsAfterQuoteOrColon(k)) {
                if (lowerWords.contains(x.text().toLowerCase())) {
                    return false;
                }
                return x.pos().startsWith("NNP") || caps;
            }
            String pos = x.pos();
            return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("FW") || pos.startsWith("VBN")
                    || pos.isEmpty() || caps || pos.equals("CD") || mistaggedName(k);
        }

        /**
         * "spokeswoman Maly Velisko", "in Varsang and Velmoro": inside a sentence, a capitalized word whose
         * lower-case form the article never uses is a name, whatever tag the tagger guessed from its ending
         * ("-ly" adverb, "-ng" gerund).
         */
        private boolean mistaggedName(int k) {
            Piece x = p.get(k);
            String pos = x.pos();
            return x.text().length() >= 3 && x.text().chars().allMatch(Character::isLetter)
                    && (pos.startsWith("RB") || pos.startsWith("VB")) && at(k - 1) != null && !at(k - 1).cap()
                    && !lowerWords.contains(x.text().toLowerCase());
        }

        /** "3rd", "47th", "101st": a number written as an ordinal. */
        private static boolean ordinal(Piece x) {
            return x.text().matches("\\d+(?:st|nd|rd|th)");
        }

        private boolean startsAfterQuoteOrColon(int k) {
            String sep = p.get(k).sep().strip();
            return sep.endsWith("“") || sep.endsWith("\"") || sep.endsWith(":") || sep.endsWith("(")
                    || sep.endsWith("—");
        }

        private boolean breaksRun(Piece x) {
            String n = x.norm();
            return NameWords.NEVER_NAMES.contains(n) && !NameWords.TITLE_HEADS.contains(n) && !isOrgHead(n)
                    && !n.equals("state") && !n.equals("government") && !n.equals("parliament");
        }

        private int extend(int from, int start) {
            int k = from;
            while (k < p.size()) {
                Piece x = p.get(k);
                if (!joined(k) || x.possessive()) {
                    if (x.possessive() && k + 1 < p.size() && joined(k + 1) && p.get(k + 1).cap()
                            && (NameWords.POSSESSIVE_IN_NAMES.contains(p.get(k - 1).norm())
                            || titleOffice(k))) {
                        k++;
                        continue;
                    }
                    break;
                }
                if (x.cap() && !breaksRun(x)) {
                    k++;
                    continue;
                }
                if (x.lower() && (hyphenBefore(k) && isPrefixOfCapital(k) || nameHyphenPart(k))) {
                    k++;
                    continue;
                }
                int c = k;
                while (c < p.size() && p.get(c).lower() && NameWords.CONNECTORS.contains(p.get(c).norm())
                        && joined(c) && connectorOk(c, start)) {
                    c++;
                }
                if (c > k && c < p.size() && joined(c) && p.get(c).cap() && !breaksRun(p.get(c))) {
                    k = c;
                    continue;
                }
                break;
            }
            return k;
        }

        /** The capitalized words from k on end in an organization head or "Forum". */
        private boolean groupHeadAhead(int k) {
            int j = k;
            while (j < p.size() && p.get(j).cap() && (j == k || joined(j))) {
                j++;
            }
            if (j == k) {
                return false;
            }
            String last = p.get(j - 1).norm();
            return isOrgHead(last) || last.equals("forum");
        }

        /** "Prime Minister's Office": a title's possessive before a capitalized office word. */
        private boolean titleOffice(int poss) {
            return p.get(poss - 1).cap() && NameWords.TITLE_HEADS.contains(p.get(poss - 1).norm())
                    && NameWords.TITLE_OFFICES.contains(normAt(poss + 1));
        }

        /** "Co-operation"-style lower-case hyphen parts are not joined; only a lowercase name particle is. */
        private boolean isPrefixOfCapital(int k) {
            return NameWords.NAME_PARTICLES.contains(p.get(k).norm()) && k + 1 < p.size() && hyphenBefore(k + 1)
                    && p.get(k + 1).cap();
        }

        /** "Tsai Ing-wen": a lower-case hyphen part of a name that is no compound suffix ("-led", "-based"). */
        private boolean nameHyphenPart(int k) {
            Piece x = at(k);
            if (x == null || !hyphenBefore(k) || !x.lower() || !p.get(k - 1).cap() || NameIndex.isAllCaps(p.get(k - 1).text())) {
                return false;
            }
            String n = x.norm();
            return n.length() <= 5 && !n.endsWith("ed") && !n.endsWith("ing") && !n.endsWith("ly")
                    && !NameWords.COMPOUND_SUFFIXES.contains(n) && !lowerWordsAlone.contains(n);
        }

        private boolean connectorOk(int c, int start) {
            String n = p.get(c).norm();
            String prev = p.get(c - 1).norm();
            switch (n) {
                case "of", "for" -> {
                    return !(NameWords.TITLE_HEADS.contains(prev) && p.get(c - 1).cap() && !isOrgHead(prev));
                }
                case "and" -> {
                    if (NameWords.GROUP_MEMBERS.contains(prev) && groupHeadAhead(c + 1)) {
                        return true; // "Hostages and Missing Families Forum"
                    }
                    for (int k = start; k < c; k++) {
                        String x = p.get(k).norm();
                        if (x.equals("of") || x.equals("for")) {
                            return true;
                        }
                    }
                    return false;
                }
                case "the" -> {
                    return prev.equals("of") || prev.equals("for") || prev.equals("and");
                }
                case "to", "in" -> {
                    // "the OSCE Mission to Moldova", "the UN Mission in South Sudan": a mission named by its host
                    return p.get(c - 1).cap() && NameWords.MISSION_HEADS.contains(prev) && c - 1 > start;
                }
                default -> {
                    return NameWords.NAME_PARTICLES.contains(n);
                }
            }
        }

        private int step(int i) {
            Piece x = p.get(i);
            if (x.possessive()) {
                return i + 1;
            }
            Match c = catalogMatch(i, p.size());
            if (c == null && !canStartRun(i)) {
                return i + 1;
            }
            int e = extend(c != null ? c.end() : i + 1, i);
            if (c != null) {
                e = Math.max(e, c.end());
            }
            return handleRun(i, e, c);
        }

        private int handleRun(int a, int e, Match c) {
            int[] split = titleSplit(a, e);
            if (split != null) {
                if (split[0] > a) {
                    handlePrefix(a, split[0]);
                }
                emitPerson(split[1], split[2], 0.85, Rules.PERSON_AFTER_TITLE);
                if (split[2] < e) {
                    handleSegments(split[2], e);
                }
                return e;
            }
            if (c != null && c.end() == e) {
                emitCatalog(c);
                return e;
            }
            if (c != null && e - c.end() == 1 && NameWords.GENERATION_SUFFIXES.contains(p.get(c.end()).norm())
                    && c.forms().stream().anyMatch(f -> f.entry().type() == EntityType.PERSON)) {
                String label = text.substring(p.get(a).begin(), p.get(e - 1).end());
                Entity junior = Entity.minted(EntityType.PERSON, label);
                addPieces(a, e, junior, MentionKind.NAME, 0.8, Rules.PERSON_GENERATION_SUFFIX); // "Jane Doe Jr." is not Jane Doe
                registerPerson(junior, label);
                return e;
            }
            if (c != null && c.end() < e) {
                int r = c.end();
                Piece rp = p.get(r);
                boolean ownedDocument = e - r == 1 && NameWords.DOCUMENT_HEADS.contains(rp.norm())
                        && c.forms().stream().anyMatch(f -> f.entry().type() == EntityType.ORGANIZATION);
                if (ownedDocument || catalogMatch(r, e) != null || NameWords.TITLE_HEADS.contains(rp.norm())
                        || NameWords.TITLE_MODIFIERS.contains(rp.norm()) && !isOrgHeadAhead(r, e)
                        || rp.lower()) {
                    emitCatalog(c);
                    return c.end();
                }
            }
            Typed t = type(a, e);
            if (t == Typed.SKIP) {
                return e;
            }
            if (t != null) {
                emitTyped(a, e, t);
                return e;
            }
            if (hasConnector(a, e)) {
                if (onlyNameParticles(a, e)) {
                    pending.add(new int[] {sentence, a, e}); // "Dar es Salaam": never type a fragment
                    return e;
                }
                handleSegments(a, e);
                return e;
            }
            if (c != null) {
                return e; // a catalog name inside an unknown proper noun: "Washington Post"
            }
            pending.add(new int[] {sentence, a, e});
            return e;
        }

        /** Each capitalized segment of a run split at its lower-case connectors, on its own. */
        private void handleSegments(int a, int e) {
            {
                int s = a;
                while (s < e) {
                    if (p.get(s).lower()) {
                        s++;
                        continue;
                    }
                    int s2 = s + 1;
                    while (s2 < e && !p.get(s2).lower()) {
                        s2++;
                    }
                    Match m = catalogMatch(s, s2);
                    if (m != null && m.end() == s2) {
                        emitCatalog(m);
                    } else if (m != null && s2 - s > 1 && m.begin() == s) {
                        // "Mayor of Kyiv Vitali Klitschko" and similar: keep only exact segments
                    } else if (s2 - s >= 1) {
                        Typed ts = type(s, s2);
                        if (ts != null && ts != Typed.SKIP) {
                            emitTyped(s, s2, ts);
                        } else if (ts == null) {
                            pending.add(new int[] {sentence, s, s2});
                        }
                    }
                    s = s2;
                }
            }
        }

        private boolean isOrgHeadAhead(int from, int e) {
            for (int k = from; k < e; k++) {
                if (isOrgHead(p.get(k).norm()) || NameWords.REGION_HEADS.contains(p.get(k).norm())) {
                    return true;
                }
            }
            return false;
        }

        private void handlePrefix(int a, int e) {
            int i = a;
            while (i < e) {
                Match m = catalogMatch(i, e);
                if (m != null) {
                    if (m.end() == e || p.get(m.end()).lower() || catalogMatch(m.end(), e) != null) {
                        emitCatalog(m);
                        i = m.end();
                        continue;
                    }
                    Typed t = type(i, e);
                    if (t != null && t != Typed.SKIP) {
                        emitTyped(i, e, t);
                    }
                    return;
                }
                if (!p.get(i).cap()) {
                    i++;
                    continue;
                }
                Typed t = type(i, e);
                if (t != null && t != Typed.SKIP) {
                    emitTyped(i, e, t);
                    return;
                }
                i++;
            }
        }

        /** True when every lower-case piece of the run is a name particle ("es", "bin", "van"), not "of" or "and". */
        private boolean onlyNameParticles(int a, int e) {
            for (int k = a; k < e; k++) {
                if (p.get(k).lower() && !NameWords.NAME_PARTICLES.contains(p.get(k).norm())) {
                    return false;
                }
            }
            return true;
        }

        private boolean hasConnector(int a, int e) {
            for (int k = a; k < e; k++) {
                if (p.get(k).lower()) {
                    return true;
                }
            }
            return false;
        }

        /** {chainStart, nameStart} when the run is "[prefix] Title Words Name", else null. */
        private int[] titleSplit(int a, int e) {
            for (int t = a; t < e - 1; t++) {
                Piece x = p.get(t);
                if (!x.cap() || !NameWords.TITLE_HEADS.contains(x.norm())) {
                    continue;
                }
                int end = t;
                while (end + 1 < e - 1 && isTitleWord(p.get(end + 1))) {
                    end++;
                }
                int s = t;
                while (s - 1 >= a && isTitleWord(p.get(s - 1)) && !NameWords.TITLE_HEADS.contains(p.get(s - 1).norm())
                        || s - 1 >= a && NameWords.TITLE_HEADS.contains(p.get(s - 1).norm()) && p.get(s - 1).cap()) {
                    s--;
                }
                int nameStart = end + 1;
                int nameEnd = nameStart;
                while (nameEnd < e && (p.get(nameEnd).cap() || nameHyphenPart(nameEnd)
                        || NameWords.NAME_PARTICLES.contains(p.get(nameEnd).norm()) && nameEnd + 1 < e && p.get(nameEnd + 1).cap())) {
                    nameEnd++;
                }
                if (validPersonName(nameStart, nameEnd)) {
                    return new int[] {s, nameStart, nameEnd};
                }
                t = end;
            }
            return null;
        }

        private boolean isTitleWord(Piece x) {
            String n = x.norm();
            return NameWords.TITLE_HEADS.contains(n) || NameWords.TITLE_MODIFIERS.contains(n)
                    && (x.cap() || n.equals("of") || n.equals("for") || n.equals("the") || n.equals("and"));
        }

        private boolean validPersonName(int a, int e) {
            if (a >= e || !p.get(a).cap() || e - a > 5 || hyphenBefore(a)) {
                return false; // "Secretary-General": the second half is part of the title
            }
            boolean allTitle = true;
            for (int k = a; k < e; k++) {
                String n = p.get(k).norm();
                allTitle &= NameWords.TITLE_HEADS.contains(n) || NameWords.TITLE_MODIFIERS.contains(n);
            }
            if (allTitle) {
                return false; // "General", "Deputy Chief": a title alone names nobody
            }
            for (int k = a; k < e; k++) {
                Piece x = p.get(k);
                String n = x.norm();
                if (isOrgHead(n) || NameWords.REGION_HEADS.contains(n) || NameWords.NOT_ANNOTATED_HEADS.contains(n)
                        || NameWords.NEVER_NAMES.contains(n) || index.isDemonym(n) && k == a) {
                    return false;
                }
                if (!x.cap() && !NameWords.NAME_PARTICLES.contains(n) && !nameHyphenPart(k)) {
                    return false;
                }
            }
            Match m = catalogMatch(a, e);
            return m == null || m.end() != e || m.forms().stream().anyMatch(f -> f.entry().type() == EntityType.PERSON);
        }

        private boolean isOrgHead(String n) {
            return NameWords.ORG_HEADS.contains(n);
        }

        // ---------------------------------------------------------------- typing unknown phrases

        private Typed type(int a, int e) {
            List<String> norms = new ArrayList<>();
            for (int k = a; k < e; k++) {
                norms.add(p.get(k).norm());
            }
            String joinedNorm = String.join(" ", norms);
            if (NameWords.SUPRANATIONAL.contains(joinedNorm)) {
                return Typed.SKIP;
            }
            boolean allGeneric = true;
            boolean orgNamed = e - a >= 2 && p.get(e - 1).cap() && isOrgHead(norms.get(e - a - 1))
                    && !NameWords.MEDIA_HEADS.contains(norms.get(e - a - 1));
            for (int k = a; k < e; k++) {
                Piece x = p.get(k);
                String n = x.norm();
                if (x.cap() && NameWords.NOT_ANNOTATED_HEADS.contains(n) && !(k == e - 1 && e - a >= 2
                        && NameWords.TERRITORY_HEADS.contains(n)) && !(k < e - 1 && orgNamed)) {
                    if (k == e - 1 && e - a >= 2 && n.equals("forum") && actsLikeGroup(a, e)) {
                        return new Typed(EntityType.ORGANIZATION, 0.7, null);
                    }
                    return Typed.SKIP;
                }
                if (x.cap() && NameWords.MEDIA_HEADS.contains(n) && e - a >= 2 && k == e - 1 && !n.equals("agency")) {
                    return Typed.SKIP; // a newspaper's name ("Washington Post"): not an actor
                }
                if (!(index.isDemonym(n) || NameWords.NEVER_NAMES.contains(n) || NameWords.TITLE_HEADS.contains(n)
                        || NameWords.TITLE_MODIFIERS.contains(n) || x.lower())) {
                    allGeneric = false;
                }
            }
            if (e - a == 2 && index.isDemonym(norms.get(0)) && norms.get(1).equals("government") && p.get(a + 1).cap()) {
                List<CatalogEntry> cs = index.demonym(norms.get(0));
                if (cs.size() == 1) {
                    return new Typed(cs.get(0).type(), 0.7, cs.get(0).toEntity());
                }
                return null;
            }
            boolean orgHead = false;
            for (int k = a; k < e; k++) {
                if (p.get(k).cap() && isOrgHead(norms.get(k - a))) {
                    orgHead = true;
                }
            }
            if (orgHead && e - a >= 2 && !onlyHeadsAndGeneric(a, e)) {
                return new Typed(EntityType.ORGANIZATION, 0.8, null);
            }
            String last = norms.get(norms.size() - 1);
            if (e - a >= 2 && NameWords.REGION_HEADS.contains(last) && p.get(e - 1).cap()) {
                return new Typed(EntityType.REGION, 0.8, null);
            }
            if (e - a >= 2 && NameWords.TERRITORY_HEADS.contains(last)) {
                return new Typed(EntityType.REGION, 0.7, null);
            }
            if (e - a >= 2 && last.equals("city") && p.get(e - 1).cap()) {
                return new Typed(EntityType.CITY, 0.8, null);
            }
            if (allGeneric) {
                return null;
            }
            if (e - a == 1 && NameIndex.isAllCaps(p.get(a).text()) && NameIndex.letters(p.get(a).text()).length() >= 3
                    && appositiveOrganization(e)) {
                return new Typed(EntityType.ORGANIZATION, 0.7, null);
            }
            if (e - a == 1 && NameIndex.isAllCaps(p.get(a).text()) && NameIndex.letters(p.get(a).text()).length() >= 3
                    && acronymBesideOrgNoun(a, e)) {
                return new Typed(EntityType.ORGANIZATION, 0.65, null);
            }
            boolean nameShaped = nameShaped(a, e);
            if (nameShaped && e - a == 1 && companySuffix(p.get(a).norm())) {
                return new Typed(EntityType.ORGANIZATION, 0.7, null);
            }
            if (nameShaped && e - a == 1 && appositiveHeadOrganization(e)) {
                return new Typed(EntityType.ORGANIZATION, 0.65, null);
            }
            if (e - a <= 3 && (companyNounBefore(a, e) || organizationNounAfter(a, e, nameShaped)
                    || nameShaped && companiesSuchAs(a))) {
                return new Typed(EntityType.ORGANIZATION, 0.65, null);
            }
            Piece next = at(e);
            boolean nextJoined = next != null && joined(e);
            if (nextJoined && next.lower() && NameWords.REGION_CUES_AFTER.contains(next.norm()) && e - a <= 3) {
                return new Typed(EntityType.REGION, 0.75, null);
            }
            if ((e - a == 1 || e - a <= 3 && placeListOpener(a)) && sharedPluralRegionCue(e)) {
                return new Typed(EntityType.REGION, 0.7, null);
            }
            if (nextJoined && next.lower() && next.norm().equals("city") && e - a <= 3) {
                return new Typed(EntityType.CITY, 0.75, null);
            }
            String prev = normAt(a - 1);
            String prev2 = normAt(a - 2);
            if (prev.equals("of") && at(a - 1).lower() && e - a <= 3) {
                if (NameWords.CITY_NOUNS.contains(prev2) && at(a - 2).lower()) {
                    return new Typed(EntityType.CITY, 0.75, null);
                }
                if (NameWords.REGION_NOUNS.contains(prev2) && at(a - 2).lower()) {
                    return new Typed(EntityType.REGION, 0.75, null);
                }
            }
            if (nameShaped && a > 0 && at(a - 1).lower() && joined(a)
                    && (NameWords.TITLE_HEADS.contains(prev) || NameWords.HONORIFICS.contains(prev))) {
                return new Typed(EntityType.PERSON, 0.75, null);
            }
            if (nameShaped && a > 0 && NameWords.HONORIFICS.contains(prev) && at(a - 1).cap()) {
                return new Typed(EntityType.PERSON, 0.8, null);
            }
            if (nameShaped && e - a >= 2 && e - a <= 4 && personContext(a, e)) {
                return new Typed(EntityType.PERSON, 0.65, null);
            }
            if (nameShaped && capitalized(a, e) <= 2 && e - a <= 4 && a > 0 && at(a - 1).lower() && joined(a)
                    && (Set.of("in", "near", "around", "outside", "inside", "across", "throughout").contains(prev)
                    || (prev.equals("at") || prev.equals("from") && e - a == 1) && placeAfterAtOrFrom(a, e))
                    && !nextIsPossessivePersonLike(e) && !languageLike(a, e)) {
                return new Typed(EntityType.CITY, 0.5, null);
            }
            if (nameShaped && capitalized(a, e) <= 2 && e - a <= 3 && placeAppositive(e)) {
                return new Typed(EntityType.CITY, 0.6, null);
            }
            if (nameShaped && capitalized(a, e) <= 2) {
                EntityType listed = placeListType(a, e);
                if (listed != null) {
                    return new Typed(listed, 0.6, null);
                }
            }
            return null;
        }

        /**
         * "the depot at Velmoro", "told reporters from Kersang": after "at" or "from" an unknown name is a place
         * unless something owns it ("at Doe's residence") or it is the surname of a person named earlier.
         */
        private boolean placeAfterAtOrFrom(int a, int e) {
            Piece next = at(e);
            return (next == null || !next.possessive()) && !surnames.containsKey(p.get(e - 1).norm());
        }

        /** "taught in Kurdish", "written in Portuguese": one word shaped like a language or demonym. */
        private boolean languageLike(int a, int e) {
            if (e - a != 1) {
                return false;
            }
            String n = p.get(a).norm();
            return index.isDemonym(n) || n.length() > 5 && (n.endsWith("ish") || n.endsWith("ese"));
        }

        /**
         * "in Velkar Tom and Sarun Mey provinces": a name of several words takes a list's region noun only after
         * "in" or "across", or as a later item of the list ("from Amani Okello and ..." may name a person).
         */
        private boolean placeListOpener(int a) {
            Piece prev = at(a - 1);
            return prev != null && prev.lower() && Set.of("in", "across", "and", "or").contains(prev.norm());
        }

        /** "the Tomsk and Omsk regions": a plural region noun after the list applies to each name in it. */
        private boolean sharedPluralRegionCue(int e) {
            boolean joiner = false;
            for (int k = e; k < Math.min(p.size(), e + 12); k++) {
                Piece x = p.get(k);
                String sep = x.sep().strip();
                if (!sep.isEmpty() && !sep.equals(",")) {
                    return false;
                }
                if (x.cap()) {
                    continue;
                }
                String n = x.norm();
                if (n.equals("and") || n.equals("or")) {
                    joiner = true;
                } else {
                    return joiner && k > e && at(k - 1).cap() && Set.of("regions", "provinces", "oblasts",
                            "governorates", "districts", "states", "prefectures", "counties").contains(n);
                }
            }
            return false;
        }

        /** "Velmar, a town near the border," / "Velmar, the village where": a place noun in the apposition. */
        private boolean placeAppositive(int e) {
            Piece next = at(e);
            if (next == null || !next.sep().strip().equals(",") || !Set.of("a", "an", "the").contains(next.norm())) {
                return false;
            }
            for (int k = e + 1; k < Math.min(p.size(), e + 4); k++) {
                Piece x = p.get(k);
                if (!x.lower() || !x.sep().equals(" ")) {
                    return false;
                }
                if (Set.of("town", "village", "city", "port", "settlement").contains(x.norm())) {
                    return true;
                }
            }
            return false;
        }

        private int capitalized(int a, int e) {
            int n = 0;
            for (int k = a; k < e; k++) {
                n += p.get(k).cap() ? 1 : 0;
            }
            return n;
        }

        /**
         * The place type a list gives an unknown name: after a place noun ("the villages of A and B",
         * "towns such as A"), before "and other towns", or beside a place already found in the same
         * list ("in Kyiv, A and B"). Null when the name is in no such list.
         */
        private EntityType placeListType(int a, int e) {
            Piece next = at(e);
            if (next != null && next.lower() && (next.norm().equals("and") || next.norm().equals("or"))
                    && normAt(e + 1).equals("other")) {
                for (int k = e + 2; k < Math.min(p.size(), e + 5); k++) {
                    EntityType t = NameWords.PLACE_LIST_NOUNS.get(normAt(k));
                    if (t != null && at(k).lower()) {
                        return t;
                    }
                    if (!at(k).lower() || !at(k).sep().equals(" ")) {
                        break;
                    }
                }
            }
            Piece after = at(e);
            if (after != null && after.lower() && joined(e) && NameWords.SPEECH_VERBS.contains(after.norm())) {
                return null; // "..., Doe said"
            }
            boolean lastItem = a >= 2 && at(a - 1).lower() && (normAt(a - 1).equals("and") || normAt(a - 1).equals("or"));
            if (p.get(a).sep().strip().equals(",") && !lastItem && !listContinues(e)) {
                return null; // "in Goma, Doe ...": a comma after a phrase, not a list
            }
            // walk back over the list items before this one: "A, B and" / "A or"
            int k = a;
            EntityType neighbour = null;
            while (true) {
                int sepAt = k; // piece k starts after a list separator?
                String sep = p.get(sepAt).sep().strip();
                int before;
                if (sep.equals(",")) {
                    before = k - 1;
                } else if (k >= 2 && at(k - 1).lower() && (normAt(k - 1).equals("and") || normAt(k - 1).equals("or"))
                        && joined(k - 1)) {
                    before = k - 2; // also "A, B, and C"
                } else {
                    break;
                }
                if (before < 0 || !at(before).cap()) {
                    break;
                }
                int itemStart = before;
                while (itemStart > 0 && joined(itemStart) && (p.get(itemStart - 1).cap()
                        || NameWords.NAME_PARTICLES.contains(normAt(itemStart - 1)) && p.get(itemStart - 1).lower())) {
                    itemStart--;
                }
                Found f = foundEndingAt(p.get(before).end());
                if (f != null && neighbour == null && (f.entity().type() == EntityType.CITY
                        || f.entity().type() == EntityType.REGION)) {
                    neighbour = f.entity().type();
                }
                if (f != null && !f.entity().type().isPlace()) {
                    return null; // a list of people or organizations
                }
                k = itemStart;
                if (a - k > 16) {
                    break;
                }
            }
            // the piece before the first item: a place noun with "of", "such as", "including", "like"
            EntityType head = placeNounBefore(k);
            if (head != null) {
                return head;
            }
            if (!placeAnchor(k)) {
                return null;
            }
            if (neighbour != null && k < a) {
                return neighbour;
            }
            return forwardNeighbour(e);
        }

        /** The list goes on after piece e-1: ", B" or "and B". */
        private boolean listContinues(int e) {
            Piece next = at(e);
            if (next == null) {
                return false;
            }
            if (next.sep().strip().equals(",") && next.cap()) {
                return true;
            }
            return next.lower() && (next.norm().equals("and") || next.norm().equals("or")) && at(e + 1) != null
                    && at(e + 1).cap() && joined(e + 1);
        }

        /** A list that starts after a place preposition: "in A, B and C", "to A or B", "between A and B". */
        private boolean placeAnchor(int k) {
            Piece x = at(k - 1);
            if (x == null || !x.lower()) {
                return false;
            }
            String n = x.norm();
            return NameWords.PLACE_PREPOSITIONS.contains(n) || n.equals("to") || n.equals("between")
                    || n.equals("of") && normAt(k - 2).equals("out") || NameWords.PLACE_OBJECT_VERBS.contains(n);
        }

        /** "the villages of", "towns such as", "districts including", "cities like" before piece k. */
        private EntityType placeNounBefore(int k) {
            String p1 = normAt(k - 1);
            int noun;
            if (p1.equals("of") || p1.equals("including") || p1.equals("like")) {
                noun = k - 2;
            } else if (p1.equals("as") && normAt(k - 2).equals("such")) {
                noun = k - 3;
            } else {
                return null;
            }
            Piece n = at(noun);
            if (n == null || !n.lower() || at(k - 1) == null || !at(k - 1).lower()) {
                return null;
            }
            String w = n.norm();
            if (p1.equals("of") && !w.endsWith("s") && !w.equals("municipality")) {
                return null; // singular "city of X" is handled elsewhere; "the capital of X" names a country
            }
            return NameWords.PLACE_LIST_NOUNS.get(w);
        }

        /** "A, Omdurman and every town": a catalog city right after this list item. */
        private EntityType forwardNeighbour(int e) {
            Piece next = at(e);
            if (next == null) {
                return null;
            }
            int j;
            if (next.sep().strip().equals(",") && next.cap()) {
                j = e;
            } else if (next.lower() && (next.norm().equals("and") || next.norm().equals("or")) && at(e + 1) != null
                    && at(e + 1).cap()) {
                j = e + 1;
            } else {
                return null;
            }
            Match m = catalogMatch(j, p.size());
            if (m == null) {
                return null;
            }
            Piece after = at(m.end());
            if (after != null && joined(m.end()) && after.cap()) {
                return null;
            }
            EntityType t = null;
            for (NameIndex.Form f : m.forms()) {
                if (f.kind() == MentionKind.METONYM) {
                    return null;
                }
                EntityType ft = f.entry().type();
                if (ft != EntityType.CITY && ft != EntityType.REGION) {
                    return null;
                }
                t = t == null ? ft : t;
            }
            return t;
        }

        /**
         * "the Hostages and Missing Families Forum called on": a forum named after the people it gathers, or one
         * that speaks, is a group, not a negotiation format.
         */
        private boolean actsLikeGroup(int a, int e) {
            for (int k = a; k < e - 1; k++) {
                if (NameWords.GROUP_MEMBERS.contains(p.get(k).norm())) {
                    return true;
                }
            }
            Piece next = at(e);
            return next != null && next.lower() && joined(e) && NameWords.SPEECH_VERBS.contains(next.norm());
        }

        /** "UNMHA, the UN monitoring mission in Hodeidah,": an acronym explained by an organization noun. */
        /** "the farmers' union ZNB", "the ZNB clearing network": an acronym named by an organization noun beside it. */
        private boolean acronymBesideOrgNoun(int a, int e) {
            Piece prev = at(a - 1);
            if (prev != null && prev.lower() && joined(a) && orgNoun(prev.norm())) {
                return true;
            }
            for (int k = e; k < Math.min(p.size(), e + 2); k++) {
                Piece x = p.get(k);
                if (!x.lower() || !joined(k) || isHyphen(x.sep())) {
                    return false;
                }
                if (orgNoun(x.norm())) {
                    return true;
                }
            }
            return false;
        }

        /** "Gazprombank", "Rosneft": one word built on a company word (bank, oil, gas, industry). */
        private boolean companySuffix(String n) {
            for (String suffix : NameWords.COMPANY_SUFFIXES) {
                if (n.length() >= suffix.length() + 3 && n.endsWith(suffix)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Velbank, Ruritania's state farm lender," / "Ostrava, a rebel faction,": an apposition of at most five
         * words, with no verb or preposition, whose last word is an organization noun.
         */
        private boolean appositiveHeadOrganization(int e) {
            Piece first = at(e);
            if (first == null || !first.sep().strip().equals(",")) {
                return false;
            }
            int k = e;
            if (Set.of("the", "a", "an").contains(first.norm()) && first.lower()) {
                k++;
            } else if (!(first.cap() && at(e + 1) != null && at(e + 1).possessive())) {
                return false; // "Ruritania's ..."
            } else {
                k += 2;
            }
            int head = -1;
            for (int j = k; j < Math.min(p.size(), k + 5); j++) {
                Piece x = p.get(j);
                if (x.possessive()) {
                    return false; // "Doe, the group's spokesman": the group owns the head
                }
                if (j > k && !(x.sep().equals(" ") || isHyphen(x.sep()))) {
                    break;
                }
                if (!x.lower() || x.pos().startsWith("VB") && !isHyphen(x.sep()) && j > k
                        || x.pos().equals("IN") || x.pos().equals("TO") || NameWords.CONNECTORS.contains(x.norm())
                        || x.pos().equals("WDT") || x.pos().equals("WP")) {
                    return false;
                }
                head = j;
            }
            if (head < 0) {
                return false;
            }
            Piece after = at(head + 1);
            boolean closed = after == null || !after.sep().isBlank() && !isHyphen(after.sep());
            String n = p.get(head).norm();
            return closed && (orgNoun(n) && !NameWords.TITLE_HEADS.contains(n) || NameWords.COMPANY_NOUNS.contains(n));
        }

        /**
         * "the state energy company Velgaz", "the conglomerate VK Holm": a company noun right before the name,
         * in a noun phrase opened by an article within four words.
         */
        private boolean companyNounBefore(int a, int e) {
            Piece prev = at(a - 1);
            if (prev == null || !prev.lower() || !joined(a) || !NameWords.COMPANY_NOUNS.contains(prev.norm())
                    || at(e) != null && at(e).possessive()) {
                return false;
            }
            for (int k = a - 2; k >= Math.max(0, a - 5); k--) {
                Piece x = p.get(k);
                if (Set.of("the", "a", "an").contains(x.norm()) && x.lower()) {
                    return true;
                }
                if (!x.lower() || !x.sep().equals(" ") && !isHyphen(p.get(k + 1).sep()) || x.pos().startsWith("VB")
                        || x.pos().equals("IN")) {
                    return false;
                }
            }
            return false;
        }

        /** "shipping lines including Velmsk", "lenders such as Tarbank": a name given as an example of companies. */
        private boolean companiesSuchAs(int a) {
            int noun;
            String p1 = normAt(a - 1);
            if ((p1.equals("including") || p1.equals("like")) && at(a - 1).lower()) {
                noun = a - 2;
            } else if (p1.equals("as") && normAt(a - 2).equals("such") && at(a - 1).lower()) {
                noun = a - 3;
            } else {
                return false;
            }
            Piece n = at(noun);
            return n != null && n.lower() && NameWords.COMPANY_PLURALS.contains(n.norm());
        }

        /** "the left-wing Tunu Ataqa party": a name between "the" (and modifiers) and a party or movement noun. */
        private boolean organizationNounAfter(int a, int e, boolean nameShaped) {
            Piece next = at(e);
            if (!nameShaped || next == null || !next.lower() || !joined(e) || hyphenBefore(e)
                    || !Set.of("party", "movement").contains(next.norm())) {
                return false;
            }
            for (int k = a - 1; k >= Math.max(0, a - 4); k--) {
                Piece x = p.get(k);
                if (!x.lower()) {
                    return false;
                }
                if (x.norm().equals("the")) {
                    return true;
                }
                if (x.pos().startsWith("VB") && !isHyphen(p.get(k + 1).sep()) || x.pos().equals("IN")) {
                    return false;
                }
            }
            return false;
        }

        private boolean orgNoun(String n) {
            return isOrgHead(n) || NameWords.GROUP_NOUNS.contains(n) || n.equals("conference");
        }

        private boolean appositiveOrganization(int e) {
            Piece next = at(e);
            if (next == null || !next.sep().strip().equals(",") || !Set.of("the", "a", "an").contains(next.norm())) {
                return false;
            }
            for (int k = e + 1; k < Math.min(p.size(), e + 7); k++) {
                Piece x = p.get(k);
                if (!x.sep().isBlank() && !isHyphen(x.sep())) {
                    return false;
                }
                if (x.lower() && (isOrgHead(x.norm()) || NameWords.GROUP_NOUNS.contains(x.norm()))) {
                    return true;
                }
                if (x.lower() && (x.norm().equals("of") || x.norm().equals("in") || x.norm().equals("that")
                        || x.norm().equals("which") || x.norm().equals("who"))) {
                    return false;
                }
            }
            return false;
        }

        private String normAtKey(int a, int k) {
            StringBuilder b = new StringBuilder();
            for (int i = a; i < k; i++) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(p.get(i).norm());
            }
            return b.toString();
        }

        private boolean onlyHeadsAndGeneric(int a, int e) {
            for (int k = a; k < e; k++) {
                String n = p.get(k).norm();
                if (!(isOrgHead(n) || NameWords.NEVER_NAMES.contains(n) || p.get(k).lower())) {
                    return false;
                }
            }
            return true;
        }

        private boolean nextIsPossessivePersonLike(int e) {
            return false;
        }

        /** Title-case words of letters, not acronyms, not demonyms. */
        private boolean nameShaped(int a, int e) {
            for (int k = a; k < e; k++) {
                Piece x = p.get(k);
                String n = x.norm();
                if (x.lower() && NameWords.NAME_PARTICLES.contains(n) && k > a) {
                    continue;
                }
                if (k == e - 1 && k > a && NameWords.HONORIFICS.contains(n) && x.cap() && !NameIndex.isAllCaps(x.text())
                        && (at(e) == null || !at(e).sep().startsWith("."))) {
                    continue; // "Hun Sen": a name piece spelt like an abbreviated title, with no dot after it
                }
                boolean nisba = k > a && p.get(k - 1).lower() && NameWords.NAME_PARTICLES.contains(p.get(k - 1).norm());
                if (!x.cap() || NameIndex.isAllCaps(x.text()) && x.text().length() > 1 || !x.text().chars().allMatch(Character::isLetter)
                        || index.isDemonym(n) && !nisba || NameWords.NEVER_NAMES.contains(n) || isOrgHead(n)
                        || NameWords.REGION_HEADS.contains(n) || NameWords.TITLE_HEADS.contains(n)) {
                    return false;
                }
            }
            return true;
        }

        /** "Jane Doe, spokeswoman for X" / "Jane Doe, deputy minister of Y": a bare title after the comma. */
        private boolean bareTitleAfter(int e) {
            for (int k = e; k < Math.min(p.size(), e + 3); k++) {
                Piece x = p.get(k);
                if (!x.lower() || k > e && !x.sep().equals(" ")) {
                    return false;
                }
                if (NameWords.TITLE_HEADS.contains(x.norm())) {
                    Piece after = at(k + 1);
                    return after != null && after.lower() && after.sep().equals(" ")
                            && Set.of("for", "of", "to", "at").contains(after.norm());
                }
            }
            return false;
        }

        private boolean personContext(int a, int e) {
            Piece next = at(e);
            if (next != null && next.lower() && joined(e) && NameWords.SPEECH_VERBS.contains(next.norm())) {
                return true;
            }
            String prev = normAt(a - 1);
            if (a > 0 && (prev.equals("said") || prev.equals("says") || prev.equals("told")) && at(a - 1).lower()) {
                return true;
            }
            if (prev.equals("to") && normAt(a - 2).equals("according")) {
                return true;
            }
            if (p.get(a).sep().strip().equals(",") && next != null && next.sep().strip().startsWith(",")) {
                for (int k = a - 1; k >= Math.max(0, a - 8); k--) {
                    if (NameWords.TITLE_HEADS.contains(p.get(k).norm()) && !NameWords.HONORIFICS.contains(p.get(k).norm())) {
                        return true; // "the foreign minister of X, Jane Doe, said"
                    }
                    if (k < a - 1 && p.get(k + 1).sep().contains(",")) {
                        break;
                    }
                }
            }
            if (next != null && next.sep().strip().equals(",")) {
                String n1 = next.norm();
                if (n1.equals("who") || bareTitleAfter(e)) {
                    return true;
                }
                int from = e + 1;
                if (next.cap() && at(e + 1) != null && at(e + 1).possessive()) {
                    n1 = "the"; // "Jane Doe, Ruritania's deputy prime minister,"
                    from = e + 2;
                }
                if (Set.of("the", "a", "an").contains(n1) || index.isDemonym(n1)) {
                    for (int k = from; k < Math.min(p.size(), from + 6); k++) {
                        if (p.get(k).possessive()) {
                            continue; // "Jane Doe, the State Department's director"
                        }
                        String w = p.get(k).norm();
                        if ((NameWords.TITLE_HEADS.contains(w) || NameWords.PERSON_NOUNS.contains(w)) && p.get(k).lower()) {
                            return true;
                        }
                        if (!p.get(k).sep().isBlank() && !isHyphen(p.get(k).sep())) {
                            break;
                        }
                    }
                }
            }
            return false;
        }

        // ---------------------------------------------------------------- emitting

        private void addPieces(int a, int e, Entity entity, MentionKind kind, double conf, RuleId rule) {
            addSpan(p.get(a).begin(), p.get(e - 1).end(), entity, kind, conf, rule);
        }

        private void addSpan(int begin, int end, Entity entity, MentionKind kind, double conf, RuleId rule) {
            for (Found f : found) {
                if (f.begin() < end && begin < f.end()) {
                    return;
                }
            }
            found.add(new Found(begin, end, sentence, entity, kind, conf, rule));
            if (kind == MentionKind.NAME) {
                names.putIfAbsent(NameIndex.key(NameIndex.surfacePieces(text.substring(begin, end))), entity);
            }
        }

        private void emitCatalog(Match c) {
            if (facilityAfter(c.end()) && c.forms().stream().allMatch(f -> f.entry().type().isPlace())) {
                NameIndex.Form city = servedCity(c);
                if (city != null) {
                    emitEntry(c, city.entry(), MentionKind.NAME, c.exact() ? 0.9 : 0.8, Rules.CITY_BEFORE_FACILITY);
                }
                return; // "the Zaporizhzhia nuclear power plant" names a facility
            }
            if (demonymModifier(c)) {
                return;
            }
            Piece next = at(c.end());
            String nextNorm = next != null && joined(c.end()) && next.lower() ? next.norm() : "";
            boolean compoundAfter = hyphenBefore(c.end()) && next != null && next.lower();
            boolean compoundBefore = hyphenBefore(c.begin()) && at(c.begin() - 1).lower();
            boolean compound = compoundAfter || compoundBefore;
            String prev = c.begin() > 0 && at(c.begin() - 1).lower() ? normAt(c.begin() - 1) : "";
            String prev2 = normAt(c.begin() - 2);
            boolean regionCue = NameWords.REGION_CUES_AFTER.contains(nextNorm)
                    || prev.equals("of") && NameWords.REGION_NOUNS.contains(prev2);
            boolean cityCue = nextNorm.equals("city") || prev.equals("of") && NameWords.CITY_NOUNS.contains(prev2)
                    || compoundAfter && nextNorm.equals("based");
            List<NameIndex.Form> forms = preferExact(c);
            double conf = c.exact() ? 0.95 : 0.85;
            if (regionCue || cityCue) {
                EntityType want = regionCue ? EntityType.REGION : EntityType.CITY;
                for (NameIndex.Form f : forms) {
                    if (f.kind() == MentionKind.NAME && f.entry().type() == want) {
                        emitEntry(c, f.entry(), compound ? MentionKind.COMPOUND : MentionKind.NAME, conf, Rules.PLACE_BY_CUE);
                        return;
                    }
                }
            }
            NameIndex.Form metonym = null;
            NameIndex.Form name = null;
            NameIndex.Form cityName = null;
            for (NameIndex.Form f : forms) {
                if (f.kind() == MentionKind.METONYM && metonym == null) {
                    metonym = f;
                }
                if (f.kind() == MentionKind.NAME && name == null) {
                    name = f;
                }
                if (f.kind() == MentionKind.NAME && f.entry().type() == EntityType.CITY && cityName == null) {
                    cityName = f;
                }
            }
            if (metonym != null) {
                boolean city = cityCue || cityContext(c.begin(), c.end());
                if (!city) {
                    emitEntry(c, metonym.entry(), compound ? MentionKind.COMPOUND : MentionKind.METONYM, conf - 0.1,
                            Rules.METONYM_GOVERNMENT);
                    return;
                }
                if (cityName != null) {
                    emitEntry(c, cityName.entry(), compound ? MentionKind.COMPOUND : MentionKind.NAME, conf,
                            Rules.METONYM_CITY);
                    return;
                }
                if (name != null) {
                    emitEntry(c, name.entry(), compound ? MentionKind.COMPOUND : MentionKind.NAME, conf,
                            Rules.METONYM_CITY);
                    return;
                }
                boolean building = c.end() - c.begin() > 1 || normAt(c.begin() - 1).equals("the");
                if (building) {
                    emitEntry(c, metonym.entry(), MentionKind.METONYM, conf - 0.1, Rules.METONYM_BUILDING);
                } else {
                    String label = text.substring(p.get(c.begin()).begin(), p.get(c.end() - 1).end());
                    addPieces(c.begin(), c.end(), Entity.minted(EntityType.CITY, label), MentionKind.NAME, 0.6,
                            Rules.METONYM_UNLISTED_CITY);
                }
                return;
            }
            if (cityName != null && name != null && name.entry().type() == EntityType.REGION
                    && (previousListItemIsCity(c.begin(), c.end()) || forwardNeighbour(c.end()) == EntityType.CITY)) {
                emitEntry(c, cityName.entry(), compound ? MentionKind.COMPOUND : MentionKind.NAME, conf,
                        Rules.CITY_AMONG_CITIES);
                return; // "Odesa, Mykolaiv and Novorossiysk": a name shared by a city and its region, among cities
            }
            if (name != null) {
                emitEntry(c, name.entry(), compound ? MentionKind.COMPOUND : MentionKind.NAME, conf, Rules.CATALOG_NAME);
            }
        }

        /** "Ruritanian military advisers": a demonym-led alias that only qualifies the noun after it. */
        private boolean demonymModifier(Match c) {
            Piece first = p.get(c.begin());
            Piece last = p.get(c.end() - 1);
            Piece next = at(c.end());
            return c.end() - c.begin() >= 2 && index.isDemonym(first.norm()) && last.lower()
                    && next != null && joined(c.end()) && next.lower() && next.pos().startsWith("NN");
        }

        /**
         * "Sanaa airport", "the Odesa port": a city's airport or port lies in the city, so the name is the city's
         * (a plant or a dam named after a place is often far from it). Null unless such a word follows at once.
         */
        private NameIndex.Form servedCity(Match c) {
            Piece next = at(c.end());
            if (next == null || !joined(c.end()) || hyphenBefore(c.end()) || !next.lower()
                    || !NameWords.CITY_FACILITIES.contains(next.norm())) {
                return null;
            }
            for (NameIndex.Form f : c.forms()) {
                if (f.kind() == MentionKind.NAME && f.entry().type() == EntityType.CITY) {
                    return f;
                }
            }
            return null;
        }

        private boolean facilityAfter(int e) {
            for (int k = e; k < Math.min(p.size(), e + 3); k++) {
                if (!joined(k) || !p.get(k).lower() || hyphenBefore(k)) {
                    return false;
                }
                if (NameWords.FACILITY_HEADS.contains(p.get(k).norm())) {
                    return true;
                }
            }
            return false;
        }

        private List<NameIndex.Form> preferExact(Match c) {
            List<NameIndex.Form> exact = new ArrayList<>();
            List<NameIndex.Form> rest = new ArrayList<>();
            for (NameIndex.Form f : c.forms()) {
                boolean same = true;
                for (int k = 0; k < f.surface().size(); k++) {
                    same &= f.surface().get(k).equals(p.get(c.begin() + k).text());
                }
                (same ? exact : rest).add(f);
            }
            exact.addAll(rest);
            return exact;
        }

        private void emitEntry(Match c, CatalogEntry entry, MentionKind kind, double conf, RuleId rule) {
            Entity entity = entry.toEntity();
            addPieces(c.begin(), c.end(), entity, kind, conf, rule);
            if (entry.type() == EntityType.PERSON) {
                registerPerson(entity, entry.label());
                for (String a : entry.aliases()) {
                    registerPerson(entity, a);
                }
            }
            acronymAfter(c.end(), entity);
            shortFormAfterOf(c, entry);
        }

        /**
         * "Democratic Republic of Congo" lets a later "Congo" in the same article name that country, when the
         * catalog has no entry of its own for the word.
         */
        private void shortFormAfterOf(Match c, CatalogEntry entry) {
            if (entry.type() != EntityType.COUNTRY || c.end() - c.begin() < 3 || !normAt(c.end() - 2).equals("of")
                    && !(normAt(c.end() - 2).equals("the") && normAt(c.end() - 3).equals("of"))) {
                return;
            }
            Piece last = p.get(c.end() - 1);
            if (last.cap() && !NameIndex.isAllCaps(last.text()) && index.forms(last.norm()).isEmpty()
                    && !index.isDemonym(last.norm())) {
                names.putIfAbsent(last.norm(), entry.toEntity());
            }
        }

        private void emitTyped(int a, int e, Typed t) {
            if (t.entity() != null) {
                addPieces(a, e, t.entity(), MentionKind.DESCRIPTION, t.confidence(), Rules.DESCRIPTION);
                return;
            }
            if (t.type() == EntityType.PERSON) {
                emitPerson(a, e, t.confidence(), Rules.TYPED_PERSON);
                return;
            }
            String label = text.substring(p.get(a).begin(), p.get(e - 1).end());
            Entity known = names.get(NameIndex.key(NameIndex.surfacePieces(label)));
            Entity entity = known != null ? known : Entity.minted(t.type(), label);
            addPieces(a, e, entity, MentionKind.NAME, t.confidence(), Rules.typed(t.type()));
            acronymAfter(e, entity);
        }

        private void emitPerson(int a, int e, double conf, RuleId rule) {
            Match m = catalogMatch(a, e);
            if (m != null && m.end() == e) {
                for (NameIndex.Form f : m.forms()) {
                    if (f.entry().type() == EntityType.PERSON) {
                        emitEntry(m, f.entry(), MentionKind.NAME, m.exact() ? 0.95 : 0.85, Rules.CATALOG_PERSON);
                        return;
                    }
                }
            }
            String label = text.substring(p.get(a).begin(), p.get(e - 1).end());
            if (e - a == 1) {
                Entity s = surnameHolder(p.get(a).norm());
                if (s != null) {
                    addPieces(a, e, s, MentionKind.SHORT_NAME, 0.8, Rules.SURNAME);
                    return;
                }
            }
            Entity known = names.get(NameIndex.key(NameIndex.surfacePieces(label)));
            Entity entity = known != null && known.type() == EntityType.PERSON ? known
                    : Entity.minted(EntityType.PERSON, label);
            addPieces(a, e, entity, MentionKind.NAME, conf, rule);
            registerPerson(entity, label);
        }

        private Entity surnameHolder(String norm) {
            Set<Entity> s = surnames.get(norm);
            if (s != null && s.size() == 1) {
                return s.iterator().next();
            }
            if (s == null) {
                List<CatalogEntry> cs = index.surname(norm);
                if (cs.size() == 1) {
                    return cs.get(0).toEntity();
                }
            }
            return null;
        }

        private void registerPerson(Entity entity, String name) {
            List<String> ps = NameIndex.surfacePieces(name);
            if (ps.size() >= 2) {
                surnames.computeIfAbsent(NameIndex.norm(ps.get(ps.size() - 1)), x -> new LinkedHashSet<>()).add(entity);
            }
        }

        /** "Tigray People's Liberation Front (TPLF)": the acronym names the same entity. */
        private void acronymAfter(int e, Entity entity) {
            Piece x = at(e);
            Piece after = at(e + 1);
            if (x != null && x.sep().strip().equals("(") && NameIndex.isAllCaps(x.text())
                    && (after == null || after.sep().strip().startsWith(")"))
                    && (after != null || x.end() < text.length() && text.charAt(x.end()) == ')')) {
                if (index.forms(x.norm()).isEmpty()) {
                    addPieces(e, e + 1, entity, MentionKind.SHORT_NAME, 0.8, Rules.ACRONYM_IN_PARENTHESES);
                    names.putIfAbsent(x.norm(), entity);
                }
            }
        }

        // ---------------------------------------------------------------- metonym or city

        private boolean cityContext(int a, int e) {
            int k = a - 1;
            if (normAt(k).equals("the") && at(k).lower()) {
                k--;
            }
            String prev = at(k) != null && at(k).lower() ? normAt(k) : "";
            String prev2 = normAt(k - 1);
            if (NameWords.PLACE_PREPOSITIONS.contains(prev)) {
                return true;
            }
            if (k == a - 1 && at(k) != null && at(k).sentenceStart() && NameWords.PLACE_PREPOSITIONS.contains(normAt(k))
                    && at(e) != null && at(e).sep().strip().equals(",")) {
                return true; // "In Tashkent, the minister said": a sentence-opening place phrase
            }
            if (dateline(a, e)) {
                return true;
            }
            if (prev.equals("of") && NameWords.CITY_NOUNS.contains(prev2)) {
                return true;
            }
            if (prev.equals("to")) {
                for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
                    if (NameWords.MOVEMENT.contains(normAt(j))) {
                        return true;
                    }
                }
            }
            if (forwardNeighbour(e) == EntityType.CITY || previousListItemIsCity(a, e)) {
                return true; // "Khartoum, Omdurman and every town": a capital among cities is a city
            }
            Piece next = at(e);
            if (next != null && next.possessive()) {
                Piece after = at(e + 1);
                return after != null && NameWords.CITY_PARTS.contains(after.norm());
            }
            return next != null && joined(e) && next.lower() && (next.norm().equals("city")
                    || hyphenBefore(e) && next.norm().equals("based"));
        }

        /**
         * "TASHKENT, May 4 (Agency) -": an ALL-CAPS name opening a sentence before a comma is a dateline city;
         * so is the name before "(Agency) -" that opens the article.
         */
        private boolean dateline(int a, int e) {
            if (at(a) == null || !at(a).sentenceStart() || at(e) == null) {
                return false;
            }
            if (sentence == 0 && at(e).sep().strip().equals("(") && at(e).cap() && at(e + 1) != null
                    && at(e + 1).sep().strip().startsWith(")") && at(e + 1).sep().matches("\\)\\s*[-\u2013\u2014].*")) {
                return true; // "Velmar (Agency) - ...": the place line that opens a wire story
            }
            if (!at(e).sep().strip().equals(",")) {
                return false;
            }
            for (int k = a; k < e; k++) {
                if (!NameIndex.isAllCaps(p.get(k).text()) || NameIndex.letters(p.get(k).text()).length() < 3) {
                    return false;
                }
            }
            return true;
        }

        /** "Goma, Bukavu and Kinshasa": the list item before piece a was found as a city by its name. */
        private boolean previousListItemIsCity(int a, int e) {
            int before;
            if (at(a) == null) {
                return false;
            }
            if (p.get(a).sep().strip().equals(",")) {
                before = a - 1;
                if (!listContinues(e)) {
                    return false; // "In Goma, Kinshasa said": a comma after a phrase, not a list
                }
            } else if (a >= 2 && at(a - 1).lower() && (normAt(a - 1).equals("and") || normAt(a - 1).equals("or"))
                    && at(a - 1).sep().equals(" ")) {
                before = a - 2;
            } else {
                return false;
            }
            if (before < 0 || !at(before).cap()) {
                return false;
            }
            Found f = foundEndingAt(p.get(before).end());
            return f != null && f.entity().type() == EntityType.CITY && f.kind() == MentionKind.NAME;
        }

        // ---------------------------------------------------------------- titles and descriptions

        private void titlesAndDescriptions() {
            for (int k = 0; k < p.size(); k++) {
                Piece x = p.get(k);
                if (x.norm().equals("the") && k + 2 < p.size()) {
                    Piece d = p.get(k + 1);
                    if (d.cap() && index.isDemonym(d.norm())) {
                        List<CatalogEntry> cs = index.demonym(d.norm());
                        if (cs.size() == 1) {
                            titleAt(k + 2, cs.get(0).key(), d.begin());
                        }
                    }
                    if (x.lower()) {
                        description(k);
                    }
                }
                if (x.possessive() && k > 0) {
                    Found f = foundEndingAt(p.get(k - 1).end());
                    if (f != null && f.entity().type() != EntityType.PERSON) {
                        titleAt(k + 1, f.entity().key(), -1);
                    }
                }
                if (x.norm().equals("the") && k + 1 < p.size()) {
                    Found f = foundStartingAt(p.get(k + 1).begin());
                    if (f != null && f.entity().type() == EntityType.ORGANIZATION) {
                        int j = k + 1;
                        while (j < p.size() && p.get(j).end() <= f.end()) {
                            j++;
                        }
                        titleAt(j, f.entity().key(), -1);
                    }
                }
            }
        }

        /** "Doe attacks": a lower-case noun right after a lone word makes the word a modifier, not a person. */
        private boolean attributive(int e) {
            Piece next = at(e);
            return next != null && joined(e) && next.lower() && !hyphenBefore(e)
                    && (next.pos().equals("NNS") || next.pos().equals("NN"))
                    && !NameWords.SPEECH_VERBS.contains(next.norm());
        }

        private Found foundEndingAt(int end) {
            for (Found f : found) {
                if (f.end() == end) {
                    return f;
                }
            }
            return null;
        }

        private Found foundStartingAt(int begin) {
            for (Found f : found) {
                if (f.begin() == begin) {
                    return f;
                }
            }
            return null;
        }

        private void titleAt(int s, String ofKey, int begin) {
            if (!index.hasOfficeTitles() || s >= p.size()) {
                return;
            }
            for (int len = Math.min(4, p.size() - s); len >= 1; len--) {
                boolean ok = true;
                for (int k = s + 1; k < s + len; k++) {
                    ok &= joined(k);
                }
                if (!ok || !joined(s)) {
                    continue;
                }
                Set<String> spellings = index.officeTitles(normAtKey(s, s + len));
                if (spellings.isEmpty()) {
                    continue;
                }
                Piece next = at(s + len);
                if (next != null && joined(s + len) && next.cap()) {
                    return; // a name follows: "Foreign Minister Jane Doe"
                }
                Set<String> keys = new LinkedHashSet<>();
                CatalogEntry holder = null;
                for (String t : spellings) {
                    for (CatalogEntry h : catalog.listHolders(t, ofKey, date)) {
                        if (keys.add(h.key())) {
                            holder = h;
                        }
                    }
                }
                if (keys.size() == 1) {
                    int b = begin >= 0 ? begin : p.get(s).begin();
                    addSpan(b, p.get(s + len - 1).end(), holder.toEntity(), MentionKind.TITLE, 0.75, Rules.OFFICE_HOLDER);
                }
                return;
            }
        }

        private void description(int k) {
            int j = k + 1;
            if (j < p.size() && p.get(j).lower() && !p.get(j).norm().equals("alliance")) {
                j++; // "the military alliance"
            }
            if (j >= p.size() || !p.get(j).norm().equals("alliance") || !p.get(j).lower()) {
                return;
            }
            Set<Entity> alliances = new LinkedHashSet<>();
            for (Found f : found) {
                if (f.begin() < p.get(k).begin() && isAlliance(f.entity())) {
                    alliances.add(f.entity());
                }
            }
            if (alliances.size() == 1) {
                addSpan(p.get(j).begin(), p.get(j).end(), alliances.iterator().next(), MentionKind.DESCRIPTION, 0.6,
                        Rules.ALLIANCE_DESCRIPTION);
            }
        }

        private boolean isAlliance(Entity e) {
            if (e.type() != EntityType.ORGANIZATION) {
                return false;
            }
            CatalogEntry c = catalog.findZeroOrOne(e.key()).orElse(null);
            List<String> ns = new ArrayList<>();
            ns.add(e.label());
            if (c != null) {
                if (c.groups().stream().anyMatch(g -> g.toLowerCase().contains("alliance"))) {
                    return true;
                }
                ns.addAll(c.aliases());
            }
            return ns.stream().map(NameIndex::fold).anyMatch(n -> n.contains("alliance") || n.contains("treaty organization"));
        }

        // ---------------------------------------------------------------- second pass

        private void resolvePending() {
            for (int[] r : pending) {
                sentence = r[0];
                p = piecesBySentence.get(sentence);
                int a = r[1];
                int e = r[2];
                String key = normAtKey(a, e);
                Entity known = names.get(key);
                if (known != null) {
                    addPieces(a, e, known, MentionKind.NAME, 0.7, Rules.KNOWN_NAME);
                    continue;
                }
                if (e - a == 1 && !index.isDemonym(key) && !NameWords.NEVER_NAMES.contains(key)) {
                    Set<Entity> s = surnames.get(key);
                    if (s != null && s.size() == 1) {
                        addPieces(a, e, s.iterator().next(), MentionKind.SHORT_NAME, 0.8, Rules.SURNAME);
                    } else if (s == null && p.get(a).pos().startsWith("NNP") && !attributive(e)) {
                        List<CatalogEntry> cs = index.surname(key);
                        if (cs.size() == 1) {
                            addPieces(a, e, cs.get(0).toEntity(), MentionKind.SHORT_NAME, 0.6, Rules.CATALOG_SURNAME);
                        }
                    }
                } else if (e - a == 2 && !p.get(a).sentenceStart()) {
                    // "Jane Doe" before the article names her with a title: same entity when the surname matches
                    Set<Entity> s = surnames.get(p.get(e - 1).norm());
                    if (s != null && s.size() == 1 && NameIndex.fold(s.iterator().next().label()).startsWith(p.get(a).norm())) {
                        addPieces(a, e, s.iterator().next(), MentionKind.NAME, 0.7, Rules.FULL_NAME_BEFORE_TITLE);
                    }
                }
            }
        }

        /** A minted one-word person ("President Doe") takes the article's full name with that surname. */
        private void mergeShortPersons() {
            for (int i = 0; i < found.size(); i++) {
                Found f = found.get(i);
                Entity en = f.entity();
                if (en.type() != EntityType.PERSON || en.wikidataId() != null || en.label().contains(" ")) {
                    continue;
                }
                Set<Entity> s = new LinkedHashSet<>(surnames.getOrDefault(NameIndex.norm(en.label()), Set.of()));
                s.remove(en);
                if (s.size() == 1) {
                    found.set(i, new Found(f.begin(), f.end(), f.sentence(), s.iterator().next(),
                            MentionKind.SHORT_NAME, f.confidence(), Rules.SURNAME_OF_FULL_NAME));
                }
            }
        }
    }
}
