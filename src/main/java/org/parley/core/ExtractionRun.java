package org.parley.core;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One run of the extractor, for provenance: which version made an article graph, when, with which models.
 * Serializable, so that a distributed job gives every machine the same run.
 *
 * @param id              unique run id (a UUID)
 * @param softwareVersion Parley's version
 * @param started         when the run started
 * @param models          names of the NLP models and catalog used
 */
public record ExtractionRun(String id, String softwareVersion, Instant started, List<String> models)
        implements Serializable {

    public ExtractionRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(started, "started");
        models = List.copyOf(models);
    }
}
