package org.frontwatch.register.export;

import org.frontwatch.model.EventType;

/**
 * Our event types in ACLED's codebook (disorder type, event type, sub-event type). ACLED codes political violence
 * and protest between actors; most of what soldiers report about their own side is, in ACLED's terms, a
 * "Strategic development" — the closest sub-event is chosen and the original type is kept in {@code tags}.
 * <pre>
 * APPEAL            Demonstrations          / Protests                / Peaceful protest
 * REFUSAL           Strategic developments  / Strategic developments  / Other
 * DETENTION         Strategic developments  / Strategic developments  / Arrests
 * DESERTION         Strategic developments  / Strategic developments  / Other
 * MUTINY            Political violence      / Riots                   / Mob violence
 * ASSAULT           Political violence      / Battles                 / Armed clash
 * CASUALTIES        Political violence      / Battles                 / Armed clash
 * SHORTAGE          Strategic developments  / Strategic developments  / Other
 * ABUSE             Strategic developments  / Strategic developments  / Other
 * PROSECUTION       Strategic developments  / Strategic developments  / Arrests
 * MOBILIZATION      Strategic developments  / Strategic developments  / Other
 * COUNTER_STATEMENT Strategic developments  / Strategic developments  / Other
 * </pre>
 */
record AcledEventTypes(String disorderType, String eventType, String subEventType) {
    private static final String STRATEGIC = "Strategic developments";

    static AcledEventTypes of(EventType type) {
        return switch (type) {
            case APPEAL -> new AcledEventTypes("Demonstrations", "Protests", "Peaceful protest");
            case DETENTION, PROSECUTION -> new AcledEventTypes(STRATEGIC, STRATEGIC, "Arrests");
            case MUTINY -> new AcledEventTypes("Political violence", "Riots", "Mob violence");
            case ASSAULT, CASUALTIES -> new AcledEventTypes("Political violence", "Battles", "Armed clash");
            case REFUSAL, DESERTION, SHORTAGE, ABUSE, MOBILIZATION, COUNTER_STATEMENT ->
                    new AcledEventTypes(STRATEGIC, STRATEGIC, "Other");
        };
    }
}
