package org.ohsonline.enforcement.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.ohsonline.shared.Hashes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files of inspections on disk, outside the database, stored the way the risk module stores rectification
 * evidence ({@code risk.internal.EvidenceStorage}): under {@code ohs.enforcement.evidence-directory} (standalone:
 * {@code <data directory>/enforcement-evidence}; a temporary directory for an ephemeral database; production names
 * it), each file named by its SHA-256 so that the row's hash names the file and a file changed on disk is detected when
 * read. The type is sniffed from the content (PDF, PNG, JPEG); the name a client sends is kept only as a label.
 */
@Component
class InspectionFileStorage {

	/** A sniffed type and the extension files of it are stored with. */
	record Sniffed(String contentType, String extension) {
	}

	/** Where a file went: its SHA-256 and the name it is stored under. */
	record Stored(String sha256, String storageName) {
	}

	private final Path directory;

	private final long maxBytes;

	InspectionFileStorage(@Value("${ohs.enforcement.evidence-directory:}") String directory,
			@Value("${ohs.standalone.data-directory:./data}") String dataDirectory,
			@Value("${ohs.standalone.ephemeral:false}") boolean ephemeral,
			@Value("${ohs.enforcement.evidence-max-size:10MB}") DataSize maxSize) throws IOException {
		this.directory = !directory.isBlank() ? Path.of(directory)
				: ephemeral ? Files.createTempDirectory("ohs-enforcement-evidence")
						: Path.of(dataDirectory, "enforcement-evidence");
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

	/** Writes the file (once per content). */
	Stored store(byte[] content, Sniffed type) {
		String sha = Hashes.sha256Hex(content);
		String name = sha + "." + type.extension();
		try {
			Files.createDirectories(this.directory);
			Path target = this.directory.resolve(name);
			if (!Files.exists(target)) {
				Path temporary = Files.createTempFile(this.directory, "upload", ".part");
				Files.write(temporary, content, StandardOpenOption.TRUNCATE_EXISTING);
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store the inspection file", ex);
		}
		return new Stored(sha, name);
	}

	/** The stored file to stream, checked against the hash it is stored under. */
	Path read(String storageName, String sha256) {
		Path path = this.directory.resolve(Path.of(storageName).getFileName());
		try (var in = Files.newInputStream(path)) {
			var digest = java.security.MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
			if (!java.util.HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
				throw new IllegalStateException("Inspection file " + storageName + " changed on disk");
			}
			return path;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the inspection file", ex);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
