package cn.jiedaoflow.modellint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;

/** The checks on one DMN file: it parses, and every decision has a history time-to-live. */
class DmnChecks {

    List<Finding> check(Path file, String shown) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromFile(file.toFile());
        } catch (ModelException e) {
            return List.of(new Finding(
                    shown,
                    null,
                    "file does not parse as DMN: " + ModelLint.parserMessage(e).replace("URI=null ", ""),
                    "open the file in Camunda Modeler and save it again, or correct the XML at the place named"));
        }
        List<Finding> findings = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
                findings.add(new Finding(
                        shown,
                        decision.getId(),
                        "decision has no camunda:historyTimeToLive (the engine refuses to deploy it)",
                        "set camunda:historyTimeToLive=\"P3650D\" on the decision (case records are kept 10 years)"));
            }
        }
        return findings;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
