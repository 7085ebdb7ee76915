package org.parley.extract.mention;

import java.util.Set;
import org.parley.catalog.CatalogEntry;
import org.parley.core.MentionKind;

/**
 * Catalog names of negotiation formats (catalog group {@code negotiation-format}: a contact group or a mediation
 * format that a body set up, its {@code part_of}). A format is no party of its own and names no entity; written
 * under its body's name ("the Bodyname Contact Group"), that name is a mention of the body. The catalog keeps the
 * format's names so that their words name no town or body of their own. Stateless.
 */
final class NegotiationFormats {

    /** The catalog group of negotiation formats. */
    static final String GROUP = "negotiation-format";

    private NegotiationFormats() {
    }

    /**
     * Whether {@code entry}, matched at {@code c}, is a format; if so, the name of its body that opens the match is
     * added as the body's mention. The format's name (with the body's name and without) is no entity of the
     * article: the name tagger's last pass leaves it ({@link TaggedNames}).
     */
    static boolean handled(CatalogEntry entry, CatalogMatch c, CatalogMatcher matcher, SentenceMentions out,
                           Set<String> places) {
        if (!entry.groups().contains(GROUP)) {
            return false;
        }
        SentencePieces p = out.pieces();
        out.notAnEntity(p.key(c.begin(), c.end()));
        CatalogMatch body = entry.partOf() == null ? null : matcher.match(p, c.begin(), c.end() - 1, places);
        if (body != null) {
            out.notAnEntity(p.key(body.end(), c.end()));
            for (NameIndex.Form f : body.forms()) {
                if (f.entry().key().equals(entry.partOf())) {
                    out.addPieces(body.begin(), body.end(), f.entry().toEntity(), MentionKind.NAME, 0.8,
                            Rules.FORMAT_BODY);
                    break;
                }
            }
        }
        return true;
    }
}
