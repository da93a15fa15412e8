package org.migrationdialogue.pipeline.enrich.core.extract;

import org.migrationdialogue.pipeline.common.events.Person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The people of a document without duplicates: a name whose words end another known name ("Bourita",
 * "De Luzenberger") is the same person; the fuller name and the first known details win.
 */
final class PersonRegister {

    private final List<Person> people = new ArrayList<>();

    void add(Person candidate) {
        for (int i = 0; i < people.size(); i++) {
            Person known = people.get(i);
            if (samePerson(known.name(), candidate.name())) {
                people.set(i, merge(known, candidate));
                return;
            }
        }
        people.add(candidate);
    }

    List<Person> people() {
        return List.copyOf(people);
    }

    private static boolean samePerson(String a, String b) {
        String[] left = words(a);
        String[] right = words(b);
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
        return new Person(name, firstOf(known.honorific(), later.honorific()), firstOf(known.role(), later.role()),
                firstOf(known.organisation(), later.organisation()), firstOf(known.country(), later.country()));
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }
}
