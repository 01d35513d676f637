package org.ohsonline.authorization;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.ApiTokens;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.RoleAdministration;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.iam.internal.UserView;
import org.ohsonline.registry.imports.ImportJobs;
import org.ohsonline.registry.imports.ImportKind;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;

/**
 * The matrix's two worlds and its logins. The in-scope world lives in 拱墅区 (330105) and belongs to
 * the matrix, so in-scope writes change only matrix data; the foreign world lives in 南京市玄武区
 * (320102), outside every demo role's jurisdiction (all are in 浙江, 33), and every text in it carries
 * {@link #MARKER}. The logins {@code mx-*} have the demo logins' roles, scoped to the in-scope world.
 *
 * <p>The bundled division catalog holds 浙江 only, and every module checks region codes against it.
 * The foreign world is therefore registered while three 江苏 divisions (32, 3201, 320102) are added to
 * the catalog in force, and those entries are removed again at once: other tests see the catalog as
 * bundled, and the foreign records keep their codes (pages show the code where a name is missing).
 */
final class MatrixWorld {

	static final String MARKER = "跨域标记ZX9Q";

	/** A search text that finds the foreign world's names without echoing the whole marker. */
	static final String PROBE_TEXT = "ZX9Q";

	static final String FOREIGN_REGION = "320102";

	static final String FOREIGN_USER = "mx-foreign";

	static final String TARGET_USER = "mx-target";

	static final String CUSTOM_ROLE = "MX_MATRIX";

	private static Object builtFor;

	private static MatrixWorld built;

	final Map<String, String> inside;

	final Map<String, String> foreign;

	final Map<MatrixRole, Map<String, String>> own = new EnumMap<>(MatrixRole.class);

	final Map<MatrixRole, Map<String, String>> foreignOwn = new EnumMap<>(MatrixRole.class);

	final Map<MatrixRole, String> tokens = new EnumMap<>(MatrixRole.class);

	final Map<MatrixRole, Set<String>> permissions = new EnumMap<>(MatrixRole.class);

	private MatrixWorld(Map<String, String> inside, Map<String, String> foreign) {
		this.inside = inside;
		this.foreign = foreign;
	}

	/** The world of this application context, built on first use. */
	static synchronized MatrixWorld of(Object context, Builders builders) throws Exception {
		if (built == null || builtFor != context) {
			built = create(builders);
			builtFor = context;
		}
		return built;
	}

	/** What a binding key stands for to the role, in scope or in the foreign world ({@code null}: nothing there). */
	String value(MatrixRole role, String key, boolean foreignSide) {
		Map<String, String> perRole = (foreignSide ? this.foreignOwn : this.own).get(role);
		if (perRole != null && perRole.containsKey(key)) {
			return perRole.get(key);
		}
		return (foreignSide ? this.foreign : this.inside).get(key);
	}

	/** The beans the world is built with. */
	record Builders(SideBuilder sides, CareBuilder care, RiskBuilder risk, TrainingBuilder training,
			EnforcementBuilder enforcement, PromotionBuilder promotion, ProjectsBuilder projects, RadiationBuilder radiation,
			CdcMonitoringBuilder cdcMonitoring, GridBuilder grids,
			AgencyRatingBuilder agencyRatings, TestUsers users, UserAdministration administration,
			RoleAdministration roles, ImportJobs imports, PiiCipher cipher, JdbcClient jdbc, CacheCoherence caches, MockMvc mvc) {
	}

	private static MatrixWorld create(Builders b) throws Exception {
		SideBuilder.Spec home = new SideBuilder.Spec("33", "3301", "330105", "330105001", "矩阵");
		SideBuilder.Spec away = new SideBuilder.Spec("32", "3201", FOREIGN_REGION, FOREIGN_REGION, MARKER);
		Map<String, String> inside = b.sides().build(home);
		b.care().build(home, inside);
		b.risk().build(home, inside);
		b.training().build(home, inside);
		b.enforcement().build(home, inside, true);
		b.promotion().build(home, inside);
		b.projects().build(home, inside);
		b.radiation().build(home, inside);
		b.cdcMonitoring().build(home, inside);
		b.grids().build(home, inside, true);
		b.agencyRatings().build(home, inside);
		Map<String, String> foreign;
		UserView stranger;
		addForeignDivisions(b.jdbc());
		// Written with SQL into the divisions' version in force: the catalog lookups must not answer from before.
		b.caches().invalidate(DIVISION_CACHE);
		try {
			foreign = b.sides().build(away);
			b.care().build(away, foreign);
			b.risk().build(away, foreign);
			b.training().build(away, foreign);
			b.enforcement().build(away, foreign, false);
			b.promotion().build(away, foreign);
			b.projects().build(away, foreign);
			b.radiation().build(away, foreign);
			b.cdcMonitoring().build(away, foreign);
			b.grids().build(away, foreign, false);
			b.agencyRatings().build(away, foreign);
			stranger = foreignUser(b);
		}
		finally {
			removeForeignDivisions(b.jdbc());
			b.caches().invalidate(DIVISION_CACHE);
		}
		// A document's public verification page is meant for anyone holding its code: no foreign cell.
		foreign.remove("document");
		// So is the public page of a monitoring project's draw, meant for anyone to redo it.
		foreign.remove("cdc.publicDraw");
		inside.put("fresh.idNumber", SideBuilder.idNumber("33010519900101555"));
		MatrixWorld world = new MatrixWorld(inside, foreign);
		world.createLogins(b);
		world.foreign.put("user", String.valueOf(stranger.id()));
		UserView target = b.users().ensure(TARGET_USER, "INSPECTOR", "330105", null);
		world.inside.put("user", String.valueOf(target.id()));
		List<Long> strangerTokens = world.issueTokens(b, FOREIGN_USER, Set.of("iam:token:write"), 2);
		world.foreign.put("token.console", String.valueOf(strangerTokens.get(0)));
		world.foreign.put("token.api", String.valueOf(strangerTokens.get(1)));
		world.foreign.put("import", String.valueOf(startImport(b, new Actor(stranger.id(), FOREIGN_USER,
				stranger.displayName(), FOREIGN_REGION, Scope.region(FOREIGN_REGION),
				Set.of("registry:import:write", "registry:employer:write"), "127.0.0.1", Actor.Channel.UI),
				ImportKind.EMPLOYERS, MARKER)));
		world.inside.put("audit", auditEntry(b.jdbc(), inside.get("employer")));
		world.foreign.put("audit", auditEntry(b.jdbc(), foreign.get("employer")));
		if (b.roles().roles(Actor.system("matrix")).stream().noneMatch(r -> r.code().equals(CUSTOM_ROLE))) {
			b.roles().create(Actor.system("matrix"), new RoleAdministration.RoleCommand(CUSTOM_ROLE, "矩阵角色",
					"Matrix role", "REGION", Set.of("reference:catalog:read")));
		}
		// The target user also holds the custom role, so pages naming its roles show a custom role's name.
		if (!target.roles().contains(CUSTOM_ROLE)) {
			b.administration().update(Actor.system("matrix"), target.id(), new UserCommand(TARGET_USER,
					target.displayName(), "330105", null, Set.of("INSPECTOR", CUSTOM_ROLE), null, true));
		}
		return world;
	}

	private void createLogins(Builders b) throws Exception {
		for (MatrixRole role : MatrixRole.values()) {
			if (!role.loggedIn()) {
				continue;
			}
			UserView user = switch (role.scopeKind) {
				case REGION -> b.users().ensure(role.username, role.role, role.region, null);
				case EMPLOYER -> scoped(b, role, this.inside.get("employer.creditCode"));
				case AGENCY -> scoped(b, role, this.inside.get("agency.creditCode"));
				case INSTITUTION -> scoped(b, role, this.inside.get(role == MatrixRole.DIAGNOSIS ? "diagnosis.creditCode"
						: "institution.creditCode"));
				case PERSON -> scoped(b, role, b.cipher().blindIndex(this.inside.get("worker.idNumber")));
			};
			Set<String> held = Set.copyOf(b.jdbc()
				.sql("select permission_code from iam.role_permission where role_code = :role")
				.param("role", role.role)
				.query(String.class)
				.list());
			this.permissions.put(role, held);
			this.tokens.put(role, ApiTokens.issue(b.mvc(), b.users().as(role.username), held.toArray(String[]::new)));
			List<Long> sacrificial = issueTokens(b, role.username, Set.of("iam:token:write"), 2);
			Map<String, String> mine = new HashMap<>();
			Map<String, String> theirs = new HashMap<>();
			String org = switch (role) {
				case INSTITUTION -> "institution";
				case DIAGNOSIS -> "diagnosis";
				default -> "agency";
			};
			for (String suffix : List.of("", ".staff", ".engagement", ".creditCode")) {
				mine.put("org" + suffix, this.inside.get(org + suffix));
				theirs.put("org" + suffix, this.foreign.get(org + suffix));
			}
			String notice = switch (role) {
				case EMPLOYER -> "notice.employer";
				case INSTITUTION -> "notice.institution";
				case DIAGNOSIS -> "notice.diagnosis";
				default -> "notice.region";
			};
			String service = switch (role) {
				case INSTITUTION -> "HEALTH_EXAMINATION";
				case DIAGNOSIS -> "DIAGNOSIS";
				default -> "PERIODIC_TESTING";
			};
			mine.put("org.service", service);
			theirs.put("org.service", service);
			mine.put("notice", this.inside.get(notice));
			theirs.put("notice", this.foreign.get(notice));
			mine.put("token.console", String.valueOf(sacrificial.get(0)));
			mine.put("token.api", String.valueOf(sacrificial.get(1)));
			if (held.contains("registry:import:write")) {
				ImportKind kind = role.scopeKind == Scope.Kind.REGION ? ImportKind.EMPLOYERS : ImportKind.WORKERS;
				mine.put("import", String.valueOf(startImport(b, new Actor(user.id(), role.username, user.displayName(),
						role.region, new Scope(role.scopeKind, user.scopeValue()), held, "127.0.0.1", Actor.Channel.UI),
						kind, "矩阵")));
			}
			this.own.put(role, mine);
			this.foreignOwn.put(role, theirs);
		}
		for (MatrixRole role : MatrixRole.values()) {
			this.own.computeIfAbsent(role, r -> new HashMap<>())
				.putIfAbsent("import", this.own.get(MatrixRole.COUNTY).get("import"));
			this.foreignOwn.computeIfAbsent(role, r -> new HashMap<>(this.foreignOwn.get(MatrixRole.ADMIN)));
		}
		this.own.get(MatrixRole.ANONYMOUS).putAll(this.own.get(MatrixRole.ADMIN));
	}

	private static UserView scoped(Builders b, MatrixRole role, String scopeValue) {
		return b.users().ensureScoped(role.username, role.role, role.region, role.scopeKind, scopeValue);
	}

	/** Tokens that a matrix request may revoke or delete, so the login's own API token stays valid. */
	private List<Long> issueTokens(Builders b, String username, Set<String> permissions, int count) throws Exception {
		for (int i = 0; i < count; i++) {
			ApiTokens.issue(b.mvc(), b.users().as(username), permissions.toArray(String[]::new));
		}
		List<Long> ids = b.jdbc()
			.sql("select t.id from iam.api_token t join iam.app_user u on u.id = t.app_user where u.username = :u order by t.id desc")
			.param("u", username)
			.query(Long.class)
			.list();
		return List.copyOf(ids.subList(0, count));
	}

	private static UserView foreignUser(Builders b) {
		Actor system = Actor.system("matrix");
		UserAdministration.WithPassword created = b.administration().create(system, new UserCommand(FOREIGN_USER,
				MARKER + "玄武区监管", FOREIGN_REGION, null, Set.of("COUNTY_SUPERVISOR"), "13900009999", true));
		Actor self = new Actor(created.user().id(), FOREIGN_USER, FOREIGN_USER, FOREIGN_REGION,
				Scope.region(FOREIGN_REGION), Set.of(), "127.0.0.1", Actor.Channel.UI);
		b.administration().changeOwnPassword(self, created.oneTimePassword(), TestUsers.PASSWORD, TestUsers.PASSWORD);
		return b.administration().get(system, created.user().id());
	}

	/** An import with one rejected row, so it can be shown, downloaded, applied (refused) and discarded. */
	private static long startImport(Builders b, Actor owner, ImportKind kind, String label) throws Exception {
		String csv = String.join(",", kind.header()) + "\r\n" + label + "无效行" + ",".repeat(kind.header().size() - 1)
				+ "\r\n";
		long id = b.imports().start(owner, kind, label + "导入.csv",
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Locale.SIMPLIFIED_CHINESE);
		await().atMost(Duration.ofSeconds(60)).until(() -> !b.imports().job(owner, id).running());
		return id;
	}

	private static String auditEntry(JdbcClient jdbc, String employerId) {
		return String.valueOf(jdbc.sql("""
				select max(id) from audit.entry where target_type = 'employer' and target_id = :id""")
			.param("id", employerId)
			.query(Long.class)
			.single());
	}

	/** The reference module's catalog lookups (CatalogStore.CACHE). */
	private static final String DIVISION_CACHE = "reference.catalogs";

	private static final List<List<String>> JIANGSU = List.of(List.of("32", "江苏省", "", "1"),
			List.of("3201", "南京市", "32", "2"), List.of(FOREIGN_REGION, "玄武区", "3201", "3"));

	private static void addForeignDivisions(JdbcClient jdbc) {
		List<Long> versions = jdbc.sql("select version_id from reference.catalog_entry where code = '330105'")
			.query(Long.class)
			.list();
		for (long version : versions) {
			for (List<String> d : JIANGSU) {
				jdbc.sql("""
						insert into reference.catalog_entry (version_id, code, name, parent_code, level)
						values (:version, :code, :name, nullif(:parent, ''), :level) on conflict do nothing""")
					.param("version", version)
					.param("code", d.get(0))
					.param("name", d.get(1))
					.param("parent", d.get(2))
					.param("level", Integer.parseInt(d.get(3)))
					.update();
			}
		}
	}

	private static void removeForeignDivisions(JdbcClient jdbc) {
		jdbc.sql("delete from reference.catalog_entry where code in ('32', '3201', :county)")
			.param("county", FOREIGN_REGION)
			.update();
	}

	/** Every binding key with its in-scope and foreign value, for the report. */
	Map<String, String> describe() {
		Map<String, String> all = new LinkedHashMap<>();
		this.inside.forEach((k, v) -> all.put(k, v + " / " + Optional.ofNullable(this.foreign.get(k)).orElse("-")));
		return all;
	}

}
