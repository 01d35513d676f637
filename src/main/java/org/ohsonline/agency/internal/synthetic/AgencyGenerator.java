package org.ohsonline.agency.internal.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.agency.StaffRole;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;

/**
 * Plans the synthetic agencies and institutions of a run, deterministically for a seed: how many
 * per county (from the employers the register holds there), their qualification and scope, their
 * staff, and which employers engage them. Dates count from the register generator's reference day
 * (2025-12-31), never from the clock. The ratios are assumptions for a plausible demo, not figures
 * from an official source (docs/synthetic-data.md).
 */
final class AgencyGenerator {

	static final LocalDate REFERENCE_DAY = LocalDate.of(2025, 12, 31);

	/** Employers per service agency, per exam institution, per extra diagnosis institution. */
	static final int EMPLOYERS_PER_AGENCY = 2_000;

	static final int EMPLOYERS_PER_INSTITUTION = 750;

	static final int EMPLOYERS_PER_DIAGNOSIS = 100_000;

	static final String DEMO_COUNTY = "330105";

	/** The demo {@code agency} login's organisation (scope value). */
	static final String DEMO_AGENCY = withCheck("91330105DEMAG0001");

	/** The demo {@code institution} login's organisation; a public institution (事业单位) code starts with 12. */
	static final String DEMO_INSTITUTION = withCheck("12330105DEMEX0001");

	/** The demo {@code diagnosis} login's organisation, the first diagnosis institution of the demo county. */
	static final String DEMO_DIAGNOSIS = withCheck("12330105DEMDX0001");

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final long SPACE = 852_891_037_441L;

	private static final String[] AGENCY_TITLES = { "技术员", "助理工程师", "工程师", "工程师", "高级工程师" };

	private static final String[] PHYSICIAN_TITLES = { "住院医师", "主治医师", "主治医师", "副主任医师", "主任医师" };

	private final long seed;

	private final List<Plans.County> counties;

	private final List<String> categories;

	private final String authority;

	private final SplittableRandom random;

	private final Set<String> idNumbers = new HashSet<>();

	private final long offset;

	private final List<Plans.Organisation> organisations = new ArrayList<>();

	/**
	 * @param counties the counties of the run, each with the employers registered there
	 * @param categories the hazard categories of the catalog in force (level 1 codes), by code
	 * @param authority who issues qualifications (the provincial health commission)
	 * @param demo whether to make the demo logins' agency and institution in {@value #DEMO_COUNTY}
	 */
	AgencyGenerator(long seed, List<Plans.County> counties, List<String> categories, String authority, boolean demo) {
		this.seed = seed;
		this.counties = counties.stream().sorted(Comparator.comparing(Plans.County::code)).toList();
		this.categories = List.copyOf(categories);
		this.authority = authority;
		this.random = new SplittableRandom(seed ^ 0xA6E4C1L);
		this.offset = Math.floorMod(this.random.nextLong(), SPACE);
		plan(demo);
	}

	List<Plans.Organisation> organisations() {
		return this.organisations;
	}

	private void plan(boolean demo) {
		long employers = this.counties.stream().mapToLong(Plans.County::employers).sum();
		boolean demoHere = demo && this.counties.stream().anyMatch(c -> c.code().equals(DEMO_COUNTY));
		int[] agencies = share(Math.max(2, Math.round(employers / (double) EMPLOYERS_PER_AGENCY)), demoHere);
		int[] institutions = share(Math.max(2, Math.round(employers / (double) EMPLOYERS_PER_INSTITUTION)), demoHere);
		int[] diagnosis = diagnosisPerCounty(employers);
		for (int i = 0; i < this.counties.size(); i++) {
			Plans.County county = this.counties.get(i);
			boolean demoCounty = demoHere && county.code().equals(DEMO_COUNTY);
			for (int n = 0; n < agencies[i]; n++) {
				this.organisations.add(organisation(AgencyKind.SERVICE_AGENCY, county, demoCounty && n == 0));
			}
			for (int n = 0; n < institutions[i]; n++) {
				this.organisations.add(organisation(AgencyKind.EXAM_INSTITUTION, county, demoCounty && n == 0));
			}
			for (int n = 0; n < diagnosis[i]; n++) {
				Plans.Organisation o = organisation(AgencyKind.DIAGNOSIS_INSTITUTION, county, false);
				this.organisations.add(demoCounty && n == 0 ? demoDiagnosis(o) : o);
			}
		}
	}

	/**
	 * The demo county's diagnosis institution with the demo login's code and a qualification valid
	 * now; drawn like any other first, so the rest of the run stays as the seed makes it.
	 */
	private static Plans.Organisation demoDiagnosis(Plans.Organisation o) {
		LocalDate validFrom = LocalDate.of(2024, 3, 1);
		return new Plans.Organisation(o.ordinal(), o.kind(), DEMO_DIAGNOSIS, "杭州拱墅模拟职业病防治院（模拟）",
				o.countyCode(), o.address(), o.contactName(), o.contactPhone(), o.certificateNumber(),
				o.issuingAuthority(), validFrom, validFrom.plusYears(5).minusDays(1), o.hazardCategories(), o.jobTypes(),
				o.dailyCapacity(), o.staff());
	}

	/** Largest remainder by employers; the demo county gets at least one. */
	private int[] share(long total, boolean demoHere) {
		int n = this.counties.size();
		int[] result = new int[n];
		long employers = Math.max(1, this.counties.stream().mapToLong(Plans.County::employers).sum());
		double[] remainder = new double[n];
		long given = 0;
		for (int i = 0; i < n; i++) {
			double exact = total * (double) this.counties.get(i).employers() / employers;
			result[i] = (int) Math.floor(exact);
			remainder[i] = exact - result[i];
			given += result[i];
		}
		while (given < total) {
			int best = 0;
			for (int i = 1; i < n; i++) {
				best = remainder[i] > remainder[best] ? i : best;
			}
			result[best]++;
			remainder[best] = -1;
			given++;
		}
		for (int i = 0; i < n && demoHere; i++) {
			if (this.counties.get(i).code().equals(DEMO_COUNTY) && result[i] == 0) {
				result[i] = 1;
			}
		}
		return result;
	}

	/** One per city, in its county with the most employers, and one more per 100,000 employers. */
	private int[] diagnosisPerCounty(long employers) {
		int[] result = new int[this.counties.size()];
		Map<String, Integer> largest = new LinkedHashMap<>();
		for (int i = 0; i < this.counties.size(); i++) {
			Plans.County county = this.counties.get(i);
			Integer current = largest.get(county.cityCode());
			if (current == null || this.counties.get(current).employers() < county.employers()) {
				largest.put(county.cityCode(), i);
			}
		}
		largest.values().forEach(i -> result[i]++);
		List<Integer> byEmployers = new ArrayList<>(largest.values());
		byEmployers.sort(Comparator.comparingLong((Integer i) -> -this.counties.get(i).employers()).thenComparing(i -> i));
		for (int extra = 0; extra < employers / EMPLOYERS_PER_DIAGNOSIS && !byEmployers.isEmpty(); extra++) {
			result[byEmployers.get(extra % byEmployers.size())]++;
		}
		return result;
	}

	private Plans.Organisation organisation(AgencyKind kind, Plans.County county, boolean demo) {
		int ordinal = this.organisations.size();
		String city = shortName(county.cityName());
		String code;
		String name;
		LocalDate validFrom;
		if (demo) {
			code = kind == AgencyKind.SERVICE_AGENCY ? DEMO_AGENCY : DEMO_INSTITUTION;
			name = kind == AgencyKind.SERVICE_AGENCY ? "杭州拱墅模拟职业卫生技术服务有限公司" : "杭州拱墅模拟职业健康体检中心";
			validFrom = LocalDate.of(2024, 3, 1);
		}
		else {
			code = creditCode(kind == AgencyKind.SERVICE_AGENCY ? "91" : "12", county.code(), ordinal);
			name = name(kind, county, city);
			validFrom = LocalDate.of(2021, 7, 1).plusDays(this.random.nextInt(1645));
		}
		// Qualification certificates are assumed valid for five years.
		LocalDate validTo = validFrom.plusYears(5).minusDays(1);
		String prefix = switch (kind) {
			case SERVICE_AGENCY -> "职技";
			case EXAM_INSTITUTION -> "职检备";
			case DIAGNOSIS_INSTITUTION -> "职诊";
		};
		String certificate = prefix + "（模拟）" + validFrom.getYear() + "-" + String.format("%04d", ordinal + 1);
		List<String> scopeCategories = categories(kind, demo);
		Set<JobType> jobTypes = kind == AgencyKind.SERVICE_AGENCY ? jobTypes(demo) : Set.of();
		Map<ExamType, Integer> capacity = kind == AgencyKind.EXAM_INSTITUTION ? capacity(demo) : Map.of();
		int staff = demo ? (kind == AgencyKind.SERVICE_AGENCY ? 24 : 16) : switch (kind) {
			case SERVICE_AGENCY -> 12 + this.random.nextInt(30);
			case EXAM_INSTITUTION -> 8 + this.random.nextInt(20);
			case DIAGNOSIS_INSTITUTION -> 4 + this.random.nextInt(8);
		};
		List<Plans.Staff> people = new ArrayList<>();
		for (int i = 0; i < staff; i++) {
			people.add(staff(kind, county));
		}
		return new Plans.Organisation(ordinal, kind, code, name + "（模拟）", county.code(),
				county.name() + Words.street(this.random), Words.person(this.random), Words.mobile(this.random),
				certificate, this.authority, validFrom, validTo, scopeCategories, jobTypes, capacity, people);
	}

	private String name(AgencyKind kind, Plans.County county, String city) {
		String brand = Words.brand(this.random);
		return switch (kind) {
			case SERVICE_AGENCY -> city + brand + (this.random.nextBoolean() ? "职业卫生技术服务有限公司" : "检测技术有限公司");
			case EXAM_INSTITUTION -> switch (this.random.nextInt(4)) {
				case 0 -> shortName(county.name()) + "第" + "一二三四五".charAt(this.random.nextInt(5)) + "人民医院";
				case 1 -> shortName(county.name()) + brand + "医院";
				case 2 -> city + brand + "健康体检中心";
				default -> shortName(county.name()) + "疾病预防控制中心";
			};
			case DIAGNOSIS_INSTITUTION -> city + (this.random.nextBoolean() ? "职业病防治院" : brand + "职业病医院");
		};
	}

	private List<String> categories(AgencyKind kind, boolean demo) {
		List<String> chosen = new ArrayList<>();
		for (String category : this.categories) {
			// Dust, chemical and physical factors are in every scope; the others in some.
			double chance = switch (category) {
				case "1", "2", "3" -> 1.0;
				case "4" -> kind == AgencyKind.SERVICE_AGENCY ? 0.3 : 0.4;
				case "5" -> 0.12;
				default -> 0.05;
			};
			if (demo ? !category.equals("5") && chance > 0.2 : this.random.nextDouble() < chance) {
				chosen.add(category);
			}
		}
		return chosen;
	}

	private Set<JobType> jobTypes(boolean demo) {
		Set<JobType> types = EnumSet.of(JobType.PERIODIC_TESTING);
		if (demo || this.random.nextDouble() < 0.6) {
			types.add(JobType.STATUS_EVALUATION);
		}
		if (demo || this.random.nextDouble() < 0.5) {
			types.add(JobType.PRE_EVALUATION);
			types.add(JobType.CONTROL_EFFECT_EVALUATION);
		}
		if (!demo && this.random.nextDouble() < 0.1) {
			types.add(JobType.SUPERVISORY_TESTING);
		}
		return types;
	}

	private Map<ExamType, Integer> capacity(boolean demo) {
		Map<ExamType, Integer> capacity = new EnumMap<>(ExamType.class);
		if (demo) {
			capacity.put(ExamType.PRE_PLACEMENT, 60);
			capacity.put(ExamType.IN_SERVICE, 200);
			capacity.put(ExamType.EXIT, 40);
			capacity.put(ExamType.EMERGENCY, 10);
			capacity.put(ExamType.POST_EMPLOYMENT, 20);
			return capacity;
		}
		capacity.put(ExamType.PRE_PLACEMENT, 30 + 10 * this.random.nextInt(13));
		capacity.put(ExamType.IN_SERVICE, 80 + 20 * this.random.nextInt(17));
		capacity.put(ExamType.EXIT, 20 + 5 * this.random.nextInt(13));
		if (this.random.nextDouble() < 0.7) {
			capacity.put(ExamType.EMERGENCY, 5 + this.random.nextInt(16));
		}
		if (this.random.nextDouble() < 0.3) {
			capacity.put(ExamType.POST_EMPLOYMENT, 10 + 5 * this.random.nextInt(7));
		}
		return capacity;
	}

	private Plans.Staff staff(AgencyKind kind, Plans.County county) {
		boolean male = this.random.nextInt(100) < (kind == AgencyKind.SERVICE_AGENCY ? 55 : 45);
		String name = Words.person(this.random);
		String idNumber = idNumber(county, male);
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		String title;
		String certificate;
		if (kind == AgencyKind.SERVICE_AGENCY) {
			roles.add(agencyRole());
			if (this.random.nextInt(100) < 30) {
				roles.add(agencyRole());
			}
			title = AGENCY_TITLES[this.random.nextInt(AGENCY_TITLES.length)];
			certificate = "职技培（模拟）" + String.format("%08d", this.random.nextInt(100_000_000));
		}
		else if (kind == AgencyKind.EXAM_INSTITUTION && this.random.nextInt(100) < 25) {
			roles.add(StaffRole.LABORATORY);
			title = this.random.nextBoolean() ? "检验技师" : "主管检验师";
			certificate = null;
		}
		else {
			roles.add(StaffRole.PHYSICIAN);
			title = PHYSICIAN_TITLES[this.random.nextInt(PHYSICIAN_TITLES.length)];
			certificate = "医执（模拟）" + String.format("%09d", this.random.nextInt(1_000_000_000));
		}
		return new Plans.Staff(name, idNumber, title, certificate, roles);
	}

	private StaffRole agencyRole() {
		int x = this.random.nextInt(100);
		return x < 35 ? StaffRole.SAMPLING : x < 65 ? StaffRole.LABORATORY : x < 80 ? StaffRole.SURVEY : StaffRole.EVALUATION;
	}

	/** Born 1965–2000, mostly in the organisation's county; unique within the run. */
	private String idNumber(Plans.County county, boolean male) {
		while (true) {
			String born = this.random.nextInt(100) < 70 ? county.code()
					: this.counties.get(this.random.nextInt(this.counties.size())).code();
			LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(this.random.nextInt(13_149));
			int sequence = 2 * this.random.nextInt(499) + (male ? 1 : 2);
			String first17 = born + birth.toString().replace("-", "") + String.format("%03d", sequence);
			String number = first17 + IdNumber.checkCharacter(first17);
			if (this.idNumbers.add(number)) {
				return number;
			}
		}
	}

	/**
	 * Engagements of the county's employers, decided with the county's own random stream so that a
	 * county's engagements do not depend on the order in which the others were made.
	 */
	List<Plans.Engagement> engage(Plans.County county, List<Plans.Client> clients) {
		SplittableRandom local = new SplittableRandom(this.seed * 1_000_003L + Long.parseLong(county.code()));
		List<Plans.Client> ordered = clients.stream().sorted(Comparator.comparing(Plans.Client::creditCode)).toList();
		List<Plans.Engagement> engagements = new ArrayList<>();
		for (Plans.Client client : ordered) {
			if (local.nextDouble() < (client.serious() ? 0.9 : 0.5)) {
				add(engagements, local, county, client, ServiceType.PERIODIC_TESTING, LocalDate.of(2024, 1, 1), 731, 36);
			}
			if (client.serious() && local.nextDouble() < 0.35) {
				add(engagements, local, county, client, ServiceType.STATUS_EVALUATION, LocalDate.of(2024, 1, 1), 731, 6);
			}
			if (local.nextDouble() < (client.serious() ? 0.8 : 0.45)) {
				add(engagements, local, county, client, ServiceType.HEALTH_EXAMINATION, LocalDate.of(2025, 1, 1), 365, 24);
			}
		}
		return engagements;
	}

	private void add(List<Plans.Engagement> into, SplittableRandom random, Plans.County county, Plans.Client client,
			ServiceType service, LocalDate earliest, int spreadDays, int months) {
		List<Plans.Organisation> offering = this.organisations.stream()
			.filter(o -> o.kind() == service.kind())
			.filter(o -> service.jobType().map(o.jobTypes()::contains).orElse(true))
			.toList();
		if (offering.isEmpty()) {
			return;
		}
		List<Plans.Organisation> nearby = offering.stream()
			.filter(o -> o.countyCode().startsWith(county.cityCode()))
			.toList();
		List<Plans.Organisation> candidates = !nearby.isEmpty() && random.nextInt(100) < 70 ? nearby : offering;
		Plans.Organisation chosen = candidates.get(random.nextInt(candidates.size()));
		LocalDate start = earliest.plusDays(random.nextInt(spreadDays));
		into.add(new Plans.Engagement(chosen.ordinal(), client, service, start, start.plusMonths(months).minusDays(1)));
	}

	/** Seed-keyed affine permutation of the ordinal: unique, not sequential. */
	private String creditCode(String registrar, String county, int ordinal) {
		long value = Math.floorMod(387_420_489L * ordinal + this.offset, SPACE);
		char[] part = new char[8];
		for (int i = 7; i >= 0; i--) {
			part[i] = ALPHABET.charAt((int) (value % 31));
			value /= 31;
		}
		return withCheck(registrar + county + "G" + new String(part));
	}

	private static String withCheck(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

	private static String shortName(String name) {
		return name.length() > 2 && (name.endsWith("市") || name.endsWith("区") || name.endsWith("县"))
				? name.substring(0, name.length() - 1) : name;
	}

}
