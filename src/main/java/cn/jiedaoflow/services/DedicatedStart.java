package cn.jiedaoflow.services;

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
}
