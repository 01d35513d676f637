import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
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
 * With {@code warmUp} set, that many learners (the first of tokens.txt) go through the same three steps first, with a
 * heartbeat every 5 s and the quiz at 45 s, and their answers are not counted: the application and this program are
 * then measured compiled and warm. After the warm-up the load pauses {@code settle} seconds (60), as a server up for a
 * while has had quiet moments: the warm-up's saturation leaves the JIT compilers' queue and the certificate renderer
 * behind (the renderer's own code is compiled only once it has rendered enough), and without the pause that catching
 * up fell inside the measured phase (JFR: the C2 compiler thread took 0.1–0.3 of a core through it).
 * <p>
 * Run: {@code java bench/TrainingLoad.java <base URL> <course id> <dir with tokens.txt and answer-key.tsv>}; system
 * properties {@code quizRate} (200), {@code warmUp} (0), {@code settle} (60).
 */
public class TrainingLoad {

	/** Keep-alive connections to the application, each served by a thread of its own. */
	static final int CONNECTIONS = Integer.getInteger("connections", 64);

	static Connections http;

	record Sample(String stream, long dueNanos, long latencyMicros, int status) {
	}

	static final ConcurrentLinkedQueue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();

	static String base;

	public static void main(String[] args) throws Exception {
		base = args[0].replaceAll("/$", "");
		URI uri = URI.create(base);
		http = new Connections(uri.getHost(), uri.getPort(), CONNECTIONS);
		long course = Long.parseLong(args[1]);
		Path dir = Path.of(args[2]);
		int quizRate = Integer.getInteger("quizRate", 200);
		int warmUp = Integer.getInteger("warmUp", 0);
		List<String> tokens = Files.readAllLines(dir.resolve("tokens.txt"), StandardCharsets.UTF_8);
		Map<Long, String> key = new HashMap<>();
		for (String line : Files.readAllLines(dir.resolve("answer-key.tsv"), StandardCharsets.UTF_8)) {
			String[] parts = line.split("\t", 2);
			key.put(Long.parseLong(parts[0]), parts[1]);
		}
		if (warmUp >= tokens.size()) {
			throw new IllegalArgumentException("warmUp (" + warmUp + ") leaves no learner of the " + tokens.size() + " to measure");
		}
		if (warmUp > 0) {
			System.out.printf(Locale.ROOT, "== warm-up (not counted): %d other learners, a heartbeat every 5 s, the quiz at %d/s%n",
					warmUp, quizRate);
			run("warm-", tokens.subList(0, warmUp), course, key, quizRate, TimeUnit.SECONDS.toNanos(5),
					TimeUnit.SECONDS.toNanos(45));
			int settle = Integer.getInteger("settle", 60);
			System.out.printf(Locale.ROOT, "== settling for %d s: no load, the background work and the JIT compilers catch up%n", settle);
			Thread.sleep(TimeUnit.SECONDS.toMillis(settle));
		}
		List<String> measured = tokens.subList(warmUp, tokens.size());
		System.out.printf(Locale.ROOT, "== %d learners, course %d, quiz %d/s, %s%n", measured.size(), course, quizRate, base);
		int[] results = run("", measured, course, key, quizRate, TimeUnit.SECONDS.toNanos(30), TimeUnit.SECONDS.toNanos(65));
		report(results[0], results[1]);
		writeSamples(dir.resolve("samples.tsv"));
		System.exit(0);
	}

	/**
	 * One phase: the learners enrol (32 at a time), beat every {@code beatPeriod} from then on, open their papers at
	 * {@code quizRate} a second from {@code quizStart} and submit them in the same order 11 s later. Samples are named
	 * after the stream with {@code prefix} before it; returns the papers passed and failed.
	 */
	static int[] run(String prefix, List<String> tokens, long course, Map<Long, String> key, int quizRate, long beatPeriod,
			long quizStart) throws Exception {
		// 1. Enrolment
		int n = tokens.size();
		long[] enrolments = new long[n];
		long[] lessons = new long[n];
		Semaphore inFlight = new Semaphore(32);
		long started = System.nanoTime();
		List<CompletableFuture<?>> pending = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int learner = i;
			inFlight.acquire();
			pending.add(send(prefix + "enrol", tokens.get(i), "/api/v1/training/courses/" + course + "/enrol", "",
					System.nanoTime())
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

		// 2. and 3.: heartbeats for the whole phase, the quiz once the lesson is credited
		long from = System.currentTimeMillis();
		long cpuBefore = ownCpuMillis();
		ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
		long t0 = System.nanoTime();
		long submitStart = quizStart + TimeUnit.SECONDS.toNanos(11);
		long quizEnd = submitStart + (long) n * 1_000_000_000L / quizRate;
		long runEnd = quizEnd + TimeUnit.SECONDS.toNanos(5);
		AtomicInteger passed = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		long[] attempts = new long[n];
		Map<Integer, String> answers = new java.util.concurrent.ConcurrentHashMap<>();
		for (int i = 0; i < n; i++) {
			if (enrolments[i] == 0) {
				continue;
			}
			int learner = i;
			String token = tokens.get(learner);
			for (long at = (long) i * beatPeriod / n; at < runEnd; at += beatPeriod) {
				schedule(timer, t0 + at, due -> send(prefix + "progress", token, "/api/v1/training/enrolments/"
						+ enrolments[learner] + "/lessons/" + lessons[learner] + "/progress", "{\"position\":0}", due));
			}
			long paperAt = quizStart + (long) i * 1_000_000_000L / quizRate;
			schedule(timer, t0 + paperAt, due -> {
				CompletableFuture<String> paper = send(prefix + "paper", token,
						"/api/v1/training/enrolments/" + enrolments[learner] + "/paper", "", due);
				paper.thenAccept(body -> attempts[learner] = answers(body, key, learner, answers));
				return paper;
			});
			long submitAt = submitStart + (long) i * 1_000_000_000L / quizRate;
			schedule(timer, t0 + submitAt, due -> {
				String body = answers.get(learner);
				if (body == null) {
					SAMPLES.add(new Sample(prefix + "submit", due, 0, -1));
					return CompletableFuture.completedFuture(null);
				}
				return send(prefix + "submit", token, "/api/v1/training/attempts/" + attempts[learner] + "/submit", body, due)
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
		System.out.printf(Locale.ROOT, "%smeasured from %d to %d (epoch ms, heartbeats and quiz); load generator cpu %.1f s%n",
				prefix, from, System.currentTimeMillis(), (ownCpuMillis() - cpuBefore) / 1000.0);
		return new int[] { passed.get(), failed.get() };
	}

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
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + http.host + "\r\nAuthorization: Bearer " + token
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
				+ "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
		byte[] request = new byte[head.length + body.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(body, 0, request, head.length, body.length);
		OUTSTANDING.incrementAndGet();
		return http.call(request).handle((response, error) -> {
			OUTSTANDING.decrementAndGet();
			long micros = (System.nanoTime() - dueNanos) / 1_000;
			int status = response == null ? -1 : response.status();
			SAMPLES.add(new Sample(stream, dueNanos, micros, status));
			return status / 100 == 2 ? response.body() : null;
		});
	}

	record Response(int status, String body, boolean close) {
	}

	/**
	 * A small HTTP/1.1 client over keep-alive sockets: requests queue for the next free connection, in order. Lighter
	 * than {@code java.net.http.HttpClient}, which cost more processor time a request than the application's own work
	 * on this two-core machine, where the load generator shares the processors with what it measures.
	 */
	static final class Connections {

		final String host;

		private final int port;

		private final BlockingQueue<Object[]> queue = new LinkedBlockingQueue<>();

		Connections(String host, int port, int count) {
			this.host = host;
			this.port = port;
			for (int i = 0; i < count; i++) {
				Thread thread = new Thread(this::serve, "connection-" + i);
				thread.setDaemon(true);
				thread.start();
			}
		}

		CompletableFuture<Response> call(byte[] request) {
			CompletableFuture<Response> future = new CompletableFuture<>();
			this.queue.add(new Object[] { request, future });
			return future;
		}

		@SuppressWarnings("unchecked")
		private void serve() {
			Socket socket = null;
			InputStream in = null;
			OutputStream out = null;
			while (true) {
				Object[] call;
				try {
					call = this.queue.take();
				}
				catch (InterruptedException ex) {
					return;
				}
				byte[] request = (byte[]) call[0];
				CompletableFuture<Response> future = (CompletableFuture<Response>) call[1];
				for (int attempt = 0;; attempt++) {
					boolean reused = socket != null;
					try {
						if (socket == null) {
							socket = new Socket(this.host, this.port);
							socket.setTcpNoDelay(true);
							socket.setSoTimeout(60_000);
							in = new BufferedInputStream(socket.getInputStream(), 16_384);
							out = new BufferedOutputStream(socket.getOutputStream(), 16_384);
						}
						out.write(request);
						out.flush();
						Response response = read(in);
						if (response == null && reused && attempt == 0) {
							// the server had closed the idle connection before this request reached it: once more
							socket = close(socket);
							continue;
						}
						if (response == null) {
							throw new EOFException("connection closed before an answer");
						}
						if (response.close()) {
							socket = close(socket);
						}
						future.complete(response);
					}
					catch (IOException | RuntimeException ex) {
						socket = close(socket);
						future.completeExceptionally(ex);
					}
					break;
				}
			}
		}

		private static Socket close(Socket socket) {
			try {
				if (socket != null) {
					socket.close();
				}
			}
			catch (IOException ex) {
				// closed anyway
			}
			return null;
		}

		/** One answer: status, headers (Content-Length or chunked; Connection: close), body; null at end of stream. */
		private static Response read(InputStream in) throws IOException {
			String statusLine = line(in);
			if (statusLine == null) {
				return null;
			}
			int status = Integer.parseInt(statusLine.substring(9, 12));
			int length = -1;
			boolean chunked = false;
			boolean close = false;
			for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
				int colon = header.indexOf(':');
				String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
				String value = header.substring(colon + 1).trim();
				switch (name) {
					case "content-length" -> length = Integer.parseInt(value);
					case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
					case "connection" -> close = value.equalsIgnoreCase("close");
					default -> {
					}
				}
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			if (chunked) {
				for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
					body.write(in.readNBytes(size));
					line(in);
				}
				for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
					// trailers are not used
				}
			}
			else if (length > 0) {
				body.write(in.readNBytes(length));
			}
			return new Response(status, body.toString(StandardCharsets.UTF_8), close);
		}

		private static int chunkSize(InputStream in) throws IOException {
			return Integer.parseInt(line(in).split(";")[0].trim(), 16);
		}

		/** A line without its CRLF; null at the end of the stream before any byte. */
		private static String line(InputStream in) throws IOException {
			StringBuilder line = new StringBuilder();
			int c;
			while ((c = in.read()) >= 0) {
				if (c == '\n') {
					int end = line.length();
					return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
				}
				line.append((char) c);
			}
			return line.length() == 0 ? null : line.toString();
		}

	}

	static long ownCpuMillis() {
		return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
	}

	static void waitQuiet() throws InterruptedException {
		for (int i = 0; i < 600 && OUTSTANDING.get() > 0; i++) {
			Thread.sleep(100);
		}
	}

	static void report(int passed, int failed) {
		Map<String, List<Sample>> byStream = new LinkedHashMap<>();
		for (Sample s : SAMPLES) {
			if (s.stream().startsWith("warm-")) {
				continue;
			}
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

	/** Every measured answer: stream, seconds from the first one due, latency in ms, status (for a timeline). */
	static void writeSamples(Path file) throws IOException {
		List<Sample> measured = SAMPLES.stream().filter(s -> !s.stream().startsWith("warm-")).toList();
		long first = measured.stream().mapToLong(Sample::dueNanos).min().orElse(0);
		StringBuilder out = new StringBuilder("stream\tdue_s\tlatency_ms\tstatus\n");
		for (Sample s : measured) {
			out.append(s.stream()).append('\t').append(String.format(Locale.ROOT, "%.3f", (s.dueNanos() - first) / 1e9))
				.append('\t').append(String.format(Locale.ROOT, "%.1f", s.latencyMicros() / 1000.0)).append('\t')
				.append(s.status()).append('\n');
		}
		Files.writeString(file, out, StandardCharsets.UTF_8);
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
