package org.ohsonline.reference.web;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.internal.CatalogFileReader;
import org.ohsonline.reference.internal.CatalogFileReader.CatalogFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CatalogPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	@Test
	void showsTheCatalogInTheMenuOfReadersOnly() throws Exception {
		this.mvc.perform(get("/catalogs").with(as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/catalogs\"")));
		this.mvc.perform(get("/catalogs").with(as("worker"))).andExpect(status().isForbidden());
	}

	@Test
	void rendersTheWholePageWithTheFilteredEntriesWithoutHtmx() throws Exception {
		this.mvc.perform(get("/catalogs/divisions").param("q", "拱墅").with(as("province")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(containsString(">330105<")))
			.andExpect(content().string(not(containsString(">330106<"))))
			.andExpect(content().string(containsString("共 1 条")));
	}

	@Test
	void swapsOnlyTheResultsForHtmxAndKeepsTheFilterInThePagerLinks() throws Exception {
		this.mvc.perform(get("/catalogs/industries").param("q", "C").param("page", "2").header("HX-Request", "true")
			.with(as("province")))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("data-testid=\"entries\"")))
			.andExpect(content().string(containsString("q=C&amp;size=20&amp;page=3")))
			.andExpect(content().string(containsString("q=C&amp;size=20&amp;page=1")));
	}

	@Test
	void marksTheIndustryNamesStillToVerify() throws Exception {
		this.mvc.perform(get("/catalogs/industries").param("size", "200").with(as("province")))
			.andExpect(content().string(containsString("名称待核实")))
			.andExpect(content().string(containsString("199 个名称待核实")));
	}

	@Test
	void exportsExactlyTheFilteredEntriesToExcel() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/catalogs/divisions/export.xlsx").param("q", "330105").with(as("county")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		CatalogFile file = CatalogFileReader.read("export.xlsx", new ByteArrayInputStream(xlsx));

		assertThat(file.problems()).isEmpty();
		assertThat(file.entries()).isNotEmpty().allSatisfy(e -> assertThat(e.code()).startsWith("330105"));
		assertThat(file.entries()).extracting(CatalogEntry::code).contains("330105");
		assertThat(file.entries().size()).isGreaterThan(1);
	}

	@Test
	void exportsTheFilteredEntriesToCsvThatCanBeLoadedAgain() throws Exception {
		byte[] csv = this.mvc.perform(get("/catalogs/industries/export.csv").param("q", "A").with(as("county")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		CatalogFile file = CatalogFileReader.read("export.csv", new ByteArrayInputStream(csv));

		assertThat(file.problems()).isEmpty();
		assertThat(file.entries()).extracting(CatalogEntry::code).containsExactly("A");
		assertThat(file.entries().get(0).attributes()).containsEntry("nameVerified", true).containsKey("note");
	}

	@Test
	void findsEveryLabelOfThePagesInBothLanguages() throws Exception {
		for (String lang : new String[] { "zh_CN", "en" }) {
			for (String page : new String[] { "/catalogs", "/catalogs/industries", "/catalogs/divisions/versions/new" }) {
				this.mvc.perform(get(page).param("lang", lang).with(as("admin")))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("??"))));
			}
		}
		this.mvc.perform(get("/catalogs").param("lang", "en").with(as("admin")))
			.andExpect(content().string(containsString("199 names to verify")));
	}

	@Test
	void answersAnUnknownCatalogOrAForeignVersionWithNotFound() throws Exception {
		this.mvc.perform(get("/catalogs/no-such-catalog").with(as("province"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/catalogs/divisions").param("version", "999999").with(as("province")))
			.andExpect(status().isNotFound());
	}

}
