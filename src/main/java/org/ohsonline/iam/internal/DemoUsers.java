package org.ohsonline.iam.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.iam.DemoLogin;
import org.ohsonline.iam.DemoLogins;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Standalone mode's demo accounts, one per role, in the synthetic county 拱墅区 (330105) of 杭州市.
 * Created with random passwords on first start, written once to the credentials file; never in
 * production ({@code ohs.demo.enabled=false}).
 */
@Component
@Order(5)
class DemoUsers implements ApplicationRunner, DemoLogins {

	static final String COUNTY = "330105";

	/** A synthetic employer code (valid check character, marked as demo by its organisation part). */
	static final String DEMO_EMPLOYER = demoCreditCode();

	/**
	 * The synthetic agency and institution the agency module generates for the demo logins
	 * (docs/synthetic-data.md): a company (91…) and a public institution (12…) in 拱墅区.
	 */
	static final String DEMO_AGENCY = withCheck("91330105DEMAG0001");

	static final String DEMO_INSTITUTION = withCheck("12330105DEMEX0001");

	/** The synthetic diagnosis institution (职业病防治院) of 拱墅区, which also runs the demo rehabilitation station. */
	static final String DEMO_DIAGNOSIS = withCheck("12330105DEMDX0001");

	private record Spec(String username, String displayName, String role, String region, Scope.Kind kind,
			String scopeValue) {
	}

	private final UserAccountRepository users;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final PiiCipher cipher;

	private final Clock clock;

	private final boolean enabled;

	private final Path credentialsFile;

	private final List<DemoLogin> logins = new ArrayList<>();

	DemoUsers(UserAccountRepository users, PasswordPolicy policy, PasswordEncoder encoder, AuditTrail audit,
			TransactionTemplate transactions, PiiCipher cipher, Clock clock,
			@Value("${ohs.demo.enabled:false}") boolean enabled,
			@Value("${ohs.demo.credentials-file:${ohs.standalone.data-directory:./data}/demo-credentials.txt}") Path credentialsFile) {
		this.users = users;
		this.policy = policy;
		this.encoder = encoder;
		this.audit = audit;
		this.transactions = transactions;
		this.cipher = cipher;
		this.clock = clock;
		this.enabled = enabled;
		this.credentialsFile = credentialsFile.toAbsolutePath().normalize();
	}

	private List<Spec> specs() {
		String worker = this.cipher.blindIndex(demoIdNumber());
		return List.of(new Spec("admin", "平台管理员（演示）", "PLATFORM_ADMIN", "33", Scope.Kind.REGION, "33"),
				new Spec("province", "省级监管（演示）", "PROVINCIAL_SUPERVISOR", "33", Scope.Kind.REGION, "33"),
				new Spec("city", "杭州市监管（演示）", "MUNICIPAL_SUPERVISOR", "3301", Scope.Kind.REGION, "3301"),
				new Spec("county", "拱墅区监管（演示）", "COUNTY_SUPERVISOR", COUNTY, Scope.Kind.REGION, COUNTY),
				new Spec("inspector", "拱墅区执法（演示）", "INSPECTOR", COUNTY, Scope.Kind.REGION, COUNTY),
				new Spec("cdc", "杭州市疾控（演示）", "CDC_ANALYST", "3301", Scope.Kind.REGION, "3301"),
				new Spec("expert", "杭州市职业健康专家（演示）", "EXPERT", "3301", Scope.Kind.REGION, "3301"),
				new Spec("grid", "拱墅区网格员（演示）", "GRID_ASSISTANT", COUNTY, Scope.Kind.REGION, COUNTY),
				new Spec("employer", "用人单位管理员（演示）", "EMPLOYER_MANAGER", COUNTY, Scope.Kind.EMPLOYER, DEMO_EMPLOYER),
				new Spec("agency", "技术服务机构（演示）", "AGENCY_STAFF", "3301", Scope.Kind.AGENCY, DEMO_AGENCY),
				new Spec("institution", "体检机构（演示）", "INSTITUTION_STAFF", "3301", Scope.Kind.INSTITUTION,
						DEMO_INSTITUTION),
				new Spec("diagnosis", "诊断机构（演示）", "INSTITUTION_STAFF", "3301", Scope.Kind.INSTITUTION, DEMO_DIAGNOSIS),
				new Spec("worker", "劳动者（演示）", "WORKER", COUNTY, Scope.Kind.PERSON, worker));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		List<String> lines = new ArrayList<>();
		// bcrypt is slow on purpose; the new accounts' hashes are worked out on every core at once,
		// since the demo logins are what a first start waits for.
		Map<String, String> passwords = new java.util.concurrent.ConcurrentHashMap<>();
		Map<String, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();
		specs().stream()
			.filter(spec -> !this.users.existsByUsername(spec.username()))
			.forEach(spec -> passwords.put(spec.username(), this.policy.generate()));
		passwords.entrySet().parallelStream().forEach(e -> hashes.put(e.getKey(), this.encoder.encode(e.getValue())));
		this.transactions.executeWithoutResult(status -> {
			for (Spec spec : specs()) {
				String password = passwords.get(spec.username());
				if (password == null || this.users.existsByUsername(spec.username())) {
					this.logins.add(new DemoLogin(spec.username(), spec.role(), spec.region(), null));
					continue;
				}
				UserAccount user = UserAccount.create(spec.username(), spec.displayName(), hashes.get(spec.username()),
						spec.region(), new Scope(spec.kind(), spec.scopeValue()), null, Set.of(spec.role()), false,
						Instant.now(this.clock));
				this.users.save(user);
				this.audit.record(Actor.system("demo-data"), "iam.user.created",
						AuditTarget.of("user", user.id(), user.regionCode()), null, user.snapshot());
				this.logins.add(new DemoLogin(spec.username(), spec.role(), spec.region(), password));
				lines.add(spec.username() + "\t" + password + "\t" + spec.role() + "\t" + spec.region());
			}
		});
		if (!lines.isEmpty()) {
			writeCredentials(lines);
		}
	}

	/**
	 * Writes the new logins' passwords: a new file on the first start; when a later version brings a new demo login,
	 * its line is added and the passwords written before are kept (they are nowhere else), except those of logins made
	 * again now (a database started afresh beside an old file).
	 */
	private void writeCredentials(List<String> lines) {
		List<String> content = new ArrayList<>();
		java.util.Set<String> made = new java.util.HashSet<>();
		lines.forEach(line -> made.add(line.split("\t", 2)[0]));
		try {
			if (Files.exists(this.credentialsFile)) {
				for (String line : Files.readAllLines(this.credentialsFile, StandardCharsets.UTF_8)) {
					if (line.startsWith("#") || !made.contains(line.split("\t", 2)[0])) {
						content.add(line);
					}
				}
				content.add("# added " + Instant.now(this.clock));
			}
			else {
				content.add("# OHS Online standalone demo logins (synthetic demo data), generated " + Instant.now(this.clock));
				content.add("# username\tpassword\trole\tregion");
			}
			content.addAll(lines);
			Files.createDirectories(this.credentialsFile.getParent());
			Files.write(this.credentialsFile, content, StandardCharsets.UTF_8);
			Files.setPosixFilePermissions(this.credentialsFile, PosixFilePermissions.fromString("rw-------"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.credentialsFile, ex);
		}
	}

	@Override
	public List<DemoLogin> logins() {
		return List.copyOf(this.logins);
	}

	@Override
	public Path credentialsFile() {
		return this.credentialsFile;
	}

	private static String demoCreditCode() {
		// 9 (registered by the market regulator), 1 (company), 330105 (拱墅区), organisation part "DEM000001".
		String first17 = "91330105DEM000001";
		return first17 + CreditCode.checkCharacter(first17);
	}

	private static String withCheck(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

	private static String demoIdNumber() {
		String first17 = "33010519900307001";
		return first17 + IdNumber.checkCharacter(first17);
	}


}
