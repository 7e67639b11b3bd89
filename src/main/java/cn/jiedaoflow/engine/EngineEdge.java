package cn.jiedaoflow.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of a procedure that talks to the engine besides its delegates and listeners: the one that
 * starts the procedure's processes and correlates its messages, the grants a module gives on its own models,
 * the clock the engine reads. {@code ArchitectureTests} lets only such classes, the delegates and listeners
 * and the shared engine packages use the engine's API, so that the way out to another Camunda 7 line stays
 * mechanical (docs/decisions/0001-engine-line.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EngineEdge {}
