package cn.jiedaoflow.onestop;

import cn.jiedaoflow.input.ExactNumbers;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * The {@code application} part of a submission: the matter, the form's data, the material code of each file
 * in the {@code materials} parts (in order), how the result is delivered and, for a window entry, who applies.
 * Numbers in the data are read exactly ({@link ExactNumbers}), so that the form's checks see what was sent.
 */
record SubmissionRequest(
        String matterCode,
        @JsonDeserialize(contentUsing = ExactNumbers.class) Map<String, Object> data,
        List<String> materialCodes,
        String delivery,
        String mailingAddress,
        Applicant applicant) {

    public SubmissionRequest {
        data = data == null ? Map.of() : data;
        materialCodes = materialCodes == null ? List.of() : materialCodes;
    }

    /** A walk-in resident entered at the window: name, ID number and mobile. */
    public record Applicant(String name, String idNumber, String mobile) {}
}
