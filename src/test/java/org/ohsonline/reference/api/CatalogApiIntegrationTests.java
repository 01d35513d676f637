package org.ohsonline.reference.api;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.reference.CatalogAdministration;
import org.ohsonline.reference.TestCatalogs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CatalogApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatalogAdministration administration;

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	@Test
	void listsTheCatalogsWithTheVersionInForce() throws Exception {
		this.mvc.perform(get("/api/v1/catalogs").with(as("inspector")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'industries')].inForce.edition").value(hasItem("GB/T 4754-2017")))
			.andExpect(jsonPath("$[?(@.code == 'divisions')].inForce.status").value(hasItem("IN_FORCE")));
	}

	@Test
	void listsTheVersionsOfACatalogWithTheirStatus() throws Exception {
		String code = TestCatalogs.createWithVersion(this.jdbc, this.administration);

		this.mvc.perform(get("/api/v1/catalogs/{code}/versions", code).with(as("cdc")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].edition").value("v1"))
			.andExpect(jsonPath("$[0].effectiveFrom").value("2020-01-01"))
			.andExpect(jsonPath("$[0].loadedBy").value("system:test"))
			.andExpect(jsonPath("$[0].status").value("IN_FORCE"));
	}

	@Test
	void pagesThroughTheFilteredEntriesOfTheVersionInForce() throws Exception {
		this.mvc.perform(get("/api/v1/catalogs/divisions/entries").param("q", "3301").param("size", "5")
			.param("page", "2")
			.with(as("county")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.items", hasSize(5)))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(5)));
		this.mvc.perform(get("/api/v1/catalogs/divisions/entries").param("q", "拱墅").with(as("county")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].code").value("330105"))
			.andExpect(jsonPath("$.items[0].parentCode").value("3301"));
	}

	@Test
	void listsTheChildrenOfADivisionAndTheProvincesUnderRoot() throws Exception {
		this.mvc.perform(get("/api/v1/divisions/root/children").with(as("city")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value("33"))
			.andExpect(jsonPath("$[0].level").value("PROVINCE"));
		this.mvc.perform(get("/api/v1/divisions/33/children").with(as("city")))
			.andExpect(jsonPath("$", hasSize(11)))
			.andExpect(jsonPath("$[0].code").value("3301"));
	}

	@Test
	void answersBadInputWithProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/divisions/33x/children").with(as("city")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://ohs-online.org/problems/invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].code").value("reference.division.codeInvalid"));
		this.mvc.perform(get("/api/v1/catalogs/divisions/entries").param("page", "abc").with(as("city")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/catalogs/divisions/entries").param("q", "x".repeat(101)).with(as("city")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("reference.filter.tooLong"));
		this.mvc.perform(get("/api/v1/catalogs/no-such-catalog/versions").with(as("city")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://ohs-online.org/problems/not-found"));
		this.mvc.perform(get("/api/v1/divisions/339999/children").with(as("city")))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAVersionOfAnotherCatalog() throws Exception {
		String code = TestCatalogs.createWithVersion(this.jdbc, this.administration);
		long version = this.jdbc.sql("select id from reference.catalog_version where catalog_code = :c")
			.param("c", code)
			.query(Long.class)
			.single();

		this.mvc.perform(get("/api/v1/catalogs/divisions/entries").param("version", String.valueOf(version))
			.with(as("city")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/catalogs/{code}/entries", code).param("version", String.valueOf(version))
			.with(as("city")))
			.andExpect(jsonPath("$.total").value(2));
	}

	@Test
	void refusesUsersWithoutThePermissionToReadCatalogs() throws Exception {
		this.mvc.perform(get("/api/v1/catalogs").with(as("worker")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
