package org.parley.spark;

/**
 * Makes the JDK's StAX parser the JVM's: Hadoop's client jar (on every Spark class path) registers its shaded Woodstox
 * as the provider, which refuses the hardening properties Jena sets on every XML parser it makes (each refusal an
 * ERROR line). Called before Jena starts, on the driver and on each executor; a provider chosen by the user is kept.
 */
final class JdkStax {

    private static final String PROVIDER = "javax.xml.stream.XMLInputFactory";

    private JdkStax() {
    }

    static void prefer() {
        if (System.getProperty(PROVIDER) == null) {
            System.setProperty(PROVIDER, "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
    }
}
