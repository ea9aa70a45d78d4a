package org.vwb.vocab.merge;

import java.util.Arrays;

/// Finds, at a position of a text, every piece text that starts there: a trie over the pieces' code
/// points, walked from the position as far as the text follows it.
///
/// Why not a list of pieces per first character, tested with `startsWith`: on 20,000 pieces and 50,000
/// corpus lines that test ran ~1 CPU-second on the merge's critical path (JFR), because a common
/// character starts hundreds of pieces; the walk costs a few lookups per position.
final class PieceMatcher {

    /// What to do with a piece found at a position.
    @FunctionalInterface
    interface Hit {
        /// Piece `k` (its index in the texts given to the constructor) starts at the position.
        void at(int k);
    }

    private static final int ROOT = 0;

    /// Child links: key `node << 21 | codePoint` (code points have 21 bits), open addressing.
    private long[] keys;
    private int[] children;
    private int links;
    private int nodes = 1;
    /// For each node the first piece ending there (-1: none); `nextEnding` chains pieces with equal texts.
    private int[] firstEnding = {-1};
    private final int[] nextEnding;

    /// Indexes `texts`; empty texts are never found.
    PieceMatcher(String[] texts) {
        keys = new long[64];
        children = new int[64];
        Arrays.fill(keys, -1L);
        nextEnding = new int[texts.length];
        for (int k = 0; k < texts.length; k++) {
            add(k, texts[k]);
        }
    }

    /// Calls `hit` for every piece whose text occurs in `text` at the UTF-16 index `pos`.
    void matchAt(String text, int pos, Hit hit) {
        int node = ROOT;
        for (int q = pos; q < text.length(); ) {
            int cp = text.codePointAt(q);
            node = child(node, cp);
            if (node < 0) {
                return;
            }
            for (int k = firstEnding[node]; k >= 0; k = nextEnding[k]) {
                hit.at(k);
            }
            q += Character.charCount(cp);
        }
    }

    private void add(int k, String text) {
        if (text.isEmpty()) {
            nextEnding[k] = -1;
            return;
        }
        int node = ROOT;
        for (int q = 0; q < text.length(); ) {
            int cp = text.codePointAt(q);
            int next = child(node, cp);
            if (next < 0) {
                next = newNode();
                link(node, cp, next);
            }
            node = next;
            q += Character.charCount(cp);
        }
        nextEnding[k] = firstEnding[node];
        firstEnding[node] = k;
    }

    private int newNode() {
        if (nodes == firstEnding.length) {
            int old = firstEnding.length;
            firstEnding = Arrays.copyOf(firstEnding, old * 2);
            Arrays.fill(firstEnding, old, firstEnding.length, -1);
        }
        return nodes++;
    }

    private int child(int node, int cp) {
        long key = (long) node << 21 | cp;
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return children[slot];
            }
            if (keys[slot] == -1L) {
                return -1;
            }
        }
    }

    private void link(int node, int cp, int next) {
        if (2 * (links + 1) > keys.length) {
            rehash(keys.length * 2);
        }
        put((long) node << 21 | cp, next);
        links++;
    }

    private void put(long key, int value) {
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (keys[slot] != -1L) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        children[slot] = value;
    }

    private void rehash(int size) {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new long[size];
        children = new int[size];
        Arrays.fill(keys, -1L);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != -1L) {
                put(oldKeys[i], oldChildren[i]);
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
