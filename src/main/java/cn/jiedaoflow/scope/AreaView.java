package cn.jiedaoflow.scope;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A residents' area as the administrators' API shows it.
 *
 * @param id                 its id
 * @param name               its name
 * @param group              the engine group of its residents' committee, e.g. {@code residents-committee.a3}
 * @param estates            the estates it holds, by id
 * @param residentsCommittee the staff users of its residents' committee, by user id
 * @param createdBy          who created it
 * @param createdAt          when
 */
public record AreaView(
        long id,
        String name,
        String group,
        List<EstateRef> estates,
        List<String> residentsCommittee,
        String createdBy,
        OffsetDateTime createdAt) {

    /** An estate by id and name. */
    public record EstateRef(long id, String name) {}
}
