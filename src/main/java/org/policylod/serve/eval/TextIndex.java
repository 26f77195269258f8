package org.policylod.serve.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A word index over every literal of a release held in memory: each distinct literal (whatever its
 * datatype or position) gets a number, and each folded word ({@link Words}) the numbers of the
 * literals it occurs in. A lookup gives the literals that contain all the words a filter requires
 * ({@link Fragments}): a superset of the literals the filter accepts, since every literal a pattern
 * can bind to is here. Built once per release; read by any number of queries at once.
 */
final class TextIndex {
    private final Node[] literals;
    /** The vocabulary, sorted, and for each word the ascending numbers of the literals holding it. */
    private final String[] words;
    private final int[][] postings;

    private TextIndex(Node[] literals, String[] words, int[][] postings) {
        this.literals = literals;
        this.words = words;
        this.postings = postings;
    }

    /** Indexes the literals of {@code graph}. */
    static TextIndex of(Graph graph) {
        Map<Node, Integer> ids = new HashMap<>();
        List<Node> literals = new ArrayList<>();
        Map<String, Postings> byWord = new HashMap<>();
        graph.find().forEachRemaining((Triple t) -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isLiteral() && !ids.containsKey(n)) {
                    int id = literals.size();
                    ids.put(n, id);
                    literals.add(n);
                    Words.each(n.getLiteralLexicalForm(), w -> byWord.computeIfAbsent(w, k -> new Postings()).add(id));
                }
            }
        });
        String[] words = byWord.keySet().toArray(String[]::new);
        Arrays.sort(words);
        int[][] postings = new int[words.length][];
        for (int i = 0; i < words.length; i++) {
            postings[i] = byWord.get(words[i]).toArray();
        }
        return new TextIndex(literals.toArray(Node[]::new), words, postings);
    }

    /** How many distinct literals are indexed. */
    int size() {
        return literals.length;
    }

    /** How many distinct words are indexed. */
    int vocabulary() {
        return words.length;
    }

    Node literal(int id) {
        return literals[id];
    }

    /** The numbers of the literals having, for every piece, a word it matches; null when there are no pieces. */
    BitSet candidates(List<Fragments.Piece> pieces) {
        BitSet all = null;
        for (Fragments.Piece piece : pieces) {
            BitSet one = new BitSet(literals.length);
            int from = 0;
            int to = words.length;
            if (piece.start()) {  // words starting with the piece sit together in the sorted vocabulary
                from = lowerBound(piece.text());
                to = lowerBound(piece.text() + Character.MAX_VALUE);
            }
            for (int w = from; w < to; w++) {
                if (piece.matches(words[w])) {
                    for (int id : postings[w]) {
                        one.set(id);
                    }
                }
            }
            if (all == null) {
                all = one;
            } else {
                all.and(one);
            }
        }
        return all;
    }

    private int lowerBound(String key) {
        int i = Arrays.binarySearch(words, key);
        return i >= 0 ? i : -i - 1;
    }

    /** A growing list of literal numbers, each added once (a literal's words come together). */
    private static final class Postings {
        private int[] ids = new int[2];
        private int size;

        void add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int[] toArray() {
            return Arrays.copyOf(ids, size);
        }
    }
}
