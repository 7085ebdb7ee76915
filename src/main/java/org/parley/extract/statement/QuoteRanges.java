package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.CharSpan;

/** The quoted character ranges of a body: “...”, «...» and "...", each closed at the latest at the end of its paragraph. */
final class QuoteRanges {

    private QuoteRanges() {
    }

    static List<CharSpan> of(String text) {
        List<CharSpan> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '“' || ch == '«') {
                open = open < 0 ? i : open;
            } else if ((ch == '”' || ch == '»') && open >= 0) {
                out.add(new CharSpan(open, i + 1));
                open = -1;
            } else if (ch == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    out.add(new CharSpan(open, i + 1));
                    open = -1;
                }
            } else if (ch == '\n' && open >= 0) {
                out.add(new CharSpan(open, i));
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new CharSpan(open, text.length()));
        }
        return out;
    }
}
