package cn.jiedaoflow.veterans;

import java.util.Optional;

/** Who applies for a veteran: the veteran, a family member, or the residents' committee reporting a case. */
enum ApplicantRelation {
    VETERAN,
    FAMILY,
    RESIDENTS_COMMITTEE;

    static Optional<ApplicantRelation> parse(String value) {
        for (ApplicantRelation relation : values()) {
            if (relation.name().equals(value)) {
                return Optional.of(relation);
            }
        }
        return Optional.empty();
    }
}
