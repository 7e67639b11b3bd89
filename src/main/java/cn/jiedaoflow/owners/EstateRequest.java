package cn.jiedaoflow.owners;

/**
 * A new estate.
 *
 * @param name    the estate's name, e.g. {@code 程家桥花园}
 * @param address district and street address, e.g. {@code 长宁区程家桥路 100 弄}
 */
record EstateRequest(String name, String address) {}
