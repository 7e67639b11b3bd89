package cn.jiedaoflow.scope;

/**
 * A residents' area to create, or its new name.
 *
 * @param name the area's name, e.g. {@code 程家桥第一居民区}; unique
 */
public record AreaRequest(String name) {}
