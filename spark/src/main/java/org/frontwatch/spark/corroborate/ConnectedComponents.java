package org.frontwatch.spark.corroborate;

import java.util.HashMap;
import java.util.Map;

/**
 * Connected components of edges between string ids, each component named by its smallest id — the id order in
 * which the register walks its items and reports, so that a component gets the name the register gives it.
 * Holds only ids that occur in an edge; every other id is a component of its own.
 */
final class ConnectedComponents {
    private final Map<String, String> parent = new HashMap<>();

    void connect(String a, String b) {
        String rootA = find(a);
        String rootB = find(b);
        if (rootA.equals(rootB)) {
            return;
        }
        if (rootA.compareTo(rootB) < 0) {
            parent.put(rootB, rootA);
        } else {
            parent.put(rootA, rootB);
        }
    }

    /** The smallest id of {@code id}'s component. */
    String find(String id) {
        String root = id;
        String next;
        while ((next = parent.get(root)) != null) {
            root = next;
        }
        String current = id;
        while (!current.equals(root)) {
            String following = parent.get(current);
            parent.put(current, root);
            current = following;
        }
        return root;
    }

    /** Every id that occurs in an edge, with its component's name. */
    Map<String, String> components() {
        Map<String, String> components = new HashMap<>(parent.size() * 2);
        for (String id : parent.keySet()) {
            components.put(id, find(id));
        }
        for (String root : Map.copyOf(components).values()) {
            components.put(root, root);
        }
        return components;
    }
}
