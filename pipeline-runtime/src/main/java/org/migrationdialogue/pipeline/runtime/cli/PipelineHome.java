package org.migrationdialogue.pipeline.runtime.cli;

import java.nio.file.Path;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.runtime.local.LocalServices;

/** Where the pipeline lives: the repository root (set by the {@code pipeline} script) and its configured folders. */
record PipelineHome(Path root, Config config) {

    static PipelineHome current() {
        return new PipelineHome(
                Path.of(System.getProperty("pipeline.home", "."))
                        .toAbsolutePath()
                        .normalize(),
                Config.fromEnvironment());
    }

    Path dataDir() {
        return root.resolve(config.get(Settings.PIPELINE_DATA_DIR));
    }

    Path uploadDir() {
        return root.resolve(config.get(Settings.UPLOAD_DIR));
    }

    Path seedsDir() {
        return root.resolve("seeds");
    }

    Path serviceJar(String module) {
        return LocalServices.jar(root, module);
    }
}
