package cn.jiedaoflow.personaldata;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A process variable that holds personal data masked, which cases from before the masking hold unmasked: a
 * procedure's bean, for {@link EngineCleanup} to find such values at start and mask them again.
 */
public interface MaskedVariable {

    String variableName();

    /** What only an unmasked value holds. */
    Pattern unmasked();

    /** The value as it is written today, for the running case with business key {@code trackingNumber}. */
    Optional<String> masked(String trackingNumber);
}
