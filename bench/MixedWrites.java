import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writes of the mixed load (bench/mixed-load.sh, issue 20 item 6), open loop at fixed rates beside wrk's reads:
 * monitoring ingestion (POST /api/v1/monitoring/readings, ingestBatch readings of one of the run's benchmark devices,
 * one a second of its measurement time, ingestRate batches a second: 40 × 500 = 20,000 readings/s), declarations
 * submitted by employers (POST /api/v1/declarations with submit=true, one per prepared employer), exam batches by
 * institutions (POST /api/v1/surveillance/exams, examBatch exams of one institution, each prepared exam once) and
 * testing jobs with their results by agencies (POST /api/v1/testing/jobs, the prepared jobs in turn, each under a new
 * Idempotency-Key). The requests and tokens come from the application's --mixed-benchmark preparation (files in
 * DIR). Counts as an error any answer that is not 2xx, and also a 2xx that refused part of what was sent (a reading
 * not accepted, an exam or a result rejected). Java 17, no dependencies: {@code java -DingestRate=40
 * -DingestBatch=500 -Ddevices=200 -DdevicePrefix=dev_mixed_<run>_ -DdeclRate=1 -DexamRate=0.5 -DexamBatch=5
 * -DtestingRate=0.5 bench/MixedWrites.java BASE DIR SECONDS}.
 */
public class MixedWrites {

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

	static final Pattern EXAMS_REJECTED = Pattern.compile("\"rejected\"\\s*:\\s*(\\d+)");

	static final class Stats {

		final String name;

		final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

		final AtomicInteger non2xx = new AtomicInteger();

		final AtomicInteger partlyRefused = new AtomicInteger();

		final AtomicInteger failed = new AtomicInteger();

		final AtomicInteger skipped = new AtomicInteger();

		final Map<Integer, AtomicInteger> statuses = Collections.synchronizedMap(new LinkedHashMap<>());

		final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();

		Stats(String name) {
			this.name = name;
		}

		void record(long startedNanos, HttpResponse<String> response, boolean refusedPart) {
			this.millis.add((System.nanoTime() - startedNanos) / 1e6);
			this.statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
			if (response.statusCode() / 100 != 2) {
				this.non2xx.incrementAndGet();
				if (this.samples.size() < 5) {
					this.samples.add(response.statusCode() + " " + abbreviate(response.body()));
				}
			}
			else if (refusedPart) {
				this.partlyRefused.incrementAndGet();
				if (this.samples.size() < 5) {
					this.samples.add("2xx with refusals: " + abbreviate(response.body()));
				}
			}
		}

		void failed(Exception ex) {
			this.failed.incrementAndGet();
			if (this.samples.size() < 5) {
				this.samples.add("exception " + ex);
			}
		}

		String line() {
			List<Double> sorted;
			synchronized (this.millis) {
				sorted = new ArrayList<>(this.millis);
			}
			Collections.sort(sorted);
			return String.format(Locale.ROOT,
					"RESULT write %s requests=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d "
							+ "2xx_with_refusals=%d failed=%d not_sent(no data left)=%d statuses=%s",
					this.name, sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
					sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), this.non2xx.get(), this.partlyRefused.get(),
					this.failed.get(), this.skipped.get(), this.statuses);
		}

	}

	static double pct(List<Double> sorted, double p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
	}

	static String abbreviate(String s) {
		s = s == null ? "" : s.replace('\n', ' ');
		return s.length() > 400 ? s.substring(0, 400) + "…" : s;
	}

	static Map<String, String> tokens(Path file) throws Exception {
		Map<String, String> tokens = new LinkedHashMap<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] parts = line.split("\t", 2);
			if (parts.length == 2) {
				tokens.put(parts[0], parts[1]);
			}
		}
		return tokens;
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		Path dir = Path.of(args[1]);
		long seconds = Long.parseLong(args[2]);
		double declRate = Double.parseDouble(System.getProperty("declRate", "1"));
		double examRate = Double.parseDouble(System.getProperty("examRate", "0.5"));
		int examBatch = Integer.getInteger("examBatch", 5);
		double testingRate = Double.parseDouble(System.getProperty("testingRate", "0.5"));
		double ingestRate = Double.parseDouble(System.getProperty("ingestRate", "40"));
		int ingestBatch = Integer.getInteger("ingestBatch", 500);
		int devices = Integer.getInteger("devices", 200);
		String devicePrefix = System.getProperty("devicePrefix", "dev_mixed_");
		long baseMs = Long.parseLong(System.getProperty("baseMs", String.valueOf(System.currentTimeMillis() - 6 * 86_400_000L)));

		ConcurrentLinkedQueue<String[]> declarations = new ConcurrentLinkedQueue<>();
		for (String line : Files.readAllLines(dir.resolve("declarations.tsv"), StandardCharsets.UTF_8)) {
			declarations.add(line.split("\t", 2));
		}
		Map<String, String> institutionTokens = tokens(dir.resolve("institution-tokens.tsv"));
		Map<String, ConcurrentLinkedQueue<String>> exams = new LinkedHashMap<>();
		for (String line : Files.readAllLines(dir.resolve("exams.tsv"), StandardCharsets.UTF_8)) {
			String[] parts = line.split("\t", 2);
			exams.computeIfAbsent(parts[0], k -> new ConcurrentLinkedQueue<>()).add(parts[1]);
		}
		List<String> institutions = new ArrayList<>(exams.keySet());
		Map<String, String> agencyTokens = tokens(dir.resolve("agency-tokens.tsv"));
		List<String[]> jobs = new ArrayList<>();
		for (String line : Files.readAllLines(dir.resolve("testing-jobs.tsv"), StandardCharsets.UTF_8)) {
			jobs.add(line.split("\t", 2));
		}
		System.out.printf(Locale.ROOT,
				"writes: %d declarations, %d exams of %d institutions, %d testing jobs of %d agencies prepared; "
						+ "rates: declarations %.2f/s, exam batches %.2f/s × %d, testing jobs %.2f/s, for %d s%n",
				declarations.size(), exams.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum(),
				institutions.size(), jobs.size(), agencyTokens.size(), declRate, examRate, examBatch, testingRate,
				seconds);

		Stats declStats = new Stats("declaration-submit");
		Stats examStats = new Stats("exam-batch");
		Stats testingStats = new Stats("testing-job-with-results");
		Stats ingestStats = new Stats("monitoring-ingest");
		AtomicLong readingsAccepted = new AtomicLong();
		AtomicLong ingestRequests = new AtomicLong();
		long[] deviceRounds = new long[devices];
		AtomicLong examsSent = new AtomicLong();
		AtomicLong resultsSent = new AtomicLong();
		AtomicInteger nextInstitution = new AtomicInteger();
		AtomicInteger nextJob = new AtomicInteger();
		java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
		ExecutorService workers = Executors.newFixedThreadPool(96);
		ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);

		Runnable declaration = () -> {
			String[] next = declarations.poll();
			if (next == null) {
				declStats.skipped.incrementAndGet();
				return;
			}
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/declarations"))
				.timeout(Duration.ofSeconds(60))
				.header("Authorization", "Bearer " + next[0])
				.header("Content-Type", "application/json")
				.header("X-Correlation-Id", "bench-declaration-" + UUID.randomUUID())
				.POST(HttpRequest.BodyPublishers.ofString(next[1]))
				.build();
			long started = System.nanoTime();
			try {
				HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
				declStats.record(started, response, false);
			}
			catch (Exception ex) {
				declStats.failed(ex);
			}
		};
		Runnable examBatchTask = () -> {
			String credit = null;
			List<String> records = new ArrayList<>();
			for (int tries = 0; tries < institutions.size() && records.isEmpty(); tries++) {
				credit = institutions.get(Math.floorMod(nextInstitution.getAndIncrement(), institutions.size()));
				ConcurrentLinkedQueue<String> queue = exams.get(credit);
				String record;
				while (records.size() < examBatch && (record = queue.poll()) != null) {
					records.add(record);
				}
			}
			if (records.isEmpty()) {
				examStats.skipped.incrementAndGet();
				return;
			}
			String body = "{\"exams\":[" + String.join(",", records) + "]}";
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/surveillance/exams"))
				.timeout(Duration.ofSeconds(60))
				.header("Authorization", "Bearer " + institutionTokens.get(credit))
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.header("X-Correlation-Id", "bench-exams-" + UUID.randomUUID())
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			long started = System.nanoTime();
			try {
				HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
				Matcher m = EXAMS_REJECTED.matcher(response.body());
				boolean refused = response.statusCode() / 100 == 2 && (!m.find() || Long.parseLong(m.group(1)) > 0);
				examStats.record(started, response, refused);
				examsSent.addAndGet(records.size());
			}
			catch (Exception ex) {
				examStats.failed(ex);
			}
		};
		Runnable testing = () -> {
			if (jobs.isEmpty()) {
				testingStats.skipped.incrementAndGet();
				return;
			}
			String[] job = jobs.get(Math.floorMod(nextJob.getAndIncrement(), jobs.size()));
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/testing/jobs"))
				.timeout(Duration.ofSeconds(60))
				.header("Authorization", "Bearer " + agencyTokens.get(job[0]))
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.header("X-Correlation-Id", "bench-testing-" + UUID.randomUUID())
				.POST(HttpRequest.BodyPublishers.ofString(job[1]))
				.build();
			long started = System.nanoTime();
			try {
				HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
				boolean refused = response.statusCode() / 100 == 2
						&& !response.body().replace(" ", "").contains("\"rejected\":[]");
				testingStats.record(started, response, refused);
				int results = job[1].split("\"sampleNumber\"", -1).length - 1;
				resultsSent.addAndGet(results);
			}
			catch (Exception ex) {
				testingStats.failed(ex);
			}
		};
		Runnable ingest = () -> {
			long n = ingestRequests.getAndIncrement();
			int device = (int) (n % devices);
			long round;
			synchronized (deviceRounds) {
				round = deviceRounds[device]++;
			}
			// Each device's batches follow one another in its measurement time, one reading a second.
			long start = baseMs + round * ingestBatch * 1000L;
			StringBuilder body = new StringBuilder(ingestBatch * 28 + 40).append("{\"unit\":\"mg/m³\",\"readings\":[");
			for (int i = 0; i < ingestBatch; i++) {
				if (i > 0) {
					body.append(',');
				}
				body.append("{\"t\":").append(start + i * 1000L).append(",\"v\":").append(1 + (i % 7) / 10.0).append('}');
			}
			body.append("]}");
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/monitoring/readings"))
				.timeout(Duration.ofSeconds(60))
				.header("Authorization", "Bearer " + devicePrefix + (device + 1))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build();
			long started = System.nanoTime();
			try {
				HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
				Matcher m = ACCEPTED.matcher(response.body());
				long accepted = m.find() ? Long.parseLong(m.group(1)) : 0;
				if (response.statusCode() / 100 == 2) {
					readingsAccepted.addAndGet(accepted);
				}
				ingestStats.record(started, response, response.statusCode() / 100 == 2 && accepted != ingestBatch);
			}
			catch (Exception ex) {
				ingestStats.failed(ex);
			}
		};
		long loadStarted = System.nanoTime();
		schedule(clock, workers, stopped, ingest, ingestRate);
		schedule(clock, workers, stopped, declaration, declRate);
		schedule(clock, workers, stopped, examBatchTask, examRate);
		schedule(clock, workers, stopped, testing, testingRate);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		long nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < end) {
			Thread.sleep(1000);
			if (System.nanoTime() >= nextReport) {
				nextReport += TimeUnit.SECONDS.toNanos(60);
				System.out.printf(Locale.ROOT, "writes so far: ingest %d (errors %d, %d readings accepted), declarations %d (errors %d), exam batches %d (errors %d), "
						+ "testing jobs %d (errors %d)%n", ingestStats.millis.size(),
						ingestStats.non2xx.get() + ingestStats.partlyRefused.get() + ingestStats.failed.get(),
						readingsAccepted.get(), declStats.millis.size(),
						declStats.non2xx.get() + declStats.partlyRefused.get() + declStats.failed.get(),
						examStats.millis.size(), examStats.non2xx.get() + examStats.partlyRefused.get() + examStats.failed.get(),
						testingStats.millis.size(),
						testingStats.non2xx.get() + testingStats.partlyRefused.get() + testingStats.failed.get());
			}
		}
		// The end: nothing more is sent; the requests under way get 60 s to be answered.
		stopped.set(true);
		clock.shutdownNow();
		workers.shutdown();
		if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
			System.out.println("(requests still under way 60 s after the end were not waited for)");
		}
		double elapsed = Math.min((System.nanoTime() - loadStarted) / 1e9, seconds);
		for (Stats stats : List.of(ingestStats, declStats, examStats, testingStats)) {
			System.out.println(stats.line());
			for (String sample : stats.samples) {
				System.out.println("  error sample " + stats.name + ": " + sample);
			}
		}
		System.out.printf(Locale.ROOT, "RESULT writes exams_sent=%d testing_results_sent=%d%n", examsSent.get(),
				resultsSent.get());
		System.out.printf(Locale.ROOT, "RESULT ingest readings_accepted=%d over %.1f s = %.0f readings/s (target %.0f)%n",
				readingsAccepted.get(), elapsed, readingsAccepted.get() / elapsed, ingestRate * ingestBatch);
		// Pool threads still waiting for a late answer must not keep the driver (and the script) alive.
		System.exit(0);
	}

	static void schedule(ScheduledExecutorService clock, ExecutorService workers,
			java.util.concurrent.atomic.AtomicBoolean stopped, Runnable task, double perSecond) {
		if (perSecond <= 0) {
			return;
		}
		long periodMicros = Math.round(1_000_000 / perSecond);
		clock.scheduleAtFixedRate(() -> workers.execute(() -> {
			if (!stopped.get()) {
				task.run();
			}
		}), periodMicros / 2, periodMicros, TimeUnit.MICROSECONDS);
	}

}
