package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.List;
import java.util.Locale;
import org.migrationdialogue.pipeline.common.events.Person;

/**
 * Reads what follows a person's name: ", Director for ... at the ECOWAS Commission," or " from the IOM". The role
 * is the part before " at " / " au " (or else before the first " of ", " for ", " de ", " du "...); the organisation is the first organisation
 * named in the apposition (its canonical name) or else the rest of it; the country comes from a ministry's id or the
 * first country named.
 */
final class AppositionReader {

    private static final int MAX_APPOSITION = 250;
    private static final List<String> AT_SPLITS = List.of(" at ", " au ", " à la ", " à l'", " auprès ");
    private static final List<String> ROLE_SPLITS = List.of(" of ", " for ", " de ", " du ", " des ", " pour ");

    private final CountryFinder countries;

    AppositionReader(CountryFinder countries) {
        this.countries = countries;
    }

    Person describe(AnalysedText text, OrganisationFindings organisations, Person named, int nameEnd) {
        String original = text.text();
        if (original.startsWith(", ", nameEnd)) {
            int start = nameEnd + 2;
            return describe(text, organisations, named, start, appositionEnd(original, start), true);
        }
        if (original.startsWith(" from ", nameEnd)) {
            int start = nameEnd + " from ".length();
            return describe(text, organisations, named, start, appositionEnd(original, start), false);
        }
        return named;
    }

    private Person describe(
            AnalysedText text, OrganisationFindings organisations, Person named, int start, int end, boolean hasRole) {
        String apposition = text.text().substring(start, end);
        int split = hasRole ? splitOffset(apposition) : 0;
        String role = hasRole
                ? apposition
                        .substring(0, split < 0 ? apposition.length() : split)
                        .strip()
                : null;
        OrganisationHit hit = organisations.institutionWithin(start, end);
        String organisation = organisationName(hit, apposition, split);
        String country = hit != null && hit.id().startsWith("gov:")
                ? hit.id().substring(4, 6).toUpperCase(Locale.ROOT)
                : countries.firstWithin(text, start, end);
        return new Person(
                named.name(), named.honorific(), role == null || role.isEmpty() ? null : role, organisation, country);
    }

    private static String organisationName(OrganisationHit hit, String apposition, int split) {
        if (hit != null) {
            return hit.name();
        }
        if (split < 0) {
            return null;
        }
        String rest = apposition.substring(split).strip();
        int space = rest.indexOf(' ');
        String withoutPreposition = space < 0 ? rest : rest.substring(space + 1);
        return withoutPreposition.startsWith("the ") ? withoutPreposition.substring(4) : withoutPreposition;
    }

    /** Where the role ends: at " at " (or "au", "à la") if the apposition has one, else at the earliest " of " etc. */
    private static int splitOffset(String apposition) {
        int at = earliest(apposition, AT_SPLITS);
        return at >= 0 ? at : earliest(apposition, ROLE_SPLITS);
    }

    private static int earliest(String apposition, List<String> splits) {
        int earliest = -1;
        for (String split : splits) {
            int found = apposition.indexOf(split);
            if (found >= 0 && (earliest < 0 || found < earliest)) {
                earliest = found;
            }
        }
        return earliest;
    }

    private static int appositionEnd(String text, int start) {
        int limit = Math.min(text.length(), start + MAX_APPOSITION);
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            boolean sentenceEnd = c == '.'
                    && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
                    && i > start
                    && Character.isLowerCase(text.charAt(i - 1));
            if (c == ',' || c == ';' || c == '\n' || sentenceEnd) {
                return i;
            }
        }
        return limit;
    }
}
