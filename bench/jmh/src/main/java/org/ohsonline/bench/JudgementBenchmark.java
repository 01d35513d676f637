package org.ohsonline.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ohsonline.testing.judgement.Judgement;
import org.ohsonline.testing.judgement.JudgementSettings;
import org.ohsonline.testing.judgement.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Judges one million mixed results (chemical, dust, noise, heat) per invocation on one thread; the
 * score is results judged per second. Generation happens once, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(JudgementBenchmark.RESULTS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = { "-Xms2g", "-Xmx2g" })
public class JudgementBenchmark {

	static final int RESULTS = 1_000_000;

	private List<MixedResults.Result> results;

	private final JudgementSettings settings = JudgementSettings.defaults();

	@Setup
	public void generate() {
		this.results = MixedResults.generate(RESULTS, 7);
	}

	/** Returns the number of non-compliant results, so nothing is optimised away. */
	@Benchmark
	public int judgeOneMillionResults() {
		int nonCompliant = 0;
		for (MixedResults.Result result : this.results) {
			Judgement judgement = result.judge(this.settings);
			if (judgement.verdict() == Verdict.NON_COMPLIANT) {
				nonCompliant++;
			}
		}
		return nonCompliant;
	}

}
