package org.ohsonline.registry.internal.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.ohsonline.reference.Division;
import org.ohsonline.reference.Industry;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.registry.SyntheticData.Scale;
import org.ohsonline.registry.internal.synthetic.CatalogSnapshot.County;
import org.ohsonline.registry.internal.synthetic.IndustryProfiles.PostTemplate;

/**
 * Plans the employers of one run, one at a time, county by county. Everything random comes from
 * one {@link SplittableRandom} seeded once and drawn in a fixed order, and every collection it
 * walks is ordered, so a seed and the same catalogs give the same register. Dates are relative to
 * {@link #REFERENCE}, not to the clock, for the same reason.
 */
final class Generator {

	static final LocalDate REFERENCE = LocalDate.of(2025, 12, 31);

	/** The employer the demo {@code employer} login is scoped to (DemoUsers). */
	static final String DEMO_CREDIT_CODE = "91330105DEM000001"
			+ org.ohsonline.shared.CreditCode.checkCharacter("91330105DEM000001");

	/** The person the demo {@code worker} login is scoped to (DemoUsers). */
	static final String DEMO_ID_NUMBER = "33010519900307001"
			+ org.ohsonline.shared.IdNumber.checkCharacter("33010519900307001");

	static final String DEMO_COUNTY = "330105";

	private static final double SIGMA = 1.35;

	private final CatalogSnapshot catalogs;

	private final SplittableRandom random;

	private final Codes codes;

	private final boolean demo;

	private final int[] quota;

	private final double[] mu = new double[2];

	private final int cap;

	private int county;

	private int madeInCounty;

	private int countyStart;

	private final List<Integer> agencies = new ArrayList<>();

	private int ordinal;

	private final int planned;

	Generator(CatalogSnapshot catalogs, Scale scale, long seed, int run, boolean demo) {
		this.catalogs = catalogs;
		this.random = new SplittableRandom(seed);
		this.codes = new Codes(seed, run, catalogs.idPrefixes());
		this.quota = quotas(catalogs.counties(), scale.employers());
		this.demo = demo && catalogs.counties().stream().anyMatch(c -> c.code().equals(DEMO_COUNTY));
		double mean = (double) scale.workers() / scale.employers();
		// Industrial employers are larger than services: scale each profile so its mean stays put.
		this.mu[0] = Math.log(mean / meanFactor(IndustryProfiles.INDUSTRIAL_COUNTY)) - SIGMA * SIGMA / 2;
		this.mu[1] = Math.log(mean / meanFactor(IndustryProfiles.URBAN_DISTRICT)) - SIGMA * SIGMA / 2;
		this.cap = Math.max(50, Math.min(20_000, scale.workers() / 20));
		this.planned = java.util.Arrays.stream(this.quota).sum();
		if (this.demo && run == 0) {
			// Reserve the demo person's number before anyone else can draw it.
			String reserved = this.codes.idNumber(DEMO_COUNTY, Codes.birthDate(DEMO_ID_NUMBER), true);
			if (!reserved.equals(DEMO_ID_NUMBER)) {
				throw new IllegalStateException("The demo identity number is not the first of its day");
			}
		}
	}

	int planned() {
		return this.planned;
	}

	boolean hasNext() {
		while (this.county < this.quota.length && this.madeInCounty >= this.quota[this.county]) {
			this.county++;
			this.madeInCounty = 0;
			this.countyStart = this.ordinal;
			this.agencies.clear();
		}
		return this.county < this.quota.length;
	}

	Plans.Employer next() {
		if (!hasNext()) {
			throw new java.util.NoSuchElementException();
		}
		County here = this.catalogs.counties().get(this.county);
		Plans.Employer employer = this.demo && this.madeInCounty == 0 && here.code().equals(DEMO_COUNTY) ? demoEmployer(here)
				: employer(here);
		this.madeInCounty++;
		this.ordinal++;
		return employer;
	}

	private Plans.Employer employer(County here) {
		Industry industry = industry(here);
		String division = industry.code().substring(0, 2);
		boolean industrial = IndustryProfiles.industrial(division);
		if (industry.code().equals(IndustryProfiles.DISPATCH_CLASS)) {
			this.agencies.add(this.ordinal);
		}
		Division township = here.townships().get(this.random.nextInt(here.townships().size()));
		int headcount = headcount(here.urban(), industrial);
		String name = here.cityName().replaceFirst("[市州]$", "") + Names.brand(this.random) + trade(industry)
				+ Names.legalForm(this.random) + SyntheticData.NAME_MARK;
		String address = here.name() + township.name() + Names.street(this.random);
		boolean manager = industrial || headcount >= 20;
		String legal = Names.person(this.random, this.random.nextInt(10) < 8);
		String ohManager = manager ? Names.person(this.random, this.random.nextBoolean()) : null;
		String ohPhone = manager ? Names.mobile(this.random) : null;
		String contact = Names.mobile(this.random);
		int s = this.random.nextInt(100);
		EmployerStatus status = s < 95 ? EmployerStatus.IN_PRODUCTION : s < 98 ? EmployerStatus.SUSPENDED
				: EmployerStatus.CLOSED;
		String economicType = pickEconomicType();
		long revenue = revenue(headcount);
		List<PostTemplate> templates = industry.code().equals(IndustryProfiles.DISPATCH_CLASS)
				? IndustryProfiles.posts("OFFICE") : IndustryProfiles.posts(division);
		int siteCount = headcount < 100 ? 1 : Math.min(3, 1 + headcount / 300);
		List<List<PostTemplate>> layout = new ArrayList<>();
		List<String> siteNames = new ArrayList<>();
		List<Integer> workshopsPerSite = new ArrayList<>();
		for (int i = 0; i < siteCount; i++) {
			siteNames.add(industrial ? (siteCount == 1 ? "厂区" : "第" + (i + 1) + "厂区") : (i == 0 ? "经营场所" : "分部" + i));
			int workshops = industrial ? 1 + Math.min(4, headcount / siteCount / 40) : 1;
			workshopsPerSite.add(workshops);
			for (int w = 0; w < workshops; w++) {
				layout.add(choosePosts(templates));
			}
		}
		int postCount = layout.stream().mapToInt(List::size).sum();
		int[] assigned = new int[postCount];
		List<Plans.Worker> workers = new ArrayList<>(headcount);
		for (int i = 0; i < headcount; i++) {
			int post = this.random.nextInt(postCount);
			assigned[post]++;
			workers.add(worker(here, industrial, post));
		}
		List<Plans.Site> sites = buildSites(siteNames, workshopsPerSite, layout, assigned, industrial, address, here,
				township);
		return new Plans.Employer(this.ordinal, this.codes.creditCode(here.code()), name, township.code(), address,
				industry.code(), economicType, headcount, revenue, legal, ohManager, ohPhone, contact, status, sites, workers);
	}

	private List<Plans.Site> buildSites(List<String> siteNames, List<Integer> workshopsPerSite,
			List<List<PostTemplate>> layout, int[] assigned, boolean industrial, String address, County here,
			Division township) {
		List<Plans.Site> sites = new ArrayList<>();
		int workshopIndex = 0;
		int postIndex = 0;
		for (int i = 0; i < siteNames.size(); i++) {
			List<Plans.Workshop> workshops = new ArrayList<>();
			for (int w = 0; w < workshopsPerSite.get(i); w++) {
				List<Plans.Post> posts = new ArrayList<>();
				for (PostTemplate template : layout.get(workshopIndex++)) {
					List<String> hazards = hazards(template);
					BigDecimal[] pattern = exposurePattern(template.shifts() && industrial);
					posts.add(new Plans.Post(template.name(), pattern[0], pattern[1],
							hazards.isEmpty() ? 0 : assigned[postIndex], hazards));
					postIndex++;
				}
				workshops.add(new Plans.Workshop(industrial ? workshopName(w) : (w == 0 ? "办公区" : "营业区"), posts));
			}
			String siteAddress = i == 0 ? address : here.name() + township.name() + Names.street(this.random);
			sites.add(new Plans.Site(siteNames.get(i), siteAddress, workshops));
		}
		return sites;
	}

	private Plans.Worker worker(County here, boolean industrial, int post) {
		boolean male = this.random.nextInt(100) < (industrial ? 62 : 45);
		String county = this.random.nextInt(100) < 80 ? here.code()
				: this.catalogs.idPrefixes().get(this.random.nextInt(this.catalogs.idPrefixes().size()));
		String idNumber = this.codes.idNumber(county, birthDate(), male);
		LocalDate birth = Codes.birthDate(idNumber);
		String name = Names.person(this.random, male);
		String mobile = this.random.nextInt(10) < 6 ? Names.mobile(this.random) : null;
		LocalDate adult = birth.plusYears(18);
		LocalDate earliest = adult.isAfter(LocalDate.of(2000, 1, 1)) ? adult : LocalDate.of(2000, 1, 1);
		LocalDate hired = between(earliest, REFERENCE);
		int employer = this.ordinal;
		int host = -1;
		if (industrial && !this.agencies.isEmpty() && this.random.nextInt(100) < 4) {
			employer = this.agencies.get(this.random.nextInt(this.agencies.size()));
			host = this.ordinal;
		}
		Plans.Employment current = new Plans.Employment(employer, host, post, hired, null);
		Plans.Employment past = null;
		int earlier = this.ordinal - this.countyStart;
		if (earlier > 0 && this.random.nextInt(100) < 20 && ChronoUnit.DAYS.between(adult, hired) > 400) {
			int previous = this.countyStart + this.random.nextInt(earlier);
			LocalDate pastHired = between(adult, hired.minusDays(200));
			LocalDate pastLeft = between(pastHired.plusDays(90), hired.minusDays(1));
			past = new Plans.Employment(previous, -1, 0, pastHired, pastLeft);
		}
		return new Plans.Worker(idNumber, name, male, birth, mobile, current, past);
	}

	/** The demo login's employer: metal products in 拱墅区 with welding, grinding and painting posts. */
	private Plans.Employer demoEmployer(County here) {
		Division township = here.townships().get(0);
		String address = here.name() + township.name() + "登云路88号";
		List<Industry> metal = this.catalogs.classes().getOrDefault("33", List.of());
		String industry = metal.stream().map(Industry::code).filter("3311"::equals).findFirst()
			.orElse(metal.isEmpty() ? "3311" : metal.get(0).code());
		List<PostTemplate> templates = IndustryProfiles.posts("33");
		int[] assigned = new int[4];
		List<Plans.Worker> workers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			int post = i % 4;
			assigned[post]++;
			if (i == 0) {
				// Reserved in the constructor (run 0) or outside this run's block of sequences (later runs).
				workers.add(new Plans.Worker(DEMO_ID_NUMBER, "王建国", true, Codes.birthDate(DEMO_ID_NUMBER), "13800000000",
						new Plans.Employment(this.ordinal, -1, 0, LocalDate.of(2015, 4, 1), null),
						null));
			}
			else {
				workers.add(worker(here, true, post));
			}
		}
		List<List<PostTemplate>> layout = List.of(List.of(templates.get(0), templates.get(1)),
				List.of(templates.get(2), templates.get(5)));
		List<Plans.Site> sites = buildSites(List.of("厂区"), List.of(2), layout, assigned, true, address, here, township);
		return new Plans.Employer(this.ordinal, DEMO_CREDIT_CODE, "杭州拱墅模拟金属制品有限公司" + SyntheticData.NAME_MARK,
				township.code(), address, industry, pickEconomicType(), 40, 1200, "王国强", "李秀英", "13900000000",
				"057100000000", EmployerStatus.IN_PRODUCTION, sites, workers);
	}

	private Industry industry(County here) {
		if (this.random.nextInt(100) < 1) {
			List<Industry> hr = this.catalogs.classes().getOrDefault("72", List.of());
			for (Industry candidate : hr) {
				if (candidate.code().equals(IndustryProfiles.DISPATCH_CLASS)) {
					return candidate;
				}
			}
		}
		Map<String, Integer> weights = here.urban() ? IndustryProfiles.URBAN_DISTRICT : IndustryProfiles.INDUSTRIAL_COUNTY;
		while (true) {
			String division = weighted(weights);
			List<Industry> classes = this.catalogs.classes().get(division);
			if (classes != null && !classes.isEmpty()) {
				return classes.get(this.random.nextInt(classes.size()));
			}
		}
	}

	private String weighted(Map<String, Integer> weights) {
		int total = weights.values().stream().mapToInt(Integer::intValue).sum();
		int x = this.random.nextInt(total);
		for (Map.Entry<String, Integer> entry : weights.entrySet()) {
			x -= entry.getValue();
			if (x < 0) {
				return entry.getKey();
			}
		}
		throw new IllegalStateException();
	}

	private int headcount(boolean urban, boolean industrial) {
		double factor = industrial ? 1.6 : 0.6;
		double drawn = Math.exp(this.mu[urban ? 1 : 0] + SIGMA * this.random.nextGaussian()) * factor;
		return (int) Math.max(1, Math.min(this.cap, Math.round(drawn)));
	}

	private static double meanFactor(Map<String, Integer> weights) {
		double total = 0;
		double sum = 0;
		for (Map.Entry<String, Integer> entry : weights.entrySet()) {
			total += entry.getValue();
			sum += entry.getValue() * (IndustryProfiles.industrial(entry.getKey()) ? 1.6 : 0.6);
		}
		return sum / total;
	}

	private List<PostTemplate> choosePosts(List<PostTemplate> templates) {
		int wanted = 1 + this.random.nextInt(Math.min(3, templates.size()));
		List<PostTemplate> pool = new ArrayList<>(templates);
		List<PostTemplate> chosen = new ArrayList<>();
		for (int i = 0; i < wanted; i++) {
			chosen.add(pool.remove(this.random.nextInt(pool.size())));
		}
		return chosen;
	}

	/** The template's factors the catalog knows; the first always, the others at most sites. */
	private List<String> hazards(PostTemplate template) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < template.hazards().size(); i++) {
			String code = template.hazards().get(i);
			boolean keep = i == 0 || this.random.nextInt(100) < 80;
			if (keep && this.catalogs.hazards().contains(code)) {
				result.add(code);
			}
		}
		return result;
	}

	/** Hours a day and days a week: mostly 8 h × 5 d; shift posts often 12 h on a 4-on-4-off rota. */
	private BigDecimal[] exposurePattern(boolean shifts) {
		int x = this.random.nextInt(100);
		if (shifts && x < 35) {
			return new BigDecimal[] { new BigDecimal("12"), new BigDecimal("3.5") };
		}
		if (x < 80) {
			return new BigDecimal[] { new BigDecimal("8"), new BigDecimal("5") };
		}
		if (x < 95) {
			return new BigDecimal[] { new BigDecimal("8"), new BigDecimal("6") };
		}
		return new BigDecimal[] { new BigDecimal("10"), new BigDecimal("6") };
	}

	private String pickEconomicType() {
		List<CatalogSnapshot.Weighted> types = this.catalogs.economicTypes();
		if (types.isEmpty()) {
			return null;
		}
		int total = types.stream().mapToInt(CatalogSnapshot.Weighted::weight).sum();
		int x = this.random.nextInt(total);
		for (CatalogSnapshot.Weighted type : types) {
			x -= type.weight();
			if (x < 0) {
				return type.code();
			}
		}
		return types.get(types.size() - 1).code();
	}

	/** Age at the reference date between 18 and 66, most around 35–45. */
	private LocalDate birthDate() {
		double age = 18 + 48 * Math.sqrt(this.random.nextDouble() * this.random.nextDouble());
		LocalDate birth = REFERENCE.minusDays(Math.round(age * 365.25));
		if (birth.isBefore(Codes.FIRST_BIRTH)) {
			return Codes.FIRST_BIRTH.plusDays(this.random.nextInt(365));
		}
		return birth.isAfter(Codes.LAST_BIRTH) ? Codes.LAST_BIRTH.minusDays(this.random.nextInt(365)) : birth;
	}

	/** About 250,000 yuan a head, spread lognormally, to two significant digits (万元). */
	private long revenue(int headcount) {
		double value = headcount * 25 * Math.exp(0.8 * this.random.nextGaussian());
		double scale = Math.pow(10, Math.max(0, Math.floor(Math.log10(value)) - 1));
		return Math.max(10, Math.round(value / scale) * (long) scale);
	}

	private LocalDate between(LocalDate from, LocalDate to) {
		long days = ChronoUnit.DAYS.between(from, to);
		return days <= 0 ? from : from.plusDays(this.random.nextLong(days + 1));
	}

	private static String workshopName(int index) {
		String[] numbers = { "一", "二", "三", "四", "五" };
		return numbers[Math.min(index, numbers.length - 1)] + "车间";
	}

	/** A trade word from the class name: 金属结构制造 → 金属结构制造, without 其他/未列明 or brackets. */
	private static String trade(Industry industry) {
		String name = industry.name() == null ? "" : industry.name().replaceAll("（.*?）|\\(.*?\\)", "")
			.replace("其他", "")
			.replace("未列明", "");
		return name.isBlank() ? "实业" : name;
	}

	/** Employers per county by weight, largest remainder first, ties by county order. */
	private static int[] quotas(List<County> counties, int total) {
		double sum = counties.stream().mapToDouble(County::weight).sum();
		int[] quota = new int[counties.size()];
		double[] remainder = new double[counties.size()];
		int given = 0;
		for (int i = 0; i < quota.length; i++) {
			double exact = total * counties.get(i).weight() / sum;
			quota[i] = (int) Math.floor(exact);
			remainder[i] = exact - quota[i];
			given += quota[i];
		}
		while (given < total) {
			int best = 0;
			for (int i = 1; i < quota.length; i++) {
				if (remainder[i] > remainder[best]) {
					best = i;
				}
			}
			quota[best]++;
			remainder[best] = -1;
			given++;
		}
		return quota;
	}

}
