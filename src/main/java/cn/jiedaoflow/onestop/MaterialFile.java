package cn.jiedaoflow.onestop;

import cn.jiedaoflow.files.DocumentType;

/** A material file as uploaded and checked: its material code, its safe name, its type by content, its bytes. */
public record MaterialFile(String materialCode, String fileName, DocumentType type, byte[] content) {

    public String sha256() {
        return DocumentType.sha256(content);
    }
}
