package org.parley.catalog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An office a person held: "President" of {@code Q159} from 2012-05-07, open-ended.
 *
 * @param title the office's title as the press writes it ("President", "Foreign Minister")
 * @param of    catalog key of the country or organization, or null
 * @param from  first day, or null when unknown
 * @param to    last day, or null while held
 */
public record Office(String title, String of, LocalDate from, LocalDate to) {

    public Office {
        Objects.requireNonNull(title, "title");
    }

    /** True when held on {@code date} (open ends count as held). */
    public boolean heldOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
