package org.ohsonline.shared.demo;

import java.util.List;

import org.springframework.boot.ApplicationArguments;

/** The options of the standalone commands and benchmarks ({@code --name=value}): the first value, or a default. */
public final class CommandOptions {

	private CommandOptions() {
	}

	public static int integer(ApplicationArguments args, String name, int fallback) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? fallback : Integer.parseInt(values.get(0));
	}

	public static String text(ApplicationArguments args, String name, String fallback) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? fallback : values.get(0);
	}

}
