package org.ohsonline.declaration.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ohsonline.declaration.DeclarationCommand;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.declaration.DeclarationManagement;
import org.ohsonline.declaration.DeclarationReason;
import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.declaration.ManagementOrganisation;
import org.ohsonline.iam.SyntheticAccounts;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.demo.CommandOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --mixed-benchmark} (bench/mixed-load.sh, issue 20 item 6), the declaration part: prepares declarations of
 * the province's employers for the mixed load. For employers in production of the region (by name, from page
 * {@code --mixed-benchmark-declarations-page}) with hazard factors at their posts and no declaration in progress, the
 * declaration the register proposes (factors, headcounts, principal), initial or, after an accepted one, a change
 * declaration, with the management part filled in, to be submitted at once; each checked by drafting and submitting
 * it in a transaction that is rolled back. Each employer gets a synthetic login {@code mixed-employer-<credit code>}
 * (EMPLOYER_MANAGER, scope the employer) with an API token ({@link SyntheticAccounts}: standalone with
 * {@code ohs.demo.enabled} only). Writes {@code declarations.tsv} (token, the request as POST /api/v1/declarations
 * takes it) into {@code --mixed-benchmark-out}; each line can be submitted once (then the declaration is in progress).
 */
@Component
@Order(61)
class MixedBenchmarkDeclarations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MixedBenchmarkDeclarations.class);

	private static final Actor SYSTEM = Actor.system("mixed-benchmark");

	private static final int BATCH = 500;

	private final DeclarationService declarations;

	private final DeclarationStore store;

	private final ClockService clocks;

	private final Employers employers;

	private final SyntheticAccounts accounts;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	MixedBenchmarkDeclarations(DeclarationService declarations, DeclarationStore store, ClockService clocks,
			Employers employers, SyntheticAccounts accounts, TransactionTemplate transactions, JsonMapper json) {
		this.declarations = declarations;
		this.store = store;
		this.clocks = clocks;
		this.employers = employers;
		this.accounts = accounts;
		this.transactions = transactions;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!args.containsOption("mixed-benchmark")) {
			return;
		}
		int wanted = CommandOptions.integer(args, "mixed-benchmark-declarations", 2_500);
		int firstPage = CommandOptions.integer(args, "mixed-benchmark-declarations-page", 100);
		Path out = Path.of(CommandOptions.text(args, "mixed-benchmark-out", "target/bench-mixed"));
		Files.createDirectories(out);
		long started = System.nanoTime();
		String changeReason = this.clocks.reasons()
			.stream()
			.filter(r -> r.kind() == DeclarationKind.CHANGE)
			.map(DeclarationReason::code)
			.findFirst()
			.orElse(null);
		List<EmployerSummary> chosen = new ArrayList<>();
		List<String> bodies = new ArrayList<>();
		int refused = 0;
		long proposalNanos = 0;
		long checkNanos = 0;
		int proposals = 0;
		for (int page = firstPage; chosen.size() < wanted && page < firstPage + 2_000; page++) {
			List<EmployerSummary> list = this.employers
				.search(SYSTEM, new EmployerFilter(null, "33", null, null, null, "IN_PRODUCTION", "name"),
						PageQuery.of(page, PageQuery.MAX_SIZE))
				.items();
			if (list.isEmpty()) {
				break;
			}
			for (EmployerSummary employer : list) {
				if (chosen.size() >= wanted) {
					break;
				}
				if (this.store.inProgress(employer.id()).isPresent()) {
					continue;
				}
				long t0 = System.nanoTime();
				DeclarationCommand proposal = this.declarations.proposal(SYSTEM, employer.id());
				proposalNanos += System.nanoTime() - t0;
				proposals++;
				if (proposal.items().isEmpty() || proposal.totalExposed() == null || proposal.totalExposed() < 1) {
					continue;
				}
				boolean accepted = this.store.lastAccepted(employer.id())
					.filter(d -> d.kind() != DeclarationKind.CANCELLATION)
					.isPresent();
				if (accepted && changeReason == null) {
					continue;
				}
				String principal = proposal.management().principalName();
				DeclarationCommand command = new DeclarationCommand(employer.id(),
						accepted ? DeclarationKind.CHANGE : DeclarationKind.INITIAL,
						accepted ? List.of(changeReason) : List.of(), "局部排风、隔声罩；按岗位配发防护用品并培训佩戴（基准测试，合成）",
						proposal.totalExposed(),
						new DeclarationManagement(principal == null || principal.isBlank() ? "基准测试负责人" : principal,
								true, ManagementOrganisation.DESIGNATED, 0, 1, true),
						proposal.items());
				long t1 = System.nanoTime();
				boolean ok = valid(command);
				checkNanos += System.nanoTime() - t1;
				if (!ok) {
					refused++;
					continue;
				}
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("employerId", command.employerId());
				body.put("kind", command.kind().name());
				body.put("reasons", command.reasons());
				body.put("measures", command.measures());
				body.put("totalExposed", command.totalExposed());
				body.put("management", command.management());
				body.put("items", command.items());
				body.put("submit", true);
				chosen.add(employer);
				bodies.add(this.json.writeValueAsString(body));
			}
		}
		log.info("MIXED-BENCH declarations: {} proposals in {} s, {} checks in {} s", proposals,
				String.format(Locale.ROOT, "%.1f", proposalNanos / 1e9), chosen.size() + refused,
				String.format(Locale.ROOT, "%.1f", checkNanos / 1e9));
		List<String> lines = new ArrayList<>();
		for (int from = 0; from < chosen.size(); from += BATCH) {
			List<SyntheticAccounts.Account> batch = new ArrayList<>();
			for (EmployerSummary employer : chosen.subList(from, Math.min(chosen.size(), from + BATCH))) {
				batch.add(new SyntheticAccounts.Account("mixed-employer-" + employer.creditCode().toLowerCase(Locale.ROOT),
						"基准测试用人单位管理员（合成）", "EMPLOYER_MANAGER", employer.regionCode(),
						new Scope(Scope.Kind.EMPLOYER, employer.creditCode())));
			}
			List<SyntheticAccounts.Issued> issued = this.transactions.execute(status -> this.accounts.withTokens(SYSTEM,
					batch, List.of(DeclarationPermissions.READ, DeclarationPermissions.WRITE, "registry:employer:read"), 2));
			for (int i = 0; i < issued.size(); i++) {
				lines.add(issued.get(i).token() + "\t" + bodies.get(from + i));
			}
		}
		Files.write(out.resolve("declarations.tsv"), lines, StandardCharsets.UTF_8);
		log.info("MIXED-BENCH declarations ready n={} refused-in-check={} in {} s", lines.size(), refused,
				String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
	}

	/** Whether the declaration is drafted and submitted: both, then rolled back. */
	private boolean valid(DeclarationCommand command) {
		try {
			this.transactions.executeWithoutResult(status -> {
				status.setRollbackOnly();
				DeclarationView drafted = this.declarations.draft(SYSTEM, command);
				this.declarations.submit(SYSTEM, drafted.id());
			});
			return true;
		}
		catch (RuntimeException ex) {
			log.debug("MIXED-BENCH declaration left out: {}", ex.toString());
			return false;
		}
	}

}
