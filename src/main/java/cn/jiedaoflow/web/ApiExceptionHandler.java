package cn.jiedaoflow.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
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

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail apiProblem(ApiProblem e, Locale locale) {
        return problems.of(e.status(), e.messageKey(), e.args(), e.errors(), locale);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e, Locale locale) {
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.<String, Object>of("field", f.getField(),
                        "message", problems.message(f.getDefaultMessage() == null ? "problem.field.invalid"
                                : f.getDefaultMessage(), new Object[] {f.getField()}, locale)))
                .toList();
        return problems.of(HttpStatus.BAD_REQUEST, "problem.body.invalid", new Object[0], errors, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e, Locale locale) {
        return problems.of(HttpStatus.BAD_REQUEST, "problem.body.unreadable", new Object[0], locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, Locale locale) {
        return problems.of(HttpStatus.BAD_REQUEST, "problem.parameter.missing",
                new Object[] {e.getParameterName()}, locale);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e, Locale locale) {
        return problems.of(HttpStatus.BAD_REQUEST, "problem.part.missing", new Object[] {e.getRequestPartName()},
                locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return problems.of(HttpStatus.BAD_REQUEST, "problem.parameter.invalid",
                new Object[] {e.getName(), String.valueOf(e.getValue())}, locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.mediaType.unsupported",
                new Object[] {String.valueOf(e.getContentType())}, locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e, Locale locale) {
        return problems.of(HttpStatus.METHOD_NOT_ALLOWED, "problem.method.notAllowed",
                new Object[] {e.getMethod()}, locale);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchEndpoint(NoResourceFoundException e, Locale locale) {
        return problems.of(HttpStatus.NOT_FOUND, "problem.endpoint.notFound", new Object[0], locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return problems.of(HttpStatus.BAD_REQUEST, "problem.upload.tooLarge", new Object[0], locale);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail constraintViolated(DataIntegrityViolationException e, Locale locale) {
        LOG.info("refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
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

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        LOG.error("unexpected failure answering an API call", e);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", new Object[0], locale);
    }
}
