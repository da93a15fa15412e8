package org.migrationdialogue.pipeline.web.view;

import java.util.List;
import org.migrationdialogue.pipeline.web.upload.Uploads;

/**
 * The upload page; after a form upload without JavaScript, the receipts of what was written.
 *
 * @param problem why an upload was refused (null: none)
 */
public record UploadView(Chrome chrome, String bucket, List<Uploads.Receipt> receipts, String problem) {}
