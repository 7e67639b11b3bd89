package cn.jiedaoflow.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The files the console has previewed and not yet imported: kept in the staff member's session (in the database, so
 * any node serves the confirmation) between the preview and the confirmation, one per kind of import, so that what is
 * imported is exactly what was previewed and nothing is stored before the confirmation. A file confirmed, or replaced
 * by a newer preview of the same kind, is gone.
 */
public final class PendingImports {

    static final String ATTRIBUTE = "console.pendingImports";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PendingImports() {}

    /**
     * Keeps the previewed {@code content} of an import of {@code kind} into {@code target} (an estate's id, the
     * roster), replacing the previous one of that kind; returns the id the confirmation sends back.
     */
    public static String keep(HttpSession session, String kind, String target, byte[] content) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        Map<String, Pending> pending = pending(session);
        pending.put(kind, new Pending(id, target, content.clone()));
        session.setAttribute(ATTRIBUTE, pending);
        return id;
    }

    /**
     * Takes the file previewed under {@code id} for an import of {@code kind} into {@code target}; empty when there is
     * none (the session was renewed, another preview replaced it, or it was imported already).
     */
    public static Optional<byte[]> take(HttpSession session, String kind, String id, String target) {
        Map<String, Pending> pending = pending(session);
        Pending kept = pending.get(kind);
        if (kept == null
                || id == null
                || !kept.id().equals(id)
                || !kept.target().equals(target)) {
            return Optional.empty();
        }
        pending.remove(kind);
        session.setAttribute(ATTRIBUTE, pending);
        return Optional.of(kept.content().clone());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pending> pending(HttpSession session) {
        Object kept = session.getAttribute(ATTRIBUTE);
        return kept instanceof HashMap<?, ?> map ? (HashMap<String, Pending>) map : new HashMap<>();
    }

    /** A previewed file: the id its confirmation carries, where it goes, its bytes. */
    record Pending(String id, String target, byte[] content) implements Serializable {}
}
