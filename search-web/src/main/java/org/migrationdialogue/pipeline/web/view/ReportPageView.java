package org.migrationdialogue.pipeline.web.view;

import org.migrationdialogue.pipeline.web.report.ReportView;

/** The report page; {@code report} is null when there is no such report. */
public record ReportPageView(Chrome chrome, ReportView report, String backLink) {

    public String original() {
        return "/reports/" + java.net.URLEncoder.encode(report.id(), java.nio.charset.StandardCharsets.UTF_8)
                + "/original";
    }
}
