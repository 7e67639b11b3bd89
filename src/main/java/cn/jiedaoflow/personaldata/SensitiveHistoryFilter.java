package cn.jiedaoflow.personaldata;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The engine's history handler, composed: every event goes on to the handler it wraps (the engine's default
 * database handler and any others), except the historic variable events (create, update, delete, migrate) and
 * the form-field events of a {@linkplain SensitiveVariables sensitive name}. So a value typed into a Tasklist
 * form under such a name never reaches {@code ACT_HI_VARINST} or {@code ACT_HI_DETAIL} (nor a byte array of
 * {@code ACT_GE_BYTEARRAY}), even for the instant it exists as a variable before its listener moves it into the
 * application's record.
 */
public final class SensitiveHistoryFilter implements HistoryEventHandler {

    private final HistoryEventHandler next;

    public SensitiveHistoryFilter(HistoryEventHandler next) {
        this.next = next;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isSensitive(event)) {
            next.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        List<HistoryEvent> kept =
                events.stream().filter(event -> !isSensitive(event)).toList();
        if (!kept.isEmpty()) {
            next.handleEvents(kept);
        }
    }

    /** Whether the event records a value of a sensitive name. */
    static boolean isSensitive(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return SensitiveVariables.isSensitive(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity formField) {
            return SensitiveVariables.isSensitive(formField.getPropertyId());
        }
        return false;
    }
}
