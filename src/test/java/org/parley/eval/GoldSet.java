package org.parley.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Hand-made gold annotations, one {@link Doc} per {@code <doc>.json} of a folder, keyed by the file's base name
 * and ordered by it. The JSON keys are those of the evaluation's gold files; other keys are ignored. Immutable.
 *
 * <pre>{@code
 * GoldSet gold = GoldSet.load(Path.of("src/test/resources/gold"));
 * }</pre>
 */
public record GoldSet(Map<String, Doc> docs) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public GoldSet {
        docs = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(docs, "docs")));
    }

    /** The gold of one article: the entities mentioned in its body and the statements it reports. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Doc(@JsonProperty("entities") List<Entity> entities,
                      @JsonProperty("statements") List<Statement> statements) {
        public Doc {
            entities = copy(entities);
            statements = copy(statements);
        }
    }

    /**
     * A gold entity. {@code wikidata} is a Q-identifier or null; {@code qidConfidence} is {@code high},
     * {@code low} or null; {@code mentions} are the distinct strings the body uses for it.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(@JsonProperty("label") String label,
                         @JsonProperty("type") String type,
                         @JsonProperty("wikidata") String wikidata,
                         @JsonProperty("qid_confidence") String qidConfidence,
                         @JsonProperty("mentions") List<String> mentions) {
        public Entity {
            Objects.requireNonNull(label, "label");
            mentions = copy(mentions);
        }

        /** True when this entity's identifier counts for link accuracy. */
        public boolean confidentlyLinked() {
            return "high".equals(qidConfidence) && wikidata != null && !wikidata.isEmpty();
        }
    }

    /**
     * A gold demand, offer or rejection; every argument is the {@code label} of an {@link Entity} of the same doc.
     * {@code regionsImplied} are places a generic phrase refers to ("all four regions"); {@code evidence} is the text
     * (a sentence or a part of one) the statement was read from, or null.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statement(@JsonProperty("kind") String kind,
                            @JsonProperty("by") List<String> by,
                            @JsonProperty("to") List<String> to,
                            @JsonProperty("regions") List<String> regions,
                            @JsonProperty("organizations") List<String> organizations,
                            @JsonProperty("regions_implied") List<String> regionsImplied,
                            @JsonProperty("evidence") String evidence) {
        public Statement {
            Objects.requireNonNull(kind, "kind");
            by = copy(by);
            to = copy(to);
            regions = copy(regions);
            organizations = copy(organizations);
            regionsImplied = copy(regionsImplied);
        }
    }

    /**
     * Reads every {@code *.json} file directly in {@code folder}.
     *
     * @throws UncheckedIOException naming the file, when a file cannot be read or is not gold JSON
     * @throws IllegalArgumentException when the folder holds no gold file
     */
    public static GoldSet load(Path folder) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list the gold folder: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(folder + ": no gold *.json file");
        }
        Map<String, Doc> docs = new TreeMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                docs.put(name.substring(0, name.length() - ".json".length()), JSON.readValue(file.toFile(), Doc.class));
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": not a gold annotation file: " + e.getMessage(), e);
            }
        }
        return new GoldSet(docs);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
