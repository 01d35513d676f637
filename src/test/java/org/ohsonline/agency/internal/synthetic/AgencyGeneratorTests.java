package org.ohsonline.agency.internal.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic agencies: deterministic for a seed, sized by the employers, valid codes throughout. */
class AgencyGeneratorTests {

	private static final List<String> CATEGORIES = List.of("1", "2", "3", "4", "5", "6", "9");

	private static final List<Plans.County> HANGZHOU = List.of(
			new Plans.County("330105", "拱墅区", "3301", "杭州市", 3_000),
			new Plans.County("330106", "西湖区", "3301", "杭州市", 1_500),
			new Plans.County("330212", "鄞州区", "3302", "宁波市", 4_500));

	@Test
	void makesTheSameOrganisationsAndEngagementsForTheSameSeed() {
		AgencyGenerator first = new AgencyGenerator(7, HANGZHOU, CATEGORIES, "浙江省卫生健康委员会", true);
		AgencyGenerator second = new AgencyGenerator(7, HANGZHOU, CATEGORIES, "浙江省卫生健康委员会", true);
		assertThat(second.organisations()).isEqualTo(first.organisations());
		assertThat(second.engage(HANGZHOU.get(0), clients(40))).isEqualTo(first.engage(HANGZHOU.get(0), clients(40)));
		AgencyGenerator other = new AgencyGenerator(8, HANGZHOU, CATEGORIES, "浙江省卫生健康委员会", true);
		assertThat(other.organisations()).isNotEqualTo(first.organisations());
	}

	@Test
	void sizesTheOrganisationsByTheEmployersOfEachCounty() {
		// 9,000 employers: agencies round(9000 / 2000) = round(4.5) = 5 (at least 2), shared 3000:1500:4500
		// → exact 1.67, 0.83, 2.5 → floors 1, 0, 2 and the two largest remainders (0.83, 0.67) get one more:
		// 拱墅 2, 西湖 1, 鄞州 2. Exam institutions round(9000 / 750) = 12 → 4, 2, 6. Diagnosis: one per city
		// in its county with the most employers (拱墅 for 杭州, 鄞州 for 宁波), none extra below 100,000.
		AgencyGenerator generator = new AgencyGenerator(7, HANGZHOU, CATEGORIES, "浙江省卫生健康委员会", false);
		assertThat(count(generator, "330105", AgencyKind.SERVICE_AGENCY)).isEqualTo(2);
		assertThat(count(generator, "330106", AgencyKind.SERVICE_AGENCY)).isEqualTo(1);
		assertThat(count(generator, "330212", AgencyKind.SERVICE_AGENCY)).isEqualTo(2);
		assertThat(count(generator, "330105", AgencyKind.EXAM_INSTITUTION)).isEqualTo(4);
		assertThat(count(generator, "330106", AgencyKind.EXAM_INSTITUTION)).isEqualTo(2);
		assertThat(count(generator, "330212", AgencyKind.EXAM_INSTITUTION)).isEqualTo(6);
		assertThat(count(generator, "330105", AgencyKind.DIAGNOSIS_INSTITUTION)).isEqualTo(1);
		assertThat(count(generator, "330106", AgencyKind.DIAGNOSIS_INSTITUTION)).isZero();
		assertThat(count(generator, "330212", AgencyKind.DIAGNOSIS_INSTITUTION)).isEqualTo(1);
	}

	@Test
	void keepsTheTinyRegisterSmallAndMakesTheDemoOrganisations() {
		List<Plans.County> tiny = List.of(new Plans.County("330105", "拱墅区", "3301", "杭州市", 60));
		AgencyGenerator generator = new AgencyGenerator(7, tiny, CATEGORIES, "浙江省卫生健康委员会", true);
		assertThat(generator.organisations()).hasSize(5);
		assertThat(generator.organisations()).extracting(Plans.Organisation::creditCode)
			.contains(AgencyGenerator.DEMO_AGENCY, AgencyGenerator.DEMO_INSTITUTION);
		Plans.Organisation demo = generator.organisations().get(0);
		assertThat(demo.creditCode()).isEqualTo(AgencyGenerator.DEMO_AGENCY);
		assertThat(demo.validTo()).isEqualTo(java.time.LocalDate.of(2029, 2, 28));
	}

	@Test
	void writesValidUniqueCodesAndMarksEveryNameAsSynthetic() {
		AgencyGenerator generator = new AgencyGenerator(7, HANGZHOU, CATEGORIES, "浙江省卫生健康委员会", true);
		Set<String> codes = new HashSet<>();
		Set<String> people = new HashSet<>();
		for (Plans.Organisation organisation : generator.organisations()) {
			assertThat(CreditCode.isValid(organisation.creditCode())).isTrue();
			assertThat(codes.add(organisation.kind() + organisation.creditCode())).isTrue();
			assertThat(organisation.name()).endsWith("（模拟）");
			assertThat(organisation.validTo()).isEqualTo(organisation.validFrom().plusYears(5).minusDays(1));
			assertThat(organisation.staff()).isNotEmpty();
			for (Plans.Staff person : organisation.staff()) {
				assertThat(IdNumber.isValid(person.idNumber())).isTrue();
				assertThat(people.add(person.idNumber())).isTrue();
				assertThat(person.roles()).isNotEmpty();
			}
			assertThat(organisation.dailyCapacity().isEmpty())
				.isEqualTo(organisation.kind() != AgencyKind.EXAM_INSTITUTION);
		}
	}

	@Test
	void engagesOnlyOrganisationsQualifiedForTheServiceWhateverTheOrderOfTheEmployers() {
		AgencyGenerator generator = new AgencyGenerator(7, HANGZHOU, CATEGORIES, "浙江省卫生健康委员会", true);
		List<Plans.Client> clients = clients(200);
		List<Plans.Client> shuffled = new ArrayList<>(clients);
		Collections.shuffle(shuffled, new Random(1));
		List<Plans.Engagement> engagements = generator.engage(HANGZHOU.get(0), clients);
		assertThat(generator.engage(HANGZHOU.get(0), shuffled)).isEqualTo(engagements);
		assertThat(engagements).isNotEmpty();
		for (Plans.Engagement engagement : engagements) {
			Plans.Organisation organisation = generator.organisations().get(engagement.organisation());
			assertThat(organisation.kind()).isEqualTo(engagement.serviceType().kind());
			engagement.serviceType().jobType().ifPresent(type -> assertThat(organisation.jobTypes()).contains(type));
			assertThat(engagement.endsOn()).isAfter(engagement.startsOn());
		}
		assertThat(engagements).extracting(Plans.Engagement::serviceType).contains(ServiceType.PERIODIC_TESTING,
				ServiceType.HEALTH_EXAMINATION);
	}

	private static long count(AgencyGenerator generator, String county, AgencyKind kind) {
		return generator.organisations().stream().filter(o -> o.countyCode().equals(county) && o.kind() == kind).count();
	}

	private static List<Plans.Client> clients(int n) {
		List<Plans.Client> clients = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String first17 = "91330105M" + String.format("%08d", i);
			clients.add(new Plans.Client(i + 1, first17 + CreditCode.checkCharacter(first17), "单位" + i + "（模拟）",
					"330105001", i % 3 == 0));
		}
		return clients;
	}

}
