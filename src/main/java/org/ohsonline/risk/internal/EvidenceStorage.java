package org.ohsonline.risk.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.ohsonline.shared.Hashes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files on disk, outside the database: under {@code ohs.risk.evidence-directory} (in standalone
 * mode {@code <data directory>/evidence}, a temporary directory for an ephemeral database; production names
 * it), each under its SHA-256, so the row's hash names the file and a file changed on disk is detected
 * when read. The type is sniffed from the content (PDF, PNG, JPEG); the name a client sends is ignored.
 */
@Component
class EvidenceStorage {

	/** A sniffed type and the extension files of it are stored with. */
	record Sniffed(String contentType, String extension) {
	}

	private final Path directory;

	private final long maxBytes;

	EvidenceStorage(@Value("${ohs.risk.evidence-directory:}") String directory,
			@Value("${ohs.standalone.data-directory:./data}") String dataDirectory,
			@Value("${ohs.standalone.ephemeral:false}") boolean ephemeral,
			@Value("${ohs.risk.evidence-max-size:10MB}") DataSize maxSize) throws IOException {
		this.directory = !directory.isBlank() ? Path.of(directory)
				: ephemeral ? Files.createTempDirectory("ohs-evidence") : Path.of(dataDirectory, "evidence");
		this.maxBytes = maxSize.toBytes();
	}

	long maxBytes() {
		return this.maxBytes;
	}

	static Optional<Sniffed> sniff(byte[] content) {
		if (content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F'
				&& content[4] == '-') {
			return Optional.of(new Sniffed("application/pdf", "pdf"));
		}
		if (content.length >= 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N'
				&& content[3] == 'G' && content[4] == 0x0d && content[5] == 0x0a && content[6] == 0x1a && content[7] == 0x0a) {
			return Optional.of(new Sniffed("image/png", "png"));
		}
		if (content.length >= 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
				&& (content[2] & 0xff) == 0xff) {
			return Optional.of(new Sniffed("image/jpeg", "jpg"));
		}
		return Optional.empty();
	}

	/** Writes the file (once per content) and returns its SHA-256 and stored name. */
	String[] store(byte[] content, Sniffed type) {
		String sha = Hashes.sha256Hex(content);
		String name = sha + "." + type.extension();
		try {
			Files.createDirectories(this.directory);
			Path target = this.directory.resolve(name);
			if (!Files.exists(target)) {
				Path temporary = Files.createTempFile(this.directory, "upload", ".part");
				Files.write(temporary, content, StandardOpenOption.TRUNCATE_EXISTING);
				Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store the evidence file", ex);
		}
		return new String[] { sha, name };
	}

	/** The stored bytes, checked against the hash they are stored under. */
	byte[] read(String storageName, String sha256) {
		try {
			byte[] content = Files.readAllBytes(this.directory.resolve(Path.of(storageName).getFileName()));
			if (!Hashes.sha256Hex(content).equals(sha256)) {
				throw new IllegalStateException("Evidence file " + storageName + " changed on disk");
			}
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the evidence file", ex);
		}
	}

}
