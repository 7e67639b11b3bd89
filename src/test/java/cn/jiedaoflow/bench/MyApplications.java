package cn.jiedaoflow.bench;

import cn.jiedaoflow.people.Caller;

/**
 * A procedure's "my applications" query, as its API answers a resident, for {@link StaffQueriesBenchmark}.
 * Each procedure with such an endpoint adds an implementation (in its own package, since its service is
 * package-private there) to {@link StaffQueriesBenchmark#myApplications}.
 */
public interface MyApplications {

    /** The endpoint measured, e.g. {@code GET /api/labor-dispute-mediation/applications}. */
    String endpoint();

    /** Files one application for the resident, through the service the API calls. */
    void apply(Caller resident, int number);

    /** The resident's applications through the service the API calls; returns how many it listed. */
    int listMine(Caller resident);
}
