package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;
import org.parley.core.RuleId;

/**
 * Resolves names across the article once every sentence is scanned: a phrase the article typed elsewhere, a
 * surname after the full name ("Okafor" after "Amara Okafor"), a surname the catalog holds for one person, a full
 * name given before the article names the person with a title, and a one-word person ("President Doe") merged with
 * the full name of that surname. Immutable and thread-safe.
 */
final class PersonResolver {

    private final Catalog catalog;
    private final NameIndex index;

    PersonResolver(Catalog catalog, NameIndex index) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * {@code found} with the unresolved phrases the whole article resolves added (none overlapping a mention
     * found before), in the order resolved.
     */
    Resolution resolve(List<UnresolvedName> unresolved, List<Candidate> found, KnownNames known) {
        List<Candidate> all = new ArrayList<>(found);
        KnownNames names = known;
        for (UnresolvedName u : unresolved) {
            Candidate c = resolveOne(u, names, all);
            if (c != null && all.stream().noneMatch(f -> f.overlaps(c.begin(), c.end()))) {
                all.add(c);
                if (c.kind() == MentionKind.NAME) {
                    names = names.withName(u.p().key(u.a(), u.e()), c.entity());
                }
                if (c.rule().equals(Rules.FULL_NAME_BEFORE_TITLE)) {
                    names = names.withPerson(c.entity(), c.entity().label());
                }
            }
        }
        return new Resolution(List.copyOf(all), names);
    }

    /**
     * The article's mentions once its unresolved names are resolved, and what it then knows.
     *
     * @param found the mentions, resolved ones after the others
     * @param known the names the article knows, with the full names the resolution found
     */
    record Resolution(List<Candidate> found, KnownNames known) {
    }

    private Candidate resolveOne(UnresolvedName u, KnownNames known, List<Candidate> found) {
        SentencePieces p = u.p();
        int a = u.a();
        int e = u.e();
        String key = p.key(a, e);
        Entity named = known.entity(key);
        if (named != null) {
            return candidate(u, named, MentionKind.NAME, 0.7, Rules.KNOWN_NAME);
        }
        if (u.length() == 1 && !index.isDemonym(key) && !Words.neverName(key)) {
            Set<Entity> s = known.withSurname(key);
            if (s.size() == 1) {
                return candidate(u, s.iterator().next(), MentionKind.SHORT_NAME, 0.8, Rules.SURNAME);
            }
            if (s.isEmpty() && p.get(a).pos().startsWith("NNP") && !attributive(p, e)) {
                List<CatalogEntry> cs = index.surname(key);
                if (cs.size() == 1) {
                    return candidate(u, cs.get(0).toEntity(), MentionKind.SHORT_NAME, 0.6, Rules.CATALOG_SURNAME);
                }
            }
            Entity opened = s.isEmpty() && p.get(a).pos().startsWith("NN") && !attributive(p, e)
                    && index.surname(key).isEmpty() ? onlyOpenedBefore(u, known.withFirstName(key), found) : null;
            if (opened != null) {
                return candidate(u, opened, MentionKind.SHORT_NAME, 0.7, Rules.FIRST_NAME);
            }
        } else if (u.length() == 2) {
            return fullNameBeforeTitle(u, known, found);
        }
        return null;
    }

    /**
     * "Jane Doe" before the article names her with a title: the person named in full with that surname when the
     * first names agree ("Envoy Jane Marta Doe"), or a new person the one-word "Envoy Doe" later merges with.
     */
    private static Candidate fullNameBeforeTitle(UnresolvedName u, KnownNames known, List<Candidate> found) {
        SentencePieces p = u.p();
        Piece first = p.get(u.a());
        String surname = p.get(u.e() - 1).norm();
        Entity holder = known.onlyWithSurname(surname);
        if (holder != null && !first.sentenceStart() && NameText.fold(holder.label()).startsWith(first.norm())) {
            return candidate(u, holder, MentionKind.NAME, 0.7, Rules.FULL_NAME_BEFORE_TITLE);
        }
        if (holder == null && known.withSurname(surname).isEmpty() && first.pos().startsWith("NNP")
                && p.get(u.e() - 1).pos().startsWith("NNP") && oneWordPerson(found, p.get(u.e() - 1).text())) {
            return candidate(u, Entity.minted(EntityType.PERSON, p.text(u.a(), u.e())), MentionKind.NAME, 0.65,
                    Rules.FULL_NAME_BEFORE_TITLE);
        }
        return null;
    }

    /**
     * "Liu" after "Liu Wenbo", "Tesfaye" after "Tesfaye Alemu": the one person whose full name opens with the word,
     * when the article named that person before it; null when none or several open with it.
     */
    private static Entity onlyOpenedBefore(UnresolvedName u, Set<Entity> opened, List<Candidate> found) {
        if (opened.size() != 1) {
            return null;
        }
        Entity person = opened.iterator().next();
        int begin = u.p().get(u.a()).begin();
        return found.stream().anyMatch(f -> f.entity().equals(person) && f.end() <= begin) ? person : null;
    }

    /** The article named a person by this one word alone, as no one else ("Envoy Doe"). */
    private static boolean oneWordPerson(List<Candidate> found, String word) {
        return found.stream().anyMatch(f -> f.entity().type() == EntityType.PERSON && f.entity().wikidataId() == null
                && f.entity().label().equals(word));
    }

    private static Candidate candidate(UnresolvedName u, Entity entity, MentionKind kind, double conf, RuleId rule) {
        SentencePieces p = u.p();
        return new Candidate(p.get(u.a()).begin(), p.get(u.e() - 1).end(), p.sentence(), entity, kind, conf, rule);
    }

    /** "Doe attacks": a lower-case noun right after a lone word makes the word a modifier, not a person. */
    private static boolean attributive(SentencePieces p, int e) {
        Piece next = p.at(e);
        return next != null && p.joined(e) && next.lower() && !p.hyphenBefore(e)
                && (next.pos().equals("NNS") || next.pos().equals("NN"))
                && !Words.SPEECH_VERB_FORMS.contains(next.norm());
    }

    /**
     * A surname read as the catalog's one person of that surname ("Mr. Patel" as the catalog's Patel) that is the
     * surname of exactly one person the article named in full, and not the catalog's: the article's person
     * ("Vallabhbhai Patel ... Mr. Patel"). The scan reads a surname against the people named so far, and a full name
     * the tagger finds is known only after the scan.
     */
    List<Candidate> withArticleSurnames(List<Candidate> found, KnownNames known, String text) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate f : found) {
            Set<Entity> named = f.rule().equals(Rules.CATALOG_SURNAME)
                    ? known.withSurname(NameText.norm(text.substring(f.begin(), f.end()))) : Set.of();
            out.add(named.size() == 1 && !named.contains(f.entity())
                    ? f.as(named.iterator().next(), MentionKind.SHORT_NAME, Rules.SURNAME_OF_FULL_NAME) : f);
        }
        return List.copyOf(out);
    }

    /**
     * Shorter names merged with the article's full names: a minted one-word person ("President Doe") with the one
     * full name of that surname, and so a minted one-word town or region, which only a word beside it made a place
     * ("in Doe's majority", "a message from Doe" with "Jane Doe" named in full); a minted name that ends exactly one
     * longer name of the same type ("Abu Zuhri" after "Sami Abu Zuhri", "Future Council" after "Somali Future
     * Council"); a one-word person that opens exactly one full name and is no one's surname ("Sheikh Saif" after
     * "Saif bin Ahmed").
     */
    List<Candidate> mergeShortNames(List<Candidate> found, KnownNames known) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate f : found) {
            out.add(merged(f, found, known));
        }
        return List.copyOf(out);
    }

    private Candidate merged(Candidate f, List<Candidate> found, KnownNames known) {
        Entity en = f.entity();
        if (en.wikidataId() != null || catalog.findZeroOrOne(en.key()).isPresent()
                || !en.equals(Entity.minted(en.type(), en.label()))) {
            return f; // only names the catalog does not hold are merged, and none a country qualifies
        }
        List<String> pieces = NameText.surfacePieces(en.label());
        if ((en.type() == EntityType.CITY || en.type() == EntityType.REGION) && pieces.size() == 1) {
            Set<Entity> s = known.withSurname(NameText.norm(en.label()));
            return s.size() == 1 ? f.as(s.iterator().next(), MentionKind.SHORT_NAME, Rules.SURNAME_OF_FULL_NAME) : f;
        }
        if (en.type() == EntityType.PERSON && pieces.size() == 1) {
            Set<Entity> s = new LinkedHashSet<>(known.withSurname(NameText.norm(en.label())));
            s.remove(en);
            if (s.size() == 1) {
                return f.as(s.iterator().next(), MentionKind.SHORT_NAME, Rules.SURNAME_OF_FULL_NAME);
            }
            Entity opened = onlyLonger(found, en, (longer, short_) -> longer.get(0).equals(short_.get(0)));
            if (s.isEmpty() && opened != null) {
                return f.as(opened, MentionKind.SHORT_NAME, Rules.FIRST_NAME_OF_FULL_NAME);
            }
            return f;
        }
        if (en.type() == EntityType.PERSON || en.type() == EntityType.ORGANIZATION) {
            Entity ended = onlyLonger(found, en, (longer, short_) ->
                    longer.subList(longer.size() - short_.size(), longer.size()).equals(short_));
            if (ended != null) {
                return f.as(ended, MentionKind.SHORT_NAME, Rules.END_OF_FULL_NAME);
            }
        }
        return f;
    }

    /** The one other entity of the same type in {@code found} with a longer name that {@code fits} the short one. */
    private static Entity onlyLonger(List<Candidate> found, Entity en, BiPredicate<List<String>, List<String>> fits) {
        List<String> short_ = normPieces(en.label());
        Set<Entity> longer = new LinkedHashSet<>();
        for (Candidate c : found) {
            Entity o = c.entity();
            if (o.type() == en.type() && !o.equals(en) && c.kind() == MentionKind.NAME) {
                List<String> l = normPieces(o.label());
                if (l.size() > short_.size() && fits.test(l, short_)) {
                    longer.add(o);
                }
            }
        }
        return longer.size() == 1 ? longer.iterator().next() : null;
    }

    private static List<String> normPieces(String label) {
        return NameText.surfacePieces(label).stream().map(NameText::norm).toList();
    }
}
