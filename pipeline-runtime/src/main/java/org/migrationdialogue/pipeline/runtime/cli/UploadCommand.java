package org.migrationdialogue.pipeline.runtime.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pipeline upload FILE…}: puts reports into the upload folder, complete files only. */
@Command(name = "upload", description = "Copy report files into the upload bucket (the local folder).")
final class UploadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files (PDF, DOCX, DOC, ODT, RTF, HTML, text, Markdown).")
    List<Path> files;

    @Option(names = "--prefix", description = "Folder inside the bucket, e.g. rabat/2014 (default: none).", defaultValue = "")
    String prefix;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        PipelineHome home = PipelineHome.current();
        Path folder = home.uploadDir();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The upload folder " + folder + " does not exist: start the pipeline with "
                    + "./pipeline up (it creates it), or set UPLOAD_DIR to an existing folder.");
        }
        List<Path> missing = files.stream().filter(file -> !Files.isRegularFile(file)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Not a file: " + missing);
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Path target = prefix.isBlank() ? folder.resolve(file.getFileName().toString())
                    : folder.resolve(prefix).resolve(file.getFileName().toString()).normalize();
            if (!target.startsWith(folder)) {
                throw new IllegalArgumentException("--prefix must stay inside the upload folder: " + prefix);
            }
            BucketFiles.copyAtomically(file, target);
            out.printf("[%d/%d] %s -> %s (%,d bytes)%n", i + 1, files.size(), file, folder.relativize(target), Files.size(target));
        }
        out.println("Uploaded " + files.size() + " file(s). Follow them with ./pipeline status; find them with ./pipeline search.");
        return 0;
    }
}
