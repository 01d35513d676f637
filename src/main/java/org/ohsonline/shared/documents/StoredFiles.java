package org.ohsonline.shared.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.ohsonline.shared.Hashes;

import org.springframework.util.unit.DataSize;

/**
 * Uploaded files on disk, outside the database, each named by its SHA-256, which the row that refers to it keeps and
 * every read checks (a file changed on disk is refused). PDF, PNG and JPEG only, recognised by content whatever the
 * client's name or type, so nothing uploaded is ever served as HTML. A module keeps its own store in its own directory:
 * the one configured, else {@code <data directory>/<name>} in standalone mode, else a temporary directory for an
 * ephemeral database.
 */
public class StoredFiles {

	private final Path directory;

	private final long maxBytes;

	private final String what;

	/**
	 * @param configured the module's configured directory, blank for the default
	 * @param name the directory's name under the standalone data directory
	 * @param what what the files are, for error messages ("evidence file")
	 */
	protected StoredFiles(String configured, String dataDirectory, boolean ephemeral, String name, DataSize max,
			String what) throws IOException {
		this.directory = !configured.isBlank() ? Path.of(configured)
				: ephemeral ? Files.createTempDirectory("ohs-" + name) : Path.of(dataDirectory, name);
		this.maxBytes = max.toBytes();
		this.what = what;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	/** The content's type by its first bytes: PDF, PNG or JPEG; empty for anything else. */
	public static Optional<String> sniff(byte[] c) {
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

	/** Writes the content once (under its SHA-256, atomically) and returns the SHA-256. */
	public String store(byte[] content) {
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
			throw new UncheckedIOException("Cannot store the " + this.what, ex);
		}
		return sha;
	}

	/** The content stored under {@code sha256}, checked against it. */
	public byte[] read(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalStateException("Not a stored file name: " + sha256);
		}
		try {
			byte[] content = Files.readAllBytes(this.directory.resolve(sha256));
			if (!Hashes.sha256Hex(content).equals(sha256)) {
				throw new IllegalStateException("The " + this.what + " " + sha256 + " does not match its hash");
			}
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the " + this.what, ex);
		}
	}

}
