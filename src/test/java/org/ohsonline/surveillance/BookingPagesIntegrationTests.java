package org.ohsonline.surveillance;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The booking pages and API as the demo logins use them: the demo employer books through the form
 * and the API, the demo institution lists and confirms its own bookings with a bearer token and
 * sees its calendar, the county supervisor exports the list; forms need the CSRF token.
 */
@IntegrationTest
class BookingPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Bookings bookings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	TestUsers users;

	long demoEmployer;

	long demoInstitution;

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		// The demo bookings (DemoBookings) name the demo employer and institution.
		this.demoEmployer = this.jdbc.sql("select employer_id from surveillance.booking where synthetic limit 1")
			.query(Long.class)
			.single();
		this.demoInstitution = this.jdbc.sql("select institution_id from surveillance.booking where synthetic limit 1")
			.query(Long.class)
			.single();
	}

	@Test
	void demoDataHoldsBookingsOfTheDemoEmployerAtTheDemoInstitution() {
		assertThat(this.jdbc.sql("select status from surveillance.booking where synthetic order by id")
			.query(String.class)
			.list()).containsExactly("CONFIRMED", "REQUESTED", "CANCELLED");
	}

	@Test
	void theEmployerBooksThroughTheFormAndSeesItInItsList() throws Exception {
		List<Long> free = freeWorkers(2);
		LocalDate day = BookingFixtures.ahead(40);
		this.mvc.perform(get("/surveillance/bookings/new").with(this.users.as("employer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"booking-candidates\"")));
		this.mvc
			.perform(post("/surveillance/bookings/new").with(this.users.as("employer"))
				.param("institutionId", String.valueOf(this.demoInstitution))
				.param("examType", "IN_SERVICE")
				.param("day", day.toString())
				.param("workers", String.valueOf(free.get(0)), String.valueOf(free.get(1))))
			.andExpect(status().isForbidden());
		MvcResult booked = this.mvc
			.perform(post("/surveillance/bookings/new").with(csrf())
				.with(this.users.as("employer"))
				.param("institutionId", String.valueOf(this.demoInstitution))
				.param("examType", "IN_SERVICE")
				.param("day", day.toString())
				.param("workers", String.valueOf(free.get(0)), String.valueOf(free.get(1))))
			.andExpect(redirectedUrlPattern("/surveillance/bookings/*"))
			.andReturn();
		String page = booked.getResponse().getRedirectedUrl();
		this.mvc.perform(get(page).with(this.users.as("employer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待确认")));
		this.mvc.perform(get("/surveillance/bookings").with(this.users.as("employer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(day.toString())));
		// Places on the form: the demo institution examines 200 in-service workers a day, 2 taken.
		this.mvc
			.perform(get("/surveillance/bookings/new/places").with(this.users.as("employer"))
				.param("institutionId", String.valueOf(this.demoInstitution))
				.param("examType", "IN_SERVICE")
				.param("day", day.toString()))
			.andExpect(content().string(containsString("当天剩余名额 198 / 200")));
	}

	@Test
	void aRefusedFormShowsTheReasonBesideTheDay() throws Exception {
		List<Long> free = freeWorkers(1);
		this.mvc
			.perform(post("/surveillance/bookings/new").with(csrf())
				.with(this.users.as("employer"))
				.param("institutionId", String.valueOf(this.demoInstitution))
				.param("examType", "IN_SERVICE")
				.param("day", BookingFixtures.ahead(0).toString())
				.param("workers", String.valueOf(free.get(0))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"day-error\"")))
			.andExpect(content().string(containsString("体检日期须在今天")));
	}

	@Test
	void theInstitutionListsAndConfirmsItsOwnBookingsWithItsToken() throws Exception {
		String employerToken = ApiTokens.issue(this.mvc, this.users.as("employer"), "surveillance:booking:read",
				"surveillance:booking:write", "registry:employer:read", "registry:worker:read");
		List<Long> free = freeWorkers(3);
		LocalDate day = BookingFixtures.ahead(41);
		String body = """
				{"employerId": %d, "institutionId": %d, "examType": "IN_SERVICE", "day": "%s",
				 "workers": [{"workerId": %d}, {"workerId": %d}]}""".formatted(this.demoEmployer, this.demoInstitution, day,
				free.get(0), free.get(1));
		String created = this.mvc
			.perform(post("/api/v1/surveillance/bookings").header("Authorization", "Bearer " + employerToken)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REQUESTED"))
			.andExpect(jsonPath("$.headcount").value(2))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));

		String institutionToken = ApiTokens.issue(this.mvc, this.users.as("institution"), "surveillance:booking:read",
				"surveillance:booking:confirm");
		this.mvc.perform(get("/api/v1/surveillance/bookings").param("size", "200")
			.header("Authorization", "Bearer " + institutionToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].institutionId", everyItem(is((int) this.demoInstitution))))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].status").value("REQUESTED"));
		this.mvc.perform(post("/api/v1/surveillance/bookings/{id}/confirm", id)
			.header("Authorization", "Bearer " + institutionToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		// The employer cannot confirm, and a second confirmation is refused with a problem.
		this.mvc.perform(post("/api/v1/surveillance/bookings/{id}/confirm", id)
			.header("Authorization", "Bearer " + employerToken))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/surveillance/bookings/{id}/confirm", id)
			.header("Authorization", "Bearer " + institutionToken))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("booking.error.notRequested"));
		this.mvc.perform(get("/api/v1/surveillance/bookings/calendar").param("month", YearMonth.from(day).toString())
			.header("Authorization", "Bearer " + institutionToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.institutionId").value((int) this.demoInstitution));
		// Over capacity, the API says how many places are left: 10 emergency exams a day, 11 wanted.
		String tooMany = """
				{"employerId": %d, "institutionId": %d, "examType": "EMERGENCY", "day": "%s", "workers": [%s]}"""
			.formatted(this.demoEmployer, this.demoInstitution, day, String.join(", ", workersJson(11)));
		this.mvc.perform(post("/api/v1/surveillance/bookings").header("Authorization", "Bearer " + employerToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(tooMany))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("booking.error.full"))
			.andExpect(jsonPath("$.errors[0].field").value("day"));
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/surveillance/bookings/{id}/confirm")));
	}

	@Test
	void theInstitutionSeesItsCalendarAndADaysBookings() throws Exception {
		LocalDate day = this.jdbc.sql("select day from surveillance.booking where synthetic and status = 'CONFIRMED'")
			.query(LocalDate.class)
			.single();
		this.mvc.perform(get("/surveillance/calendar").param("month", YearMonth.from(day).toString())
			.with(this.users.as("institution")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-day=\"" + day + "\"")))
			.andExpect(content().string(containsString("bg-green-lt")));
		this.mvc.perform(get("/surveillance/calendar/day").param("day", day.toString())
			.header("HX-Request", "true")
			.with(this.users.as("institution")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"day-booking\"")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/surveillance/calendar").with(this.users.as("employer")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theInstitutionOpensASaturdayOnItsCalendarPageAndWeekendsShowClosed() throws Exception {
		LocalDate saturday = BookingFixtures.ahead(0).plusWeeks(5).with(java.time.temporal.TemporalAdjusters.next(
				java.time.DayOfWeek.SATURDAY));
		String month = YearMonth.from(saturday).toString();
		this.mvc.perform(get("/surveillance/calendar").param("month", month).with(this.users.as("institution")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"calendar-settings\"")))
			.andExpect(content().string(containsString("data-testid=\"working-week\"")))
			.andExpect(content().string(containsString("data-opening=\"CLOSED\"")));
		this.mvc.perform(post("/surveillance/calendar/days").with(csrf()).with(this.users.as("institution"))
			.param("institutionId", String.valueOf(this.demoInstitution))
			.param("day", saturday.toString())
			.param("open", "true")
			.param("note", "周六加开体检"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/surveillance/calendar").param("month", month).with(this.users.as("institution")))
			.andExpect(content().string(containsString("data-opening=\"OPENED\"")))
			.andExpect(content().string(containsString("周六加开体检")));
		// The county supervisor sees the institution's calendar with the same forms (its region).
		this.mvc.perform(get("/surveillance/calendar").param("month", month)
			.param("institutionId", String.valueOf(this.demoInstitution))
			.with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"calendar-settings\"")));
		this.mvc.perform(post("/surveillance/calendar/days/" + saturday + "/clear").with(csrf())
			.with(this.users.as("institution"))
			.param("institutionId", String.valueOf(this.demoInstitution)))
			.andExpect(status().is3xxRedirection());
		String token = ApiTokens.issue(this.mvc, this.users.as("institution"), "surveillance:booking:read");
		this.mvc.perform(get("/api/v1/surveillance/working-calendar").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.week.days.length()").value(5))
			.andExpect(jsonPath("$.days.length()").value(0));
	}

	@Test
	void theCountyExportsExactlyWhatItFilters() throws Exception {
		this.mvc.perform(get("/surveillance/bookings").param("status", "CANCELLED").with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"booking-table\"")));
		long cancelled = this.bookings
			.search(Actor.system("test"), new BookingFilter(null, "330105", "CANCELLED", null, null, null, null, null),
					PageQuery.of(1, 200))
			.total();
		byte[] xlsx = this.mvc
			.perform(get("/surveillance/bookings/export.xlsx").param("status", "CANCELLED")
				.with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize((int) cancelled + 1);
			assertThat(rows.get(0).getCellText(0)).isEqualTo("预约编号");
			assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.getCellText(8)).isEqualTo("已取消"));
		}
		this.mvc.perform(get("/surveillance/bookings").with(this.users.as("agency"))).andExpect(status().isForbidden());
	}

	private List<String> workersJson(int count) {
		return this.bookings.candidates(Actor.system("test"), this.demoEmployer, null, PageQuery.of(1, 200))
			.items()
			.stream()
			.filter(c -> !c.hazardCodes().isEmpty())
			.limit(count)
			.map(c -> "{\"workerId\": " + c.workerId() + "}")
			.toList();
	}

	/** Demo workers in no open booking yet. */
	private List<Long> freeWorkers(int count) {
		return this.bookings.candidates(Actor.system("test"), this.demoEmployer, null, PageQuery.of(1, 200))
			.items()
			.stream()
			.filter(c -> !c.hazardCodes().isEmpty())
			.map(Bookings.Candidate::workerId)
			.filter(id -> this.jdbc.sql("""
					select not exists (select 1 from surveillance.booking_worker w join surveillance.booking b on b.id = w.booking_id
					                   where w.worker_id = :w and b.status in ('REQUESTED', 'CONFIRMED'))""")
				.param("w", id)
				.query(Boolean.class)
				.single())
			.limit(count)
			.toList();
	}

}
