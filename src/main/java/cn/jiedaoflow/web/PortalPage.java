package cn.jiedaoflow.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that renders the resident portal's pages, whatever its package: each of its pages gets the
 * portal's header (who is signed in, the unread count, the language) from {@code portal.PortalHeader}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PortalPage {}
