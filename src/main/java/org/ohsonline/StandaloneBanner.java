package org.ohsonline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ohsonline.iam.DemoLogin;
import org.ohsonline.iam.DemoLogins;
import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.demo.DemoSeeding;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says loudly that this is the standalone demo: where its data lives, where to open it, and how to
 * log in. Passwords are printed only on the start that generated them.
 */
@Component
@Profile("!prod")
class StandaloneBanner {

	private final StandaloneSettings settings;

	private final DemoLogins demo;

	private final Environment environment;

	private final SyntheticData synthetic;

	private final Divisions divisions;

	private final DemoSeeding seeding;

	StandaloneBanner(StandaloneSettings settings, DemoLogins demo, Environment environment, SyntheticData synthetic,
			Divisions divisions, DemoSeeding seeding) {
		this.settings = settings;
		this.demo = demo;
		this.environment = environment;
		this.synthetic = synthetic;
		this.divisions = divisions;
		this.seeding = seeding;
	}

	@EventListener(ApplicationReadyEvent.class)
	void print() {
		if (this.environment.getProperty("local.server.port") == null) {
			return;
		}
		String host = this.environment.getProperty("server.address", "localhost");
		String url = "http://" + ("127.0.0.1".equals(host) || "0.0.0.0".equals(host) ? "localhost" : host) + ":"
				+ this.environment.getProperty("local.server.port") + "/";
		List<String> lines = new ArrayList<>();
		lines.add("OHS Online (职业健康在线) — STANDALONE DEMO MODE, synthetic demo data");
		lines.add("");
		lines.add("Open:      " + url);
		lines.add("Listening: " + host + (host.startsWith("127.") ? " (this machine only)" : ""));
		lines.add("Database:  embedded PostgreSQL, "
				+ (this.settings.ephemeral() ? "ephemeral (discarded on exit)" : this.settings.postgresDirectory()));
		lines.add("Data:      " + this.settings.dataDirectory());
		lines.add("Register:  " + register());
		if (!this.demo.logins().isEmpty()) {
			lines.add("");
			lines.add("Demo logins (username / password / role / region):");
			boolean anyNew = false;
			for (DemoLogin login : this.demo.logins()) {
				anyNew |= login.password() != null;
				lines.add(String.format("  %-12s %-20s %-22s %s", login.username(),
						login.password() == null ? "(see file below)" : login.password(), login.roleCode(),
						login.regionCode()));
			}
			lines.add(anyNew ? "Passwords are printed this once and saved to " + this.demo.credentialsFile()
					: "Passwords: " + this.demo.credentialsFile());
		}
		lines.add("");
		lines.add("Production: start with --spring.profiles.active=prod and OHS_DB_URL, OHS_DB_USER,");
		lines.add("OHS_DB_PASSWORD, OHS_SECRET_KEY set (README.md).");
		int width = lines.stream().mapToInt(String::length).max().orElse(60) + 4;
		StringBuilder out = new StringBuilder("\n").append("=".repeat(width)).append('\n');
		lines.forEach(line -> out.append("  ").append(line).append('\n'));
		out.append("=".repeat(width)).append('\n');
		System.out.println(out);
	}

	/**
	 * What the demo logins will see, such as: synthetic county 拱墅区: 3000 employers, 101234 workers (seed 7),
	 * or, on a first start, that it is on its way.
	 */
	private String register() {
		SyntheticData.Census census = this.synthetic.census();
		if (census.employers() == 0 && census.workers() == 0) {
			if (this.seeding.progress().arriving()) {
				String scale = this.environment.getProperty("ohs.demo.synthetic-scale", "county");
				return "synthetic " + scale.toLowerCase(Locale.ROOT) + " "
						+ this.divisions.find(SyntheticData.Scale.parse(scale).regionCode()).map(Division::name).orElse("")
						+ " being made in the background (the logins work now; pages say what is still arriving)";
			}
			return "no synthetic data";
		}
		String scale = census.lastScale().map(s -> {
			SyntheticData.Scale known = SyntheticData.Scale.parse(s);
			String region = this.divisions.find(known.regionCode()).map(Division::name).orElse(known.regionCode());
			return s.toLowerCase(Locale.ROOT) + " " + region;
		}).orElse("data");
		return String.format("synthetic %s: %,d employers, %,d workers%s", scale, census.employers(), census.workers(),
				census.lastSeed().map(seed -> " (seed " + seed + ")").orElse(""));
	}

}
