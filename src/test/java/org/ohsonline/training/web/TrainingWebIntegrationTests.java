package org.ohsonline.training.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.ApiTokens;
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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Training over HTTP: a video lesson served in ranges (206) to its learner and to nobody logged out; a paper
 * submitted twice over the API, the second refused with a problem and no second certificate; the public
 * verification page of the certificate showing the course and validity without the holder's name.
 */
@IntegrationTest
class TrainingWebIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired Courses courses;
	@Autowired Learning learning;
	@Autowired JdbcClient jdbc;
	@Autowired UserAdministration administration;
	@Autowired UserDetailsService details;
	final JsonMapper json = JsonMapper.builder().build();

	TestUsers users;

	byte[] video;

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		this.video = new byte[1012];
		System.arraycopy(new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' }, 0, this.video, 0, 12);
		for (int i = 12; i < this.video.length; i++) {
			this.video[i] = (byte) i;
		}
	}

	/** The demo worker's enrolment on a new course. */
	record Enrolled(long id, long courseId, String courseTitle) {
	}

	/** A published county course with a video lesson (no minimum times), the demo worker enrolled by the demo employer. */
	Enrolled enrolled() {
		Actor author = new Actor(0, "training-web-author", "拱墅区培训", "330105", Scope.region("330105"),
				Set.of("training:course:read", "training:course:write"), "127.0.0.1", Actor.Channel.UI);
		CourseView course = this.courses.create(author, new CourseCommand("视频课 " + System.nanoTime(), null, Audience.WORKER,
				List.of(), new BigDecimal("2"), 100, 1, 0, 3));
		this.courses.addFile(author, course.id(), "视频", "课.mp4", this.video, 0);
		this.courses.addQuestion(author, course.id(), "问", List.of("对", "错"), 0);
		this.courses.publish(author, course.id());
		String credit = this.jdbc.sql("select scope_value from iam.app_user where username = 'employer'").query(String.class).single();
		String index = this.jdbc.sql("select scope_value from iam.app_user where username = 'worker'").query(String.class).single();
		long workerId = this.jdbc.sql("select id from registry.worker where id_number_index = :i").param("i", index)
			.query(Long.class).single();
		Actor employer = new Actor(0, "training-web-employer", "演示单位", "330105", new Scope(Scope.Kind.EMPLOYER, credit),
				Set.of("training:course:read", "training:enrolment:write", "registry:employer:read", "registry:worker:read"),
				"127.0.0.1", Actor.Channel.UI);
		this.learning.enrolWorkers(employer, course.id(), List.of(workerId));
		long id = this.jdbc.sql("select id from training.enrolment where course_id = :c").param("c", course.id())
			.query(Long.class)
			.single();
		return new Enrolled(id, course.id(), course.title());
	}

	long videoLesson(long courseId) {
		return this.jdbc.sql("select id from training.lesson where course_id = :c").param("c", courseId).query(Long.class).single();
	}

	@Test
	void servesAVideoLessonInRangesToItsLearnersOnly() throws Exception {
		Enrolled enrolment = enrolled();
		long lesson = videoLesson(enrolment.courseId());
		MvcResult part = this.mvc.perform(get("/training/lessons/{id}/file", lesson).header(HttpHeaders.RANGE, "bytes=100-199")
				.with(this.users.as("worker")))
			.andExpect(status().isPartialContent())
			.andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 100-199/1012"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		byte[] body = part.getResponse().getContentAsByteArray();
		assertThat(body).hasSize(100);
		assertThat(body[0]).isEqualTo(this.video[100]);
		this.mvc.perform(get("/training/lessons/{id}/file", lesson).with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "video/mp4"))
			.andExpect(header().string(HttpHeaders.ACCEPT_RANGES, "bytes"));
		this.mvc.perform(get("/training/lessons/{id}/file", lesson)).andExpect(status().is3xxRedirection());
	}

	@Test
	void refusesAReplayedSubmissionOverTheApiAndIssuesOneCertificateWhosePageShowsNoName() throws Exception {
		Enrolled enrolment = enrolled();
		String token = ApiTokens.issue(this.mvc, this.users.as("worker"), "training:course:read", "training:course:learn");
		JsonNode paper = this.json.readTree(this.mvc
			.perform(post("/api/v1/training/enrolments/{id}/paper", enrolment.id()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		long attempt = paper.get("attemptId").asLong();
		assertThat(paper.get("questions").get(0).has("correct")).as("the paper carries no answers").isFalse();
		String answers = "{\"answers\":{\"" + paper.get("questions").get(0).get("id").asLong() + "\":0}}";
		this.mvc.perform(post("/api/v1/training/attempts/{id}/submit", attempt).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(answers))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"passed\":true")));
		this.mvc.perform(post("/api/v1/training/attempts/{id}/submit", attempt).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(answers))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(this.jdbc.sql("select count(*) from training.certificate where enrolment_id = :e")
			.param("e", enrolment.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		// its PDF, and with it the verification code, follow the submission's commit
		List<String> codes = org.ohsonline.Eventually.eventually(() -> this.jdbc
			.sql("select code from training.certificate where enrolment_id = :e and code is not null")
			.param("e", enrolment.id())
			.query(String.class)
			.list(), found -> !found.isEmpty());
		String name = this.jdbc.sql("select learner_name from training.certificate where enrolment_id = :e")
			.param("e", enrolment.id())
			.query(String.class)
			.single();
		this.mvc.perform(get("/verify/{code}", codes.get(0)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("training-public-certificate")))
			.andExpect(content().string(containsString(enrolment.courseTitle())))
			.andExpect(content().string(not(containsString(name))));
	}

	@Test
	void exportsTheEmployersTrainingRecordsAndRefusesWorkers() throws Exception {
		Enrolled enrolment = enrolled();
		MvcResult sheet = this.mvc.perform(get("/training/enrolments/export.xlsx").param("courseId", String.valueOf(enrolment.courseId()))
				.with(this.users.as("employer")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("spreadsheetml")))
			.andReturn();
		byte[] body = sheet.getResponse().getContentAsByteArray();
		assertThat(body[0]).as("an xlsx is a zip").isEqualTo((byte) 'P');
		this.mvc.perform(get("/training/enrolments/export.xlsx").with(this.users.as("worker"))).andExpect(status().isForbidden());
	}

}
