package cn.jiedaoflow.web;

import cn.jiedaoflow.refusal.Refusal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where the application's API turns exceptions into RFC 9457 problems, in Chinese by default
 * and in English for {@code Accept-Language: en}. Every mapping is chosen: a constraint violation is a 409,
 * a bad body a 400, an unexpected failure a 500 that says nothing internal.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Refusal.class)
    ProblemDetail refusal(Refusal e, Locale locale) {
        return problems.of(RefusalStatus.of(e.kind()), e.messageKey(), e.args(), errors(e, locale), locale);
    }

    /** The bad fields as the domain names them, the bad lines of a file in the caller's language. */
    private List<Map<String, Object>> errors(Refusal e, Locale locale) {
        if (e.lineErrors().isEmpty()) {
            return e.fieldErrors();
        }
        return e.lineErrors().stream()
                .map(line -> problems.lineError(line.line(), line.code(), line.messageKey(), line.args(), locale))
                .toList();
    }

    /**
     * A body that is no JSON, or not what the endpoint takes: the field and the reason when there is one (a
     * refused text, a {@code null} in a list, a value of the wrong type or beyond its type's range), never the
     * parser's message. A missing body, and one over the limit (413), are told apart.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e, Locale locale) {
        Optional<BodyLimit.TooLarge> tooLarge = cause(e, BodyLimit.TooLarge.class);
        if (tooLarge.isPresent()) {
            return tooLarge(tooLarge.get(), locale);
        }
        if (e.getCause() == null) {
            return problems.of(HttpStatus.BAD_REQUEST, "problem.body.missing", new Object[0], locale);
        }
        return JsonProblems.of(e.getCause())
                .map(problem -> refusal(problem, locale))
                .orElseGet(() -> problems.of(HttpStatus.BAD_REQUEST, "problem.body.unreadable", new Object[0], locale));
    }

    @ExceptionHandler(BodyLimit.TooLarge.class)
    ProblemDetail tooLarge(BodyLimit.TooLarge e, Locale locale) {
        return problems.of(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "problem.body.tooLarge",
                new Object[] {String.valueOf(e.maxBytes() / 1024)},
                locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, Locale locale) {
        return problems.of(
                HttpStatus.BAD_REQUEST, "problem.parameter.missing", new Object[] {e.getParameterName()}, locale);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e, Locale locale) {
        return problems.of(
                HttpStatus.BAD_REQUEST, "problem.part.missing", new Object[] {e.getRequestPartName()}, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return problems.of(
                HttpStatus.BAD_REQUEST,
                "problem.parameter.invalid",
                new Object[] {e.getName(), String.valueOf(e.getValue())},
                locale);
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ProblemDetail unboundRequest(ServletRequestBindingException e, Locale locale) {
        return problems.of(HttpStatus.BAD_REQUEST, "problem.request.unbound", new Object[0], locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        String given = e.getContentType() == null ? "—" : e.getContentType().toString();
        return problems.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.mediaType.unsupported", new Object[] {given}, locale);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e, Locale locale) {
        return problems.of(HttpStatus.NOT_ACCEPTABLE, "problem.mediaType.notAcceptable", new Object[0], locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e, Locale locale) {
        return problems.of(
                HttpStatus.METHOD_NOT_ALLOWED, "problem.method.notAllowed", new Object[] {e.getMethod()}, locale);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchEndpoint(NoResourceFoundException e, Locale locale) {
        return problems.of(HttpStatus.NOT_FOUND, "problem.endpoint.notFound", new Object[0], locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "problem.upload.tooLarge", new Object[0], locale);
    }

    /** An upload whose multipart body cannot be read (no boundary, cut short, a part without a name). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload(MultipartException e, Locale locale) {
        Optional<MaxUploadSizeExceededException> tooLarge = cause(e, MaxUploadSizeExceededException.class);
        if (tooLarge.isPresent()) {
            return tooLarge(tooLarge.get(), locale);
        }
        return problems.of(HttpStatus.BAD_REQUEST, "problem.multipart.unreadable", new Object[0], locale);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail constraintViolated(DataIntegrityViolationException e, Locale locale) {
        LOG.info(
                "refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problems.of(HttpStatus.CONFLICT, "problem.conflict", new Object[0], locale);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e, Locale locale) {
        return problems.of(HttpStatus.CONFLICT, "problem.concurrentChange", new Object[0], locale);
    }

    // Method security throws these inside the controller; let Spring Security's handlers answer them.
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void rethrowSecurity(RuntimeException e) {
        throw e;
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        LOG.error("unexpected failure answering an API call", e);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", new Object[0], locale);
    }
}
