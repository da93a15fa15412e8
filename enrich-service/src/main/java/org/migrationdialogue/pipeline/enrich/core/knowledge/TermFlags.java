package org.migrationdialogue.pipeline.enrich.core.knowledge;

/** Bit flags that tighten how a phrase may match. */
public final class TermFlags {

    /** The matched text must start with a capital letter, and so must each of its words of three letters or more. */
    public static final int CAPITAL = 1;
    /** The phrase is also a given name: rejected after an honorific or before another capitalised word. */
    public static final int GIVEN_NAME = 2;
    /** An acronym: every letter of the matched text must be a capital, and not inside an all-capitals heading. */
    public static final int ACRONYM = 4;

    private TermFlags() {}

    /** Phrases written without any lower-case letter are acronyms. */
    public static int forPhrase(String phrase) {
        boolean hasLetter = phrase.chars().anyMatch(Character::isLetter);
        boolean hasLower = phrase.chars().anyMatch(Character::isLowerCase);
        return hasLetter && !hasLower ? ACRONYM : 0;
    }

    public static int parse(String flags) {
        int bits = 0;
        for (String flag : flags.split(",")) {
            bits |= switch (flag.strip()) {
                case "capital" -> CAPITAL;
                case "given-name" -> GIVEN_NAME | CAPITAL;
                case "acronym" -> ACRONYM;
                default -> 0;
            };
        }
        return bits;
    }

    public static boolean has(int flags, int flag) {
        return (flags & flag) != 0;
    }
}
