package org.parley.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.core.Article;
import org.parley.core.EntityType;

/**
 * Varied copies of sample articles for benchmarks, so that a large store is not a few texts repeated: copy i of a
 * sample keeps its first paragraph, shuffles the others, puts other catalog entities of the same type in place of
 * the places, countries, organizations and people it names (a few often, most rarely, as in news), moves its date
 * back by i days (cycling within ten years) and has its own URL. Deterministic; thread-safe.
 */
final class SyntheticArticles {

    private static final int DAYS_CYCLE = 3650;
    private static final Set<EntityType> SWAPPED = Set.of(EntityType.COUNTRY, EntityType.REGION, EntityType.CITY,
            EntityType.ORGANIZATION, EntityType.PERSON);

    /** A sample, the catalog entries it names by each name it uses, and one pattern for all those names. */
    private record Sample(Article article, Map<String, CatalogEntry> named, Pattern names) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final CatalogSwaps swaps;
    private final long seed;

    SyntheticArticles(List<Article> samples, Catalog catalog, long seed) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no sample articles to copy");
        }
        this.seed = seed;
        this.swaps = new CatalogSwaps(catalog, SWAPPED::contains);
        for (Article a : samples) {
            Map<String, CatalogEntry> named = named(a.body(), catalog);
            List<String> longestFirst = named.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
            Pattern names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                    + String.join("|", longestFirst.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
            this.samples.add(new Sample(a, named, named.isEmpty() ? null : names));
        }
    }

    /** How many distinct samples there are. */
    int samples() {
        return samples.size();
    }

    /** Copy number {@code i} (0 and up); copy i of sample {@code i % samples()}. */
    Article article(int i) {
        Sample sample = samples.get(i % samples.size());
        Article a = sample.article();
        Random random = new Random(seed * 1_000_003L + i);
        String body = shuffleParagraphs(a.body(), random);
        if (sample.names() != null) {
            Map<CatalogEntry, String> instead = new LinkedHashMap<>();
            Set<String> taken = new HashSet<>();
            for (CatalogEntry e : new LinkedHashSet<>(sample.named().values())) {
                instead.put(e, swaps.swap(e, random, taken).label());
            }
            body = sample.names().matcher(body).replaceAll(
                    m -> Matcher.quoteReplacement(instead.get(sample.named().get(m.group()))));
        }
        String url = "https://example.org/parley-bench/" + i;
        return new Article(Article.identityOf(url, body), a.docName() + "-" + i, a.source() + "#" + i, url, a.title(),
                a.published() == null ? null : a.published().minusDays(i % DAYS_CYCLE), a.authors(), a.publisher(), body);
    }

    /** The names of catalog entries a text uses (labels and aliases, three letters or more), with their entry. */
    private static Map<String, CatalogEntry> named(String body, Catalog catalog) {
        Map<String, CatalogEntry> out = new LinkedHashMap<>();
        for (CatalogEntry e : catalog.entries()) {
            if (SWAPPED.contains(e.type())) {
                Stream.concat(Stream.of(e.label()), e.aliases().stream())
                        .filter(n -> n.length() > 2 && body.contains(n))
                        .forEach(n -> out.putIfAbsent(n, e));
            }
        }
        return out;
    }

    private static String shuffleParagraphs(String body, Random random) {
        List<String> paragraphs = new ArrayList<>(List.of(body.split("\n")));
        if (paragraphs.size() > 2) {
            Collections.shuffle(paragraphs.subList(1, paragraphs.size()), random);
        }
        return String.join("\n", paragraphs);
    }
}
