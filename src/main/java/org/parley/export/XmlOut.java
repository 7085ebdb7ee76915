package org.parley.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, indenting wrapper over the JDK's streaming XML writer for the GraphML and GEXF writers: elements one line
 * each, text with the characters XML 1.0 cannot carry removed, failures unchecked. Not thread-safe.
 */
final class XmlOut {

    private final XMLStreamWriter xml;
    private final OutputStream out;
    private int level;

    XmlOut(OutputStream out) {
        this.out = out;
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot create an XML writer: " + e.getMessage(), e);
        }
    }

    void startDocument() {
        run(() -> xml.writeStartDocument("UTF-8", "1.0"));
    }

    /** Opens an element on a new line; {@code attributes} are name, value pairs (a null value is left out). */
    void open(String name, String... attributes) {
        newLine();
        run(() -> xml.writeStartElement(name));
        attributes(attributes);
        level++;
    }

    /** Opens an element in a namespace, declared here as the default namespace. */
    void openRoot(String name, String namespace, String... attributes) {
        newLine();
        run(() -> {
            xml.setDefaultNamespace(namespace);
            xml.writeStartElement(namespace, name);
            xml.writeDefaultNamespace(namespace);
        });
        attributes(attributes);
        level++;
    }

    /** An element with text content (sanitized), on a line of its own. */
    void text(String name, String text, String... attributes) {
        newLine();
        run(() -> xml.writeStartElement(name));
        attributes(attributes);
        run(() -> xml.writeCharacters(clean(text)));
        run(xml::writeEndElement);
    }

    /** An empty element. */
    void empty(String name, String... attributes) {
        newLine();
        run(() -> xml.writeEmptyElement(name));
        attributes(attributes);
    }

    void close() {
        level--;
        newLine();
        run(xml::writeEndElement);
    }

    /** Ends the document and flushes; the stream stays open. */
    void endDocument() {
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void attributes(String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String name = pairs[i];
            String value = pairs[i + 1];
            if (value != null) {
                run(() -> xml.writeAttribute(name, clean(value)));
            }
        }
    }

    private void newLine() {
        run(() -> xml.writeCharacters("\n" + "  ".repeat(Math.max(0, level))));
    }

    /** {@code s} without the characters XML 1.0 forbids (controls other than tab, new line and return). */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            if (bad && b == null) {
                b = new StringBuilder(s.substring(0, i));
            } else if (!bad && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    private static void run(XmlAction action) {
        try {
            action.run();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write XML: " + e.getMessage(), e));
        }
    }
}
