package org.ohsonline.promotion;

/** An evidence file's name, sniffed type and bytes, for a download. */
public record EvidenceDownload(String fileName, String contentType, byte[] content) {
}
