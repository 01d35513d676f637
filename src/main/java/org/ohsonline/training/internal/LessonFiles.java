package org.ohsonline.training.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.ohsonline.shared.Hashes;
import org.ohsonline.training.LessonKind;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Lesson files on disk under {@code ohs.training.file-directory} (standalone: {@code <data directory>/training}),
 * each named by its SHA-256. The kind is sniffed from the content — PDF, MP4 ({@code ftyp} box), WebM (EBML
 * header), PNG, JPEG — whatever name or type the client sends; videos may be larger than documents. Files are
 * stored as uploaded: nothing is transcoded, on the request thread or elsewhere.
 */
@Component
class LessonFiles {

	/** A sniffed type. */
	record Sniffed(LessonKind kind, String contentType, String extension) {
	}

	private final Path directory;

	private final long maxDocumentBytes;

	private final long maxVideoBytes;

	LessonFiles(@Value("${ohs.training.file-directory:}") String directory,
			@Value("${ohs.standalone.data-directory:./data}") String dataDirectory,
			@Value("${ohs.standalone.ephemeral:false}") boolean ephemeral,
			@Value("${ohs.training.max-document-size:20MB}") DataSize maxDocument,
			@Value("${ohs.training.max-video-size:50MB}") DataSize maxVideo) throws IOException {
		this.directory = !directory.isBlank() ? Path.of(directory)
				: ephemeral ? Files.createTempDirectory("ohs-training") : Path.of(dataDirectory, "training");
		this.maxDocumentBytes = maxDocument.toBytes();
		this.maxVideoBytes = maxVideo.toBytes();
	}

	long maxBytes(LessonKind kind) {
		return kind == LessonKind.VIDEO ? this.maxVideoBytes : this.maxDocumentBytes;
	}

	static Optional<Sniffed> sniff(byte[] c) {
		if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
			return Optional.of(new Sniffed(LessonKind.DOCUMENT, "application/pdf", "pdf"));
		}
		if (c.length >= 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G' && c[4] == 0x0d
				&& c[5] == 0x0a && c[6] == 0x1a && c[7] == 0x0a) {
			return Optional.of(new Sniffed(LessonKind.IMAGE, "image/png", "png"));
		}
		if (c.length >= 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8 && (c[2] & 0xff) == 0xff) {
			return Optional.of(new Sniffed(LessonKind.IMAGE, "image/jpeg", "jpg"));
		}
		if (c.length >= 12 && c[4] == 'f' && c[5] == 't' && c[6] == 'y' && c[7] == 'p') {
			return Optional.of(new Sniffed(LessonKind.VIDEO, "video/mp4", "mp4"));
		}
		if (c.length >= 4 && (c[0] & 0xff) == 0x1a && (c[1] & 0xff) == 0x45 && (c[2] & 0xff) == 0xdf
				&& (c[3] & 0xff) == 0xa3) {
			return Optional.of(new Sniffed(LessonKind.VIDEO, "video/webm", "webm"));
		}
		return Optional.empty();
	}

	/** Writes the file once per content; returns its SHA-256. */
	String store(byte[] content, Sniffed type) {
		String sha = Hashes.sha256Hex(content);
		try {
			Files.createDirectories(this.directory);
			Path target = this.directory.resolve(sha + "." + type.extension());
			if (!Files.exists(target)) {
				Path temporary = Files.createTempFile(this.directory, "upload", ".part");
				Files.write(temporary, content);
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store the lesson file", ex);
		}
		return sha;
	}

	/** The stored file as a resource (Spring MVC answers Range requests on it with 206 and the part asked for). */
	Resource resource(String sha256, String contentType) {
		String extension = switch (contentType) {
			case "application/pdf" -> "pdf";
			case "image/png" -> "png";
			case "image/jpeg" -> "jpg";
			case "video/webm" -> "webm";
			default -> "mp4";
		};
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalStateException("Not a stored file name: " + sha256);
		}
		return new FileSystemResource(this.directory.resolve(sha256 + "." + extension));
	}

}
