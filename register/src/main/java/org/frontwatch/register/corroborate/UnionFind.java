package org.frontwatch.register.corroborate;

import java.util.Arrays;

/** Disjoint sets over 0..n-1 with path halving and union by size; the root of a set is stable once built. */
final class UnionFind {
    private int[] parent;
    private int[] size;
    private int count;

    UnionFind(int capacity) {
        parent = new int[Math.max(capacity, 16)];
        size = new int[parent.length];
    }

    /** Adds a new singleton set and returns its element. */
    int add() {
        if (count == parent.length) {
            parent = Arrays.copyOf(parent, parent.length * 2);
            size = Arrays.copyOf(size, size.length * 2);
        }
        parent[count] = count;
        size[count] = 1;
        return count++;
    }

    int size() {
        return count;
    }

    int find(int element) {
        int x = element;
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the sets of {@code a} and {@code b}; true if they were apart. */
    boolean union(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA == rootB) {
            return false;
        }
        if (size[rootA] < size[rootB]) {
            int swap = rootA;
            rootA = rootB;
            rootB = swap;
        }
        parent[rootB] = rootA;
        size[rootA] += size[rootB];
        return true;
    }
}
