package org.ohsonline.agency.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ohsonline.agency.AgencyDirectory;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.DirectoryFilter;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.JobType;
import org.ohsonline.shared.PageQuery;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code --agency-benchmark} (bench/agency-ratings.sh, docs/benchmarks.md): on the data in the data directory,
 * times re-rating every agency and institution (the daily run's code path, twice: as found, then with nothing
 * changing) and the public directory search for random filters (in-process, p50/p95/p99). Prints lines
 * {@code AGENCY-BENCH …}; the application keeps serving (the script times the directory page over HTTP).
 */
@Component
@Order(60)
class AgencyBenchmark implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AgencyBenchmark.class);

	static final String OPTION = "agency-benchmark";

	private final RatingJobs jobs;

	private final AgencyDirectory directory;

	private final JdbcClient jdbc;

	AgencyBenchmark(RatingJobs jobs, AgencyDirectory directory, JdbcClient jdbc) {
		this.jobs = jobs;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		int searches = args.containsOption("agency-benchmark-searches")
				? Integer.parseInt(args.getOptionValues("agency-benchmark-searches").get(0)) : 500;
		for (String pass : List.of("as found", "nothing changes")) {
			long started = System.nanoTime();
			int rated = this.jobs.rateAll("BENCHMARK");
			long millis = (System.nanoTime() - started) / 1_000_000;
			print("re-rating every organisation (%s): %d organisations, %.2f s (%.0f /s)", pass, rated, millis / 1000.0,
					rated * 1000.0 / Math.max(1, millis));
		}
		print("ratings: %s", this.jdbc.sql("""
				select string_agg(s || ' ' || n, ', ') from (select coalesce(coalesce(adjusted_level, level), 'not rated') as s,
				    count(*) as n from agency.rating where current group by 1 order by 1) x""").query(String.class).single());
		List<String> areas = this.jdbc.sql("select distinct left(region_code, 6) from agency.agency")
			.query(String.class)
			.list();
		Random random = new Random(7);
		List<String> services = new ArrayList<>();
		Arrays.stream(JobType.values()).forEach(t -> services.add(t.name()));
		Arrays.stream(ExamType.values()).forEach(t -> services.add(t.name()));
		long[] nanos = new long[searches];
		for (int i = 0; i < searches; i++) {
			String area = areas.isEmpty() || random.nextInt(3) == 0 ? null
					: areas.get(random.nextInt(areas.size())).substring(0, random.nextBoolean() ? 4 : 6);
			DirectoryFilter filter = new DirectoryFilter(random.nextInt(5) == 0 ? "检测" : null, area,
					random.nextInt(3) == 0 ? AgencyKind.values()[random.nextInt(2)].name() : null,
					random.nextInt(3) == 0 ? services.get(random.nextInt(services.size())) : null,
					random.nextInt(4) == 0 ? Integer.toString(1 + random.nextInt(3)) : null);
			long started = System.nanoTime();
			this.directory.search(filter, PageQuery.of(1 + random.nextInt(2), 20));
			nanos[i] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		print("directory search, in process, %d random filters: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
				searches, at(nanos, 0.50), at(nanos, 0.95), at(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
		print("done");
	}

	private static double at(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	private static void print(String format, Object... arguments) {
		String line = "AGENCY-BENCH " + String.format(format, arguments);
		log.info(line);
	}

}
