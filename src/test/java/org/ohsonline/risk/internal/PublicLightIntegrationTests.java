package org.ohsonline.risk.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.risk.Classification;
import org.ohsonline.risk.PublicLights;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.risk.RiskPortraits;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public light: the poster's QR code opens a page anyone may read, with the light, the class words,
 * the day assessed and what the light means, and nothing personal; when the class changes the poster is
 * withdrawn at once and its page says so.
 */
@IntegrationTest
class PublicLightIntegrationTests {

	@Autowired
	PublicLights lights;

	@Autowired
	RiskPortraits portraits;

	@Autowired
	Employers employers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void thePublicPageShowsTheLightAndNoPersonalDataAndIsWithdrawnWhenTheClassChanges() throws Exception {
		long id = this.jdbc.sql("select employer_id from risk.portrait where region_code like '330105%' and risk_class is not null order by employer_id desc limit 1")
			.query(Long.class)
			.single();
		EmployerView employer = this.employers.find(Actor.system("test"), id);
		Actor manager = new Actor(902, "risk-public", "管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()), Set.of("risk:portrait:read"), "127.0.0.1",
				Actor.Channel.UI);
		byte[] pdf = this.lights.poster(manager, id);
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		String code = this.lights.posterCode(manager, id).orElseThrow();
		assertThat(this.lights.poster(manager, id)).isEqualTo(pdf);

		String page = this.mvc.perform(get("/verify/{code}", code))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		Classification classification = this.portraits.classification(manager, id);
		assertThat(page).contains("risk-public-light", employer.name());
		assertThat(page).contains(switch (classification.riskClass()) {
			case JIA -> "低风险";
			case YI -> "中风险";
			case BING -> "高风险";
		});
		assertThat(page).contains("本页面不含任何个人信息");
		for (String personal : new String[] { employer.legalRepresentative(), employer.ohManagerName() }) {
			if (personal != null && !personal.isBlank()) {
				assertThat(page).doesNotContain(personal);
			}
		}

		Actor county = new Actor(903, "risk-county", "县级监管", "330105", Scope.region("330105"),
				Set.of("risk:portrait:read", "risk:class:override"), "127.0.0.1", Actor.Channel.UI);
		RiskClass other = classification.riskClass() == RiskClass.BING ? RiskClass.JIA : RiskClass.BING;
		this.portraits.override(county, id, other, "公示测试");
		String withdrawn = this.mvc.perform(get("/verify/{code}", code))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(withdrawn).contains("risk-public-withdrawn", "verify-withdrawn");
		assertThat(this.lights.posterCode(manager, id)).isEmpty();
		this.portraits.liftOverride(county, id, "恢复");
	}

}
