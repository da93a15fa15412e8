package org.migrationdialogue.pipeline.enrich.core.find;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.common.events.Block;
import org.migrationdialogue.pipeline.common.events.Meeting;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;
import org.migrationdialogue.pipeline.enrich.core.match.TermKind;
import org.migrationdialogue.pipeline.enrich.core.text.Document;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/**
 * The meeting a report records. Its opening (title, dateline, first paragraphs) names the meeting: the first
 * meeting-type phrase there that does not name another meeting ("in preparation of the Ministerial Conference",
 * "the next Senior Officials' Meeting") gives the type, and the title is the clause that phrase opens. The dates
 * are those written with the meeting (in its sentence, or the dateline before it); the venue is the city named
 * with the meeting ("held in Bangkok", "à Nouakchott"), else the dateline's city ("Luxor, 8-9 November 2017",
 * "Location: Cracow, Poland"), never a city inside an organisation's name ("Prague Process"). The country is the
 * one named right after the city, else the city's own; without a city, a country the report is plainly about
 * (a national communiqué). A report whose opening names no meeting is of type {@code other}; a meeting the words
 * after its phrase place in an earlier month or year than the opening's latest date ("… en mai 2018" in a 2022
 * overview) is another, past one. A meeting named by a generic word is typed by who met: ministers ("a meeting of
 * the interior ministers"), senior officials, a stated theme ("sur le thème"), experts taking part (not experts
 * leading its panels). A "Date:" header range wins over a single day written later. A date a future verb gives
 * ("to take place on", "aura lieu") is never the meeting's when another is written; "<who> … met in <city> on
 * <date>" gives the dates first, and the type when no phrase does (officials, ministers). A page whose opening
 * defines a dialogue ("X is a regional consultative process"), writes no full date and says of no meeting that it
 * took place presents the dialogue and records no meeting ({@code meeting-statements.tsv}). A generic word that
 * goes on to name a body ("la réunion hebdomadaire du Conseil des ministres") is that body's meeting; a national
 * government's council with no venue meets in the country the report names most. Who the opening says attended a
 * meeting ("was attended by senior officials") types it before the ministers who sign the report; prime ministers
 * are not the ministers of a ministerial conference. A later mention of the meeting "at the … Summit in Tartu,
 * Estonia" places it, even in a city the venue list lacks. A city a news dateline's sentence places the meeting in
 * ("Khartoum — … in the Kenyan capital, Nairobi") beats the dateline's city; a single day of the meeting ("opened on
 * Tuesday 12 February") that a range of the opening holds ("from 12 to 13 February") gives way to that range.
 */
public final class MeetingFinder {

    /** How much of a report's start can name its meeting. */
    private static final int LEAD_CHARS = 1_500;
    /** How far before a meeting phrase a word can say it names another meeting. */
    private static final int REFERENCE_WINDOW = 60;

    private static final int VENUE_WINDOW = 200;
    private static final int DATELINE_CHARS = 400;
    private static final int COUNTRY_GAP = 6;
    private static final int MAX_COUNTRY_NAME = 60;
    /**
     * Heads of government ("Prime Minister", "les Premiers ministres", "el Primer Ministro") before the word "minister"
     * (folded): they are not the ministers of a ministerial conference.
     */
    private static final String NOT_PRIME = "(?<!prime )(?<!premier )(?<!premiers )(?<!primer )(?<!primeros )";

    private static final Pattern ANOTHER_MEETING = Pattern.compile(
            "\\b(?:preparation|preparatory|prepare|preparing|ahead of|upcoming|next|forthcoming|towards|future|"
                    + "previous|last|prochaine?|preparatoire|en vue d|precedente?|derniere?|proxima|siguiente|"
                    + "anterior|recall|recalled|recalling|rappelant|rappele|rappelle|recordando|recordaron|"
                    + "outcomes? of|follow-up to|builds? on|building on|built on|dans le prolongement d|"
                    + "in case|if|unless|au cas ou|en cas de|en caso de)\\b[^.:;]*$");
    /**
     * Experts (or technical staff) as a meeting's participants; experts who lead its panels ("panels animés par des
     * experts", "sessions moderated by experts") do not make it an expert meeting.
     */
    private static final Pattern EXPERTS = Pattern.compile("(?<!\\bpar )(?<!\\bpar des )(?<!\\bpar les )(?<!\\bby )"
            + "(?<!\\bby the )(?<!\\bpor )(?<!\\bpor los )\\b(?:experts?|expertos?|technical|techniques?)\\b");
    /**
     * A meeting of ministers named by a generic word: "a meeting of the interior ministers", "une réunion de
     * concertation à Rome entre les ministres de l'Intérieur", "reunión de los ministros": the ministers a few words
     * after the meeting word, in its clause.
     */
    private static final Pattern OF_MINISTERS = Pattern.compile("^[^.,;:\\n]{0,40}?\\b(?:of|between|among|entre|des|de"
            + "(?= los | las )|dos)\\s+(?:the |les |los |las |os )?(?:[\\p{L}-]+\\s+)?" + NOT_PRIME + "(?:vice-?)?"
            + "(?:ministers|ministres|ministros)\\b");
    /** A meeting on a stated theme: "une conférence … sur le thème : …", "a seminar on the theme of …". */
    private static final Pattern ON_THEME = Pattern.compile("^[^.\\n]{0,80}?\\b(?:on the theme|under the theme|"
            + "sur le theme|autour du theme|sous le theme|sobre el tema|sobre o tema)\\b");
    /**
     * Words that place a meeting in the future ("to take place on", "aura lieu"), with nothing but the rest of their
     * clause up to a date.
     */
    private final Pattern futureMeeting;
    /**
     * "Senior officials of the partner countries met in Madrid on": who met, a few words about them, the verb, the
     * city, and "on" right before the date (folded); group 1 is who met.
     */
    private final Pattern metInOn;
    /**
     * "The X Process is a regional consultative process", "Le Processus de X est un dialogue régional": an opening
     * sentence that defines its subject as a dialogue (folded).
     */
    private final Pattern definesDialogue;
    /** How far into a report its opening sentence that defines a dialogue may be. */
    private static final int DEFINITION_CHARS = 600;
    /** How far before a date the statement of who met there may start. */
    private static final int MET_WINDOW = 300;
    /** How far after a meeting phrase its clause is read for its participants or its theme. */
    private static final int PARTICIPANTS_WINDOW = 120;
    /** "Date: 08 - 10 February 2023", even glued to the word before ("AustraliaDate:"), not "Last update:". */
    private static final Pattern DATE_LABEL = Pattern.compile("(?<!up)(?:dates?|fecha|fechas)\\s*:\\s*$");
    /** Words before a date that make it the meeting's last day: "ended on Sunday, 11 February". */
    private static final Pattern ENDED_ON = Pattern.compile("\\b(?:ended|closed|concluded|came to a close|"
            + "s'est achevee?|s'est terminee?|a pris fin|s'est cloturee?|se clausuro|concluyo|termino)"
            + "(?:\\s+(?:on|le|el))?[\\s,]*(?:[a-z]+day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)?[\\s,]*$");
    /** How long the meeting lasted: "two days of meetings", "a three-day conference", "deux jours de travaux". */
    private static final Pattern DURATION = Pattern.compile("\\b(two|three|four|five|2|3|4|5|deux|trois|quatre|cinq|"
            + "dos|tres|cuatro|cinco)[- ](?:days?|jours|dias)\\b");

    private static final java.util.Map<String, Integer> NUMBERS = java.util.Map.ofEntries(
            java.util.Map.entry("two", 2),
            java.util.Map.entry("three", 3),
            java.util.Map.entry("four", 4),
            java.util.Map.entry("five", 5),
            java.util.Map.entry("deux", 2),
            java.util.Map.entry("trois", 3),
            java.util.Map.entry("quatre", 4),
            java.util.Map.entry("cinq", 5),
            java.util.Map.entry("dos", 2),
            java.util.Map.entry("tres", 3),
            java.util.Map.entry("cuatro", 4),
            java.util.Map.entry("cinco", 5));
    /** How far before a date the words saying it is the meeting's last day may start. */
    private static final int ENDED_WINDOW = 40;
    /** Senior officials as the meeting's participants: "a platform for senior officials", "réunit les hauts …". */
    private static final Pattern SENIOR_OFFICIALS =
            Pattern.compile("\\b(?:for|gathered|gathering|gathers|brought together|"
                    + "brings together|bringing together|reunit|reunissant|reunira|reune|reunio)\\s+(?:the |les |des |los )?"
                    + "(?:senior officials|hauts fonctionnaires|altos funcionarios)\\b");
    /**
     * "the foreign ministers of the ten countries met in Algiers", "les ministres … (a list of countries; the
     * representatives of …) se sont réunis", "the Ministries of Foreign Relations … met": ministers or their
     * ministries meeting, whatever the phrase, in one sentence (over abbreviations: "U.S. Secretary …").
     */
    private static final Pattern MINISTERS_MET = Pattern.compile(
            NOT_PRIME + "\\b(?:vice-?)?(?:ministers?|ministres?|ministros?|ministries|ministeres|ministerios)\\b"
                    + "(?:[^.]|(?<=\\b\\p{L})\\.){0,600}?\\b(?:met|meet|meeting|gathered|"
                    + "convened|reunis|reunies|se sont reunis|reunidos|se reunieron)\\b");
    /**
     * Ministers (or vice-ministers) as the subject a sentence opens with, the participants of a meeting named by a
     * generic word ("Los Viceministros expresaron …", "Ministers discussed …").
     */
    private static final Pattern MINISTERS = Pattern.compile(
            "(?:^|[.!?:]\\s+|\\n\\s*)(?:the |les |los |os )?(?:vice-?)?(?:ministers|ministres|ministros)\\b");
    /** Words after a city that make it part of a name, not a venue: "Rabat Process", "Niamey Declaration". */
    private static final Pattern NAME_AFTER_CITY =
            Pattern.compile("^\\s*(?:process|processus|proceso|processo|dialogue|dialogo|declaration|action plan|plan|"
                    + "university|universite|strategy|agreement|accord|compact|convention|group)\\b");

    /** Words before a city that make it part of a name: "Plan d'action de Marrakech", "Declaration of Rabat". */
    private static final Pattern NAME_BEFORE_CITY = Pattern.compile("\\b(?:plan d'action|plan of action|action plan|"
            + "declaration|declaracion|declaracao|process|processus|proceso|processo|programme|agenda|compact|pacte)"
            + "\\s+(?:de la |de l'|du |of the |of |de |d')?$");

    private static final Pattern LABELLED_VENUE = Pattern.compile(
            "(?:^|\\s)(?i:location|venue|lieu|lugar|local)\\s*:\\s*(\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2})");
    /** What follows a dateline's city before its news (folded): " — ", ", Malawi – ", ", Kenya, 4 May 2019 -- ". */
    private static final Pattern DATELINE_DASH = Pattern.compile("(?:\\s*,[^,.\\n–—]{1,30}){0,2}\\s*(?:–|—|--|-\\s)");
    /**
     * A word of place right before a city (original text, any case): " in ", " à " (not the article "a"), "in the
     * Kenyan capital, ", "dans la capitale kényane, ".
     */
    private static final Pattern PLACE_BEFORE_CITY = Pattern.compile("(?iu)(?<!\\p{L})(?:in|at|à|dans|en)\\s+"
            + "(?:(?:the|la|le)\\s+)?(?:(?:[\\p{L}-]+\\s+)?(?:capital|capitale|city|ville|town)(?:\\s+[\\p{L}-]+)?"
            + "\\s*,?\\s*)?$");

    private static final Pattern DATELINE_CITY = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.-]+(?:[ -]\\p{Lu}[\\p{L}'’.-]+){0,2})\\s*[,–—-]\\s*(?:\\p{Lu}\\p{L}*\\s*[,–—-]\\s*)?$");
    /** Verbs that say a meeting took place (folded). */
    private static final Pattern HELD = Pattern.compile("\\b(?:(?:was|were|is|will be) held|took place|takes place|"
            + "will take place|met|gathered|convened|s'est tenue?|se sont reunie?s|a eu lieu|se tiendra|tuvo lugar|"
            + "se reunieron|se realizo|realizou-se|teve lugar)\\b");

    /**
     * A word of place right after a meeting's phrase (over its acronym and a verb saying it took place), before its
     * city: " in ", " (SOM) took place in ", " held in ", " à ", " en " (folded).
     */
    private static final Pattern VENUE_AFTER_MENTION = Pattern.compile("\\s*(?:\\([^()]{1,15}\\)\\s*)?,?\\s*"
            + "(?:(?:took place|was held|were held|is held|was convened|met|convened|held|organised|organized|hosted"
            + "|s'est tenue?|a eu lieu|tenue?)\\s+)?(?:in|at|a|en)\\s+");

    /** A word of place and a capitalised name (original text): " in Paphos", " à Sousse"; group 1 is the name. */
    private static final Pattern PLACE_WITH_COUNTRY =
            Pattern.compile("(?<!\\p{L})(?:in|at|à|en)\\s+(\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+){0,2})");

    /**
     * A word of place right after a meeting's phrase, before a country (folded): " in ", " to ", " held in ", " en
     * République du ", " au ".
     */
    private static final Pattern COUNTRY_AFTER_MENTION = Pattern.compile("\\s*(?:\\([^()]{1,15}\\)\\s*)?,?\\s*"
            + "(?:(?:took place|was held|were held|is held|held|s'est tenue?|a eu lieu|tenue?)\\s+)?"
            + "(?:in|to|a|en|au|aux|hosted by(?: the government of)?)\\s+"
            + "(?:(?:the )?republic of |(?:la )?republique (?:du |de la |de |d'))?");

    /** A verb of publication, with nothing but the rest of its clause up to a date (folded). */
    private static final Pattern PUBLISHED = Pattern.compile("\\b(?:issued|published|released|posted|updated|"
            + "publie|publiee|mis en ligne|publicado|publicada)\\b[^.;:\\n]*$");

    /** Month and weekday names (English, French, Spanish, Portuguese; folded): never a venue. */
    private static final java.util.Set<String> CALENDAR_WORDS = calendarWords();

    private static java.util.Set<String> calendarWords() {
        TextNormaliser normaliser = new TextNormaliser();
        java.util.Set<String> words = new java.util.HashSet<>();
        for (java.util.Locale locale : new java.util.Locale[] {
            java.util.Locale.ENGLISH, java.util.Locale.FRENCH, java.util.Locale.of("es"), java.util.Locale.of("pt")
        }) {
            for (java.time.Month month : java.time.Month.values()) {
                words.add(normaliser.fold(month.getDisplayName(java.time.format.TextStyle.FULL, locale)));
            }
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                words.add(normaliser.fold(day.getDisplayName(java.time.format.TextStyle.FULL, locale)));
            }
        }
        return java.util.Set.copyOf(words);
    }

    /**
     * What joins a generic meeting word to the name of the body that meets, a few words apart (folded): "la réunion
     * hebdomadaire du ", "the weekly meeting of the ", "la reunión ordinaria del ".
     */
    private static final Pattern OF_THE_BODY = Pattern.compile("^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:of|du|des|de|del|do|da)"
            + "\\s+(?:(?:the|la|l'|los|las|o|a)\\s*)?(?:[\\p{L}-]+\\s+){0,2}?$");

    /** "Ministerial and " right before an expert meeting's phrase (folded). */
    private static final Pattern MINISTERIAL_AND =
            Pattern.compile("\\b(?:ministerial(?:es)?|ministeriel(?:le)?)\\s+(?:and|&|et|y)\\s+$");
    /** " et ministérielle" right after it (folded): "la réunion d'experts et ministérielle". */
    private static final Pattern AND_MINISTERIAL =
            Pattern.compile("\\s+(?:and|&|et|y)\\s+(?:ministerial|ministerielle?s?|ministeriale?s?)\\b");

    /** Capitalised words before a generic meeting word that are not a name ("The meeting"). */
    private static final java.util.Set<String> ARTICLES =
            java.util.Set.of("The", "A", "An", "This", "That", "Its", "Their", "Our", "During", "At", "After");

    /** What joins two meetings held together: " and the 34th ", " et la ". */
    private static final Pattern PAIRED =
            Pattern.compile("\\s*(?:and|et|y|e)\\s+(?:(?:the|la|le|les|el|a|o)\\s+)?(?:\\d+\\p{L}*\\s+)?");

    private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");

    /** How far after a meeting phrase a past month or year can be said of it. */
    private static final int PAST_WINDOW = 60;

    private final Pattern pastAfter;
    private final Pattern monthYearAfter;
    private final DateFinder dates;
    private final PartialDates partialDates;
    private final TitleReader titles = new TitleReader();
    private final CountryFinder countries;

    /** Statements about a meeting or a dialogue ({@code meeting-statements.tsv}): kind, then words. */
    private final List<TermSpec> statements;
    /** "Guatemala hosted": a host verb ({@code host} statements) right after who hosts (folded). */
    private final Pattern hosted;
    /** "to meet with", "met with": a meeting with a counterpart, whose name follows ({@code meet-with}, folded). */
    private final Pattern meetWith;
    /** "led a delegation", "traveled": who met travelled to meet ({@code travel} statements, folded). */
    private final Pattern travel;
    /** An ordinal that numbers a meeting: "fourth", "4th", "troisieme" ({@code ordinal} statements, folded). */
    private final Pattern ordinal;
    /** A word that names a body or an event of no dialogue type: "summit", "council", "visite" ({@code body}). */
    private final Pattern body;
    /** A national government's own meeting: "Council of Ministers", "cabinet meeting" ({@code government}). */
    private final Pattern government;
    /** "The meeting was attended by senior officials": who took part ({@code attended}, then a {@code met-} phrase). */
    private final Pattern attendedBy;
    /**
     * "la réunion annuelle des responsables de l'immigration", "the meeting of the heads of immigration": who meets,
     * a few words after a generic meeting word, in its clause ({@code met-} phrases; group 1).
     */
    private final Pattern ofWhoMeets;
    /** How far after a host verb the meeting it hosted may be named. */
    private static final int HOSTED_WINDOW = 80;
    /** What may stand between a host country and its verb: "Guatemala's government hosted" (folded). */
    private static final Pattern HOST_GAP = Pattern.compile("(?:'s)?\\s+(?:government\\s+|authorities\\s+)?");
    /** A counterpart's name (original text): up to four capitalised words, its last the surname (group 1). */
    private static final Pattern COUNTERPART =
            Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(\\p{Lu}[\\p{L}'’-]+)");
    /** Capitalised words (given names, titles) between a country and a surname: "Guatemala Alejandro ". */
    private static final Pattern NAMES_BETWEEN = Pattern.compile("(?:'s)?(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*\\s+");
    /** An apposition that gives a person's country after the name: ", President of Guatemala" (folded). */
    private static final Pattern OF_COUNTRY_AFTER =
            Pattern.compile("^,\\s+(?:the\\s+)?[^,.;:\\n]{0,40}?\\bof\\s+(?:the\\s+)?");
    /** Who meets, each as a pattern of the words right before a meeting word, with the type they give it. */
    private final Map<Pattern, String> typesByWhoMeets = new LinkedHashMap<>();

    /** @param statements the rows of {@code meeting-statements.tsv}, keyed by kind */
    public MeetingFinder(TextNormaliser normaliser, CountryFinder countries, List<TermSpec> statements) {
        this.statements = List.copyOf(statements);
        for (TermSpec row : this.statements) {
            if (row.key().startsWith("met-")) {
                typesByWhoMeets.putIfAbsent(
                        Pattern.compile("(?:^|[^\\p{L}-])" + Pattern.quote(row.phrase()) + "(?:'s|s'|')?\\s+$"),
                        row.key().substring("met-".length()));
            }
        }
        this.futureMeeting = Pattern.compile("\\b(?:" + statements("future") + ")\\b[^.;:]*$");
        this.metInOn = Pattern.compile("(?:^|[^\\p{L}-])(" + statements("met-")
                + ")\\b[^.;:\\n]{0,200}?\\b(?:met|gathered|convened|se sont reunie?s|se reunieron)\\s+(?:in|at|a|en)\\s+"
                + "[^.;:\\n]{1,60}?\\b(?:on|le|les|el|los)\\s+(?:[a-z]+day,?\\s+)?$");
        this.definesDialogue = Pattern.compile("(?:^|[.\\n]\\s*)[^.\\n]{1,250}?\\b(?:is|est|es|e)\\s+"
                + "(?:a|an|un|une|uma|um)\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:" + statements("defined") + ")\\b");
        this.hosted = Pattern.compile("\\b(?:" + statements("host") + ")\\b");
        this.meetWith = Pattern.compile("\\b(?:" + statements("meet-with") + ")\\s+(?:the\\s+)?");
        this.travel = Pattern.compile("\\b(?:" + statements("travel") + ")\\b");
        this.body = Pattern.compile("\\b(?:" + statements("body") + ")\\b");
        this.government = Pattern.compile("^(?:" + statements("government") + ")$");
        this.attendedBy = Pattern.compile("\\b(?:" + statements("attended") + ")\\s+(?:the |les |des |de |los |las )?"
                + "(?:[\\p{L}-]+\\s+)??(" + statements("met-") + ")\\b");
        this.ofWhoMeets = Pattern.compile("^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:of|des|de|du|del|dos|entre|between)\\s+"
                + "(?:the |les |los |las |os )?(" + statements("met-") + ")\\b");
        this.ordinal = Pattern.compile("\\b(?:" + statements("ordinal") + "|\\d{1,2}(?:st|nd|rd|th|e|eme|er|re|o|a))$");
        this.dates = new DateFinder(normaliser);
        this.partialDates = new PartialDates(normaliser);
        String months = java.util.Arrays.stream(java.time.Month.values())
                .flatMap(month -> java.util.stream.Stream.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH)
                        .map(locale -> normaliser.fold(month.getDisplayName(java.time.format.TextStyle.FULL, locale))))
                .distinct()
                .collect(java.util.stream.Collectors.joining("|"));
        this.pastAfter = Pattern.compile("^[^.;:]*?\\b(?:(?:en|in) (?:" + months + ") dernier|(?:of )?last (?:" + months
                + "|year)|l'an(?:nee)? derniere?)\\b");
        this.monthYearAfter = Pattern.compile("^[^.;:]*?(?:\\b(?:en|in|of|de)\\s+|\\(\\s*)(?:(?:" + months + ")\\s+)?"
                + "((?:19|20)\\d{2})\\b(?![\\s,]*\\d)");
        this.countries = countries;
    }

    public Meeting extract(AnalysedText text, OrganisationFindings organisations) {
        Document document = text.document();
        int lead = leadEnd(document);
        List<DateRange> found = dates.all(text.folded());
        if (presentsADialogue(text, found, lead)) {
            return new Meeting(Meeting.OTHER, null, null, null, null, null);
        }
        Match event = event(text, lead);
        DateRange date = date(text, event, found, lead);
        Venue venue = venue(text, organisations, event, date, lead);
        String hosted = venue.city() != null ? venue.country() : countryOfMeeting(text, event);
        if (hosted == null) {
            hosted = hostCountry(text, event, lead);
        }
        if (hosted == null) {
            hosted = counterpartCountry(text, lead);
        }
        if (hosted == null && isGovernments(text, event)) {
            hosted = countries.leading(text);
        }
        String country = hosted != null ? hosted : countries.dominant(text);
        return new Meeting(
                typeOf(event, text, found, lead),
                event == null || isGeneric(event) ? null : titles.titleFrom(text.text(), event.start()),
                venue.city(),
                country,
                date == null ? null : date.start(),
                date == null ? null : date.end());
    }

    /** Where the report's opening ends: after {@link #LEAD_CHARS}, at the end of the block holding that offset. */
    private static int leadEnd(Document document) {
        int limit = Math.min(document.text().length(), LEAD_CHARS);
        int block = document.blockAt(limit);
        return block < 0 ? limit : Math.max(limit, document.blocks().get(block).end());
    }

    private static boolean isGeneric(Match event) {
        return Meeting.OTHER.equals(event.key());
    }

    /**
     * The first meeting phrase of the opening that names this meeting. A typed phrase in the same sentence as a
     * generic one ("the 13th meeting … of senior officials") gives its type to it.
     */
    private Match event(AnalysedText text, int lead) {
        Match generic = null;
        for (Match match : text.matches().within(Layer.SIGNAL, 0, lead)) {
            if (match.kind() != TermKind.MEETING_TYPE || namesAnotherMeeting(text, match)) {
                continue;
            }
            if (!isGeneric(match)) {
                Match typed = ministerialBeside(text, fullerName(text, match, lead), lead);
                return generic == null
                                || sameSentence(text, generic, typed)
                                        && (!isNamed(text, generic) || isPaired(text, generic, typed))
                        ? typed
                        : generic;
            }
            generic = generic == null || namesTheBody(text, generic, match) ? match : generic;
        }
        return generic;
    }

    /**
     * "la réunion hebdomadaire du Conseil des ministres", "the weekly meeting of the Summit": a generic meeting word
     * whose clause goes on, a few words later, to name a body or an event of no dialogue type names that one, which
     * gives the meeting its type.
     */
    private boolean namesTheBody(AnalysedText text, Match generic, Match match) {
        return !isMeetingWord(text, match)
                && isMeetingWord(text, generic)
                && match.start() >= generic.end()
                && OF_THE_BODY
                        .matcher(text.folded().substring(generic.end(), match.start()))
                        .matches();
    }

    /**
     * "Workshop report … Innovative Data Practices Expert Workshop": a later phrase of the opening that ends with the
     * first one and says more ("expert workshop" for "workshop") names the same meeting more exactly.
     */
    private Match fullerName(AnalysedText text, Match typed, int lead) {
        String phrase = text.folded().substring(typed.start(), typed.end());
        for (Match match : text.matches().within(Layer.SIGNAL, typed.end(), lead)) {
            if (match.kind() == TermKind.MEETING_TYPE
                    && !isGeneric(match)
                    && !match.key().equals(typed.key())
                    && match.end() - match.start() > phrase.length()
                    && text.folded().substring(match.start(), match.end()).endsWith(" " + phrase)
                    && !namesAnotherMeeting(text, match)) {
                return match;
            }
        }
        return typed;
    }

    /**
     * A meeting of experts that a ministerial meeting follows, in the same sentence ("a two-day experts' meeting,
     * followed by a one-day ministerial meeting"), is part of the ministerial conference: the ministerial phrase.
     */
    private Match ministerialBeside(AnalysedText text, Match typed, int lead) {
        if (!Meeting.EXPERT_MEETING.equals(typed.key())) {
            return typed;
        }
        for (Match match : text.matches().within(Layer.SIGNAL, typed.end(), lead)) {
            if (!sameSentence(text, typed, match)) {
                break;
            }
            if (match.kind() == TermKind.MEETING_TYPE
                    && Meeting.MINISTERIAL_CONFERENCE.equals(match.key())
                    && !namesAnotherMeeting(text, match)) {
                return match;
            }
        }
        return typed;
    }

    /**
     * "the 4th Core Group meeting", "the RMCC Meeting": a generic word after a capitalised name is the meeting of
     * that body, one of its own, not the typed meeting its sentence then speaks of ("… to prepare the Senior
     * Officials' Meeting in Budapest").
     */
    private static boolean isNamed(AnalysedText text, Match generic) {
        String before = text.text().substring(0, generic.start()).stripTrailing();
        int start = before.length();
        while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
            start--;
        }
        String word = before.substring(start);
        return !word.isEmpty()
                && Character.isUpperCase(word.charAt(0))
                && !ARTICLES.contains(word)
                && start > 0
                && before.charAt(start - 1) == ' ';
    }

    /**
     * "the 10th Reference Group Meeting and the 34th Senior Officials Meeting": two meetings held together, which the
     * typed one names.
     */
    private static boolean isPaired(AnalysedText text, Match generic, Match typed) {
        return PAIRED.matcher(text.folded().substring(generic.end(), typed.start()))
                .matches();
    }

    /**
     * Where the words that are the meeting's own (its dates, its venue) stop: at the next phrase of the opening that
     * names a meeting of another type ("the Core Group meeting … the Senior Officials' Meeting in Budapest on 6-7
     * July": those are the other meeting's) or another meeting of its type ("as agreed at the SOM in Vilnius
     * (November 2020)"), else at {@code limit}.
     */
    private int ownWordsEnd(AnalysedText text, Match event, int limit) {
        for (Match match : text.matches().within(Layer.SIGNAL, event.end(), limit)) {
            if (match.kind() == TermKind.MEETING_TYPE
                    && !isGeneric(match)
                    && (!match.key().equals(event.key()) || namesAnotherMeeting(text, match))) {
                return match.start();
            }
        }
        return limit;
    }

    private static boolean sameSentence(AnalysedText text, Match first, Match second) {
        String between = text.text().substring(first.end(), second.start());
        return !between.contains(". ") && !between.contains("\n");
    }

    private boolean namesAnotherMeeting(AnalysedText text, Match match) {
        return namesAnotherMeeting(text, match.start()) || isPast(text, match);
    }

    /**
     * "lors de la 6ème Conférence ministérielle … en décembre dernier", "the Ministerial Conference of last November",
     * "the SOM in Addis Ababa (November 2018)":
     * a meeting the words right after its phrase place in a past month or year is an earlier one, not the report's.
     */
    private boolean isPast(AnalysedText text, Match match) {
        String folded = text.folded();
        String after = folded.substring(match.end(), Math.min(folded.length(), match.end() + PAST_WINDOW));
        if (pastAfter.matcher(after).find()) {
            return true;
        }
        Matcher monthYear = monthYearAfter.matcher(after);
        return monthYear.find() && Integer.parseInt(monthYear.group(1)) < latestFullYear(text);
    }

    /**
     * "adoptés lors de la cinquième Conférence ministérielle … en mai 2018" in a text whose opening dates a later day
     * ("du 17 au 20 mai 2022"): the year of the opening's latest full date (day, month and year), 0 if none; a meeting
     * placed in an earlier month or year is a past one.
     */
    private int latestFullYear(AnalysedText text) {
        int lead = leadEnd(text.document());
        return dates.all(text.folded()).stream()
                .filter(range -> range.from() < lead)
                .mapToInt(range -> range.end().getYear())
                .max()
                .orElse(0);
    }

    /** Whether the words just before {@code offset} speak of another meeting ("the next meeting will take place"). */
    private static boolean namesAnotherMeeting(AnalysedText text, int offset) {
        String before = text.folded().substring(Math.max(0, offset - REFERENCE_WINDOW), offset);
        return ANOTHER_MEETING.matcher(before).find();
    }

    /**
     * Without a typed phrase, ministers who met make a ministerial meeting, a generic meeting of senior officials
     * ("a platform for senior officials of the member states") a senior officials' meeting, and one of experts ("the
     * meeting brings together experts") an expert meeting.
     */
    private String typeOf(Match event, AnalysedText text, List<DateRange> found, int lead) {
        if (event != null && !isGeneric(event)) {
            return isJointWithMinisters(text, event) ? Meeting.MINISTERIAL_CONFERENCE : event.key();
        }
        if (event != null && !isMeetingWord(text, event)) {
            return Meeting.OTHER;
        }
        String named = event == null ? null : typeByWhoMeets(text, event);
        if (named == null && event != null) {
            named = typeByWhoMeetsAfter(text, event);
        }
        if (named != null) {
            return named;
        }
        String opening = text.folded().substring(0, lead);
        String attended = event == null ? null : typeByWhoAttended(opening);
        if (attended != null) {
            return attended;
        }
        if (MINISTERS_MET.matcher(opening).find()) {
            return Meeting.MINISTERIAL_CONFERENCE;
        }
        Matcher met = metInOn(text, found, lead);
        String metType = met == null ? null : metType(met.group(1));
        if (metType != null && !Meeting.OTHER.equals(metType)) {
            return metType;
        }
        if (event == null) {
            return Meeting.OTHER;
        }
        String clause = text.folded()
                .substring(event.end(), Math.min(text.folded().length(), event.end() + PARTICIPANTS_WINDOW));
        if (MINISTERS.matcher(opening).find()
                || OF_MINISTERS.matcher(clause).find()
                || hasMinisterialSegment(text, event, lead)) {
            return Meeting.MINISTERIAL_CONFERENCE;
        }
        if (SENIOR_OFFICIALS.matcher(opening).find()) {
            return Meeting.SENIOR_OFFICIALS_MEETING;
        }
        if (ON_THEME.matcher(clause).find()) {
            return Meeting.THEMATIC_MEETING;
        }
        return EXPERTS.matcher(opening).find() ? Meeting.EXPERT_MEETING : Meeting.OTHER;
    }

    /**
     * "la réunion annuelle des responsables de l'immigration", "a meeting of the heads of immigration": a generic
     * meeting word followed, in its clause, by who meets is typed by them; null when none follows or they make no
     * type ("a meeting of the representatives").
     */
    private String typeByWhoMeetsAfter(AnalysedText text, Match event) {
        String folded = text.folded();
        Matcher who = ofWhoMeets.matcher(
                folded.substring(event.end(), Math.min(folded.length(), event.end() + PARTICIPANTS_WINDOW)));
        if (!who.find()) {
            return null;
        }
        String type = metType(who.group(1));
        return Meeting.OTHER.equals(type) ? null : type;
    }

    /**
     * "Joint statement by the Ministers … on the meeting …: the meeting was attended by senior officials": who the
     * opening says took part in the meeting types it, not who signs the report; null when it says no such thing, or
     * names participants of no type ("attended by representatives").
     */
    private String typeByWhoAttended(String opening) {
        Matcher attended = attendedBy.matcher(opening);
        while (attended.find()) {
            String type = metType(attended.group(1));
            if (type != null && !Meeting.OTHER.equals(type)) {
                return type;
            }
        }
        return null;
    }

    /**
     * "The … Ministerial and Experts meeting", "la réunion ministérielle et d'experts": an expert meeting named
     * together with the ministers' is a ministerial conference with its experts' segment.
     */
    private static boolean isJointWithMinisters(AnalysedText text, Match event) {
        String before = text.folded().substring(Math.max(0, event.start() - REFERENCE_WINDOW), event.start());
        String after =
                text.folded().substring(event.end(), Math.min(text.folded().length(), event.end() + REFERENCE_WINDOW));
        return Meeting.EXPERT_MEETING.equals(event.key())
                && (MINISTERIAL_AND.matcher(before).find()
                        || AND_MINISTERIAL.matcher(after).lookingAt());
    }

    /**
     * A summit, a council ("the 8th … Summit Meeting", "Conseil des ministres") or a visit ("visite de travail") is a
     * meeting of no dialogue type, whoever attends it: the ministers who lead its sessions or who pay it do not make it
     * a ministerial conference ({@code body} statements).
     */
    private boolean isMeetingWord(AnalysedText text, Match event) {
        return !body.matcher(text.folded().substring(event.start(), event.end()))
                .find();
    }

    /** "Conseil des ministres", "cabinet meeting": whether the meeting is a national government's own. */
    private boolean isGovernments(AnalysedText text, Match event) {
        return event != null
                && government
                        .matcher(text.folded().substring(event.start(), event.end()))
                        .matches();
    }

    /**
     * "Ambassadors Meeting of Member States of the … Dialogue", "the Ministers' meeting": a generic meeting word right
     * after who meets ({@code met-} statements) is typed by them, not by the ministers the report then says met;
     * null when no such word stands before it.
     */
    private String typeByWhoMeets(AnalysedText text, Match event) {
        String before = text.folded().substring(Math.max(0, event.start() - REFERENCE_WINDOW), event.start());
        return typesByWhoMeets.entrySet().stream()
                .filter(type -> type.getKey().matcher(before).find())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /**
     * "The conference, which comprises an experts' meeting followed by a ministerial meeting": a meeting named by a
     * generic word whose opening then names a ministerial segment (not another meeting), in a sentence that speaks of
     * the meeting by the same word ("La conférence, qui comprendra … suivie d'une réunion ministérielle"), is a
     * ministerial conference; a ministerial meeting the opening only mentions ("actions to recommend to the
     * Ministerial meeting") is not a segment of it.
     */
    private boolean hasMinisterialSegment(AnalysedText text, Match event, int lead) {
        String word = text.folded().substring(event.start(), event.end());
        List<Match> signals = text.matches().within(Layer.SIGNAL, event.start(), lead);
        for (Match match : signals) {
            if (match.kind() == TermKind.MEETING_TYPE
                    && Meeting.MINISTERIAL_CONFERENCE.equals(match.key())
                    && !namesAnotherMeeting(text, match)
                    && signals.stream()
                            .anyMatch(mention -> mention.end() <= match.start()
                                    && mention.kind() == TermKind.MEETING_TYPE
                                    && isGeneric(mention)
                                    && text.folded()
                                            .substring(mention.start(), mention.end())
                                            .equals(word)
                                    && sameSentence(text, mention, match))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The meeting's dates: the first written after its phrase in its sentence ("was held in Ankara on 10 - 11 December
     * 2012"), even without a year ("on Saturday, 10th February"); else the first written before it in its sentence
     * ("On 26-27th June, officials met in Vienna for the 5th Senior Officials' Meeting"); else the first after it in
     * its block; else the first after a later mention of the same
     * meeting, in its sentence ("… Ministerial Consultation will start in Dubai on Saturday, 10th February"); else
     * the first in the next block, or the last before the phrase in its block (a dateline, not a release's date); else the first of the
     * opening that is written in a sentence, not alone on its line (a page's or a release's date).
     */
    private DateRange date(AnalysedText text, Match event, List<DateRange> found, int lead) {
        List<DateRange> present =
                found.stream().filter(range -> !isOfFutureMeeting(text, range)).toList();
        Matcher met = metInOn(text, present, lead);
        if (met != null) {
            return present.stream()
                    .filter(range -> range.from() == met.regionEnd())
                    .findFirst()
                    .orElseThrow();
        }
        if (present.stream().anyMatch(range -> range.from() < lead)) {
            DateRange date = dateAmong(text, event, present, lead, true);
            if (date != null) {
                return date;
            }
        }
        return dateAmong(text, event, found, lead, false);
    }

    /**
     * "Senior officials of the partner countries met in Madrid on 20 October 2022": the first statement of the
     * opening that says who met in a city on a date (not a future one), as matched up to that date; null if none.
     */
    private Matcher metInOn(AnalysedText text, List<DateRange> found, int lead) {
        String folded = text.folded();
        for (DateRange range : found) {
            if (range.from() >= lead) {
                break;
            }
            if (isOfFutureMeeting(text, range)) {
                continue;
            }
            Matcher met = metInOn.matcher(folded).region(Math.max(0, range.from() - MET_WINDOW), range.from());
            if (met.find()) {
                return met;
            }
        }
        return null;
    }

    /** The meeting type that who met makes ("officials": a senior officials' meeting); null if none is known. */
    private String metType(String who) {
        return statements.stream()
                .filter(row -> row.key().startsWith("met-") && row.phrase().equals(who))
                .map(row -> row.key().substring("met-".length()))
                .findFirst()
                .orElse(null);
    }

    /** The phrases of the statements whose kind starts with {@code kind}, as alternatives, the longest first. */
    private String statements(String kind) {
        return statements.stream()
                .filter(row -> row.key().startsWith(kind))
                .map(TermSpec::phrase)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /**
     * "Le Processus de X est un dialogue régional … établi lors de la première Conférence ministérielle en 2006": a
     * page whose opening defines a dialogue, writes no full date and says of no meeting that it took place presents
     * the dialogue; the meetings of its history are not one it records.
     */
    private boolean presentsADialogue(AnalysedText text, List<DateRange> found, int lead) {
        String folded = text.folded();
        return definesDialogue
                        .matcher(folded.substring(0, Math.min(folded.length(), DEFINITION_CHARS)))
                        .find()
                && found.stream().noneMatch(range -> range.from() < lead)
                && !HELD.matcher(folded)
                        .region(0, Math.min(folded.length(), lead))
                        .find();
    }

    /**
     * The meeting's dates among {@code found}; with {@code skipFuture}, a day without a year that a future verb gives
     * to a meeting is not one.
     */
    private DateRange dateAmong(AnalysedText text, Match event, List<DateRange> found, int lead, boolean skipFuture) {
        Document document = text.document();
        Integer year = yearOf(text, found, lead);
        if (event != null) {
            int blockIndex = document.blockAt(event.start());
            int ownEnd = blockIndex < 0
                    ? event.end() + VENUE_WINDOW
                    : document.blocks().get(blockIndex).end();
            int nextEnd = blockIndex < 0
                    ? ownEnd
                    : document.blocks()
                            .get(Math.min(blockIndex + 1, document.blocks().size() - 1))
                            .end();
            int blockStart =
                    blockIndex < 0 ? 0 : document.blocks().get(blockIndex).start();
            int ownWords = ownWordsEnd(text, event, ownEnd);
            DateRange own = firstDateIn(
                    text, found, event.end(), Math.min(ownWords, sentenceEnd(text, event.end())), year, skipFuture);
            if (own == null) {
                own = firstDateIn(
                        text, found, sentenceStart(text, blockStart, event.start()), event.start(), year, skipFuture);
            }
            if (own == null) {
                own = firstDateIn(text, found, event.end(), ownWords, year, skipFuture);
            }
            if (own == null) {
                own = labelledDate(text, found, lead);
            }
            DateRange again = own == null ? dateOfLaterMention(text, event, found, lead, year, skipFuture) : null;
            DateRange earlier =
                    own == null && again == null ? dateOfEarlierMeeting(text, event, found, year, skipFuture) : null;
            DateRange next = own == null && again == null && earlier == null
                    ? firstDateIn(text, found, ownEnd, nextEnd, year, skipFuture)
                    : null;
            DateRange before = null;
            for (DateRange range : found) {
                if (range.to() <= event.start() && range.from() >= blockStart && !isPublished(text, range)) {
                    before = range;
                }
            }
            for (DateRange candidate : new DateRange[] {own, again, earlier, next, before}) {
                if (candidate != null) {
                    return rangeHolding(text, found, withDuration(text, candidate, lead), lead);
                }
            }
        }
        List<DateRange> opening = found.stream()
                .filter(range -> range.from() < lead && !isOfFutureMeeting(text, range))
                .toList();
        List<DateRange> inSentences =
                opening.stream().filter(range -> !standsAlone(document, range)).toList();
        if (!inSentences.isEmpty() && isPublished(text, inSentences.getFirst())) {
            DateRange other = inSentences.stream()
                    .filter(range -> !isPublished(text, range))
                    .findFirst()
                    .orElse(null);
            DateRange partial = other != null
                    ? null
                    : partialDates.first(
                            text.folded(), 0, Math.min(lead, text.folded().length()), year);
            if (other != null || partial != null && !isOfFutureMeeting(text, partial)) {
                return other != null ? other : partial;
            }
        }
        return inSentences.isEmpty() ? opening.isEmpty() ? null : opening.getFirst() : inSentences.getFirst();
    }

    /**
     * "The press release issued by the Home Office on 5 March 2024": a date a verb of publication gives, in its
     * sentence, is the release's, not the meeting's, when the opening writes another day ("yesterday evening (Monday
     * 4 March)").
     */
    private static boolean isPublished(AnalysedText text, DateRange range) {
        String before = text.folded().substring(Math.max(0, range.from() - REFERENCE_WINDOW), range.from());
        return PUBLISHED.matcher(before).find();
    }

    /**
     * "Le Forum … se réunira pour la première fois du 17 au 20 mai 2022", "will take place on": a date a future verb
     * gives to a meeting in its sentence is that other meeting's, not a date of a report that names none.
     */
    private boolean isOfFutureMeeting(AnalysedText text, DateRange range) {
        String before = text.folded().substring(Math.max(0, range.from() - REFERENCE_WINDOW), range.from());
        return futureMeeting.matcher(before).find();
    }

    /** "Date: 08 - 10 February 2023": the first date of the opening written after a "Date:" label. */
    private static DateRange labelledDate(AnalysedText text, List<DateRange> found, int lead) {
        String folded = text.folded();
        for (DateRange range : found) {
            if (range.from() >= lead) {
                break;
            }
            int lineStart = Math.max(0, folded.lastIndexOf('\n', range.from() - 1) + 1);
            if (DATE_LABEL.matcher(folded.substring(lineStart, range.from())).find()) {
                return range;
            }
        }
        return null;
    }

    /**
     * "The Consultation ended on Sunday, 11 February … two days of meetings": a single day written as the meeting's
     * last one, with the number of days the opening says it lasted, gives the first day too.
     */
    private static DateRange withDuration(AnalysedText text, DateRange date, int lead) {
        if (!date.start().equals(date.end())) {
            return date;
        }
        String folded = text.folded();
        if (!ENDED_ON.matcher(folded.substring(Math.max(0, date.from() - ENDED_WINDOW), date.from()))
                .find()) {
            return date;
        }
        Matcher duration = DURATION.matcher(folded).region(0, Math.min(folded.length(), lead));
        if (!duration.find()) {
            return date;
        }
        String number = duration.group(1);
        int days = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : NUMBERS.get(number);
        return new DateRange(date.end().minusDays(days - 1L), date.end(), date.from(), date.to());
    }

    /**
     * "ouvert ce mardi 12 février 2019 … prévu du 12 au 13 février 2019", "opened on 4 May … held from 4 to 6 May": a
     * single day of the meeting that a range the opening writes holds is one of its days; the range gives them all (not
     * a future meeting's range, nor a release's, nor one longer than a meeting: a project's, a reporting period's).
     */
    private DateRange rangeHolding(AnalysedText text, List<DateRange> found, DateRange date, int lead) {
        if (!date.start().equals(date.end())) {
            return date;
        }
        return found.stream()
                .filter(range -> range.from() < lead
                        && range.start().isBefore(range.end())
                        && !range.end().isAfter(range.start().plusDays(MAX_MEETING_DAYS - 1L))
                        && !range.start().isAfter(date.start())
                        && !range.end().isBefore(date.start())
                        && !isOfFutureMeeting(text, range)
                        && !isPublished(text, range))
                .findFirst()
                .orElse(date);
    }

    /** The most days a range may span to be a meeting's (not a project's or a reporting period's). */
    private static final int MAX_MEETING_DAYS = 7;

    /** The first full or partial date in [from, to), whichever comes first. */
    private DateRange firstDateIn(
            AnalysedText text, List<DateRange> found, int from, int to, Integer year, boolean skipFuture) {
        DateRange full = found.stream()
                .filter(range -> range.from() >= from && range.from() < to)
                .findFirst()
                .orElse(null);
        DateRange partial = partialDates.first(text.folded(), from, full == null ? to : full.from(), year);
        return partial != null && !(skipFuture && isOfFutureMeeting(text, partial)) ? partial : full;
    }

    /**
     * The first date written, in its sentence, after a later mention of the meeting's phrase or after a verb saying
     * that a meeting took place ("met in Lisbon on 28 May"), in the opening.
     */
    private DateRange dateOfLaterMention(
            AnalysedText text, Match event, List<DateRange> found, int lead, Integer year, boolean skipFuture) {
        java.util.SortedSet<Integer> anchors = new java.util.TreeSet<>();
        for (Match match : text.matches().within(Layer.SIGNAL, event.end(), lead)) {
            if (match.kind() == TermKind.MEETING_TYPE
                    && match.key().equals(event.key())
                    && !namesAnotherMeeting(text, match)) {
                anchors.add(match.end());
            }
        }
        Matcher held = HELD.matcher(text.folded()).region(event.end(), lead);
        while (held.find()) {
            if (!namesAnotherMeeting(text, held.start())) {
                anchors.add(held.end());
            }
        }
        anchors.addAll(ordinalMentions(text, event, event.end(), lead));
        Matcher host = hosted.matcher(text.folded()).region(event.end(), lead);
        while (host.find()) {
            if (!namesAnotherMeeting(text, host.start()) && hostsTheMeeting(text, event, host.end())) {
                anchors.add(host.end());
            }
        }
        for (int anchor : anchors) {
            DateRange date = dateInSentenceOf(text, found, anchor, anchor, year, skipFuture);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** "Fourth Ministerial Meeting": the ordinal written right before the meeting's phrase (folded); null if none. */
    private String ordinalOf(AnalysedText text, Match event) {
        String before = text.folded()
                .substring(Math.max(0, event.start() - REFERENCE_WINDOW), event.start())
                .stripTrailing();
        Matcher number = ordinal.matcher(before);
        return number.find() ? number.group() : null;
    }

    /**
     * "Fourth Ministerial Meeting on …", then "… hosted the fourth Los Angeles Declaration Ministerial": a later
     * mention of the meeting by its ordinal and the first word of its phrase, a few words apart; where each such
     * mention in [from, to) ends.
     */
    private List<Integer> ordinalMentions(AnalysedText text, Match event, int from, int to) {
        String number = ordinalOf(text, event);
        if (number == null || to <= from) {
            return List.of();
        }
        String head = text.folded().substring(event.start(), event.end()).split("[^\\p{L}]+")[0];
        Matcher mention = Pattern.compile(
                        "\\b" + Pattern.quote(number) + "\\s+(?:[\\p{L}'-]+\\s+){0,5}?" + Pattern.quote(head) + "\\b")
                .matcher(text.folded())
                .region(from, to);
        List<Integer> ends = new java.util.ArrayList<>();
        while (mention.find()) {
            ends.add(mention.end());
        }
        return ends;
    }

    /**
     * "hosted the meeting", "hosted the fourth … Ministerial": whether the words right after a host verb, in its
     * sentence, name the meeting (a meeting phrase that names no other meeting, or the meeting's ordinal).
     */
    private boolean hostsTheMeeting(AnalysedText text, Match event, int from) {
        int to = Math.min(from + HOSTED_WINDOW, sentenceEnd(text, from));
        for (Match match : text.matches().within(Layer.SIGNAL, from, to)) {
            if (match.kind() == TermKind.MEETING_TYPE && !namesAnotherMeeting(text, match)) {
                return true;
            }
        }
        return !ordinalMentions(text, event, from, to).isEmpty();
    }

    /**
     * "On May 7, 2024, Guatemala hosted the third … Ministerial": the country that hosts the meeting (right before
     * the host verb, "Guatemala's government hosted") is where it met; null if the opening names none.
     */
    private String hostCountry(AnalysedText text, Match event, int lead) {
        if (event == null) {
            return null;
        }
        Matcher host = hosted.matcher(text.folded()).region(0, lead);
        while (host.find()) {
            if (!hostsTheMeeting(text, event, host.end())) {
                continue;
            }
            for (Match match : text.matches()
                    .within(Layer.COUNTRY, Math.max(0, host.start() - MAX_COUNTRY_NAME - 20), host.start())) {
                if (match.kind() == TermKind.COUNTRY
                        && HOST_GAP.matcher(text.folded().substring(match.end(), host.start()))
                                .matches()) {
                    return match.key();
                }
            }
        }
        return null;
    }

    /**
     * "… led a high-level delegation … to meet with President Ruiz": a counterpart that who met travelled to meet,
     * in one sentence of the opening, is met at home: the country the report gives that person elsewhere
     * ("President of Freedonia Ana Ruiz", "Ana Ruiz, Minister of Foreign Affairs of Freedonia"); null if none.
     */
    private String counterpartCountry(AnalysedText text, int lead) {
        String folded = text.folded();
        Matcher meet = meetWith.matcher(folded).region(0, lead);
        while (meet.find()) {
            int start = sentenceStartOverAbbreviations(text, meet.start());
            if (!travel.matcher(folded).region(start, meet.start()).find()) {
                continue;
            }
            Matcher name = COUNTERPART
                    .matcher(text.text())
                    .region(meet.end(), Math.min(text.text().length(), meet.end() + MAX_COUNTRY_NAME));
            if (name.lookingAt()) {
                String country = countryOfPerson(text, name.group(1));
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    /** The country written with a person's surname: before it over given names and titles, or in an apposition. */
    private static String countryOfPerson(AnalysedText text, String surname) {
        Matcher mention = Pattern.compile("(?<!\\p{L})" + Pattern.quote(surname) + "(?!\\p{L})")
                .matcher(text.text());
        while (mention.find()) {
            int at = mention.start();
            for (Match match : text.matches().within(Layer.COUNTRY, Math.max(0, at - MAX_COUNTRY_NAME), at)) {
                if (match.kind() == TermKind.COUNTRY
                        && NAMES_BETWEEN
                                .matcher(text.text().substring(match.end(), at))
                                .matches()) {
                    return match.key();
                }
            }
            Matcher of = OF_COUNTRY_AFTER
                    .matcher(text.folded())
                    .region(mention.end(), Math.min(text.folded().length(), mention.end() + MAX_COUNTRY_NAME));
            if (of.lookingAt()) {
                for (Match match : text.matches().within(Layer.COUNTRY, of.end(), of.end() + MAX_COUNTRY_NAME)) {
                    if (match.kind() == TermKind.COUNTRY && match.start() == of.end()) {
                        return match.key();
                    }
                    break;
                }
            }
        }
        return null;
    }

    /**
     * "On May 31, 2023, … led a delegation … to meet with President Ruiz … As a result of this meeting": the date of
     * an earlier sentence of the opening that says who met whom (after its verb, else before it in the sentence),
     * before a meeting phrase that refers back to it; null if none.
     */
    private DateRange dateOfEarlierMeeting(
            AnalysedText text, Match event, List<DateRange> found, Integer year, boolean skipFuture) {
        Matcher meet = meetWith.matcher(text.folded()).region(0, event.start());
        while (meet.find()) {
            if (namesAnotherMeeting(text, meet.start())) {
                continue;
            }
            DateRange date = dateInSentenceOf(text, found, meet.start(), meet.end(), year, skipFuture);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The first date after [start, end) in its sentence, else the first before it in its sentence. */
    private DateRange dateInSentenceOf(
            AnalysedText text, List<DateRange> found, int start, int end, Integer year, boolean skipFuture) {
        DateRange after = firstDateIn(text, found, end, sentenceEnd(text, end), year, skipFuture);
        return after != null
                ? after
                : firstDateIn(text, found, sentenceStartOverAbbreviations(text, start), start, year, skipFuture);
    }

    /** Where the sentence holding {@code offset} starts, in its block, over abbreviations ("Dr. ", "U.S. "). */
    private static int sentenceStartOverAbbreviations(AnalysedText text, int offset) {
        int block = text.document().blockAt(offset);
        int blockStart = block < 0 ? 0 : text.document().blocks().get(block).start();
        String all = text.text();
        int stop = all.lastIndexOf(". ", offset - 1);
        while (stop >= blockStart) {
            int word = stop;
            while (word > 0 && Character.isLetter(all.charAt(word - 1))) {
                word--;
            }
            boolean abbreviation = stop - word <= 2 && stop > word && Character.isUpperCase(all.charAt(word))
                    || word > 0 && all.charAt(word - 1) == '.';
            if (!abbreviation) {
                return stop + 2;
            }
            stop = all.lastIndexOf(". ", stop - 1);
        }
        return blockStart;
    }

    /** Where the sentence holding {@code offset} starts, not before {@code blockStart}. */
    private static int sentenceStart(AnalysedText text, int blockStart, int offset) {
        int stop = text.text().lastIndexOf(". ", offset - 1);
        return stop < blockStart ? blockStart : stop + 2;
    }

    private static int sentenceEnd(AnalysedText text, int from) {
        int block = text.document().blockAt(from);
        int end = block < 0
                ? text.text().length()
                : text.document().blocks().get(block).end();
        int stop = text.text().indexOf(". ", from);
        return stop < 0 ? end : Math.min(stop, end);
    }

    /** A date that is all its block says ("October 28, 2021" under a title): a page's date, not a sentence's. */
    private static boolean standsAlone(Document document, DateRange range) {
        int block = document.blockAt(range.from());
        if (block < 0) {
            return false;
        }
        Block of = document.blocks().get(block);
        String rest = document.text().substring(of.start(), range.from())
                + document.text().substring(range.to(), of.end());
        return rest.chars().noneMatch(Character::isLetter);
    }

    /** The year the opening speaks of: its first full date's, else the first year written in it. */
    private static Integer yearOf(AnalysedText text, List<DateRange> found, int lead) {
        for (DateRange range : found) {
            if (range.from() < lead) {
                return range.start().getYear();
            }
        }
        Matcher year = YEAR.matcher(text.folded()).region(0, lead);
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    /** A city of the meeting and its country (both null when none is named). */
    private record Venue(String city, String country) {
        static final Venue NONE = new Venue(null, null);
    }

    private Venue venue(AnalysedText text, OrganisationFindings organisations, Match event, DateRange date, int lead) {
        if (event != null) {
            int blockIndex = text.document().blockAt(event.start());
            int end = Math.min(
                    event.end() + VENUE_WINDOW,
                    blockIndex < 0
                            ? text.text().length()
                            : text.document().blocks().get(blockIndex).end());
            int ownEnd = ownWordsEnd(text, event, end);
            Match city = firstCity(text, organisations, event.end(), ownEnd);
            if (city != null) {
                return known(text, city);
            }
            Venue named = placeWithItsCountry(
                    text, organisations, event.end(), Math.min(ownEnd, sentenceEnd(text, event.end())));
            if (named != null) {
                return named;
            }
        }
        Venue labelled = labelledVenue(text, lead);
        if (labelled != null) {
            return labelled;
        }
        Venue mentioned = event == null ? null : venueOfLaterMention(text, organisations, event, lead);
        if (mentioned != null) {
            return mentioned;
        }
        Match datelineCity = firstCity(text, organisations, 0, Math.min(lead, DATELINE_CHARS));
        if (datelineCity != null) {
            Match placed = cityPlacedAfterDateline(text, organisations, datelineCity);
            return known(text, placed != null ? placed : datelineCity);
        }
        Venue dateline = datelineVenue(text, date);
        if (dateline != null) {
            return dateline;
        }
        Match anyCity = firstCity(text, organisations, 0, lead);
        return anyCity == null ? Venue.NONE : known(text, anyCity);
    }

    /**
     * "the Ministerial Meeting which took place in Paphos, Cyprus": a capitalised name the venue list lacks, after a
     * word of place in the meeting's sentence, is its city when a country follows it; a country, a body, a month or a
     * day of the week ("held in June, Ghana having …") is not a city.
     */
    private Venue placeWithItsCountry(AnalysedText text, OrganisationFindings organisations, int from, int to) {
        Matcher place = PLACE_WITH_COUNTRY.matcher(text.text()).region(from, Math.max(from, to));
        while (place.find()) {
            if (countries.firstWithin(text, place.start(1), place.end(1)) != null
                    || organisations.firstWithin(place.start(1), place.end(1)) != null
                    || CALENDAR_WORDS.contains(text.folded().substring(place.start(1), place.end(1)))) {
                continue;
            }
            String country = countryAfter(text, place.end(1));
            if (country != null) {
                return new Venue(place.group(1), country);
            }
        }
        return null;
    }

    /**
     * "une visite de travail en République du Mali", "an official visit to Ghana", "a meeting in Senegal": the country
     * written right after the meeting's phrase (over a verb saying it took place), where it met; null if none.
     */
    private static String countryOfMeeting(AnalysedText text, Match event) {
        if (event == null) {
            return null;
        }
        Matcher place = COUNTRY_AFTER_MENTION
                .matcher(text.folded())
                .region(event.end(), text.folded().length());
        if (!place.lookingAt()) {
            return null;
        }
        for (Match match : text.matches().within(Layer.COUNTRY, place.end(), place.end() + MAX_COUNTRY_NAME)) {
            return match.kind() == TermKind.COUNTRY && match.start() == place.end() ? match.key() : null;
        }
        return null;
    }

    /**
     * "GENEVA, Switzerland, May 9, 2014 -- … hosted a three-day … Conference in Accra, Ghana", "a meeting … at the
     * Harbour Summit in Tartu, Estonia": a city written right after a later mention of the meeting's phrase, with a
     * word of place ("in", "à"), is where it met, not the dateline's city (where a release was sent from), even one
     * the venue list lacks when its country follows it; null if the opening has none.
     */
    private Venue venueOfLaterMention(AnalysedText text, OrganisationFindings organisations, Match event, int lead) {
        String folded = text.folded();
        for (Match match : text.matches().within(Layer.SIGNAL, event.end(), lead)) {
            if (match.kind() != TermKind.MEETING_TYPE
                    || !match.key().equals(event.key())
                    || namesAnotherMeeting(text, match)) {
                continue;
            }
            Matcher place = VENUE_AFTER_MENTION.matcher(folded).region(match.end(), lead);
            if (!place.lookingAt()) {
                continue;
            }
            Match city = firstCity(
                    text, organisations, place.end(), Math.min(folded.length(), place.end() + MAX_COUNTRY_NAME));
            if (city != null && city.start() == place.end()) {
                return known(text, city);
            }
            Venue named = placeWithItsCountry(
                    text, organisations, match.end(), Math.min(folded.length(), place.end() + MAX_COUNTRY_NAME));
            if (named != null && text.text().startsWith(named.city(), place.end())) {
                return named;
            }
        }
        return null;
    }

    /**
     * "Khartoum — Sudan chairs the meetings … in the Kenyan capital, Nairobi", "Dakar – … se tient à Bamako": a city
     * the sentence of a news dateline places with a word of place is where the meeting is held, not the dateline's
     * city (where the news was filed); null when the city does not open its block before a dash, or its sentence
     * places no other city.
     */
    private static Match cityPlacedAfterDateline(AnalysedText text, OrganisationFindings organisations, Match city) {
        int block = text.document().blockAt(city.start());
        int blockStart = block < 0 ? 0 : text.document().blocks().get(block).start();
        String folded = text.folded();
        if (!folded.substring(blockStart, city.start()).isBlank()
                || !DATELINE_DASH
                        .matcher(folded)
                        .region(city.end(), folded.length())
                        .lookingAt()) {
            return null;
        }
        int end = sentenceEnd(text, city.end());
        for (Match match : text.matches().within(Layer.SIGNAL, city.end(), end)) {
            if (match.kind() == TermKind.CITY
                    && !match.key().equals(city.key())
                    && isVenueCity(text, organisations, match)
                    && PLACE_BEFORE_CITY
                            .matcher(text.text().substring(Math.max(0, match.start() - 60), match.start()))
                            .find()) {
                return match;
            }
        }
        return null;
    }

    private static boolean isVenueCity(AnalysedText text, OrganisationFindings organisations, Match match) {
        return organisations.firstWithin(match.start(), match.end()) == null
                && !insideOrganisation(organisations, match)
                && !NAME_BEFORE_CITY
                        .matcher(text.folded().substring(Math.max(0, match.start() - 30), match.start()))
                        .find()
                && !NAME_AFTER_CITY.matcher(wordsAfter(text, match.end())).find();
    }

    private static Match firstCity(AnalysedText text, OrganisationFindings organisations, int from, int to) {
        for (Match match : text.matches().within(Layer.SIGNAL, from, to)) {
            if (match.kind() == TermKind.CITY && isVenueCity(text, organisations, match)) {
                return match;
            }
        }
        return null;
    }

    /**
     * The folded words right after {@code offset}, split where two words are glued (a small letter then a capital:
     * "Los Angeles DeclarationOn Migration", a line break lost in extraction).
     */
    private static String wordsAfter(AnalysedText text, int offset) {
        int end = Math.min(text.text().length(), offset + 20);
        StringBuilder words = new StringBuilder();
        for (int i = offset; i < end; i++) {
            if (i > offset
                    && Character.isLowerCase(text.text().charAt(i - 1))
                    && Character.isUpperCase(text.text().charAt(i))) {
                words.append(' ');
            }
            words.append(text.folded().charAt(i));
        }
        return words.toString();
    }

    private static boolean insideOrganisation(OrganisationFindings organisations, Match city) {
        return organisations.hits().stream().anyMatch(hit -> hit.start() <= city.start() && city.end() <= hit.end());
    }

    private Venue known(AnalysedText text, Match city) {
        String name = text.text().substring(city.start(), city.end());
        String after = countryAfter(text, city.end());
        return new Venue(name, after != null ? after : city.key());
    }

    /** "Cracow, Poland", "Accra, au Ghana", "Colombo (Sri Lanka)": a country written right after a city. */
    private static String countryAfter(AnalysedText text, int cityEnd) {
        int limit = Math.min(text.text().length(), cityEnd + COUNTRY_GAP + MAX_COUNTRY_NAME);
        for (Match match : text.matches().within(Layer.COUNTRY, cityEnd, limit)) {
            if (match.kind() == TermKind.COUNTRY
                    && match.start() <= cityEnd + COUNTRY_GAP
                    && text.folded()
                            .substring(cityEnd, match.start())
                            .matches("[\\s,(]*(?:(?:en|au|aux|in|em|no|na)\\s+)?")) {
                return match.key();
            }
        }
        return null;
    }

    /** "Location: Cracow, Poland" in the opening; a known city's own country when none is written after it. */
    private Venue labelledVenue(AnalysedText text, int lead) {
        Document document = text.document();
        for (Block block : document.blocks()) {
            if (block.start() >= lead) {
                break;
            }
            Matcher labelled = LABELLED_VENUE.matcher(document.textOf(block));
            if (labelled.find()) {
                int start = block.start() + labelled.start(1);
                int end = block.start() + labelled.end(1);
                String after = countryAfter(text, end);
                return new Venue(labelled.group(1), after != null ? after : cityCountry(text, start, end));
            }
        }
        return null;
    }

    private static String cityCountry(AnalysedText text, int start, int end) {
        for (Match match : text.matches().within(Layer.SIGNAL, start, end)) {
            if (match.kind() == TermKind.CITY) {
                return match.key();
            }
        }
        return null;
    }

    /** "Luxor, 8-9 November 2017": the capitalised name before the opening's date, at the start of its block. */
    private Venue datelineVenue(AnalysedText text, DateRange date) {
        if (date == null || date.from() >= DATELINE_CHARS) {
            return null;
        }
        int block = text.document().blockAt(date.from());
        int start = block < 0 ? 0 : text.document().blocks().get(block).start();
        Matcher city = DATELINE_CITY.matcher(text.text().substring(start, date.from()));
        if (!city.find() || countries.firstWithin(text, start + city.start(1), start + city.end(1)) != null) {
            return null;
        }
        return new Venue(city.group(1), countryAfter(text, start + city.end(1)));
    }

    /** Day and month without a year ("on Saturday, 10th February", "du 6 au 8 octobre"), given the year. */
    static final class PartialDates {

        private final Pattern pattern;
        private final java.util.Map<String, java.time.Month> months = new java.util.HashMap<>();

        PartialDates(TextNormaliser normaliser) {
            for (java.time.Month month : java.time.Month.values()) {
                for (java.util.Locale locale : new java.util.Locale[] {
                    java.util.Locale.ENGLISH,
                    java.util.Locale.FRENCH,
                    java.util.Locale.of("es"),
                    java.util.Locale.of("pt")
                }) {
                    months.put(normaliser.fold(month.getDisplayName(java.time.format.TextStyle.FULL, locale)), month);
                }
            }
            String names = String.join("|", months.keySet());
            this.pattern = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th|er)?(?:\\s*(?:-|–|and|to|et|au|y|e|al)\\s*"
                    + "(\\d{1,2})(?:st|nd|rd|th|er)?)?\\s+(?:de\\s+|of\\s+)?(" + names
                    + ")\\b(?!\\s*,?\\s*(?:de\\s+)?\\d{4})");
        }

        DateRange first(String folded, int from, int to, Integer year) {
            if (year == null || to <= from) {
                return null;
            }
            Matcher matcher = pattern.matcher(folded).region(from, to);
            if (!matcher.find()) {
                return null;
            }
            try {
                java.time.Month month = months.get(matcher.group(3));
                int first = Integer.parseInt(matcher.group(1));
                int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
                LocalDate start = LocalDate.of(year, month, first);
                LocalDate end = LocalDate.of(year, month, last);
                return end.isBefore(start) ? null : new DateRange(start, end, matcher.start(), matcher.end());
            } catch (java.time.DateTimeException notADate) {
                return null;
            }
        }
    }
}
