package io.holstein.testing;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A node of an object graph that loops back through a container: the container holds the node and
 * one of the node's fields refers to the container. Equal by {@link #id} alone, so that a set or
 * map can hash it while its fields are still being read.
 */
public final class GraphNode implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    public final int id;

    public List<GraphNode> list;

    public Set<GraphNode> set;

    public Map<Object, Object> map;

    public GraphNode(int id) {
        this.id = id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GraphNode && ((GraphNode) o).id == id;
    }

    @Override
    public int hashCode() {
        return id;
    }

    @Override
    public String toString() {
        return "GraphNode" + id;
    }
}
