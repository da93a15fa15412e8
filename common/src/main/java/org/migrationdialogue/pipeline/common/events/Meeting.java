package org.migrationdialogue.pipeline.common.events;

import java.time.LocalDate;

/**
 * The meeting a report records.
 *
 * @param type    one of {@code senior_officials_meeting}, {@code thematic_meeting}, {@code ministerial_conference}, {@code other}
 * @param country ISO 3166-1 alpha-2 code of the host country
 */
public record Meeting(String type, String title, String city, String country, LocalDate startDate, LocalDate endDate) {

    public static final String SENIOR_OFFICIALS_MEETING = "senior_officials_meeting";
    public static final String THEMATIC_MEETING = "thematic_meeting";
    public static final String MINISTERIAL_CONFERENCE = "ministerial_conference";
    /** A meeting of experts or technicians (expert group, technical meeting). */
    public static final String EXPERT_MEETING = "expert_meeting";

    public static final String OTHER = "other";

    public static Meeting unknown() {
        return new Meeting(OTHER, null, null, null, null, null);
    }
}
