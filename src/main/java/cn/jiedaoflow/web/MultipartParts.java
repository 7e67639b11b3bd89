package cn.jiedaoflow.web;

import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.refusal.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The parts of a multipart request, read before the domain sees them: a JSON part as the request record it
 * carries (missing, over 64 KB or not JSON: refused with the part's name), the files as {@link Upload}s.
 */
@Component
public class MultipartParts {

    static final int MAX_PART_CHARS = 64 * 1024;

    private final ObjectMapper json;

    MultipartParts(ObjectMapper json) {
        this.json = json;
    }

    /** The JSON part {@code partName} as a {@code type}. */
    public <T> T json(String part, Class<T> type, String partName) {
        if (part == null || part.isBlank()) {
            throw Refusal.badInput("onestop.application.part.missing", partName);
        }
        if (part.length() > MAX_PART_CHARS) {
            throw Refusal.tooLarge(
                    "onestop.application.part.tooLarge", partName, String.valueOf(MAX_PART_CHARS / 1024));
        }
        try {
            T value = json.readValue(part, type);
            if (value == null) {
                throw Refusal.badInput("onestop.application.part.missing", partName);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw JsonProblems.of(e).orElseGet(() -> Refusal.badInput("onestop.application.part.invalid", partName));
        }
    }

    /** The files as uploads, in the order sent; none when the part is absent. */
    public static List<Upload> files(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().map(MultipartParts::upload).toList();
    }

    private static Upload upload(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file " + file.getOriginalFilename(), e);
        }
    }
}
