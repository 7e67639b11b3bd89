package cn.jiedaoflow.onestop;

import cn.jiedaoflow.input.ExactNumbers;
import cn.jiedaoflow.refusal.Localized;
import cn.jiedaoflow.refusal.Refusal;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * The {@code supplement} part of a supplement (补正): changed data, the material code of each file, and a remark for
 * the window (at most 500 characters; optional).
 */
record SupplementRequest(
        @JsonDeserialize(contentUsing = ExactNumbers.class) Map<String, Object> data,
        List<String> materialCodes,
        String remark) {

    public SupplementRequest {
        data = data == null ? Map.of() : data;
        materialCodes = materialCodes == null ? List.of() : materialCodes;
    }

    SupplementRequest(Map<String, Object> data, List<String> materialCodes) {
        this(data, materialCodes, null);
    }

    /** The remark as kept: stripped, {@code null} when blank; longer than allowed is refused. */
    String checkedRemark() {
        if (remark == null || remark.isBlank()) {
            return null;
        }
        String text = remark.strip();
        if (text.length() > OneStopApplication.SUPPLEMENT_REMARK_MAX) {
            throw Refusal.badFields(
                    "onestop.supplement.remark.tooLong",
                    List.of(Map.of("field", "remark", "problem", "tooLong", "label", new Localized("补正说明", "remark"))),
                    OneStopApplication.SUPPLEMENT_REMARK_MAX);
        }
        return text;
    }
}
