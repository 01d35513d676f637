package org.ohsonline.testing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.ohsonline.OhsOnlineApplication;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.Engagements;
import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.portal.VerificationLink;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.testing.JobCommand;
import org.ohsonline.testing.JobStep;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.ResultInput;
import org.ohsonline.testing.SamplingMode;
import org.ohsonline.testing.TestingFixtures;
import org.ohsonline.testing.TestingJobs;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 4's report benchmark: how long generating the PDF of a typical reviewed job takes (40
 * results: benzene and noise at one post over five days, with their judgements, EN 689 statistics
 * and participants). Each operation does what issuing does before the register and the insert: reads
 * the job, its employer and statistics, renders the template to PDF with the bundled font and
 * draws the QR code. The application runs in the benchmark's fork on an ephemeral embedded
 * PostgreSQL. Run with {@code bench/report-pdf.sh}; the median is JMH's {@code p0.50}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportRenderingBenchmark {

	private static final String[] NOISE = { "88", "91", "84", "86" };

	private ConfigurableApplicationContext context;

	private ReportService reports;

	private TestingJobs jobs;

	private IssuedDocuments documents;

	private long jobId;

	private final Actor system = Actor.system("report-benchmark");

	private final VerificationLink link = new VerificationLink("BENCHMARK00000001",
			"http://localhost:8080/verify/BENCHMARK00000001");

	@Setup
	public void start() {
		this.context = SpringApplication.run(OhsOnlineApplication.class, "--ohs.standalone.ephemeral=true",
				"--ohs.demo.synthetic-scale=tiny", "--ohs.demo.credentials-file=target/bench-credentials.txt",
				"--server.port=0", "--logging.level.root=WARN");
		this.reports = this.context.getBean(ReportService.class);
		this.jobs = this.context.getBean(TestingJobs.class);
		this.documents = this.context.getBean(IssuedDocuments.class);
		TestingFixtures.Setting s = new TestingFixtures(this.context.getBean(Agencies.class),
				this.context.getBean(AgencyStaff.class), this.context.getBean(Engagements.class),
				this.context.getBean(Employers.class), this.context.getBean(Workers.class))
			.setting("330105", "330105");
		LocalDate last = LocalDate.now();
		LocalDate first = last.minusDays(4);
		long post = s.post().id();
		JobView job = this.jobs.create(s.author(), new JobCommand(s.employer().id(),
				org.ohsonline.agency.JobType.PERIODIC_TESTING, first.minusDays(10), first.minusDays(1), first, last,
				"焊接车间电焊工岗位苯、噪声定期检测（五个工作日）", "GBZ 159-2004; GBZ/T 300.66-2017; GBZ/T 189.8-2007", false,
				List.of(new JobCommand.Participant(JobStep.SAMPLING, s.sampler().id()),
						new JobCommand.Participant(JobStep.LABORATORY, s.analyst().id())),
				List.of(new JobCommand.PlanRow(post, "焊接工位", "2013", null, SamplingMode.AREA, 20, "HIGH", null, "I", false),
						new JobCommand.PlanRow(post, "电焊工", "3008", null, SamplingMode.PERSONAL, 20)),
				List.of()));
		List<ResultInput> results = new ArrayList<>();
		for (int day = 0; day < 5; day++) {
			LocalDate on = first.plusDays(day);
			for (int segment = 0; segment < 4; segment++) {
				LocalDateTime start = LocalDateTime.of(on, LocalTime.of(8, 0)).plusHours(2L * segment);
				String sample = "D" + (day + 1) + "-" + (segment + 1);
				results.add(new ResultInput("B" + sample, post, "焊接工位", null, "2013", null, "GBZ/T 300.66-2017",
						SamplingMode.AREA, start, start.plusHours(2), null,
						new BigDecimal("0.4").add(new BigDecimal(day * 4 + segment).movePointLeft(1)), "mg/m³", null, false,
						null));
				results.add(new ResultInput("N" + sample, post, "电焊工", "工人甲", "3008", null, "GBZ/T 189.8-2007",
						SamplingMode.PERSONAL, start, start.plusHours(2), null, new BigDecimal(NOISE[segment]), "dB(A)",
						null, false, null));
			}
		}
		this.jobs.addResults(s.author(), job.id(), results);
		this.jobs.submit(s.author(), job.id());
		this.jobId = this.jobs.accept(s.reviewer(), job.id()).id();
		if (this.jobs.find(this.system, this.jobId).results().size() != 40) {
			throw new IllegalStateException("the benchmark job must hold 40 results");
		}
	}

	@Benchmark
	public byte[] renderReport() {
		JobView job = this.jobs.find(this.system, this.jobId);
		return this.reports.render(job, job.number(), 1, job.reviewedOn(), null, this.link);
	}

	/**
	 * The whole of issuing as a reviewer's acceptance does it: render, sign with the platform's key
	 * (RSA-3072, CMS), hash, and record in the portal's register with its audit entry.
	 */
	@Benchmark
	public byte[] issueSignedReport() {
		JobView job = this.jobs.find(this.system, this.jobId);
		return this.documents
			.issue(this.system, new DocumentIssue(ReportService.TYPE_KEY, job.number() + "-B", job.agencyName(), "—",
					job.regionCode(), job.reviewedOn(), "testing-benchmark", String.valueOf(job.id())),
					link -> this.reports.render(job, job.number(), 1, job.reviewedOn(), null, link))
			.pdf();
	}

	@TearDown
	public void stop() {
		this.context.close();
	}

}
