package org.parley.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a publication date given as an ISO-8601 date or date-time, checking that the day exists and is not in the future. */
final class DateValue {

    private static final Pattern ISO_SHAPE =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:([T ])(\\d{2}:\\d{2}.*))?|(\\d{4}-\\d{2}-\\d{2})([+-]\\d{2}:\\d{2}|Z)");

    private DateValue() {
    }

    /** Thrown with a message ready for an {@link org.parley.core.InputProblem}. */
    static final class BadDate extends Exception {
        private static final long serialVersionUID = 1L;

        BadDate(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The calendar day of {@code raw} as written (a date-time keeps the day of its own offset).
     *
     * @param field name of the field, for the message
     * @param raw   the value as found in the source, not null
     * @param today today's date; a date after tomorrow is refused
     */
    static LocalDate parse(String field, String raw, LocalDate today) throws BadDate {
        String value = raw.strip();
        Matcher m = ISO_SHAPE.matcher(value);
        if (!m.matches()) {
            throw new BadDate("field '" + field + "' is not an ISO-8601 date: " + quote(raw)
                    + " (expected YYYY-MM-DD)");
        }
        LocalDate date;
        try {
            if (m.group(1) != null) {
                String day = m.group(1);
                // the day alone first, so that "2024-02-30T10:00Z" is reported as an impossible day
                date = LocalDate.parse(day, DateTimeFormatter.ISO_LOCAL_DATE);
                if (m.group(3) != null) {
                    parseDateTime(field, raw, day + "T" + m.group(3));
                }
            } else {
                TemporalAccessor t = DateTimeFormatter.ISO_DATE.parse(value);
                date = LocalDate.from(t);
            }
        } catch (DateTimeParseException e) {
            throw new BadDate("field '" + field + "' is not a valid date: " + quote(raw)
                    + " (no such day; expected YYYY-MM-DD)");
        }
        if (date.isAfter(today.plusDays(1))) {
            throw new BadDate("field '" + field + "' is in the future: " + quote(raw) + " (today is " + today + ")");
        }
        return date;
    }

    private static void parseDateTime(String field, String raw, String isoDateTime) throws BadDate {
        try {
            DateTimeFormatter.ISO_DATE_TIME.parse(isoDateTime);
        } catch (DateTimeParseException e) {
            throw new BadDate("field '" + field + "' is not an ISO-8601 date-time: " + quote(raw)
                    + " (expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)");
        }
    }

    static String quote(String raw) {
        String shown = raw.length() > 60 ? raw.substring(0, 60) + "..." : raw;
        return "\"" + shown.replace("\n", "\\n").replace("\r", "\\r").replace("\"", "\\\"") + "\"";
    }
}
