package cn.jiedaoflow.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

/** The history filter passes every event on except the variable and form-field events of a sensitive name. */
class SensitiveHistoryFilterTests {

    private final List<HistoryEvent> passed = new ArrayList<>();
    private final SensitiveHistoryFilter filter = new SensitiveHistoryFilter(new HistoryEventHandler() {
        @Override
        public void handleEvent(HistoryEvent event) {
            passed.add(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            passed.addAll(events);
        }
    });

    @Test
    void dropsTheVariableEventsOfEverySensitiveName() {
        for (String name : SensitiveVariables.NAMES) {
            filter.handleEvent(variable(name));
        }
        assertThat(passed).isEmpty();
    }

    @Test
    void dropsTheFormFieldEventsOfASensitiveName() {
        HistoricFormPropertyEventEntity idNumber = new HistoricFormPropertyEventEntity();
        idNumber.setPropertyId("applicantIdNumber");
        idNumber.setPropertyValue("31010519900101123X");
        HistoricFormPropertyEventEntity employer = new HistoricFormPropertyEventEntity();
        employer.setPropertyId("employer");

        filter.handleEvents(List.of(idNumber, employer));

        assertThat(passed).containsExactly(employer);
    }

    @Test
    void passesEverythingElseOnInOrder() {
        HistoryEvent start = new HistoricProcessInstanceEventEntity();
        HistoryEvent trackingNumber = variable("trackingNumber");
        HistoryEvent masked = variable("applicantIdNumberMasked");

        filter.handleEvents(List.of(start, variable("monthlyHouseholdIncome"), trackingNumber, masked));
        filter.handleEvent(variable("bankAccount"));

        assertThat(passed).containsExactly(start, trackingNumber, masked);
    }

    private static HistoricVariableUpdateEventEntity variable(String name) {
        HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
        event.setVariableName(name);
        return event;
    }
}
