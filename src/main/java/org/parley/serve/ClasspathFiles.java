package org.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Serves files from one classpath folder: the request's path info names the file ({@code /graph.js}), or one fixed
 * file for every request. Only names of letters, digits, '.', '-' and '_' (with '/' between folders) are served.
 */
final class ClasspathFiles extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "ico", "image/x-icon",
            "svg", "image/svg+xml",
            "png", "image/png",
            "txt", "text/plain; charset=utf-8");

    private final String folder;
    private final String fixedFile;
    private final String cacheControl;

    private ClasspathFiles(String folder, String fixedFile, String cacheControl) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.fixedFile = fixedFile;
        this.cacheControl = cacheControl;
    }

    /** Every file of {@code folder}, by the request's path info; {@code cacheControl} sent with each. */
    static ClasspathFiles folder(String folder, String cacheControl) {
        return new ClasspathFiles(folder, null, cacheControl);
    }

    /** One file for every request (a page whose script reads the rest of the path). */
    static ClasspathFiles file(String resource) {
        int slash = resource.lastIndexOf('/');
        return new ClasspathFiles(resource.substring(0, slash), resource.substring(slash + 1), "no-cache");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        send(fixedFile != null ? fixedFile : req.getPathInfo() == null ? "" : req.getPathInfo().substring(1), resp);
    }

    /** Sends the file {@code name} of the folder, or 404. */
    void send(String name, HttpServletResponse resp) throws IOException {
        if (!name.matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*") || name.contains("..")) {
            Responses.fail(resp, HttpServletResponse.SC_NOT_FOUND, "no such file: " + name);
            return;
        }
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(folder + name)) {
            if (in == null) {
                Responses.fail(resp, HttpServletResponse.SC_NOT_FOUND, "no such file: " + name);
                return;
            }
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setHeader("Cache-Control", cacheControl);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(resp.getOutputStream());
        }
    }
}
