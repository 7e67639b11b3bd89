package cn.jiedaoflow.files;

/**
 * A file as a client sent it: the name it gave (may be null) and its bytes. The web adapters read uploads into
 * this before the domain sees them; {@link UploadedDocument#read} checks it.
 */
public record Upload(String fileName, byte[] content) {}
