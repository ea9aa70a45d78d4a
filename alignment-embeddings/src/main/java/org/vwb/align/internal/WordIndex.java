package org.vwb.align.internal;

import java.util.Arrays;

/// Words in row order with an open-addressing hash table from word to row.
///
/// Why not a `HashMap<String,Integer>`: for 2 M words its nodes and boxed integers cost ~60 bytes per
/// word on top of the strings; this table costs 8 (two `int` slots per word at load factor 0.5).
public final class WordIndex {
    private final String[] words;
    private final int[] table;
    private final int mask;
    private int size;

    /// An empty index with room for `capacity` words.
    public WordIndex(int capacity) {
        words = new String[capacity];
        int slots = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1;
        table = new int[slots];
        Arrays.fill(table, -1);
        mask = slots - 1;
    }

    /// Appends `word` as the next row and returns its row, or returns -1 (and adds nothing) if the word
    /// is already present.
    public int add(String word) {
        if (size == words.length) {
            throw new IllegalStateException("index full at " + size + " words");
        }
        int slot = slotOf(word);
        if (table[slot] >= 0) {
            return -1;
        }
        table[slot] = size;
        words[size] = word;
        return size++;
    }

    /// The row of `word`, or -1.
    public int indexOf(String word) {
        return table[slotOf(word)];
    }

    /// The word of row `i`.
    public String word(int i) {
        return words[java.util.Objects.checkIndex(i, size)];
    }

    /// Number of words added.
    public int size() {
        return size;
    }

    /// The words in row order (a copy trimmed to the size).
    public String[] toArray() {
        return Arrays.copyOf(words, size);
    }

    private int slotOf(String word) {
        int h = word.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (table[slot] >= 0 && !words[table[slot]].equals(word)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
