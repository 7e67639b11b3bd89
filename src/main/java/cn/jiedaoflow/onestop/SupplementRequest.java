package cn.jiedaoflow.onestop;

import cn.jiedaoflow.input.ExactNumbers;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/** The {@code supplement} part of a supplement (补正): changed data and the material code of each file. */
record SupplementRequest(
        @JsonDeserialize(contentUsing = ExactNumbers.class) Map<String, Object> data, List<String> materialCodes) {

    public SupplementRequest {
        data = data == null ? Map.of() : data;
        materialCodes = materialCodes == null ? List.of() : materialCodes;
    }
}
