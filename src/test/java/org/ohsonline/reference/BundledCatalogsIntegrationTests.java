package org.ohsonline.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class BundledCatalogsIntegrationTests {

	@Autowired
	Divisions divisions;

	@Autowired
	Industries industries;

	@Autowired
	Catalogs catalogs;

	@Autowired
	CatalogTexts texts;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void loadsTheDivisionsOfZhejiangDownToTheTownshipsOfTheDemoCounty() {
		Map<RegionCode.Level, Long> counts = this.divisions.countWithin("33");

		assertThat(this.divisions.children("")).extracting(Division::code).containsExactly("33");
		assertThat(counts).containsEntry(RegionCode.Level.CITY, 11L).containsEntry(RegionCode.Level.COUNTY, 90L);
		assertThat(this.divisions.countWithin("330105").get(RegionCode.Level.TOWNSHIP)).isPositive();
		assertThat(this.divisions.children("330105")).isNotEmpty()
			.allSatisfy(d -> assertThat(d.level()).isEqualTo(RegionCode.Level.TOWNSHIP));
		assertThat(this.divisions.fullName("330105")).isEqualTo("浙江省 杭州市 拱墅区");
	}

	@Test
	void aScopesPickerListsItsDivisionThenItsCitiesAndCountiesInTreeOrderFromOneQuery() {
		// the picker as it was built before, one children query per division
		List<Division> walked = new java.util.ArrayList<>();
		this.divisions.find("3301").ifPresent(walked::add);
		walk("3301", walked);

		assertThat(this.divisions.pickerOptions(Scope.region("3301"))).containsExactlyElementsOf(walked);
		assertThat(this.divisions.pickerOptions(Scope.region("330105001"))).extracting(Division::code)
			.containsExactly("330105001");
		assertThat(this.divisions.within("33", RegionCode.Level.CITY)).extracting(Division::code)
			.startsWith("33", "3301", "3302")
			.hasSize(12);
	}

	private void walk(String parent, List<Division> into) {
		for (Division child : this.divisions.children(parent)) {
			if (child.level() != RegionCode.Level.TOWNSHIP) {
				into.add(child);
				walk(child.code(), into);
			}
		}
	}

	@Test
	void namesManyRegionsAtOnceAsEachOneAlone() {
		List<String> codes = List.of("330105", "330105001", "3301", "33", "339999", "330212");

		Map<String, String> names = this.divisions.fullNames(codes);

		for (String code : codes) {
			assertThat(names).containsEntry(code, this.divisions.fullName(code));
		}
		assertThat(names).containsEntry("330105", "浙江省 杭州市 拱墅区").containsEntry("339999", "339999");
	}

	@Test
	void loadsTheIndustriesWithTheNamesStillToVerifyMarked() {
		CatalogVersion version = this.catalogs.versionInForce("industries", LocalDate.now()).orElseThrow();
		CatalogStatistics statistics = this.catalogs.statistics(version.id());

		assertThat(statistics.entriesPerLevel()).containsEntry(1, 20L).containsEntry(2, 97L).containsEntry(4, 1380L);
		assertThat(statistics.unverifiedNames()).isEqualTo(199);
		assertThat(statistics.total()).isEqualTo(version.entryCount());
		assertThat(version.edition()).isEqualTo("GB/T 4754-2017");
		assertThat(version.loadedBy()).isEqualTo("system:bundled-reference");
		assertThat(this.industries.childIndustries("")).hasSize(20);
	}

	@Test
	void showsEachCatalogWithItsVersionInForceAndCompletenessFromTheData() throws Exception {
		this.mvc.perform(get("/catalogs").with(user(this.users.loadUserByUsername("province"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("GB/T 4754-2017")))
			// The bundled edition is stored in English ("NBS-2023") and shown in the reader's language.
			.andExpect(content().string(containsString("国家统计局 2023")))
			.andExpect(content().string(not(containsString("NBS-2023"))))
			.andExpect(content().string(containsString("199 个名称待核实")))
			.andExpect(content().string(containsString("system:bundled-reference")));
	}

	@Test
	void everyBundledEditionIsDescribedInChineseToAChineseReader() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		try {
			assertEveryBundledSourceIsTranslated();
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		assertThat(this.texts.edition("exam-rules", "GBZ 188-2014 + MOH Order No. 55 (radiation workers)", Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("GBZ 188-2014 + 卫生部令第55号（放射工作人员）");
	}

	private void assertEveryBundledSourceIsTranslated() {
		List<String> english = this.catalogs.catalogs()
			.stream()
			.flatMap(c -> this.catalogs.versions(c.code()).stream())
			.filter(v -> "system:bundled-reference".equals(v.loadedBy()))
			.filter(v -> !this.texts.source(v.catalogCode(), v.source()).codePoints().anyMatch(BundledCatalogsIntegrationTests::han)
					|| this.texts.source(v.catalogCode(), v.source()).equals(v.source()))
			.map(v -> v.catalogCode() + " / " + v.edition())
			.toList();

		assertThat(english).as("bundled editions whose source a zh-CN reader would see in English").isEmpty();
	}

	private static boolean han(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

}
