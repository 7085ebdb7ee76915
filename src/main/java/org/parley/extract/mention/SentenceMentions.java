package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;
import org.parley.core.RuleId;

/**
 * The mentions one sentence's rules have found so far, without overlaps (the first rule to claim a span keeps it),
 * and the article's {@link KnownNames} as they grow with them. A builder used by one thread for one sentence; what
 * it hands on ({@link #found()}, {@link #known()}) is immutable or read-only.
 */
final class SentenceMentions {

    private final SentencePieces p;
    private final List<Candidate> found = new ArrayList<>();
    private KnownNames known;

    SentenceMentions(SentencePieces p, KnownNames known) {
        this.p = p;
        this.known = known;
    }

    SentencePieces pieces() {
        return p;
    }

    /** The mentions found so far, in the order found (a read-only view). */
    List<Candidate> found() {
        return Collections.unmodifiableList(found);
    }

    KnownNames known() {
        return known;
    }

    /** Adds a mention over pieces {@code [a, e)} unless it overlaps one found before; true when added. */
    boolean addPieces(int a, int e, Entity entity, MentionKind kind, double confidence, RuleId rule) {
        return addSpan(p.get(a).begin(), p.get(e - 1).end(), entity, kind, confidence, rule);
    }

    /** Adds a mention over body offsets {@code [begin, end)} unless it overlaps one found before. */
    boolean addSpan(int begin, int end, Entity entity, MentionKind kind, double confidence, RuleId rule) {
        for (Candidate f : found) {
            if (f.overlaps(begin, end)) {
                return false;
            }
        }
        found.add(new Candidate(begin, end, p.sentence(), entity, kind, confidence, rule));
        if (entity.type() == EntityType.COUNTRY || entity.type() == EntityType.REGION) {
            known = known.withPlace(entity.key());
        }
        if (kind == MentionKind.NAME && !rule.equals(Rules.CUE_NAME) && !rule.equals(Rules.PAIRED_REGION)) {
            // a cue name is a common word or another entry's name elsewhere
            known = known.withName(NameText.key(NameText.surfacePieces(p.bodyText(begin, end))), entity);
        }
        return true;
    }

    /** The article now knows {@code key} as a name of {@code entity} (an acronym, a short form). */
    void name(String key, Entity entity) {
        known = known.withName(key, entity);
    }

    /** The article defined the acronym {@code key} as a short name of {@code entity}. */
    void acronym(String key, Entity entity) {
        known = known.withAcronym(key, entity);
    }

    /** The article gave the acronym {@code key} to something that is no entity. */
    void notAnEntity(String key) {
        known = known.withNotAnEntity(key);
    }

    /** The article named the person {@code entity} in full as {@code name}. */
    void person(Entity entity, String name) {
        known = known.withPerson(entity, name);
    }

    /** The mention found so far that ends at body offset {@code end}, or null. */
    Candidate endingAt(int end) {
        for (Candidate f : found) {
            if (f.end() == end) {
                return f;
            }
        }
        return null;
    }

    /** The mention found so far that begins at body offset {@code begin}, or null. */
    Candidate startingAt(int begin) {
        for (Candidate f : found) {
            if (f.begin() == begin) {
                return f;
            }
        }
        return null;
    }
}
