package org.ohsonline.training.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.ApiTokens;
import org.ohsonline.Eventually;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.training.Audience;
import org.ohsonline.training.CourseCommand;
import org.ohsonline.training.CourseView;
import org.ohsonline.training.Courses;
import org.ohsonline.training.Learning;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The certificate renderer's persisted queue (issue 16's learning load): a certificate issued while the renderer is
 * stopped is valid at once with its PDF pending — kept by its row, not in memory — and its page says so; the renderer
 * renders it when it runs again (as after a restart), or the learner has it rendered on demand.
 */
@IntegrationTest
class CertificateRenderingIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired Courses courses;
	@Autowired Learning learning;
	@Autowired JdbcClient jdbc;
	@Autowired UserAdministration administration;
	@Autowired UserDetailsService details;
	@Autowired CertificateRendering rendering;

	TestUsers users;

	@BeforeEach
	void stopTheRenderer() {
		this.users = new TestUsers(this.administration, this.details);
		this.rendering.stop();
	}

	@AfterEach
	void startTheRenderer() {
		this.rendering.start();
	}

	/** The demo worker passes a one-question paper of a new county course over the API; its enrolment's id. */
	long passed() throws Exception {
		Actor author = new Actor(0, "training-render-author", "拱墅区培训", "330105", Scope.region("330105"),
				Set.of("training:course:read", "training:course:write"), "127.0.0.1", Actor.Channel.UI);
		CourseView course = this.courses.create(author, new CourseCommand("证明排队 " + System.nanoTime(), null,
				Audience.WORKER, List.of(), new BigDecimal("2"), 100, 1, 0, 3));
		this.courses.addText(author, course.id(), "第一课", "接触粉尘的岗位须佩戴防尘口罩。", 0);
		this.courses.addQuestion(author, course.id(), "问", List.of("对", "错"), 0);
		this.courses.publish(author, course.id());
		String credit = this.jdbc.sql("select scope_value from iam.app_user where username = 'employer'").query(String.class).single();
		String index = this.jdbc.sql("select scope_value from iam.app_user where username = 'worker'").query(String.class).single();
		long workerId = this.jdbc.sql("select id from registry.worker where id_number_index = :i").param("i", index)
			.query(Long.class)
			.single();
		Actor employer = new Actor(0, "training-render-employer", "演示单位", "330105", new Scope(Scope.Kind.EMPLOYER, credit),
				Set.of("training:course:read", "training:enrolment:write", "registry:employer:read", "registry:worker:read"),
				"127.0.0.1", Actor.Channel.UI);
		this.learning.enrolWorkers(employer, course.id(), List.of(workerId));
		long enrolment = this.jdbc.sql("select id from training.enrolment where course_id = :c").param("c", course.id())
			.query(Long.class)
			.single();
		String token = ApiTokens.issue(this.mvc, this.users.as("worker"), "training:course:read", "training:course:learn");
		String paper = this.mvc
			.perform(post("/api/v1/training/enrolments/{id}/paper", enrolment).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long attempt = Long.parseLong(paper.replaceAll("(?s).*\"attemptId\":(\\d+).*", "$1"));
		long question = Long.parseLong(paper.replaceAll("(?s).*\"questions\":\\[\\{\"id\":(\\d+).*", "$1"));
		this.mvc.perform(post("/api/v1/training/attempts/{id}/submit", attempt).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answers\":{\"" + question + "\":0}}"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"passed\":true")));
		return enrolment;
	}

	record Stored(long id, boolean pdf, String code) {
	}

	Stored certificate(long enrolment) {
		return this.jdbc.sql("select id, pdf is not null, code from training.certificate where enrolment_id = :e")
			.param("e", enrolment)
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getBoolean(2), rs.getString(3)))
			.single();
	}

	@Test
	void aCertificateIssuedWhileTheRendererIsStoppedIsPendingOnItsPageAndRenderedWhenTheRendererRuns() throws Exception {
		long enrolment = passed();
		Stored pending = certificate(enrolment);
		assertThat(pending.pdf()).as("issued, its PDF pending in the certificate's row").isFalse();
		assertThat(pending.code()).isNull();
		String number = this.jdbc.sql("select number from training.certificate where id = :id").param("id", pending.id())
			.query(String.class)
			.single();
		assertThat(number).as("the certificate exists and has its number at once").startsWith("PX");
		this.mvc.perform(get("/training/enrolments/{id}", enrolment).with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("data-testid=\"certificate-pending\"")))
			.andExpect(content().string(containsString("签名的 PDF 文件正在排队生成")))
			.andExpect(content().string(not(containsString("data-testid=\"certificate-download\""))));

		// the renderer runs again (as after a restart) and finds the pending row
		this.rendering.start();
		Stored rendered = Eventually.eventually(() -> certificate(enrolment), Stored::pdf);
		assertThat(rendered.code()).isNotNull();
		this.mvc.perform(get("/training/enrolments/{id}", enrolment).with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"certificate-download\"")))
			.andExpect(content().string(not(containsString("data-testid=\"certificate-pending\""))));
		this.mvc.perform(get("/verify/{code}", rendered.code())).andExpect(status().isOk());
	}

	@Test
	void aPendingPdfIsRenderedOnDemandOnceAndThenLeftToNobody() throws Exception {
		long enrolment = passed();
		Stored pending = certificate(enrolment);
		assertThat(pending.pdf()).isFalse();
		byte[] pdf = this.mvc.perform(get("/training/certificates/{id}/pdf", pending.id()).with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		Stored rendered = certificate(enrolment);
		assertThat(rendered.pdf()).isTrue();
		this.rendering.renderPending();
		assertThat(certificate(enrolment).code()).as("rendered once: the same verification code").isEqualTo(rendered.code());
		assertThat(this.jdbc.sql("select count(*) from portal.issued_document where source_module = 'training' and source_id = :id")
			.param("id", String.valueOf(pending.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
