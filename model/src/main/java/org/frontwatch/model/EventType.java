package org.frontwatch.model;

/** The kinds of event that reports and incidents are about (DESIGN.md, "Event types"). */
public enum EventType {
    /** Public appeal or complaint by soldiers or relatives. */
    APPEAL,
    /** Refusal to fight or obey. */
    REFUSAL,
    /** Soldiers confined: basements, cellars, pits. */
    DETENTION,
    /** Desertion, AWOL, lost or missing from the unit. */
    DESERTION,
    /** Collective insubordination, riot, fighting among themselves. */
    MUTINY,
    /** Infantry assault, including "human wave" attacks. */
    ASSAULT,
    /** Deaths, wounded, missing, losses. */
    CASUALTIES,
    /** Lack of food, water, equipment, training, care. */
    SHORTAGE,
    /** Violence or threats by own commanders or authorities. */
    ABUSE,
    /** Criminal cases, sentences. */
    PROSECUTION,
    /** Call-up, recruitment. */
    MOBILIZATION,
    /** Official denial or counter-video. */
    COUNTER_STATEMENT
}
