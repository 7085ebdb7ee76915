package org.parley.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.parley.core.ExtractionRun;

/**
 * What every executor needs to make the same graphs as the driver planned: the run (one for the whole job, so that
 * every graph names the same {@code prov:Activity}), the base of minted IRIs and the extra catalog files (shipped to
 * the executors with {@code SparkContext.addFile}, named here by file name).
 *
 * @param run          the extraction run of the job
 * @param base         the base of minted IRIs
 * @param catalogFiles file names of the extra catalogs, in the order given; empty for the bundled catalog only
 */
public record JobSettings(ExtractionRun run, String base, List<String> catalogFiles) implements Serializable {

    public JobSettings {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(base, "base");
        catalogFiles = List.copyOf(catalogFiles);
    }
}
