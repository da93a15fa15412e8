package org.migrationdialogue.pipeline.web.view;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the pages from the templates of {@code src/main/jte}, compiled into this module at build time. Every
 * value a template prints is escaped for the place it stands (jte's HTML content type).
 */
public final class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String search(SearchView view) {
        return render("search.jte", view);
    }

    public String report(ReportPageView view) {
        return render("report.jte", view);
    }

    public String recommendations(RecommendationsView view) {
        return render("recommendations.jte", view);
    }

    public String upload(UploadView view) {
        return render("upload.jte", view);
    }

    public String status(StatusView view) {
        return render("status.jte", view);
    }

    public String message(MessageView view) {
        return render("message.jte", view);
    }

    private String render(String template, Object view) {
        StringOutput output = new StringOutput();
        engine.render(template, Map.of("view", view), output);
        return output.toString();
    }
}
