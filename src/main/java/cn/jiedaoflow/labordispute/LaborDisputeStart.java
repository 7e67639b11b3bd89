package cn.jiedaoflow.labordispute;

import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_APPLICANT_ID_NUMBER;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_APPLICANT_MOBILE;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_APPLICANT_NAME;

import cn.jiedaoflow.services.DedicatedStart;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Mediation applications are filed through the procedure's own door, which registers the ID number apart. The door
 * takes the start form's fields as JSON ({@link ApplicationRequest}), so the portal's apply page files through it; a
 * resident's applicant fields are their account's.
 */
@Component
class LaborDisputeStart implements DedicatedStart {

    private static final FormDoor FORM_DOOR = new FormDoor(Map.of(
            VAR_APPLICANT_NAME, AccountField.NAME,
            VAR_APPLICANT_MOBILE, AccountField.MOBILE,
            VAR_APPLICANT_ID_NUMBER, AccountField.ID_NUMBER));

    @Override
    public String processKey() {
        return LaborDisputeMediation.PROCESS_KEY;
    }

    @Override
    public Optional<String> applyPath() {
        return Optional.of(LaborDisputeMediationController.PATH);
    }

    @Override
    public Optional<FormDoor> formDoor() {
        return Optional.of(FORM_DOOR);
    }
}
