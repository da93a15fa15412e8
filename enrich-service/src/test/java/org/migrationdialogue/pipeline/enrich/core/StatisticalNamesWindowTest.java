package org.migrationdialogue.pipeline.enrich.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.enrich.core.knowledge.Knowledge;
import org.migrationdialogue.pipeline.enrich.core.ner.EntitySpan;
import org.migrationdialogue.pipeline.enrich.core.ner.NamedEntities;

/** Which passages of a report the statistical model is handed: only where a person's name can be. */
class StatisticalNamesWindowTest {

    /** A model that finds nothing and remembers what it was asked to read. */
    private static final class RecordingModel implements NamedEntities {
        final List<String> passages = new ArrayList<>();

        @Override
        public List<EntitySpan> find(CharSequence text, int start, int end, String language) {
            passages.add(text.subSequence(start, end).toString());
            return List.of();
        }

        @Override
        public boolean covers(String language) {
            return true;
        }
    }

    private static String handedToTheModel(String text) {
        RecordingModel model = new RecordingModel();
        new Enricher(Knowledge.fromResources(), model).enrich(Reports.of(text, "en"));
        return String.join(" | ", model.passages);
    }

    @Test
    void shouldNotHandOverALoneCapitalisedWord() {
        // given unexplained capitalised words that stand alone: an acronym, a heading word in running text
        String text = "the participants discussed the draft prepared by the CFM and agreed that the Workshop "
                + "would resume in the autumn without any further delay for the members concerned.";

        // when
        String passages = handedToTheModel(text);

        // then no name of a person can be there, and the model reads nothing
        assertTrue(passages.isEmpty(), passages);
    }

    @Test
    void shouldHandOverCapitalisedWordsInARowAndNamesAfterATitle() {
        // given a name of two words, a name split by a particle across a line, and a single name after a title
        String text = "the report was presented by Aminata Touré on behalf of the members; the chair thanked\n"
                + "Jean de\nla Fontaine for the draft; it was approved by Mr Diallo, and the remaining points of the "
                + "agenda were then taken up one after the other and settled in the afternoon session.";

        // when
        String passages = handedToTheModel(text);

        // then each of them is read with its context
        assertTrue(passages.contains("Aminata Touré"), passages);
        assertTrue(passages.contains("la Fontaine"), passages);
        assertTrue(passages.contains("Mr Diallo"), passages);
        assertFalse(passages.contains("afternoon session"), passages);
    }

    @Test
    void shouldReadANameAfterAnElisionAsCapitalised() {
        // given a French name whose first word carries an elided preposition, far from any other capitalised word
        String text = "le conseil a pris acte de ces changements et a nommé un nouveau responsable en remplacement "
                + "d’Amadou Diallo, appelé à d’autres fonctions au sein de la même structure depuis le début du mois.";

        // when
        String passages = handedToTheModel(text);

        // then the two words of the name stand next to each other, and the model reads them
        assertTrue(passages.contains("Amadou Diallo"), passages);
    }
}
