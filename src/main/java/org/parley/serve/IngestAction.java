package org.parley.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;

/**
 * {@code POST /parley/ingest}: one article file per request, in any format {@code parley ingest} reads. The file's
 * name comes from {@code ?name=}, else its type from {@code Content-Type}. Answers JSON
 * {@code {"stored": n, "skipped": [...], "summary": "..."}}: 200 when nothing was skipped or something was stored,
 * 422 when every input was bad.
 */
final class IngestAction extends ActionService {

    private static final Map<String, String> EXTENSION_BY_TYPE = Map.of(
            "text/plain", "txt", "application/json", "json", "application/x-ndjson", "jsonl",
            "application/jsonl", "jsonl", "text/html", "html");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleIntake intake;

    IngestAction(ArticleIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execPost(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void validate(HttpAction action) {
        fileName(action);
    }

    @Override
    public void execute(HttpAction action) {
        String name = fileName(action);
        byte[] content;
        try (InputStream in = action.getRequestInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the request body: " + e.getMessage());
            return;
        }
        ArticleIntake.Report report = intake.ingest(name, content);
        ObjectNode body = JSON.createObjectNode();
        body.put("stored", report.stored());
        body.putPOJO("skipped", report.skipped());
        body.put("summary", report.summary());
        boolean allBad = report.stored() == 0 && !report.skipped().isEmpty();
        action.setResponseStatus(allBad ? HttpSC.UNPROCESSABLE_ENTITY_422 : HttpSC.OK_200);
        action.setResponseContentType("application/json");
        action.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            action.getResponseOutputStream().write(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upload's file name: {@code ?name=} (its base name only), else {@code upload.EXT} from the content type. */
    static String fileName(HttpAction action) {
        String given = action.getRequestParameter("name");
        if (given != null && !given.isBlank()) {
            String base = given.replace('\\', '/');
            base = base.substring(base.lastIndexOf('/') + 1).strip();
            if (base.isEmpty() || base.startsWith(".") || !base.matches("[^\\x00-\\x1f]{1,200}")) {
                ServletOps.errorBadRequest("?name=" + given + ": not a file name");
            }
            return base;
        }
        String type = action.getRequestContentType();
        String ext = type == null ? null : EXTENSION_BY_TYPE.get(type.toLowerCase(Locale.ROOT).split(";")[0].strip());
        if (ext == null) {
            ServletOps.errorBadRequest("give the file's name with ?name=FILE.EXT, or a Content-Type of "
                    + String.join(", ", EXTENSION_BY_TYPE.keySet()));
        }
        return "upload." + ext;
    }
}
