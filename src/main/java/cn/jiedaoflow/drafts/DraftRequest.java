package cn.jiedaoflow.drafts;

import cn.jiedaoflow.input.ExactNumbers;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * The {@code draft} part of {@code PUT /api/drafts/{serviceKey}}: the form's data so far, the material code of each
 * file in the {@code materials} parts (in order), and which of the draft's files to keep ({@code null}: all of them).
 */
record DraftRequest(
        @JsonDeserialize(contentUsing = ExactNumbers.class) Map<String, Object> data,
        List<String> materialCodes,
        List<Long> keepFiles) {

    DraftRequest {
        data = data == null ? Map.of() : data;
        materialCodes = materialCodes == null ? List.of() : materialCodes;
    }
}
