package io.gli.io;

/**
 * One {@code <key>} declaration of a GraphML file, as the reader holds it: the id that {@code <data
 * key="...">} refers to, which elements it may be used on, the attribute name and type its values
 * become, and its {@code <default>} value (null if none). A key GLI cannot use (yEd's graphics,
 * {@code yfiles.type}, or one declared for graphs, ports or hyperedges) is kept as {@link
 * #ignored()}, so that its data are skipped rather than refused.
 *
 * @param id the key's id
 * @param declaredFor the {@code for} attribute as written ({@code all} when absent)
 * @param forNodes whether nodes may carry it
 * @param forEdges whether edges may carry it
 * @param name the attribute name ({@code attr.name}, or the id when absent); null if ignored
 * @param type the value type; null if ignored
 * @param typeName the {@code attr.type} as written, for messages
 * @param defaultValue the value of elements that lack the key, or null
 */
record GraphmlKey(
        String id,
        String declaredFor,
        boolean forNodes,
        boolean forEdges,
        String name,
        ValueType type,
        String typeName,
        Object defaultValue) {

    /** Whether the reader skips this key's data. */
    boolean ignored() {
        return name == null;
    }

    GraphmlKey withDefault(Object value) {
        return new GraphmlKey(id, declaredFor, forNodes, forEdges, name, type, typeName, value);
    }
}
