package cn.jiedaoflow.services;

import java.util.Map;
import java.util.Optional;

/**
 * A process residents or enterprises may start that has a door of its own (its package's API, with rules of its own),
 * so the generic door leaves it alone. A procedure's package declares it as a bean.
 */
public interface DedicatedStart {

    /** The process's key. */
    String processKey();

    /**
     * Where its cases are filed ({@code POST} to this path), listed among the services; empty when the process is
     * not offered as itself (the one-stop process: its catalog's matters are offered instead).
     */
    Optional<String> applyPath();

    /**
     * How the portal's apply page files through its door, when it can: the door takes the answers to the process's
     * start form as one JSON object. Empty (the default): the portal has no apply page for it.
     */
    default Optional<FormDoor> formDoor() {
        return Optional.empty();
    }

    /**
     * A door ({@link #applyPath}) that takes the start form's answers as a JSON object, each under its field's key, and
     * answers {@code 201} with the case's {@code trackingNumber}, or {@code 400} naming each bad field by its key.
     *
     * @param accountFields the start form's fields the applicant's account answers (by key): the page fills them in,
     *                      read-only, the ID number masked, and the door takes them from the account
     */
    record FormDoor(Map<String, AccountField> accountFields) {

        public FormDoor {
            accountFields = Map.copyOf(accountFields);
        }
    }

    /** What of the applicant's account a start form's field holds. */
    enum AccountField {
        NAME,
        MOBILE,
        ID_NUMBER
    }
}
