package cn.jiedaoflow.onestop;

import cn.jiedaoflow.files.DocumentType;
import cn.jiedaoflow.files.UploadedDocument;

/** A checked document handed in for one required material of the matter. */
record MaterialFile(String materialCode, UploadedDocument document) {

    public String fileName() {
        return document.fileName();
    }

    public DocumentType type() {
        return document.type();
    }

    public byte[] content() {
        return document.content();
    }

    public String sha256() {
        return document.sha256();
    }
}
