package cn.jiedaoflow.files;

/** A stored document's file, to send back as it was handed in. */
public record DocumentDownload(String fileName, String contentType, byte[] content) {}
