package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.catalog.CatalogEntry;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;
import org.parley.core.RuleId;

/**
 * One pass over one sentence: at each piece, the longest catalog name or the run of capitalized words that starts
 * there, split where a title opens a person's name, and handed to the catalog senses or the typing rules. Found
 * mentions go to a {@link SentenceMentions}; phrases no rule could type are returned for the article-wide
 * resolution. Used once, by one thread.
 */
final class SentenceScan {

    private final CatalogMatcher matcher;
    private final NameSkeletons skeletons;
    private final PhraseTyper typer;
    private final ArticleWords words;
    private final SentencePieces p;
    private final SentenceMentions out;
    private final List<UnresolvedName> unresolved = new ArrayList<>();
    /** The places the article named before this sentence and the countries this one names anywhere. */
    private Set<String> places;

    SentenceScan(CatalogMatcher matcher, NameSkeletons skeletons, PhraseTyper typer, ArticleWords words,
                 SentenceMentions out) {
        this.matcher = matcher;
        this.skeletons = skeletons;
        this.typer = typer;
        this.words = words;
        this.p = out.pieces();
        this.out = out;
    }

    /** Scans the sentence; returns the phrases left unresolved, in text order. */
    List<UnresolvedName> run() {
        places = SentenceCountries.withCountriesNamedHere(p, matcher, out.known().places());
        int i = 0;
        while (i < p.size()) {
            i = step(i);
        }
        return List.copyOf(unresolved);
    }

    private int step(int i) {
        if (p.get(i).possessive()) {
            return i + 1;
        }
        CatalogMatch c = matcher.match(p, i, p.size(), places);
        if (c != null && matcher.directionBeforeLongerName(p, c, places)) {
            return i + 1; // "northern Shan State": the region's own name, not the alias "northern Shan"
        }
        NameIndex.Form elided = c == null ? ElidedNames.sharedTail(p, i, matcher, places) : null;
        if (elided != null) {
            out.addPieces(i, i + 1, elided.entry().toEntity(), MentionKind.NAME, 0.8, Rules.ELIDED_NAME);
            return i + 1;
        }
        int part = c == null ? CompassPartNames.end(p, i, matcher, places) : -1;
        if (part > 0) {
            out.addPieces(i, part, Entity.minted(EntityType.REGION, p.text(i, part)), MentionKind.NAME, 0.8,
                    Rules.COMPASS_PART);
            return part;
        }
        if (c == null && !NameRuns.canStart(p, i, words) && !knownSurname(i)) {
            return i + 1;
        }
        int e = NameRuns.extend(p, c != null ? c.end() : i + 1, i, words);
        e = c != null ? Math.max(e, c.end()) : ConnectedNames.runEnd(p, i, e, matcher, places);
        if (MediaCues.endsInOutletSuffix(p, e + 1) || MediaCues.endsInDomain(p, e + 1)) {
            e++; // "Kosovo-online", "Actualite.cd": the site's word or domain is part of the name
        }
        return handleRun(i, e, c);
    }

    /**
     * "Okafor has sought to mediate", "Tesfaye said": a person's surname or first name the article gave starts a
     * name whatever tag the tagger guessed for it at the start of a sentence.
     */
    private boolean knownSurname(int i) {
        Piece x = p.get(i);
        return x.cap() && !x.allCaps() && out.known().isNamePart(x.norm())
                && !words.usesLowerCase(x.text().toLowerCase());
    }

    private int handleRun(int a, int e, CatalogMatch c) {
        TitledName titled = TitledName.find(p, a, e, matcher, words);
        if (titled != null) {
            if (titled.titleStart() > a) {
                handlePrefix(a, titled.titleStart());
            }
            emitPerson(titled.nameStart(), titled.nameEnd(), 0.85, Rules.PERSON_AFTER_TITLE);
            if (titled.nameEnd() < e) {
                handleSegments(titled.nameEnd(), e);
            }
            return e;
        }
        if ((MediaCues.endsInOutletSuffix(p, e) || MediaCues.endsInDomain(p, e)) && outletNamed(a, e)) {
            return e;
        }
        if (c != null && c.end() == e) {
            emitCatalog(c);
            return e;
        }
        if (c != null && e - c.end() == 1 && Words.GENERATION_SUFFIXES.contains(p.get(c.end()).norm())
                && c.hasType(EntityType.PERSON)) {
            String label = p.text(a, e);
            Entity junior = Entity.minted(EntityType.PERSON, label); // "Jane Doe Jr." is not Jane Doe
            out.addPieces(a, e, junior, MentionKind.NAME, 0.8, Rules.PERSON_GENERATION_SUFFIX);
            out.person(junior, label);
            return e;
        }
        if (c != null && c.end() < e && catalogNameEndsRun(c, e)) {
            emitCatalog(c);
            return c.end();
        }
        if (hyphenatedNames(a, e) || DemonymLedNames.named(p, a, e, matcher, places, this::emitCatalog)) {
            return e;
        }
        PhraseTyping t = type(a, e);
        if (t.notAnEntity()) {
            ShortForms.acronymOfNoEntity(out, e);
            return e;
        }
        if (t.typed()) {
            emitTyped(a, e, t);
            return e;
        }
        if (p.hasLower(a, e)) {
            return handleConnected(a, e, t);
        }
        if (c == null) {
            unresolved.add(new UnresolvedName(p, a, e));
        }
        return e; // a catalog name inside an unknown proper noun names nothing: "Washington Post"
    }

    /**
     * The catalog name {@code c} stands on its own before the rest of the run: a document it issues ("UN Charter"),
     * another catalog name, a title, a lower-case word.
     */
    private boolean catalogNameEndsRun(CatalogMatch c, int e) {
        if (OrganizationCues.bodyNameGoesOn(p, c, e, matcher)) {
            return false;
        }
        int r = c.end();
        Piece rp = p.get(r);
        boolean ownedDocument = e - r == 1 && Words.DOCUMENT_HEADS.contains(rp.norm()) && c.hasType(EntityType.ORGANIZATION);
        CatalogMatch next = matcher.match(p, r, e);
        return ownedDocument || next != null && !placesOpenBody(c, next, e) || Words.TITLES.contains(rp.norm())
                || Words.TITLE_MODIFIERS.contains(rp.norm()) && !headAhead(r, e)
                || rp.lower() && !NameRuns.nameGoesOn(p, c, e);
    }

    /**
     * "Jammu Kashmir Joint Awami Action Committee": two catalog places in a row open the name of a body when two or
     * more capitalized words after them end in an organization head; a body named after one place ("Balochistan
     * National Party") is typed whole already.
     */
    private boolean placesOpenBody(CatalogMatch c, CatalogMatch next, int e) {
        return c.forms().stream().allMatch(f -> f.entry().type().isPlace())
                && next.forms().stream().allMatch(f -> f.entry().type().isPlace()) && e - next.end() >= 2
                && p.capitalized(next.end(), e) == e - next.end() && NameRuns.groupHeadAhead(p, next.end());
    }

    /** "Kosovo-online": a news site named after a place is the site, not the place. True when it was typed so. */
    private boolean outletNamed(int a, int e) {
        PhraseTyping t = type(a, e);
        if (t.typed()) {
            emitTyped(a, e, t);
        }
        return t.typed();
    }

    /**
     * "the Israel-Hezbollah war", "Moscow-Kyiv talks": a run of two or more catalog names joined by hyphens names
     * each of them. True when it did.
     */
    private boolean hyphenatedNames(int a, int e) {
        List<CatalogMatch> parts = new ArrayList<>();
        int k = a;
        while (k < e) {
            CatalogMatch m = k == a ? matcher.match(p, k, e) : matcher.matchPart(p, k, e);
            if (m == null || k > a && !p.hyphenBefore(k)) {
                return false;
            }
            parts.add(m);
            k = m.end();
        }
        if (parts.size() < 2) {
            return false;
        }
        parts.forEach(this::emitCatalog);
        return true;
    }

    /** A run with lower-case connectors that no rule typed: a person and a body, a fragment, or its segments. */
    private int handleConnected(int a, int e, PhraseTyping t) {
        int b = PersonBeforeBody.singleBodyStart(t.rule(), p, a, e);
        if (b > a) {
            handleSegments(a, b); // the person, then the body's name as a run of its own
            return handleRun(b, e, matcher.match(p, b, e, places));
        }
        if (onlyNameParticles(a, e)) {
            unresolved.add(new UnresolvedName(p, a, e)); // "Dar es Salaam": never type a fragment
        } else {
            handleSegments(a, e);
        }
        return e;
    }

    /** Each capitalized segment of a run split at its lower-case connectors, on its own. */
    private void handleSegments(int a, int e) {
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
            CatalogMatch m = ConnectedNames.segment(p, s, s2, e, matcher);
            s2 = m != null ? Math.max(s2, m.end()) : s2; // "of Bosnia and Herzegovina"
            if (m != null && m.end() == s2) {
                emitCatalog(m);
            } else if (m == null || s2 - s <= 1) { // "Mayor of Kyiv Vitali Klitschko": keep only exact segments
                PhraseTyping ts = type(s, s2);
                if (ts.typed()) {
                    emitTyped(s, s2, ts);
                } else if (ts.undecided()) {
                    unresolved.add(new UnresolvedName(p, s, s2));
                }
            }
            s = s2;
        }
    }

    /** The pieces before a title inside a run: catalog names, or one typed phrase. */
    private void handlePrefix(int a, int e) {
        int i = a;
        while (i < e) {
            CatalogMatch m = matcher.match(p, i, e);
            if (m != null) {
                if (m.end() == e || p.get(m.end()).lower() || matcher.match(p, m.end(), e) != null) {
                    emitCatalog(m);
                    i = m.end();
                    continue;
                }
                PhraseTyping t = type(i, e);
                if (t.typed()) {
                    emitTyped(i, e, t);
                }
                return;
            }
            if (!p.get(i).cap()) {
                i++;
                continue;
            }
            PhraseTyping t = type(i, e);
            if (t.typed()) {
                emitTyped(i, e, t);
                return;
            }
            i++;
        }
    }

    private boolean headAhead(int from, int e) {
        for (int k = from; k < e; k++) {
            if (Words.ORG_HEADS.contains(p.get(k).norm()) || Words.REGION_HEADS.contains(p.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** True when every lower-case piece of the run is a name particle ("es", "bin", "van"), not "of" or "and". */
    private boolean onlyNameParticles(int a, int e) {
        for (int k = a; k < e; k++) {
            if (p.get(k).lower() && !Words.NAME_PARTICLES.contains(p.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    private PhraseTyping type(int a, int e) {
        return typer.type(new Phrase(p, a, e, matcher, words, out.known(), out.found()));
    }

    private void emitCatalog(CatalogMatch c) {
        Entity defined = c.length() == 1 && p.get(c.begin()).allCaps() ? out.known().acronym(p.get(c.begin()).norm()) : null;
        if (defined != null) {
            out.addPieces(c.begin(), c.end(), defined, MentionKind.SHORT_NAME, 0.8, Rules.DEFINED_ACRONYM);
            return;
        }
        Sense sense = CatalogSenses.choose(p, c, matcher, out.found(), places);
        if (sense == null) {
            return;
        }
        if (sense.entry() == null) {
            out.addPieces(c.begin(), c.end(), sense.minted(), sense.kind(), sense.confidence(), sense.rule());
        } else if (!NegotiationFormats.handled(sense.entry(), c, matcher, out, places)) {
            emitEntry(c, sense.entry(), sense.kind(), sense.confidence(), sense.rule());
        }
    }

    private void emitEntry(CatalogMatch c, CatalogEntry entry, MentionKind kind, double conf, RuleId rule) {
        Entity entity = entry.toEntity();
        boolean whole = NameText.key(NameText.surfacePieces(entry.label())).equals(p.key(c.begin(), c.end()))
                || DemonymLedNames.aliasOpensWithDemonym(p, c, entry, matcher); // the name as a whole
        int start = whole ? c.begin() : nameStart(c.begin(), c.end(), entry.type());
        out.addPieces(start, c.end(), entity, kind, conf, rule);
        if (entry.type() == EntityType.PERSON) {
            out.person(entity, entry.label());
            for (String alias : entry.aliases()) {
                out.person(entity, alias);
            }
        }
        ShortForms.acronymInParentheses(out, c.end(), entity, matcher.index());
        ShortForms.countryShortForm(out, c, entry, matcher.index());
    }

    private void emitTyped(int a, int e, PhraseTyping t) {
        if (t.entity() != null) {
            out.addPieces(a, e, t.entity(), MentionKind.DESCRIPTION, t.confidence(), t.rule());
            return;
        }
        if (t.type() == EntityType.PERSON) {
            emitPerson(a, e, t.confidence(), t.rule());
            return;
        }
        if (t.type().isPlace() && (catalogPlaceEnds(a, e, t.type()) || placeSpelledOtherwise(a, e, t))) {
            return;
        }
        int end = PlaceCues.landformNameEnd(p, e, t.type());
        Entity known = out.known().entity(p.key(a, end));
        int start = nameStart(a, e, t.type());
        String country = t.type() == EntityType.ORGANIZATION
                ? CountryKeyedNames.qualifyingCountry(p, matcher, out, a, start) : null;
        Entity entity = PlaceSenses.reusable(known, t)
                && (country == null || known.key().equals(CountryKeyedNames.key(p, start, end, country)))
                ? known : CountryKeyedNames.minted(p, a, start, end, t.type(), country);
        out.addPieces(start, end, entity, MentionKind.NAME, t.confidence(), t.rule());
        ShortForms.acronymInParentheses(out, end, entity, matcher.index());
        ShortForms.initialsOfName(out, start, end, entity, matcher.index());
    }

    /**
     * "the Anglophone Northwest and Southwest regions": a phrase typed a place that ends in a catalog place of that
     * type names the catalog's place; the words before it qualify it. True when it did.
     */
    private boolean catalogPlaceEnds(int a, int e, EntityType type) {
        for (int k = a + 1; k < e; k++) {
            CatalogMatch m = p.cap(k) ? matcher.match(p, k, e, out.known().places()) : null;
            if (m != null && m.end() == e && m.hasType(type)) {
                emitCatalog(m);
                return true;
            }
        }
        return false;
    }

    /**
     * A region's cue name its context typed ({@link TypedCueNames}), or a place typed by its context that the catalog
     * writes in another romanization ("the Deir Ezzor region" for "Deir ez-Zor Governorate"), of the same type and in
     * a country the article named. True when it named it.
     */
    private boolean placeSpelledOtherwise(int a, int e, PhraseTyping t) {
        Set<String> places = out.known().places();
        Predicate<CatalogEntry> named = entry -> entry.partOf() != null && CatalogMatcher.inNamedPlace(entry, places);
        CatalogEntry cued = TypedCueNames.entry(matcher.index(), p, a, e, t.type(), places);
        CatalogEntry found = cued != null ? cued : skeletons.only(t.type(), p.text(a, e), named);
        if (found != null) {
            out.addPieces(a, e, found.toEntity(), MentionKind.NAME, t.confidence(),
                    cued != null ? Rules.TYPED_CUE_NAME : Rules.SPELLING_VARIANT);
        }
        return found != null;
    }

    /**
     * Where an organization's name starts within pieces {@code [a, e)}: after a demonym or a country's abbreviation,
     * which only qualify it ("the Algerian Foreign Ministry" names "Foreign Ministry", "the U.S. Maritime
     * Administration" "Maritime Administration"), or after a possessor, which is a mention of its own ("Iran's Foreign
     * Ministry"), when at least two pieces remain; else at {@code a}.
     */
    private int nameStart(int a, int e, EntityType type) {
        if (type != EntityType.ORGANIZATION || e - a < 3) {
            return a;
        }
        CatalogMatch country = p.get(a).allCaps() ? matcher.match(p, a, a + 1) : null;
        boolean abbreviation = country != null && country.end() == a + 1 && country.hasType(EntityType.COUNTRY);
        if ((abbreviation || matcher.index().isDemonym(p.get(a).norm())) && p.get(a + 1).cap()) {
            return a + 1;
        }
        for (int k = a + 1; k < e - 2; k++) {
            if (p.get(k).possessive() && p.get(k + 1).cap()) {
                CatalogMatch owner = matcher.match(p, a, k);
                if (owner != null && owner.end() == k) {
                    emitCatalog(owner);
                    return k + 1;
                }
            }
        }
        return a;
    }

    private void emitPerson(int a, int e, double conf, RuleId rule) {
        CatalogMatch m = matcher.match(p, a, e);
        if (m != null && m.end() == e) {
            NameIndex.Form person = firstOfType(m, EntityType.PERSON);
            if (person != null) {
                emitEntry(m, person.entry(), MentionKind.NAME, m.exact() ? 0.95 : 0.85, Rules.CATALOG_PERSON);
                return;
            }
        }
        String label = p.text(a, e);
        if (e - a == 1 && surname(a)) {
            return;
        }
        Entity known = out.known().entity(p.key(a, e));
        CatalogEntry variant = known == null ? skeletons.only(EntityType.PERSON, label, x -> true) : null;
        Entity entity = known != null && known.type() == EntityType.PERSON ? known
                : variant != null ? variant.toEntity() : Entity.minted(EntityType.PERSON, label);
        out.addPieces(a, e, entity, MentionKind.NAME, conf, variant != null ? Rules.SPELLING_VARIANT : rule);
        out.person(entity, label);
        if (variant != null) {
            out.person(entity, variant.label()); // "Abbas" later is the catalog's Mahmoud Abbas
        }
    }

    /**
     * "President Okafor": a lone name after a title is the surname of the one person the article named in full
     * with it, or, when it named none, of the one person the catalog holds with it. True when it was.
     */
    private boolean surname(int a) {
        String norm = p.get(a).norm();
        Set<Entity> named = out.known().withSurname(norm);
        if (named.size() == 1) {
            out.addPieces(a, a + 1, named.iterator().next(), MentionKind.SHORT_NAME, 0.8, Rules.SURNAME);
            return true;
        }
        List<CatalogEntry> listed = named.isEmpty() ? matcher.index().surname(norm) : List.of();
        if (listed.size() == 1) {
            out.addPieces(a, a + 1, listed.get(0).toEntity(), MentionKind.SHORT_NAME, 0.8, Rules.CATALOG_SURNAME);
            return true;
        }
        return false;
    }

    private static NameIndex.Form firstOfType(CatalogMatch m, EntityType type) {
        for (NameIndex.Form f : m.forms()) {
            if (f.entry().type() == type) {
                return f;
            }
        }
        return null;
    }
}
