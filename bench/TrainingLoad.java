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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The learning load of issue 16 over HTTP (bench/training.sh; docs/benchmarks.md), open loop: every request is sent
 * at its scheduled moment whatever the answers before it, and its latency counts from that moment, so a server
 * falling behind shows in the figures instead of slowing the load down.
 *
 * <ol>
 * <li>Enrolment: every learner enrols on the course (not a target; 32 at a time).</li>
 * <li>Progress: every learner sends a heartbeat every 30 s (5,000 learners: 167 a second), spread evenly, for the
 * whole run.</li>
 * <li>Quiz: once two heartbeats have credited the lesson's 30 s, every learner opens a paper (QUIZ_RATE a second), and
 * 11 s after the first paper the submissions follow at QUIZ_RATE a second in the same order, each paper answered from
 * the answer key, each question right with probability 0.9 (so most pass and get their certificate).</li>
 * </ol>
 *
 * Run: {@code java bench/TrainingLoad.java <base URL> <course id> <dir with tokens.txt and answer-key.tsv>}; system
 * properties {@code quizRate} (200).
 */
public class TrainingLoad {

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.executor(Executors.newFixedThreadPool(8))
		.build();

	record Sample(String stream, long latencyMicros, int status) {
	}

	static final ConcurrentLinkedQueue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();

	static String base;

	public static void main(String[] args) throws Exception {
		base = args[0].replaceAll("/$", "");
		long course = Long.parseLong(args[1]);
		Path dir = Path.of(args[2]);
		int quizRate = Integer.getInteger("quizRate", 200);
		List<String> tokens = Files.readAllLines(dir.resolve("tokens.txt"), StandardCharsets.UTF_8);
		Map<Long, String> key = new HashMap<>();
		for (String line : Files.readAllLines(dir.resolve("answer-key.tsv"), StandardCharsets.UTF_8)) {
			String[] parts = line.split("\t", 2);
			key.put(Long.parseLong(parts[0]), parts[1]);
		}
		int n = tokens.size();
		System.out.printf(Locale.ROOT, "== %d learners, course %d, quiz %d/s, %s%n", n, course, quizRate, base);

		// 1. Enrolment
		long[] enrolments = new long[n];
		long[] lessons = new long[n];
		Semaphore inFlight = new Semaphore(32);
		long started = System.nanoTime();
		List<CompletableFuture<?>> pending = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int learner = i;
			inFlight.acquire();
			pending.add(send("enrol", tokens.get(i), "/api/v1/training/courses/" + course + "/enrol", "", System.nanoTime())
				.whenComplete((body, error) -> {
					inFlight.release();
					if (body != null) {
						Map<?, ?> view = (Map<?, ?>) Json.parse(body);
						enrolments[learner] = ((Number) view.get("id")).longValue();
						lessons[learner] = ((Number) view.get("resumeLessonId")).longValue();
					}
				}));
		}
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
		System.out.printf(Locale.ROOT, "enrolled %d in %.1f s%n", java.util.Arrays.stream(enrolments).filter(e -> e > 0).count(),
				(System.nanoTime() - started) / 1e9);

		// 2. and 3.: heartbeats for the whole run, the quiz once the lesson is credited
		ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
		long t0 = System.nanoTime();
		long beatPeriod = TimeUnit.SECONDS.toNanos(30);
		long quizStart = TimeUnit.SECONDS.toNanos(65);
		long submitStart = quizStart + TimeUnit.SECONDS.toNanos(11);
		long quizEnd = submitStart + (long) n * 1_000_000_000L / quizRate;
		long runEnd = quizEnd + TimeUnit.SECONDS.toNanos(5);
		AtomicInteger passed = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		long[] attempts = new long[n];
		List<CompletableFuture<?>> paperFutures = Collections.synchronizedList(new ArrayList<>());
		for (int i = 0; i < n; i++) {
			if (enrolments[i] == 0) {
				continue;
			}
			int learner = i;
			for (long at = (long) i * beatPeriod / n; at < runEnd; at += beatPeriod) {
				schedule(timer, t0 + at, due -> send("progress", tokens.get(learner), "/api/v1/training/enrolments/"
						+ enrolments[learner] + "/lessons/" + lessons[learner] + "/progress", "{\"position\":0}", due));
			}
			long paperAt = quizStart + (long) i * 1_000_000_000L / quizRate;
			schedule(timer, t0 + paperAt, due -> {
				CompletableFuture<String> paper = send("paper", tokens.get(learner),
						"/api/v1/training/enrolments/" + enrolments[learner] + "/paper", "", due);
				paperFutures.add(paper.thenAccept(body -> attempts[learner] = answers(body, key, learner, attemptsAnswers)));
				return paper;
			});
			long submitAt = submitStart + (long) i * 1_000_000_000L / quizRate;
			schedule(timer, t0 + submitAt, due -> {
				String body = attemptsAnswers.get(learner);
				if (body == null) {
					SAMPLES.add(new Sample("submit", 0, -1));
					return CompletableFuture.completedFuture(null);
				}
				return send("submit", tokens.get(learner), "/api/v1/training/attempts/" + attempts[learner] + "/submit", body, due)
					.thenAccept(answer -> {
						if (answer != null && answer.contains("\"passed\":true")) {
							passed.incrementAndGet();
						}
						else {
							failed.incrementAndGet();
						}
					});
			});
		}
		timer.shutdown();
		timer.awaitTermination(1, TimeUnit.HOURS);
		Thread.sleep(2_000);
		waitQuiet();
		report(passed.get(), failed.get());
		System.exit(0);
	}

	static final Map<Integer, String> attemptsAnswers = new java.util.concurrent.ConcurrentHashMap<>();

	/** The answers to a paper from the key (each right with probability 0.9); returns the attempt's id. */
	static long answers(String paperJson, Map<Long, String> key, int learner, Map<Integer, String> into) {
		if (paperJson == null) {
			return 0;
		}
		Map<?, ?> paper = (Map<?, ?>) Json.parse(paperJson);
		Random random = new Random(learner);
		StringBuilder body = new StringBuilder("{\"answers\":{");
		List<?> questions = (List<?>) paper.get("questions");
		for (int q = 0; q < questions.size(); q++) {
			Map<?, ?> question = (Map<?, ?>) questions.get(q);
			long id = ((Number) question.get("id")).longValue();
			List<?> options = (List<?>) question.get("options");
			int right = options.indexOf(key.get(id));
			int chosen = random.nextDouble() < 0.9 ? right : (right + 1) % options.size();
			body.append(q == 0 ? "" : ",").append('"').append(id).append("\":").append(chosen);
		}
		into.put(learner, body.append("}}").toString());
		return ((Number) paper.get("attemptId")).longValue();
	}

	interface Task {

		CompletableFuture<?> run(long dueNanos);

	}

	static void schedule(ScheduledExecutorService timer, long dueNanos, Task task) {
		timer.schedule(() -> task.run(dueNanos), Math.max(0, dueNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
	}

	static final AtomicInteger OUTSTANDING = new AtomicInteger();

	/** POSTs with the learner's token; the sample's latency counts from {@code dueNanos}, the scheduled moment. */
	static CompletableFuture<String> send(String stream, String token, String path, String json, long dueNanos) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		OUTSTANDING.incrementAndGet();
		return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
			OUTSTANDING.decrementAndGet();
			long micros = (System.nanoTime() - dueNanos) / 1_000;
			int status = response == null ? -1 : response.statusCode();
			SAMPLES.add(new Sample(stream, micros, status));
			return status / 100 == 2 ? response.body() : null;
		});
	}

	static void waitQuiet() throws InterruptedException {
		for (int i = 0; i < 600 && OUTSTANDING.get() > 0; i++) {
			Thread.sleep(100);
		}
	}

	static void report(int passed, int failed) {
		Map<String, List<Sample>> byStream = new LinkedHashMap<>();
		for (Sample s : SAMPLES) {
			byStream.computeIfAbsent(s.stream(), k -> new ArrayList<>()).add(s);
		}
		for (Map.Entry<String, List<Sample>> e : byStream.entrySet()) {
			List<Long> ok = new ArrayList<>();
			int bad = 0;
			Map<Integer, Integer> statuses = new java.util.TreeMap<>();
			for (Sample s : e.getValue()) {
				if (s.status() / 100 == 2) {
					ok.add(s.latencyMicros());
				}
				else {
					bad++;
					statuses.merge(s.status(), 1, Integer::sum);
				}
			}
			Collections.sort(ok);
			System.out.printf(Locale.ROOT, "%-8s %6d answered 2xx, %d not %s; p50 %s, p95 %s, p99 %s, max %s%n", e.getKey(),
					ok.size(), bad, statuses.isEmpty() ? "" : statuses, ms(ok, 0.5), ms(ok, 0.95), ms(ok, 0.99), ms(ok, 1.0));
		}
		System.out.printf(Locale.ROOT, "papers passed %d, failed %d%n", passed, failed);
	}

	static String ms(List<Long> sorted, double q) {
		if (sorted.isEmpty()) {
			return "-";
		}
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
		return String.format(Locale.ROOT, "%.0f ms", sorted.get(Math.max(0, index)) / 1000.0);
	}

	/** Just enough JSON for the answers read here: objects, arrays, strings, numbers, booleans, null. */
	static final class Json {

		private final String s;

		private int i;

		private Json(String s) {
			this.s = s;
		}

		static Object parse(String text) {
			return new Json(text).value();
		}

		private Object value() {
			skip();
			char c = this.s.charAt(this.i);
			if (c == '{') {
				Map<String, Object> map = new LinkedHashMap<>();
				this.i++;
				skip();
				if (this.s.charAt(this.i) == '}') {
					this.i++;
					return map;
				}
				while (true) {
					skip();
					String k = string();
					skip();
					this.i++; // :
					map.put(k, value());
					skip();
					if (this.s.charAt(this.i++) == '}') {
						return map;
					}
				}
			}
			if (c == '[') {
				List<Object> list = new ArrayList<>();
				this.i++;
				skip();
				if (this.s.charAt(this.i) == ']') {
					this.i++;
					return list;
				}
				while (true) {
					list.add(value());
					skip();
					if (this.s.charAt(this.i++) == ']') {
						return list;
					}
				}
			}
			if (c == '"') {
				return string();
			}
			int start = this.i;
			while (this.i < this.s.length() && ",}] \n\r\t".indexOf(this.s.charAt(this.i)) < 0) {
				this.i++;
			}
			String token = this.s.substring(start, this.i);
			return switch (token) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				case "null" -> null;
				default -> token.contains(".") || token.contains("e") || token.contains("E") ? (Object) Double.valueOf(token)
						: (Object) Long.valueOf(token);
			};
		}

		private String string() {
			StringBuilder b = new StringBuilder();
			this.i++; // opening quote
			while (true) {
				char c = this.s.charAt(this.i++);
				if (c == '"') {
					return b.toString();
				}
				if (c == '\\') {
					char e = this.s.charAt(this.i++);
					switch (e) {
						case 'n' -> b.append('\n');
						case 't' -> b.append('\t');
						case 'r' -> b.append('\r');
						case 'b' -> b.append('\b');
						case 'f' -> b.append('\f');
						case 'u' -> {
							b.append((char) Integer.parseInt(this.s.substring(this.i, this.i + 4), 16));
							this.i += 4;
						}
						default -> b.append(e);
					}
				}
				else {
					b.append(c);
				}
			}
		}

		private void skip() {
			while (this.i < this.s.length() && Character.isWhitespace(this.s.charAt(this.i))) {
				this.i++;
			}
		}

	}

}
