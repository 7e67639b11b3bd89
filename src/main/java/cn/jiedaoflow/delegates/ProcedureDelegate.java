package cn.jiedaoflow.delegates;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a delegate or listener that belongs to one procedure: it reads that procedure's variables and serves its
 * model alone, so it has no element template and no other model may name it. Its counterpart is
 * {@link ReusableDelegate}: every delegate bean carries one of the two.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProcedureDelegate {

    /** The key of the process it serves (the name of its file in {@code processes/}), e.g. {@code owners-vote}. */
    String value();
}
