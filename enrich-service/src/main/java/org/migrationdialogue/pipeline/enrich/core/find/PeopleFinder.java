package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.List;
import org.migrationdialogue.pipeline.common.events.Person;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;
import org.migrationdialogue.pipeline.enrich.core.match.TermKind;
import org.migrationdialogue.pipeline.enrich.core.ner.EntitySpan;

/**
 * Named people introduced by an honorific ("His Excellency Mr.", "Ms", "Dr", "H.E.", "M.", "Mme"...), with the
 * role, organisation and country of the apposition that follows ("Mr X, Director of ... at the ... Commission,").
 * Later mentions ("Mr. Bourita") are folded into the person first named in full.
 */
public final class PeopleFinder {

    private final PersonNameReader names = new PersonNameReader();
    private final StatisticalPeople statistical;
    private final AppositionReader appositions;

    /** @param nameTitles the words of titles written before a name ({@code name-titles.tsv}) */
    public PeopleFinder(CountryFinder countries, List<TermSpec> nameTitles) {
        this.appositions = new AppositionReader(countries);
        this.statistical = new StatisticalPeople(nameTitles);
    }

    public List<Person> extract(AnalysedText text, OrganisationFindings organisations) {
        return extract(text, organisations, List.of());
    }

    /**
     * The people of a report: those its honorifics introduce, and the names a statistical model found
     * ({@code names}), cleaned of titles and filtered ({@link StatisticalPeople}).
     */
    public List<Person> extract(AnalysedText text, OrganisationFindings organisations, List<EntitySpan> names) {
        PersonRegister register = new PersonRegister();
        List<Match> honorifics = honorifics(text);
        String original = text.text();
        for (int i = 0; i < honorifics.size(); i++) {
            int first = i;
            while (i + 1 < honorifics.size()
                    && honorifics.get(i + 1).start()
                            == withFinalStop(original, honorifics.get(i).end()) + 1) {
                i++;
            }
            int end = withFinalStop(original, honorifics.get(i).end());
            readPerson(text, organisations, honorifics.get(first).start(), end, register);
        }
        for (StatisticalPeople.Named named : statistical.people(text, organisations, names)) {
            register.add(appositions.describe(
                    text, organisations, new Person(named.name(), named.honorific(), null, null, null), named.end()));
        }
        return register.people();
    }

    /** "Mr." and "H.E.": the full stop ending an abbreviated honorific belongs to it. */
    private static int withFinalStop(String text, int end) {
        return end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
    }

    private static List<Match> honorifics(AnalysedText text) {
        List<Match> honorifics = new ArrayList<>();
        for (Match match : text.matches().of(Layer.SIGNAL)) {
            if (match.kind() == TermKind.HONORIFIC) {
                honorifics.add(match);
            }
        }
        return honorifics;
    }

    private void readPerson(
            AnalysedText text,
            OrganisationFindings organisations,
            int honorificStart,
            int honorificEnd,
            PersonRegister register) {
        String original = text.text();
        if (honorificEnd + 1 >= original.length() || original.charAt(honorificEnd) != ' ') {
            return;
        }
        int nameStart = names.nameStart(original, honorificEnd + 1);
        int nameEnd = names.nameEnd(original, nameStart);
        if (nameEnd == nameStart || !PersonNameReader.isName(original.substring(nameStart, nameEnd))) {
            return;
        }
        String honorific = original.substring(honorificStart, honorificEnd);
        String name = original.substring(nameStart, nameEnd);
        Person named =
                appositions.describe(text, organisations, new Person(name, honorific, null, null, null), nameEnd);
        if (original.substring(nameEnd).isBlank()) {
            register.addCutOff(named);
        } else {
            register.add(named);
        }
    }
}
