package org.migrationdialogue.pipeline.enrich.core.ner;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts a passage into the token sentences a CRF model classifies, with offsets into the whole text. Bounded on
 * any input: the passage is tokenized in pieces of at most {@value #MAX_PIECE_CHARS} characters (cut at a line
 * break or a space where there is one), a token longer than {@value #MAX_TOKEN_CHARS} characters (a run of digits,
 * a URL, a line of dashes; never a name) ends its sentence and is dropped, and a sentence is cut after
 * {@value #MAX_SENTENCE_TOKENS} tokens. Sentences (and pieces) without a capital letter are skipped: the models
 * give them no name (checked on the dev corpus, docs/benchmarks.md), and they are many in reports (and all of a
 * text of digits).
 * Not thread-safe: one per call.
 */
final class SentenceCutter {

    static final int MAX_PIECE_CHARS = 10_000;
    static final int MAX_TOKEN_CHARS = 40;
    static final int MAX_SENTENCE_TOKENS = 120;

    private final TokenizerFactory<CoreLabel> tokenizers;
    /** Sentence ends at . ! ? and at a blank line (two newline tokens), as CoreNLP's pipeline cuts them. */
    private final WordToSentenceProcessor<CoreLabel> splitter =
            new WordToSentenceProcessor<>(WordToSentenceProcessor.NewlineIsSentenceBreak.TWO_CONSECUTIVE);

    SentenceCutter(TokenizerFactory<CoreLabel> tokenizers) {
        this.tokenizers = tokenizers;
    }

    /** Gives {@code action} each sentence of {@code text[start, end)} that may hold a name, in text order. */
    void forEachSentence(CharSequence text, int start, int end, Consumer<List<CoreLabel>> action) {
        int pieceStart = start;
        while (pieceStart < end) {
            int pieceEnd = pieceEnd(text, pieceStart, end);
            if (!hasCapital(text, pieceStart, pieceEnd)) {
                pieceStart = pieceEnd;
                continue;
            }
            List<CoreLabel> tokens = tokenizers
                    .getTokenizer(new StringReader(
                            text.subSequence(pieceStart, pieceEnd).toString()))
                    .tokenize();
            for (CoreLabel token : tokens) {
                token.setBeginPosition(token.beginPosition() + pieceStart);
                token.setEndPosition(token.endPosition() + pieceStart);
            }
            for (List<CoreLabel> sentence : splitter.process(tokens)) {
                cut(sentence, action);
            }
            pieceStart = pieceEnd;
        }
    }

    /** Where the piece starting at {@code from} ends: at most MAX_PIECE_CHARS on, after a line break or a space. */
    static int pieceEnd(CharSequence text, int from, int end) {
        if (end - from <= MAX_PIECE_CHARS) {
            return end;
        }
        int limit = from + MAX_PIECE_CHARS;
        int space = -1;
        for (int i = limit - 1; i > from + MAX_PIECE_CHARS / 2; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (space < 0 && Character.isWhitespace(c)) {
                space = i + 1;
            }
        }
        if (space >= 0) {
            return space;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static void cut(List<CoreLabel> sentence, Consumer<List<CoreLabel>> action) {
        List<CoreLabel> part = new ArrayList<>();
        for (CoreLabel token : sentence) {
            if (token.word().length() > MAX_TOKEN_CHARS) {
                emit(part, action);
                part = new ArrayList<>();
                continue;
            }
            part.add(token);
            if (part.size() == MAX_SENTENCE_TOKENS) {
                emit(part, action);
                part = new ArrayList<>();
            }
        }
        emit(part, action);
    }

    private static void emit(List<CoreLabel> sentence, Consumer<List<CoreLabel>> action) {
        if (!sentence.isEmpty() && hasCapital(sentence)) {
            action.accept(sentence);
        }
    }

    private static boolean hasCapital(List<CoreLabel> sentence) {
        for (CoreLabel token : sentence) {
            if (hasCapital(token.word(), 0, token.word().length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCapital(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
