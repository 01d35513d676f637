package org.ohsonline.agency.internal.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.DeliveryKind;
import org.ohsonline.agency.QualityRubric;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.registry.SyntheticData;

/**
 * Plans a year of service history for the synthetic engagements of a register that has no testing jobs or exams of
 * its own (the city and province scales): what each organisation delivered, how its clients rated it, complaints and
 * penalties, and how reviewers score its sampled reports. Each organisation has a hidden quality between 0.4 and 1
 * that every figure follows, so the credit ratings spread over the levels as a real province's would. Deterministic
 * for a seed and a last day: every stream is keyed by the organisation's credit code, the engagement or the delivery,
 * never by the order rows are read in. The shapes are assumptions for a plausible demo, not figures from an official
 * source (docs/synthetic-data.md).
 */
final class HistoryGenerator {

	/** A synthetic delivery's subject key starts with this; no module's own key does (job ids are numbers). */
	static final String KEY_PREFIX = "SYN-";

	/** Reports are due this many days after sampling in the rating rules (REPORT_DAYS of the 2026 edition). */
	private static final int DUE_DAYS = 20;

	private static final String[] COMPLAINTS = { "报告出具迟延", "采样时段与生产不符", "收费项目未事先告知", "检查结果告知不及时",
			"现场采样人员未出示证件" };

	private static final String[] FINDINGS = { "记录与原始数据不一致", "依据标准版本未注明", "个别岗位未覆盖", "仪器检定证书过期",
			"结论表述不规范" };

	/** One engagement as the register of engagements holds it. */
	record Engaged(long id, long agencyId, String agencyCode, long employerId, String employerCode,
			String employerName, String employerRegion, ServiceType service, LocalDate startsOn, LocalDate endsOn) {
	}

	record Evaluation(int timeliness, int professionalism, int priceTransparency, LocalDate ratedOn) {
	}

	/** A testing report issued or an exam batch examined; the evaluation is empty when the client did not rate it. */
	record Delivery(DeliveryKind kind, String subjectKey, LocalDate workEndedOn, LocalDate deliveredOn, int exams,
			Optional<Evaluation> evaluation) {
	}

	record Complaint(LocalDate receivedOn, String source, String summary) {
	}

	record Penalty(String decisionNumber, String article, LocalDate decidedOn, String summary) {
	}

	/** A reviewer's marks for a sampled report, criterion by criterion, with a finding text where the mark is low. */
	record Review(List<Mark> marks) {

		BigDecimal score() {
			return QualityRubric.score(this.marks.stream().map(Mark::maximum).reduce(BigDecimal.ZERO, BigDecimal::add),
					this.marks.stream().map(Mark::awarded).reduce(BigDecimal.ZERO, BigDecimal::add));
		}

	}

	record Mark(String criterion, String name, BigDecimal maximum, BigDecimal awarded, Optional<String> finding) {
	}

	private final long seed;

	private final LocalDate lastDay;

	private final LocalDate firstDay;

	HistoryGenerator(long seed, LocalDate lastDay) {
		this.seed = seed;
		this.lastDay = lastDay;
		this.firstDay = lastDay.minusMonths(12).plusDays(1);
	}

	LocalDate firstDay() {
		return this.firstDay;
	}

	LocalDate lastDay() {
		return this.lastDay;
	}

	/** The organisation's hidden quality, 0.4 to 1, most between 0.7 and 1 (median about 0.79). */
	double quality(String agencyCode) {
		double u = stream("quality", agencyCode).nextDouble();
		return 1 - 0.6 * Math.pow(u, 1.5);
	}

	/**
	 * What an engagement delivered within the year up to the last day: one testing report a year for a service
	 * agency's engagement (late, after more than {@value #DUE_DAYS} days, the more often the lower the quality), one
	 * or two exam days for an exam institution's; nothing for what is still being worked on at the last day.
	 */
	List<Delivery> deliveries(Engaged engaged) {
		SplittableRandom random = stream("delivery",
				engaged.agencyCode() + "/" + engaged.employerCode() + "/" + engaged.service().name());
		double quality = quality(engaged.agencyCode());
		LocalDate from = max(engaged.startsOn(), this.firstDay);
		LocalDate to = min(engaged.endsOn(), this.lastDay.minusDays(3));
		List<Delivery> deliveries = new ArrayList<>();
		if (from.isAfter(to)) {
			return deliveries;
		}
		int span = (int) ChronoUnit.DAYS.between(from, to) + 1;
		AgencyKind kind = engaged.service().kind();
		if (kind == AgencyKind.SERVICE_AGENCY) {
			LocalDate sampled = from.plusDays(random.nextInt(span));
			boolean late = random.nextDouble() < (1 - quality) * 0.8;
			LocalDate issued = sampled.plusDays(late ? DUE_DAYS + 1 + random.nextInt(40) : 3 + random.nextInt(DUE_DAYS - 2));
			if (!issued.isAfter(this.lastDay)) {
				deliveries.add(new Delivery(DeliveryKind.TESTING_JOB, KEY_PREFIX + "T-" + engaged.id(), sampled, issued, 0,
						evaluation(random, quality, issued)));
			}
		}
		else if (kind == AgencyKind.EXAM_INSTITUTION) {
			int batches = random.nextDouble() < 0.3 ? 2 : 1;
			for (int n = 1; n <= batches; n++) {
				LocalDate examined = from.plusDays(random.nextInt(span));
				deliveries.add(new Delivery(DeliveryKind.EXAM_BATCH, KEY_PREFIX + "E-" + engaged.id() + "-" + n, examined,
						examined, 5 + random.nextInt(60), evaluation(random, quality, examined)));
			}
		}
		return deliveries;
	}

	/** Four clients in ten rate a delivery, within 20 days of it; marks around 1 + 4 × quality. */
	private Optional<Evaluation> evaluation(SplittableRandom random, double quality, LocalDate delivered) {
		if (random.nextDouble() >= 0.4) {
			return Optional.empty();
		}
		LocalDate rated = delivered.plusDays(1 + random.nextInt(20));
		if (rated.isAfter(this.lastDay)) {
			return Optional.empty();
		}
		return Optional.of(new Evaluation(mark(random, quality), mark(random, quality), mark(random, quality), rated));
	}

	private static int mark(SplittableRandom random, double quality) {
		double value = 1 + 4 * quality + random.nextGaussian() * 0.7;
		return (int) Math.max(1, Math.min(5, Math.round(value)));
	}

	/** Verified complaints of the year: up to four, each with a chance of 0.35 × (1 − quality). */
	List<Complaint> complaints(String agencyCode) {
		SplittableRandom random = stream("complaint", agencyCode);
		double quality = quality(agencyCode);
		List<Complaint> complaints = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			if (random.nextDouble() < (1 - quality) * 0.35) {
				complaints.add(new Complaint(day(random), "委托单位" + SyntheticData.NAME_MARK,
						COMPLAINTS[random.nextInt(COMPLAINTS.length)] + SyntheticData.NAME_MARK));
			}
		}
		return complaints;
	}

	/** An administrative penalty of the year for two in five organisations of quality below 0.5. */
	Optional<Penalty> penalty(String agencyCode, int ordinal) {
		SplittableRandom random = stream("penalty", agencyCode);
		if (quality(agencyCode) >= 0.5 || random.nextDouble() >= 0.4) {
			return Optional.empty();
		}
		LocalDate decided = day(random);
		String article = random.nextBoolean() ? "ART_79" : "ART_80_2";
		return Optional.of(new Penalty("模拟职罚〔" + decided.getYear() + "〕" + ordinal + "号", article, decided,
				"超出资质范围或未按规定出具报告" + SyntheticData.NAME_MARK));
	}

	/**
	 * A reviewer's marks for a sampled report: each criterion's points times the quality, give or take 0.12, to whole
	 * points; a finding for a mark below 60 % of the criterion's points.
	 */
	Review review(String agencyCode, String subjectKey, List<QualityRubric.Criterion> criteria) {
		SplittableRandom random = stream("review", agencyCode + "/" + subjectKey);
		double quality = quality(agencyCode);
		List<Mark> marks = new ArrayList<>();
		for (QualityRubric.Criterion c : criteria) {
			double share = Math.max(0, Math.min(1, quality + random.nextGaussian() * 0.12));
			BigDecimal awarded = c.points().multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.HALF_UP);
			boolean low = awarded.multiply(BigDecimal.TEN).compareTo(c.points().multiply(BigDecimal.valueOf(6))) < 0;
			Optional<String> finding = low
					? Optional.of(FINDINGS[random.nextInt(FINDINGS.length)] + SyntheticData.NAME_MARK) : Optional.empty();
			marks.add(new Mark(c.code(), c.name(), c.points(), awarded, finding));
		}
		return new Review(marks);
	}

	/** Whether a sampled report has been reviewed by the last day: nine in ten. */
	boolean reviewed(String agencyCode, String subjectKey) {
		return stream("reviewed", agencyCode + "/" + subjectKey).nextDouble() < 0.9;
	}

	private LocalDate day(SplittableRandom random) {
		return this.firstDay.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(this.firstDay, this.lastDay) + 1));
	}

	/** A random stream of its own for each purpose and key: the seed, the purpose and the key decide it. */
	private SplittableRandom stream(String purpose, String key) {
		long h = this.seed * 0x9E3779B97F4A7C15L;
		for (char ch : (purpose + ":" + key).toCharArray()) {
			h = (h ^ ch) * 0x100000001B3L;
		}
		return new SplittableRandom(h);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
