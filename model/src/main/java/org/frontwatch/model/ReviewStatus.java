package org.frontwatch.model;

/** An analyst's verdict on an incident. Only corroborated and verified incidents are shown in public mode. */
public enum ReviewStatus {
    UNVERIFIED, CORROBORATED, VERIFIED, DISPUTED, FALSE;

    public boolean isPublic() {
        return this == CORROBORATED || this == VERIFIED;
    }
}
