package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migrationdialogue.pipeline.common.events.Person;

/**
 * The people of a document without duplicates: a name whose words end another known name ("Bourita",
 * "De Luzenberger") is the same person; the fuller name and the first known details win.
 */
final class PersonRegister {

    private final List<Person> people = new ArrayList<>();
    /** The words of each known person's name, split once, in the order of {@link #people}. */
    private final List<String[]> nameWords = new ArrayList<>();

    void add(Person candidate) {
        String[] candidateWords = words(candidate.name());
        for (int i = 0; i < people.size(); i++) {
            if (samePerson(nameWords.get(i), candidateWords)) {
                Person merged = merge(people.get(i), candidate);
                people.set(i, merged);
                nameWords.set(i, words(merged.name()));
                return;
            }
        }
        people.add(candidate);
        nameWords.add(candidateWords);
    }

    /**
     * A name the end of the text cuts off ("… H.E. Gho" in an excerpt): the person whose name has a word it begins
     * is the same one; a name that begins none is added as any other.
     */
    void addCutOff(Person candidate) {
        String[] candidateWords = words(candidate.name());
        String cut = candidateWords[candidateWords.length - 1];
        boolean begun = nameWords.stream()
                .flatMap(java.util.Arrays::stream)
                .anyMatch(word -> word.length() > cut.length() && word.startsWith(cut));
        if (!begun) {
            add(candidate);
        }
    }

    List<Person> people() {
        return List.copyOf(people);
    }

    private static boolean samePerson(String[] left, String[] right) {
        String[] shorter = left.length <= right.length ? left : right;
        String[] longer = left.length <= right.length ? right : left;
        for (int i = 0; i < shorter.length; i++) {
            if (!shorter[shorter.length - 1 - i].equals(longer[longer.length - 1 - i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String name) {
        return name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split(" ");
    }

    private static Person merge(Person known, Person later) {
        String name = later.name().length() > known.name().length() ? later.name() : known.name();
        return new Person(
                name,
                firstOf(known.honorific(), later.honorific()),
                firstOf(known.role(), later.role()),
                firstOf(known.organisation(), later.organisation()),
                firstOf(known.country(), later.country()));
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }
}
