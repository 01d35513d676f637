package org.ohsonline.projects;

/** A document's name, recognised type and bytes, for a download (always as an attachment). */
public record DocumentDownload(String fileName, String contentType, byte[] content) {
}
