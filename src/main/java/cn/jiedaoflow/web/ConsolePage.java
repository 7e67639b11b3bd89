package cn.jiedaoflow.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that renders pages of the staff console ({@code /console}, docs/console.md), whatever its
 * package: each of its pages gets the console's header (who is signed in, the sections they may open, the language)
 * from {@code console.ConsoleHeader}, and is refused to anyone but staff.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ConsolePage {}
