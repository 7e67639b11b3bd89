package cn.jiedaoflow.people;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * Who is calling the application's API: the principal of every authenticated request to {@code /api/**}. A portal
 * session keeps it in the database (Spring Session JDBC), hence serializable.
 * Staff are engine users (their id, their groups); residents sign in with their mobile number and
 * enterprises with their unified social credit code, both accounts of the application.
 *
 * @param kind        staff, resident or enterprise
 * @param username    the staff user id, the resident's mobile number or the enterprise's credit code
 * @param accountId   the application account's id; {@code null} for staff
 * @param displayName the name to show (a person's or an enterprise's)
 * @param groups      the staff groups; empty for residents and enterprises
 */
public record Caller(Kind kind, String username, Long accountId, String displayName, Set<String> groups)
        implements Principal, Serializable {

    public enum Kind {
        STAFF,
        RESIDENT,
        ENTERPRISE
    }

    public Caller {
        groups = Set.copyOf(groups);
    }

    /** The login name: what a session is filed under and the audit names. */
    @Override
    public String getName() {
        return username;
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    public boolean inGroup(String groupId) {
        return groups.contains(groupId);
    }
}
