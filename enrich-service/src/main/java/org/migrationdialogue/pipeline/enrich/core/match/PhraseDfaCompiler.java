package org.migrationdialogue.pipeline.enrich.core.match;

import java.util.Arrays;
import java.util.List;

/**
 * Compiles distinct, non-empty phrases into a {@link PhraseDfa}: a trie in a dense table (one row of columns per
 * state), then a breadth-first pass that computes each state's failure link and fills every missing transition
 * with the failure state's one (the full goto function), and collects each state's outputs along its failure
 * chain. Used once per automaton; not thread-safe.
 */
final class PhraseDfaCompiler {

    private static final int ROOT = 0;

    private final List<String> phrases;
    private final char[] columns;
    private final int columnCount;
    private final int[] table;
    private final int[] terminal;
    private int stateCount = 1;

    PhraseDfaCompiler(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        this.columns = alphabet(this.phrases);
        this.columnCount = columnCount(columns);
        int maxStates = 1 + this.phrases.stream().mapToInt(String::length).sum();
        this.table = new int[maxStates * columnCount];
        this.terminal = new int[maxStates];
        Arrays.fill(terminal, -1);
    }

    PhraseDfa compile() {
        for (int phrase = 0; phrase < phrases.size(); phrase++) {
            insert(phrase);
        }
        int[] failure = new int[stateCount];
        int[] breadthFirst = resolveFailures(failure);
        int[][] outputs = outputs(breadthFirst, failure);
        int[] outputStart = new int[stateCount + 1];
        int[] outputPhrases = flatten(outputs, outputStart);
        return new PhraseDfa(columns, encode(outputs), outputStart, outputPhrases, phrases);
    }

    /** Column 0 stands for every character no phrase holds; the others are numbered in order of appearance. */
    private static char[] alphabet(List<String> phrases) {
        char max = 0;
        for (String phrase : phrases) {
            for (int i = 0; i < phrase.length(); i++) {
                max = (char) Math.max(max, phrase.charAt(i));
            }
        }
        char[] columns = new char[max + 1];
        char next = 1;
        for (String phrase : phrases) {
            for (int i = 0; i < phrase.length(); i++) {
                if (columns[phrase.charAt(i)] == 0) {
                    columns[phrase.charAt(i)] = next++;
                }
            }
        }
        return columns;
    }

    private static int columnCount(char[] columns) {
        int max = 0;
        for (char column : columns) {
            max = Math.max(max, column);
        }
        return max + 1;
    }

    private void insert(int phrase) {
        String text = phrases.get(phrase);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        int state = ROOT;
        for (int i = 0; i < text.length(); i++) {
            int slot = state * columnCount + columns[text.charAt(i)];
            if (table[slot] == ROOT) {
                table[slot] = stateCount++;
            }
            state = table[slot];
        }
        if (terminal[state] >= 0) {
            throw new IllegalArgumentException("duplicate phrase: '" + text + "'");
        }
        terminal[state] = phrase;
    }

    /**
     * Visits the trie breadth first: a child's failure state is where its parent's failure state goes on the same
     * character, and a missing transition becomes the failure state's transition (already complete, being
     * shallower). Returns the states in visiting order, the root excluded.
     */
    private int[] resolveFailures(int[] failure) {
        int[] queue = new int[stateCount - 1];
        int tail = 0;
        for (int column = 0; column < columnCount; column++) {
            if (table[column] != ROOT) {
                queue[tail++] = table[column];
            }
        }
        for (int head = 0; head < tail; head++) {
            int state = queue[head];
            for (int column = 0; column < columnCount; column++) {
                int slot = state * columnCount + column;
                int fallback = table[failure[state] * columnCount + column];
                if (table[slot] == ROOT) {
                    table[slot] = fallback;
                } else {
                    failure[table[slot]] = fallback;
                    queue[tail++] = table[slot];
                }
            }
        }
        return queue;
    }

    /** The phrases each state ends: its own, then those of its failure state (visited before it). */
    private int[][] outputs(int[] breadthFirst, int[] failure) {
        int[][] outputs = new int[stateCount][];
        outputs[ROOT] = new int[0];
        for (int state : breadthFirst) {
            int[] inherited = outputs[failure[state]];
            if (terminal[state] < 0) {
                outputs[state] = inherited;
            } else {
                outputs[state] = new int[inherited.length + 1];
                outputs[state][0] = terminal[state];
                System.arraycopy(inherited, 0, outputs[state], 1, inherited.length);
            }
        }
        return outputs;
    }

    private static int[] flatten(int[][] outputs, int[] outputStart) {
        int total = 0;
        for (int state = 0; state < outputs.length; state++) {
            outputStart[state] = total;
            total += outputs[state].length;
        }
        outputStart[outputs.length] = total;
        int[] flat = new int[total];
        for (int state = 0; state < outputs.length; state++) {
            System.arraycopy(outputs[state], 0, flat, outputStart[state], outputs[state].length);
        }
        return flat;
    }

    /** Row offsets instead of state numbers, complemented when the target state ends a phrase. */
    private int[] encode(int[][] outputs) {
        int[] transitions = Arrays.copyOf(table, stateCount * columnCount);
        for (int slot = 0; slot < transitions.length; slot++) {
            int target = transitions[slot];
            int row = target * columnCount;
            transitions[slot] = outputs[target].length > 0 ? ~row : row;
        }
        return transitions;
    }
}
