package cn.jiedaoflow.console;

import cn.jiedaoflow.people.Caller;

/**
 * A section of the staff console: a procedure's page for what Tasklist cannot do (an import, paper ballots, a
 * register), implemented by the controller of its pages. The console's home and header list the sections a staff member
 * may open, and the console refuses every page of a section to anyone else before its handler runs
 * ({@code ConsoleHeader}).
 */
public interface ConsoleSection {

    /** The message key of the section's title, e.g. {@code console.ownersRegister.title}. */
    String titleKey();

    /** The message key of one sentence saying what the section is for. */
    String descriptionKey();

    /** The section's page, e.g. {@code /console/owners-register}. */
    String path();

    /** Whether this staff member's groups open the section. */
    boolean openTo(Caller caller);
}
