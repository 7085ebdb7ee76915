package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.EntityType;

/**
 * What the earlier sentences of an article leave to the next one: the parties most recently in focus (clause
 * subjects and statement makers, most recent first), the last speaker of a quotation and the statements found so
 * far. Immutable: each sentence gives the next state with {@link #after}.
 *
 * @param salient  recent parties in focus, most recent first, at most {@link #KEPT}
 * @param speaker  the speaker of the latest attributed quotation or statement, or null
 * @param frames   the statements found so far, in text order
 */
record Discourse(List<Party> salient, Party speaker, List<Frame> frames) {

    static final int KEPT = 12;

    static final Discourse START = new Discourse(List.of(), null, List.of());

    Discourse {
        salient = List.copyOf(salient);
        frames = List.copyOf(frames);
    }

    /** The state after a sentence in which {@code focus} were in focus (first = most prominent) and {@code found} were found. */
    Discourse after(List<Party> focus, Party newSpeaker, List<Frame> found) {
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
        return new Discourse(s, newSpeaker != null ? newSpeaker : speaker, f);
    }

    /** The most recent party in focus whose type is one of {@code types}, or null. */
    Party latest(EntityType... types) {
        for (Party p : salient) {
            for (EntityType t : types) {
                if (p.entity().type() == t) {
                    return p;
                }
            }
        }
        return null;
    }
}
