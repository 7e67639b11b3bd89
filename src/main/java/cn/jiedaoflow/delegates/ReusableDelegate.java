package cn.jiedaoflow.delegates;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a delegate or listener that any model may use: it has an element template in
 * {@code processes/.camunda/element-templates/} (Camunda Modeler offers it there), the template's fields are the
 * inputs it reads, and the model lint refuses an element that names it without the template (docs/model-lint.md,
 * docs/element-templates.md). Its counterpart is {@link ProcedureDelegate}: every delegate bean carries one of the
 * two.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReusableDelegate {

    /** The id of its element template, e.g. {@code cn.jiedaoflow.notify-applicant}. */
    String template();

    /** The names of the input parameters it reads: those its template's fields set, no more and no fewer. */
    String[] inputs();
}
