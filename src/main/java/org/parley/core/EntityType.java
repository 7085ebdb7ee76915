package org.parley.core;

/** The five kinds of entity Parley recognizes. */
public enum EntityType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    COUNTRY("Country"),
    REGION("Region"),
    CITY("City");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The name used in the ontology and in query results: {@code Person}, {@code Region}, ... */
    public String label() {
        return label;
    }

    public boolean isPlace() {
        return this == COUNTRY || this == REGION || this == CITY;
    }

    /** Parses {@code Person}, {@code person} or {@code PERSON}. */
    public static EntityType parse(String s) {
        for (EntityType t : values()) {
            if (t.label.equalsIgnoreCase(s.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type \"" + s + "\", expected one of Person, Organization, Country, Region, City");
    }
}
