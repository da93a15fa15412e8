package org.migrationdialogue.pipeline.enrich.core.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.international.french.process.FrenchTokenizer;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;

/**
 * Stanford CoreNLP's CRF named-entity models: the English 3-class model (PERSON, ORGANIZATION, LOCATION; trained on
 * CoNLL, MUC, ACE, OntoNotes and WikiNER: on the dev corpus a third of the false organisations of the CoNLL 4-class
 * model, for a few more missed, docs/benchmarks.md) for "en", the WikiNER 4-class model for "fr", nothing for other
 * languages. Each passage is tokenized as the models were trained (PTB tokenizer,
 * French tokenizer), cut into sentences and classified sentence by sentence ({@link SentenceCutter} bounds the work
 * on pathological input). Thread-safe: classification shares the read-only models (see {@link #load}).
 */
public final class CrfNamedEntities implements NamedEntities {

    /** The model files the build unpacks from CoreNLP's model jars (enrich-service/pom.xml names the same). */
    static final String ENGLISH_MODEL = "/edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    static final String FRENCH_MODEL = "/edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz";

    /*
     * Tokenizer options: the models' own defaults, plus newlines as tokens (a blank line ends a sentence) and
     * characters the lexers do not know dropped silently (the default logs a warning per document).
     */
    private static final String ENGLISH_TOKENIZER_OPTIONS = "tokenizeNLs=true,untokenizable=noneDelete";
    private static final String FRENCH_TOKENIZER_OPTIONS =
            FrenchTokenizer.DEFAULT_OPTIONS + ",tokenizeNLs=true,untokenizable=noneDelete";

    private final Map<String, LanguageModel> models;

    CrfNamedEntities(Map<String, LanguageModel> models) {
        this.models = Map.copyOf(models);
    }

    /** Both models, loaded from the class path in parallel (about 4 s each on one core). */
    public static CrfNamedEntities fromResources() {
        CompletableFuture<LanguageModel> french = CompletableFuture.supplyAsync(CrfNamedEntities::french);
        LanguageModel english = english();
        return new CrfNamedEntities(Map.of("en", english, "fr", french.join()));
    }

    static LanguageModel english() {
        return english(ENGLISH_MODEL);
    }

    /** An English model other than the shipped one (to compare models on the corpus). */
    static LanguageModel english(String resource) {
        return new LanguageModel(
                load(resource), PTBTokenizer.factory(new CoreLabelTokenFactory(), ENGLISH_TOKENIZER_OPTIONS));
    }

    static LanguageModel french() {
        return new LanguageModel(
                load(FRENCH_MODEL), FrenchTokenizer.factory(new CoreLabelTokenFactory(), FRENCH_TOKENIZER_OPTIONS));
    }

    @Override
    public List<EntitySpan> find(CharSequence text, int start, int end, String language) {
        Objects.checkFromToIndex(start, end, text.length());
        LanguageModel model = models.get(NamedEntities.primaryLanguage(language));
        return model == null ? List.of() : model.find(text, start, end);
    }

    @Override
    public boolean covers(String language) {
        return models.containsKey(NamedEntities.primaryLanguage(language));
    }

    /**
     * Reads a serialized CRF classifier from the class path. Two flags are forced off, although the shipped models
     * already have them off, because with them a shared classifier would not be thread-safe nor its results
     * repeatable: {@code cacheNGrams} (a plain HashMap filled while classifying) and
     * {@code maxAdditionalKnownLCWords} (the lower-case words seen while classifying change later word shapes).
     * The rest of a classification only reads the model; the one lazily built field (the clique potential
     * function) is built by the first classification, which {@link LanguageModel} makes before it is shared.
     */
    static CRFClassifier<CoreLabel> load(String resource) {
        Properties flags = new Properties();
        flags.setProperty("cacheNGrams", "false");
        flags.setProperty("maxAdditionalKnownLCWords", "0");
        try (InputStream raw = CrfNamedEntities.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing NER model " + resource
                        + " (the build unpacks it from CoreNLP's model jars: ./mvnw package)");
            }
            ObjectInputStream in = new ObjectInputStream(
                    new BufferedInputStream(new GZIPInputStream(new BufferedInputStream(raw, 1 << 16)), 1 << 16));
            return CRFClassifier.getClassifier(in, flags);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + resource, e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("NER model " + resource + " does not match the CoreNLP code", e);
        }
    }

    /** One language's classifier with the tokenizer it was trained with; classifies once when made. */
    record LanguageModel(CRFClassifier<CoreLabel> classifier, TokenizerFactory<CoreLabel> tokenizers) {

        LanguageModel {
            new SentenceCutter(tokenizers).forEachSentence("Warm up, Paris.", 0, 15, classifier::classifySentence);
        }

        List<EntitySpan> find(CharSequence text, int start, int end) {
            EntityCollector found = new EntityCollector();
            new SentenceCutter(tokenizers)
                    .forEachSentence(text, start, end, sentence -> found.add(classifier.classifySentence(sentence)));
            return found.spans();
        }
    }
}
