package org.migrationdialogue.pipeline.runtime.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.migrationdialogue.pipeline.common.bucket.UploadTarget;
import org.migrationdialogue.pipeline.common.text.ControlCharacters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pipeline upload FILE…}: puts reports into the upload bucket (the folder, or S3 with BUCKET_TYPE=s3). */
@Command(
        name = "upload",
        description = "Copy report files into the upload bucket (the local folder, or the S3 bucket "
                + "when BUCKET_TYPE=s3).")
final class UploadCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Report files (PDF, DOCX, DOC, ODT, RTF, HTML, text, Markdown).")
    List<Path> files;

    @Option(
            names = "--prefix",
            description = "Folder inside the bucket, e.g. rabat/2014 (default: none).",
            defaultValue = "")
    String prefix;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        List<Path> missing =
                files.stream().filter(file -> !Files.isRegularFile(file)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Not a file: " + missing);
        }
        long bytes = 0;
        try (UploadTarget target = UploadTarget.of(
                PipelineHome.current().config(), PipelineHome.current().uploadDir())) {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String where = target.put(file, key(file));
                bytes += Files.size(file);
                out.printf(
                        "[%d/%d] %s -> %s (%,d bytes)%n",
                        i + 1,
                        files.size(),
                        ControlCharacters.escape(file.toString()),
                        ControlCharacters.escape(where),
                        Files.size(file));
            }
        }
        out.printf(
                "Uploaded %d file(s), %,d bytes. Follow them with ./pipeline status; find them with ./pipeline search.%n",
                files.size(), bytes);
        return 0;
    }

    private String key(Path file) {
        String name = file.getFileName().toString();
        String folder = prefix.strip().replaceAll("^/+|/+$", "");
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
