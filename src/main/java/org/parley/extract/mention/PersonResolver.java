package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.catalog.CatalogEntry;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;
import org.parley.core.RuleId;

/**
 * Resolves names across the article once every sentence is scanned: a phrase the article typed elsewhere, a
 * surname after the full name ("Okafor" after "Amara Okafor"), a surname the catalog holds for one person, a full
 * name given before the article names the person with a title, and a one-word person ("President Doe") merged with
 * the full name of that surname. Stateless.
 */
final class PersonResolver {

    private PersonResolver() {
    }

    /**
     * {@code found} with the unresolved phrases the whole article resolves added (none overlapping a mention
     * found before), in the order resolved.
     */
    static List<Candidate> resolve(List<UnresolvedName> unresolved, List<Candidate> found, KnownNames known,
                                   NameIndex index) {
        List<Candidate> all = new ArrayList<>(found);
        KnownNames names = known;
        for (UnresolvedName u : unresolved) {
            Candidate c = resolveOne(u, names, index);
            if (c != null && all.stream().noneMatch(f -> f.overlaps(c.begin(), c.end()))) {
                all.add(c);
                if (c.kind() == MentionKind.NAME) {
                    names = names.withName(u.p().key(u.a(), u.e()), c.entity());
                }
            }
        }
        return List.copyOf(all);
    }

    private static Candidate resolveOne(UnresolvedName u, KnownNames known, NameIndex index) {
        SentencePieces p = u.p();
        int a = u.a();
        int e = u.e();
        String key = p.key(a, e);
        Entity named = known.entity(key);
        if (named != null) {
            return candidate(u, named, MentionKind.NAME, 0.7, Rules.KNOWN_NAME);
        }
        if (u.length() == 1 && !index.isDemonym(key) && !Words.NEVER_NAMES.contains(key)) {
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
        } else if (u.length() == 2 && !p.get(a).sentenceStart()) {
            // "Jane Doe" before the article names her with a title: same entity when the surname matches
            Entity holder = known.onlyWithSurname(p.get(e - 1).norm());
            if (holder != null && NameText.fold(holder.label()).startsWith(p.get(a).norm())) {
                return candidate(u, holder, MentionKind.NAME, 0.7, Rules.FULL_NAME_BEFORE_TITLE);
            }
        }
        return null;
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

    /** A minted one-word person ("President Doe") takes the article's one full name with that surname. */
    static List<Candidate> mergeShortPersons(List<Candidate> found, KnownNames known) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate f : found) {
            Entity en = f.entity();
            if (en.type() != EntityType.PERSON || en.wikidataId() != null || en.label().contains(" ")) {
                out.add(f);
                continue;
            }
            Set<Entity> s = new LinkedHashSet<>(known.withSurname(NameText.norm(en.label())));
            s.remove(en);
            out.add(s.size() == 1 ? f.as(s.iterator().next(), MentionKind.SHORT_NAME, Rules.SURNAME_OF_FULL_NAME) : f);
        }
        return List.copyOf(out);
    }
}
