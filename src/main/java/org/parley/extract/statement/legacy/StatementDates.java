package org.parley.extract.statement.legacy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Resolves the day a statement was made: a weekday, "yesterday" or "today" against the article's date. */
final class StatementDates {

    private StatementDates() {
    }

    /**
     * The date named by the first relative-day word in {@code words} (lower-case), resolved against
     * {@code published} (a weekday: the most recent one on or before it), else {@code published}; null when
     * published is null.
     */
    static LocalDate resolve(LocalDate published, List<String> words) {
        if (published == null) {
            return null;
        }
        for (String w : words) {
            if (w.equals("yesterday")) {
                return published.minusDays(1);
            }
            if (w.equals("today") || w.equals("tonight")) {
                return published;
            }
            if (TriggerLexicon.WEEKDAYS.contains(w)) {
                DayOfWeek day = DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT));
                LocalDate d = published;
                while (d.getDayOfWeek() != day) {
                    d = d.minusDays(1);
                }
                return d;
            }
        }
        return published;
    }
}
