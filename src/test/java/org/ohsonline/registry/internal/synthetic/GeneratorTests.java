package org.ohsonline.registry.internal.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.Division;
import org.ohsonline.reference.Industry;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.registry.SyntheticData.Scale;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratorTests {

	/** A catalog stand-in: two counties, three classes per division, every profile hazard but 锰 (2223). */
	static CatalogSnapshot catalogs(boolean urban) {
		List<CatalogSnapshot.County> counties = List.of(
				new CatalogSnapshot.County("330105", "拱墅区", "杭州市", townships("330105", "米市巷街道", "湖墅街道", "小河街道"), 1.2,
						urban),
				new CatalogSnapshot.County("330122", "桐庐县", "杭州市", townships("330122", "桐君街道", "分水镇"), 0.9, !urban));
		Map<String, List<Industry>> classes = new LinkedHashMap<>();
		Stream.concat(IndustryProfiles.INDUSTRIAL_COUNTY.keySet().stream(), IndustryProfiles.URBAN_DISTRICT.keySet().stream())
			.distinct()
			.sorted()
			.forEach(d -> classes.put(d, List.of(new Industry(d + "11", "类" + d + "11", d + "1", 4, true),
					new Industry(d + "12", "类" + d + "12", d + "1", 4, true),
					new Industry(d + "21", "类" + d + "21", d + "2", 4, true))));
		classes.put("72", List.of(new Industry("7211", "企业总部管理", "721", 4, true),
				new Industry("7263", "劳务派遣服务", "726", 4, true)));
		Set<String> hazards = new HashSet<>(IndustryProfiles.hazardCodes());
		hazards.remove("2223");
		return new CatalogSnapshot(counties, List.of("330105", "330122", "330106", "330304"), classes, Set.copyOf(hazards),
				List.of(new CatalogSnapshot.Weighted("171", 60), new CatalogSnapshot.Weighted("110", 1)));
	}

	static List<Division> townships(String county, String... names) {
		List<Division> result = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			result.add(new Division(county + String.format("%03d", i + 1), names[i], county, RegionCode.Level.TOWNSHIP));
		}
		return result;
	}

	static List<Plans.Employer> generate(CatalogSnapshot catalogs, Scale scale, long seed, int run, int limit) {
		Generator generator = new Generator(catalogs, scale, seed, run, true);
		List<Plans.Employer> result = new ArrayList<>();
		while (generator.hasNext() && result.size() < limit) {
			result.add(generator.next());
		}
		return result;
	}

	/** The county of seed 7, generated once for the tests that only read it. */
	private static final List<Plans.Employer> COUNTY = generate(catalogs(true), Scale.COUNTY, 7, 0, Integer.MAX_VALUE);

	@Test
	void codesAndIdentityNumbersCarryValidCheckCharactersAndAreUnique() {
		List<Plans.Employer> employers = COUNTY;
		Set<String> creditCodes = new HashSet<>();
		Set<String> idNumbers = new HashSet<>();
		for (Plans.Employer employer : employers) {
			assertThat(CreditCode.isValid(employer.creditCode())).as(employer.creditCode()).isTrue();
			assertThat(creditCodes.add(employer.creditCode())).as("unique " + employer.creditCode()).isTrue();
			assertThat(employer.creditCode().substring(2, 8)).isEqualTo(employer.regionCode().substring(0, 6));
			for (Plans.Worker worker : employer.workers()) {
				String id = worker.idNumber();
				check(IdNumber.isValid(id), id);
				check(idNumbers.add(id), "duplicate identity number");
				check(!worker.birthDate().isBefore(LocalDate.of(1960, 1, 1))
						&& !worker.birthDate().isAfter(LocalDate.of(2006, 12, 31))
						&& worker.birthDate().equals(Codes.birthDate(id)), "birth date of " + id);
				check(Codes.male(id) == worker.male(), "odd sequence digit = male");
				check(Set.of("330105", "330122", "330106", "330304").contains(id.substring(0, 6)), "prefix " + id);
			}
		}
		assertThat(employers).hasSize(3_000);
		assertThat(idNumbers.size()).isBetween(80_000, 125_000);
	}

	@Test
	void sameSeedGivesTheSameRegisterAndAnotherSeedAnotherOne() {
		List<Plans.Employer> first = generate(catalogs(true), Scale.COUNTY, 7, 0, 300);
		List<Plans.Employer> again = generate(catalogs(true), Scale.COUNTY, 7, 0, 300);
		List<Plans.Employer> other = generate(catalogs(true), Scale.COUNTY, 8, 0, 300);
		assertThat(again).isEqualTo(first);
		// The demo employer is fixed; everything after it depends on the seed.
		assertThat(other.get(1)).isNotEqualTo(first.get(1));
		assertThat(other.subList(1, 300).stream().map(Plans.Employer::creditCode))
			.doesNotContainAnyElementsOf(first.stream().map(Plans.Employer::creditCode).toList());
	}

	@Test
	void laterRunsGetFreshCodes() {
		List<Plans.Employer> run0 = generate(catalogs(true), Scale.TINY, 7, 0, 100);
		List<Plans.Employer> run1 = generate(catalogs(true), Scale.TINY, 7, 1, 100);
		Set<String> ids = new HashSet<>();
		run0.forEach(e -> e.workers().forEach(w -> ids.add(w.idNumber())));
		run1.stream().filter(e -> !e.creditCode().equals(Generator.DEMO_CREDIT_CODE))
			.forEach(e -> e.workers().stream()
				.filter(w -> !w.idNumber().equals(Generator.DEMO_ID_NUMBER))
				.forEach(w -> assertThat(ids).doesNotContain(w.idNumber())));
		assertThat(run1.stream().map(Plans.Employer::creditCode).filter(c -> !c.equals(Generator.DEMO_CREDIT_CODE)))
			.doesNotContainAnyElementsOf(run0.stream().map(Plans.Employer::creditCode).toList());
	}

	@Test
	void everyEmployerHasSitesPostsAndOnlyCatalogHazards() {
		CatalogSnapshot catalogs = catalogs(true);
		Map<Integer, Integer> current = new HashMap<>();
		List<Plans.Employer> employers = COUNTY;
		for (Plans.Employer employer : employers) {
			assertThat(employer.name()).endsWith(SyntheticData.NAME_MARK);
			assertThat(employer.sites()).isNotEmpty();
			assertThat(employer.sites()).allSatisfy(site -> assertThat(site.workshops()).isNotEmpty());
			List<Plans.Post> posts = employer.posts();
			assertThat(posts).isNotEmpty();
			for (Plans.Post post : posts) {
				assertThat(catalogs.hazards()).containsAll(post.hazards());
				assertThat(post.hazards()).doesNotContain("2223");
				assertThat(post.exposedHeadcount()).isBetween(0, employer.employees());
				assertThat(post.hoursPerDay().doubleValue()).isBetween(1.0, 12.0);
				assertThat(post.daysPerWeek().doubleValue()).isBetween(1.0, 7.0);
			}
			for (Plans.Worker worker : employer.workers()) {
				Plans.Employment job = worker.current();
				int at = job.dispatched() ? job.host() : job.employer();
				current.merge(at, 1, Integer::sum);
				check(job.leftOn() == null, "current employment without leave date");
				check(job.post() >= 0 && job.post() < posts.size(), "post of the employer");
				check(!job.hiredOn().isBefore(worker.birthDate().plusYears(18)), "hired as an adult");
				check(!job.dispatched()
						|| employers.get(job.employer()).industryCode().equals(IndustryProfiles.DISPATCH_CLASS),
						"dispatched by a labour-dispatch firm");
				if (worker.past() != null) {
					check(worker.past().employer() < employer.ordinal(), "past employer generated earlier");
					check(!worker.past().leftOn().isBefore(worker.past().hiredOn())
							&& worker.past().leftOn().isBefore(job.hiredOn()), "left before the current hire");
				}
			}
		}
		// The employees field is the workforce generated for the employer.
		for (Plans.Employer employer : employers) {
			assertThat(current.getOrDefault(employer.ordinal(), 0)).isEqualTo(employer.employees());
		}
		long withHazards = employers.stream().filter(e -> e.posts().stream().anyMatch(p -> !p.hazards().isEmpty())).count();
		assertThat(withHazards).isBetween(300L, 2_700L);
		assertThat(employers.stream().flatMap(e -> e.workers().stream()).filter(w -> w.past() != null).count())
			.isGreaterThan(1_000);
		assertThat(employers.stream().flatMap(e -> e.workers().stream()).filter(w -> w.current().dispatched()).count())
			.isGreaterThan(50);
	}

	@Test
	void headcountsAreHeavyTailedAndMostlySmall() {
		List<Plans.Employer> employers = COUNTY;
		int[] headcounts = employers.stream().mapToInt(Plans.Employer::employees).sorted().toArray();
		long under100 = employers.stream().filter(e -> e.employees() < 100).count();
		assertThat(headcounts[headcounts.length / 2]).as("median").isBetween(5, 25);
		assertThat(under100).as("micro and small by headcount").isGreaterThan(employers.size() * 60L / 100);
		assertThat(headcounts[headcounts.length - 1]).as("largest").isGreaterThan(500);
		int total = java.util.Arrays.stream(headcounts).sum();
		assertThat(total).isBetween(80_000, 125_000);
	}

	@Test
	void industrialCountiesRunMoreManufacturingThanCityDistricts() {
		// catalogs(true): 拱墅区 urban, 桐庐县 industrial; catalogs(false) swaps the profiles.
		double urbanShare = manufacturingShare(COUNTY, "330105");
		double industrialShare = manufacturingShare(generate(catalogs(false), Scale.COUNTY, 7, 0, Integer.MAX_VALUE),
				"330105");
		assertThat(industrialShare).isGreaterThan(urbanShare + 0.2);
		assertThat(urbanShare).isLessThan(0.5);
	}

	@Test
	void theDemoLoginsSeeTheFirstEmployerAndItsFirstWorker() {
		Plans.Employer demo = generate(catalogs(true), Scale.COUNTY, 7, 0, 1).get(0);
		assertThat(demo.creditCode()).isEqualTo("91330105DEM000001" + CreditCode.checkCharacter("91330105DEM000001"));
		assertThat(demo.name()).isEqualTo("杭州拱墅模拟金属制品有限公司（模拟）");
		assertThat(demo.industryCode()).startsWith("33");
		assertThat(demo.workers()).hasSize(40);
		assertThat(demo.employees()).isEqualTo(40);
		assertThat(demo.workers().get(0).idNumber())
			.isEqualTo("33010519900307001" + IdNumber.checkCharacter("33010519900307001"));
		assertThat(demo.posts()).anySatisfy(post -> assertThat(post.hazards()).contains("1006", "3008"));
	}

	private static void check(boolean condition, String what) {
		if (!condition) {
			throw new AssertionError(what);
		}
	}

	private static double manufacturingShare(List<Plans.Employer> employers, String county) {
		List<Plans.Employer> inCounty = employers.stream().filter(e -> e.regionCode().startsWith(county)).toList();
		long manufacturing = inCounty.stream()
			.filter(e -> IndustryProfiles.industrial(e.industryCode().substring(0, 2)))
			.count();
		return (double) manufacturing / inCounty.size();
	}

}
