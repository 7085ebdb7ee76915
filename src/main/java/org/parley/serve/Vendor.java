package org.parley.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where the Cytoscape.js WebJar (org.webjars.npm:cytoscape, MIT licence) keeps its files in the jar. */
final class Vendor {

    /** The version of the WebJar on the classpath. */
    static final String CYTOSCAPE_VERSION = version("META-INF/maven/org.webjars.npm/cytoscape/pom.properties");
    /** Its {@code dist/} folder: {@code cytoscape.min.js}. */
    static final String CYTOSCAPE_FOLDER = "META-INF/resources/webjars/cytoscape/" + CYTOSCAPE_VERSION + "/dist";

    private Vendor() {
    }

    private static String version(String pomProperties) {
        try (InputStream in = Vendor.class.getClassLoader().getResourceAsStream(pomProperties)) {
            if (in == null) {
                throw new IllegalStateException("classpath " + pomProperties + ": missing (is the Cytoscape.js WebJar a dependency?)");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
