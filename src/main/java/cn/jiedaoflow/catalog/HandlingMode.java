package cn.jiedaoflow.catalog;

/** How a matter is handled: fully online (全程网办) or with one visit to the window (最多跑一次). */
public enum HandlingMode {
    ONLINE_ONLY,
    ONE_VISIT
}
