package org.migrationdialogue.pipeline.common.text;

/**
 * Makes text from outside (titles, object keys, file names, reasons) safe to print on a terminal or in a log line:
 * a control character is shown as an escape instead of acting. An ESC could recolour, move the cursor or retitle
 * the terminal; a CR or a line break could forge a line of output or of the log; a bidirectional override could make
 * a line read differently from its bytes. The CLI and the services' log layout both print through here.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /**
     * The text with each control character written as an escape: {@code \n}, {@code \r}, or {@code \}{@code uXXXX}
     * (C0 controls but tab, DEL, C1 controls, the Unicode line and paragraph separators, and the bidirectional
     * embeddings, overrides and isolates). Tab stays: it cannot move the cursor back or start a line. Null stays
     * null; text without control characters comes back as it was.
     */
    public static String escape(CharSequence text) {
        if (text == null) {
            return null;
        }
        int first = firstControl(text);
        if (first < 0) {
            return text.toString();
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                escaped.append(c);
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\r') {
                escaped.append("\\r");
            } else {
                escaped.append(String.format("\\u%04X", (int) c));
            }
        }
        return escaped.toString();
    }

    /** Whether printing this character could act on the terminal or on the shape of the output. */
    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static int firstControl(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
