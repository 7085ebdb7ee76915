package org.parley.ingest;

import java.util.List;

/**
 * What a reader found for one article, before the common checks: strings as written in the source.
 *
 * @param url        canonical URL, or null
 * @param title      headline, or null
 * @param dateField  name of the field the date came from, for messages; null when there is no date
 * @param dateValue  the date as written, or null
 * @param authors    cleaned author names, possibly empty
 * @param publisher  publisher name, or null
 * @param body       the body text, or null when the source has none
 */
record ArticleFields(String url, String title, String dateField, String dateValue, List<String> authors,
                     String publisher, String body) {

    ArticleFields {
        authors = List.copyOf(authors);
    }
}
