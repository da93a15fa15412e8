package org.migrationdialogue.pipeline.enrich.core.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Rows of a tab-separated knowledge file on the class path; "#" starts a comment line. */
public final class ResourceTable {

    private static final String ROOT = "/knowledge/";

    private ResourceTable() {}

    public static List<String[]> rows(String fileName) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(fileName)) {
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    public static List<String> lines(String fileName) {
        try (InputStream in = ResourceTable.class.getResourceAsStream(ROOT + fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge resource " + ROOT + fileName);
            }
            return contentLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge resource " + fileName, e);
        }
    }

    private static List<String> contentLines(BufferedReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
