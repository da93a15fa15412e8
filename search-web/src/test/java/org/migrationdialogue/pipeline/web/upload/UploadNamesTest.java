package org.migrationdialogue.pipeline.web.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UploadNamesTest {

    @Test
    void shouldKeepOnlyTheFileNameVisibleToTheWatcher() {
        // given names a browser or a hostile client may send, then each becomes a plain, visible file name
        assertEquals(Optional.of("report.pdf"), UploadNames.key("C:\\Users\\me\\report.pdf"));
        assertEquals(Optional.of("passwd"), UploadNames.key("../../etc/passwd"));
        assertEquals(Optional.of("hidden.txt"), UploadNames.key("..hidden.txt"));
        assertEquals(Optional.of("<img src=x>.txt"), UploadNames.key("<img src=x>.txt"));
        assertEquals(Optional.empty(), UploadNames.key("..."));
        assertEquals(Optional.empty(), UploadNames.key(null));
    }
}
