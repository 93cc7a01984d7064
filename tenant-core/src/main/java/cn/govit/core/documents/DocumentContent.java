package cn.govit.core.documents;

/** A stored document with its bytes, exactly as uploaded. */
public record DocumentContent(DocumentView document, byte[] bytes) {
}
