package org.migrationdialogue.pipeline.common.events;

import java.util.List;

/** The theme ids of the contract's taxonomy (docs/contract.md); labels and vocabularies live with enrichment. */
public final class ThemeIds {

    public static final List<String> DOMAINS =
            List.of("development", "legal_migration", "protection", "irregular_migration", "return");
    public static final List<String> CROSS_CUTTING = List.of(
            "border_management",
            "trafficking",
            "smuggling",
            "diaspora",
            "remittances",
            "crisis",
            "data",
            "document_fraud",
            "vulnerable_groups",
            "regional_cooperation",
            "human_rights",
            "integration");

    private ThemeIds() {}

    public static List<String> all() {
        return java.util.stream.Stream.concat(DOMAINS.stream(), CROSS_CUTTING.stream())
                .toList();
    }
}
