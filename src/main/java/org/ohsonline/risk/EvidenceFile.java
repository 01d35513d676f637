package org.ohsonline.risk;

/** The bytes of an evidence file with its sniffed type, for download (never shown inline). */
public record EvidenceFile(String fileName, String contentType, byte[] content) {
}
