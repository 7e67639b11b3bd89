package cn.jiedaoflow.overview;

/**
 * One bar of the overview: what is counted ({@code key}, a procedure's key, a group's id, a month {@code 2026-12}),
 * how people read it ({@code name}: the procedure's name, the group's Chinese name, the month) and the number.
 * Public, as the pages' expressions read it.
 */
public record Count(String key, String name, long value) {}
