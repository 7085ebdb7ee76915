package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.RuleId;

/**
 * What the earlier sentences of an article leave to the next one: the parties most recently in focus (clause
 * subjects and statement makers, most recent first), the last speaker of a quotation and the statements found so
 * far. Immutable: each sentence gives the next state with {@link #after}.
 *
 * @param salient  recent parties in focus, most recent first, at most {@link #KEPT}
 * @param speaker  the speaker of the latest attributed quotation or statement, or null
 * @param frames   the statements found so far, in text order
 * @param genders  the people whose gender the article has told ({@link Genders}): true for a woman
 */
record Discourse(List<Party> salient, Party speaker, List<Frame> frames, Map<Entity, Boolean> genders) {

    static final int KEPT = 12;

    /** The rule of the parties a sentence merely named, as no clause's subject and no statement's maker. */
    static final RuleId NAMED_ONLY = RuleId.of("focus.mention");

    static final Discourse START = new Discourse(List.of(), null, List.of(), Map.of());

    Discourse {
        salient = List.copyOf(salient);
        frames = List.copyOf(frames);
        genders = Map.copyOf(genders);
    }

    /**
     * The state after a sentence in which {@code focus} were in focus (first = most prominent), {@code found} were
     * found and {@code learned} are the genders known.
     */
    Discourse after(List<Party> focus, Party newSpeaker, List<Frame> found, Map<Entity, Boolean> learned) {
        List<Party> s = new ArrayList<>();
        for (Party p : focus) {
            if (s.stream().noneMatch(p::same)) {
                s.add(p);
            }
        }
        for (Party p : salient) {
            if (s.size() < KEPT && s.stream().noneMatch(p::same)) {
                s.add(p);
            }
        }
        List<Frame> f = new ArrayList<>(frames);
        f.addAll(found);
        return new Discourse(s, newSpeaker != null ? newSpeaker : speaker, f, learned);
    }

    /**
     * The most recent party in focus whose type is one of {@code types} that was a clause's subject or a statement's
     * maker, not merely named: what "it" or "they" carries on ("Armenia held talks ... The meeting was hosted by the
     * OSCE ... It would accept": Armenia, not the OSCE); null when none.
     */
    Party latestCentre(EntityType... types) {
        return latestCentre(Set.of(), types);
    }

    /** The same, passing over the parties of {@code bound} (the names a pronoun c-commands, {@link BoundNames}). */
    Party latestCentre(Set<Entity> bound, EntityType... types) {
        for (Party p : salient) {
            if (!p.rule().equals(NAMED_ONLY) && !bound.contains(p.entity())
                    && Arrays.stream(types).anyMatch(t -> t == p.entity().type())) {
                return p;
            }
        }
        return null;
    }

    /** The most recent party in focus whose type is one of {@code types}, or null. */
    Party latest(EntityType... types) {
        return latest(null, types);
    }

    /**
     * The same for a pronoun of a gender (true: "she", false: "he", null: any): the latest party not known to be of
     * the other gender; for "she", first a woman the article named. Most people in the reporting these rules are
     * developed on are men whose gender the text never states, so a woman it did state is the likelier "she", while
     * "he" is left to the latest man or unknown.
     */
    Party latest(Boolean gender, EntityType... types) {
        return latest(gender, Set.of(), types);
    }

    /** The same, passing over the parties of {@code bound} (the names a pronoun c-commands, {@link BoundNames}). */
    Party latest(Boolean gender, Set<Entity> bound, EntityType... types) {
        if (Boolean.TRUE.equals(gender)) {
            for (Party p : salient) {
                if (p.entity().type() == EntityType.PERSON && gender.equals(genders.get(p.entity()))
                        && !bound.contains(p.entity())) {
                    return p;
                }
            }
        }
        for (Party p : salient) {
            if (Genders.conflicts(genders, p.entity(), gender) || bound.contains(p.entity())) {
                continue;
            }
            for (EntityType t : types) {
                if (p.entity().type() == t) {
                    return p;
                }
            }
        }
        return null;
    }
}
