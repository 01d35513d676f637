package org.ohsonline.projects.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.ohsonline.shared.Hashes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Stage documents on disk under {@code ohs.projects.document-directory} (standalone: {@code <data directory>/projects};
 * a temporary directory for an ephemeral database), each named by its SHA-256, which the row keeps and every read
 * checks. PDF, PNG and JPEG only, recognised by content whatever the client's name or type — so nothing uploaded is
 * ever served as HTML —, at most {@code ohs.projects.document-max-size} (20 MB: evaluation reports are long).
 */
@Component
class ProjectFiles {

	private final Path directory;

	private final long maxBytes;

	ProjectFiles(@Value("${ohs.projects.document-directory:}") String directory,
			@Value("${ohs.standalone.data-directory:./data}") String dataDirectory,
			@Value("${ohs.standalone.ephemeral:false}") boolean ephemeral,
			@Value("${ohs.projects.document-max-size:20MB}") DataSize max) throws IOException {
		this.directory = !directory.isBlank() ? Path.of(directory)
				: ephemeral ? Files.createTempDirectory("ohs-projects") : Path.of(dataDirectory, "projects");
		this.maxBytes = max.toBytes();
	}

	long maxBytes() {
		return this.maxBytes;
	}

	static Optional<String> sniff(byte[] c) {
		if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
			return Optional.of("application/pdf");
		}
		if (c.length >= 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
			return Optional.of("image/png");
		}
		if (c.length >= 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8 && (c[2] & 0xff) == 0xff) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	String store(byte[] content) {
		String sha = Hashes.sha256Hex(content);
		try {
			Files.createDirectories(this.directory);
			Path target = this.directory.resolve(sha);
			if (!Files.exists(target)) {
				Path temporary = Files.createTempFile(this.directory, "upload", ".part");
				Files.write(temporary, content);
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store the project document", ex);
		}
		return sha;
	}

	byte[] read(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalStateException("Not a stored file name: " + sha256);
		}
		try {
			byte[] content = Files.readAllBytes(this.directory.resolve(sha256));
			if (!Hashes.sha256Hex(content).equals(sha256)) {
				throw new IllegalStateException("Project document " + sha256 + " does not match its hash");
			}
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the project document", ex);
		}
	}

}
