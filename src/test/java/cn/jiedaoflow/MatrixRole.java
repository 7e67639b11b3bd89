package cn.jiedaoflow;

import java.util.Set;

/**
 * One caller of the authorization matrix: who it is, how it signs in, and the engine groups it is a member of (read
 * from the engine, so that the scoped groups of an estate or an area are there too).
 *
 * @param name     the name shown in a cell's name, e.g. {@code resident A}, {@code owners-committee of estate B}
 * @param kind     anonymous, resident, enterprise or staff
 * @param user     the login name ({@code null} for anonymous)
 * @param password the password ({@code null} for anonymous)
 * @param groups   the engine groups of a staff user; empty for everyone else
 */
record MatrixRole(String name, Kind kind, String user, String password, Set<String> groups) {

    enum Kind {
        ANONYMOUS,
        RESIDENT,
        ENTERPRISE,
        STAFF
    }

    MatrixRole {
        groups = Set.copyOf(groups);
    }

    boolean isStaff() {
        return kind == Kind.STAFF;
    }

    boolean signsIn() {
        return kind != Kind.ANONYMOUS;
    }

    /** Whether the role is a member of any of the groups. */
    boolean inAny(String... groupIds) {
        for (String group : groupIds) {
            if (groups.contains(group)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name;
    }
}
