package cn.jiedaoflow.services;

import java.util.List;
import java.util.Map;

/**
 * An application through the generic door: the start form's answers and, in the order of the request's files, the
 * declared material each file is for.
 */
record ApplicationRequest(Map<String, Object> data, List<String> materialCodes) {

    ApplicationRequest {
        data = data == null ? Map.of() : data;
        materialCodes = materialCodes == null ? List.of() : materialCodes;
    }
}
