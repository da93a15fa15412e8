package org.migrationdialogue.pipeline.ingest.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.migrationdialogue.pipeline.ingest.clean.Seeds;

/**
 * Scanned pages made from our own text, as a scanner would give them: the text typeset on an A4 page with PDFBox,
 * rendered to a greyscale image at {@link #DPI} dpi, the image alone on a page (JPEG, as scanners write), with no
 * text layer. Also the share of a page's words that OCR recognised, to measure it.
 */
public final class ScannedPages {

    /** 300 dpi: what office scanners use for text, and what Tesseract is trained for. */
    public static final int DPI = 300;
    /** A scan of a seed page in English (the Senior Officials Meeting of Rabat, 2014). */
    public static final List<String> ENGLISH = englishPage();
    /** A page of French written for these tests, with the accents and ligatures of French reports. */
    public static final List<String> FRENCH = List.of(
            "Réunion thématique sur les migrants en situation de crise",
            "",
            "La troisième réunion thématique du Processus de Rabat s'est tenue à Paris les 24 et 25 avril",
            "2014. Les participants ont souligné l'importance de la coopération régionale et de la",
            "protection des migrants pendant les crises, qu'elles soient politiques, sécuritaires ou",
            "humanitaires. Les États de la région ont présenté leurs expériences et les leçons tirées des",
            "crises récentes, notamment en ce qui concerne le retour et la réintégration des personnes",
            "déplacées vers leur pays d'origine.",
            "",
            "Les délégations ont rappelé que les diasporas peuvent mobiliser des ressources économiques",
            "importantes et réagir rapidement. Elles ont été invitées à partager leurs pratiques sur la",
            "gestion des frontières, l'accueil des réfugiés et l'accès aux documents d'état civil. Le",
            "représentant de l'Organisation internationale pour les migrations a présenté un programme",
            "d'assistance au retour volontaire, financé par l'Union européenne.",
            "",
            "Recommandations des coprésidents",
            "",
            "1. Renforcer la coordination entre les pays d'origine, de transit et de destination ;",
            "2. Associer la diaspora à la reconstruction et au développement local ;",
            "3. Améliorer l'échange de données sur les flux migratoires entre les États membres ;",
            "4. Garantir l'accès des enfants déplacés à l'éducation et aux soins de santé.");

    private static final float MARGIN = 60;
    private static final float FONT_SIZE = 11;
    private static final float LEADING = 15;
    private static final float JPEG_QUALITY = 0.85f;
    /** Standard 14 fonts encode WinAnsi (windows-1252) only, which holds every French letter. */
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private ScannedPages() {}

    /** A PDF of one scanned page per entry, each page's lines as given. */
    public static byte[] imageOnlyPdf(List<List<String>> pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (List<String> page : pages) {
                addScannedPage(pdf, page);
            }
            return FixtureFactory.save(pdf);
        }
    }

    /**
     * A PDF whose pages alternate as {@code scanned} says: a text page (a text layer, as a word processor writes
     * it) or a scanned page (an image only) of each entry's lines.
     */
    public static byte[] mixedPdf(List<List<String>> pages, List<Boolean> scanned) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = font();
            for (int i = 0; i < pages.size(); i++) {
                if (scanned.get(i)) {
                    addScannedPage(pdf, pages.get(i));
                } else {
                    PDPage page = new PDPage(PDRectangle.A4);
                    pdf.addPage(page);
                    typeset(pdf, page, font, pages.get(i));
                }
            }
            return FixtureFactory.save(pdf);
        }
    }

    /** One scanned page as a PNG file, as a phone or a scanner saving images writes it. */
    public static byte[] png(List<String> lines) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(render(lines), "png", png);
        return png.toByteArray();
    }

    /**
     * The share of the words of {@code lines} that {@code recognised} holds, each word counted as often as it
     * occurs (a word OCR read twice does not make up for one it missed); words compared in lower case, without
     * accents' loss: "réunion" read as "reunion" is not recognised.
     */
    public static double recognisedShare(List<String> lines, String recognised) {
        List<String> expected = words(String.join(" ", lines));
        Map<String, Integer> found = new HashMap<>();
        words(recognised).forEach(word -> found.merge(word, 1, Integer::sum));
        int hits = 0;
        for (String word : expected) {
            if (found.getOrDefault(word, 0) > 0) {
                found.merge(word, -1, Integer::sum);
                hits++;
            }
        }
        return expected.isEmpty() ? 0 : (double) hits / expected.size();
    }

    /** Words: runs of letters and digits, in lower case, apostrophes splitting ("l'importance" is two). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{Nd}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static void addScannedPage(PDDocument pdf, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDImageXObject image = JPEGFactory.createFromImage(pdf, render(lines), JPEG_QUALITY);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawImage(
                    image,
                    0,
                    0,
                    page.getMediaBox().getWidth(),
                    page.getMediaBox().getHeight());
        }
    }

    /** The lines typeset on an A4 page, rendered as a scanner sees the printed page. */
    private static BufferedImage render(List<String> lines) throws IOException {
        try (PDDocument typeset = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            typeset.addPage(page);
            typeset(typeset, page, font(), lines);
            return new PDFRenderer(typeset).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
    }

    private static void typeset(PDDocument pdf, PDPage page, PDFont font, List<String> lines) throws IOException {
        float y = page.getMediaBox().getHeight() - MARGIN;
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            for (String line : lines) {
                if (!line.isEmpty()) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.newLineAtOffset(MARGIN, y);
                    content.showText(winAnsi(line));
                    content.endText();
                }
                y -= LEADING;
            }
        }
    }

    private static PDFont font() {
        return new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    }

    private static String winAnsi(String text) {
        CharsetEncoder encoder = WIN_ANSI.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(encoder.canEncode((char) c) ? (char) c : '?'));
        return out.toString();
    }

    /** The first 40 lines of prose of the Rabat seed, as its PDF wrapped them. */
    private static List<String> englishPage() {
        List<String> lines = SeedDocument.of(Seeds.SOM_RABAT_2014, "scan").wrappedLines();
        return List.copyOf(lines.subList(0, Math.min(40, lines.size())));
    }
}
