package cn.jiedaoflow.console;

import cn.jiedaoflow.people.Caller;

/**
 * A console page opened by someone it is not for: a resident or an enterprise (the console is staff's), or a staff
 * member whose groups do not open the section. Answered with the console's 403 page ({@link ConsoleHeader}).
 */
final class ConsoleRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean staff;

    private ConsoleRefused(boolean staff) {
        super(staff ? "section not open to this staff member" : "the console is for staff");
        this.staff = staff;
    }

    /** Refuses unless {@code caller} is staff whose groups open {@code section}. */
    static void unlessOpen(Caller caller, ConsoleSection section) {
        unlessStaff(caller);
        if (!section.openTo(caller)) {
            throw new ConsoleRefused(true);
        }
    }

    static void unlessStaff(Caller caller) {
        if (caller == null || !caller.isStaff()) {
            throw new ConsoleRefused(false);
        }
    }

    /** Whether the caller is staff (refused a section) rather than a resident or an enterprise. */
    boolean staff() {
        return staff;
    }
}
