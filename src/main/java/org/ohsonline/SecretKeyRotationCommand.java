package org.ohsonline;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PiiCipher;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The documented one-off command that re-encrypts personal data with the current secret key, prints
 * progress and exits (docs/operations.md, decision 0024), while the platform's instances keep serving
 * with {@code OHS_SECRET_KEY} (new) and {@code OHS_SECRET_KEY_PREVIOUS} (old):
 * {@code java -jar ohs-online.jar --spring.profiles.active=prod --rotate-secret-key [--batch-size=500] [--pause=50ms]}.
 * Run again after an interruption, it resumes.
 */
@Component
@Order(13)
class SecretKeyRotationCommand implements ApplicationRunner {

	static final String OPTION = "rotate-secret-key";

	private final SecretKeyRotation rotation;

	private final PiiCipher cipher;

	private final ConfigurableApplicationContext context;

	SecretKeyRotationCommand(SecretKeyRotation rotation, PiiCipher cipher, ConfigurableApplicationContext context) {
		this.rotation = rotation;
		this.cipher = cipher;
		this.context = context;
	}

	static boolean requested(String[] args) {
		return Arrays.stream(args).anyMatch(arg -> arg.equals("--" + OPTION));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		int exitCode;
		try {
			int batchSize = Integer.parseInt(value(args, "batch-size", "500"));
			Duration pause = DurationStyle.detectAndParse(value(args, "pause", "50ms"));
			System.out.printf("%nRe-encrypting personal data with key %s (previous key: %s), %d rows a batch%n",
					this.cipher.keyId(), this.cipher.previousKeyId().orElse("none configured"), batchSize);
			Instant start = Instant.now();
			Instant[] printed = { Instant.EPOCH };
			List<SecretKeyRotation.ColumnResult> results = this.rotation.rotate(Actor.system("key-rotation"), batchSize,
					pause, line -> {
						if (Duration.between(printed[0], Instant.now()).toSeconds() >= 5) {
							printed[0] = Instant.now();
							System.out.println("  " + line);
						}
					});
			for (SecretKeyRotation.ColumnResult result : results) {
				System.out.printf("  %-48s %,12d re-encrypted%s%n", result.column(), result.resealed(),
						result.alreadyDone() ? " (done before)" : "");
			}
			System.out.printf("Done in %d s. Every sealed column now reads with OHS_SECRET_KEY alone: remove "
					+ "OHS_SECRET_KEY_PREVIOUS and restart the instances one by one.%n",
					Duration.between(start, Instant.now()).toSeconds());
			exitCode = 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			System.err.println("Interrupted: run the command again to resume.");
			exitCode = 2;
		}
		catch (RuntimeException ex) {
			System.err.println("Key rotation stopped: " + ex.getMessage() + " (run the command again to resume)");
			exitCode = 2;
		}
		int code = exitCode;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	private static String value(ApplicationArguments args, String name, String fallback) {
		return args.containsOption(name) ? args.getOptionValues(name).get(0) : fallback;
	}

}
