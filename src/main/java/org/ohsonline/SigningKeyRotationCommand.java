package org.ohsonline;

import java.util.Arrays;

import org.ohsonline.portal.DocumentSigning;
import org.ohsonline.shared.Actor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The documented one-off command that retires the generated document-signing key and makes a new one
 * (docs/operations.md, decision 0024); the running instances sign with the new key from their next
 * document on: {@code java -jar ohs-online.jar --spring.profiles.active=prod --rotate-signing-key}.
 */
@Component
@Order(14)
class SigningKeyRotationCommand implements ApplicationRunner {

	static final String OPTION = "rotate-signing-key";

	private final DocumentSigning signing;

	private final ConfigurableApplicationContext context;

	SigningKeyRotationCommand(DocumentSigning signing, ConfigurableApplicationContext context) {
		this.signing = signing;
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
			String retired = this.signing.activeFingerprint();
			String created = this.signing.rotate(Actor.system("key-rotation"));
			System.out.printf("%nDocument-signing key rotated.%n  retired: %s%n  now:     %s%n"
					+ "Documents signed before stay verifiable.%n", retired, created);
			exitCode = 0;
		}
		catch (RuntimeException ex) {
			System.err.println("Could not rotate the signing key: " + ex.getMessage());
			exitCode = 2;
		}
		int code = exitCode;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
