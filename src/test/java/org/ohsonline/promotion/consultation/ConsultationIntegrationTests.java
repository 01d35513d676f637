package org.ohsonline.promotion.consultation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.iam.UserDirectory;
import org.ohsonline.notification.Inbox;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Online consultation on a clock the test moves: a request routed to the county's expert of its field, the
 * service time from the catalog (72 h for testing), escalation once when it is late and not before, the
 * answer, the rating, files checked by content, and who sees the asker's personal data.
 */
@IntegrationTest
class ConsultationIntegrationTests {

	static final Instant START = Instant.parse("2026-05-04T01:00:00Z");

	@Autowired JdbcClient jdbc;
	@Autowired AuditTrail audit;
	@Autowired Catalogs catalogs;
	@Autowired Employers employers;
	@Autowired Workers workers;
	@Autowired Inbox inbox;
	@Autowired UserDirectory users;
	@Autowired PiiCipher cipher;
	@Autowired TransactionTemplate transactions;

	Instant now = START;

	final Clock clock = new Clock() {

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(ConsultationIntegrationTests.this.now, zone);
		}

		@Override
		public Instant instant() {
			return ConsultationIntegrationTests.this.now;
		}

	};

	ConsultationService service;

	Actor employer;

	String credit;

	@BeforeEach
	void setUp() {
		this.service = new ConsultationService(this.jdbc, this.audit, this.catalogs, this.employers, this.workers,
				this.inbox, this.users, this.cipher, this.clock, DataSize.ofMegabytes(1));
		this.credit = this.jdbc.sql("select credit_code from registry.employer where region_code like '330105%' order by id limit 1")
			.query(String.class).single();
		this.employer = new Actor(9_300_001, "consult-employer", "问诊管理员", "330105", new Scope(Scope.Kind.EMPLOYER, this.credit),
				Set.of("consultation:request:ask", "consultation:request:read"), "127.0.0.1", Actor.Channel.UI);
		// this class's own experts only: other classes' worlds keep theirs
		this.jdbc.sql("delete from consultation.expert where user_id between 9300100 and 9300199").update();
		// the demo's city expert (every field) would be nearer than the province's: off the team while routing is tested
		this.jdbc.sql("update consultation.expert set active = false where name like '%（演示）'").update();
		expert(9_300_101, "省级检测专家", "33", "TESTING", "LAW");
		expert(9_300_102, "拱墅检测专家", "330105", "TESTING");
		expert(9_300_103, "西湖检测专家", "330106", "TESTING");
	}

	void expert(long id, String name, String region, String... fields) {
		this.jdbc.sql("""
				insert into consultation.expert (user_id, name, region_code, fields, active, registered_by, registered_at)
				values (:id, :name, :region, :fields, true, 'test', now())""")
			.param("id", id).param("name", name).param("region", region).param("fields", fields).update();
	}

	static Actor expertActor(long id, String region) {
		return new Actor(id, "expert-" + id, "专家", region, Scope.region(region),
				Set.of("consultation:request:read", "consultation:request:answer"), "127.0.0.1", Actor.Channel.UI);
	}

	static Actor supervisor(String region) {
		return new Actor(9_300_200 + region.length(), "consult-supervisor-" + region, "监管员", region, Scope.region(region),
				Set.of("consultation:request:read", "consultation:request:supervise"), "127.0.0.1", Actor.Channel.UI);
	}

	<T> T tx(Supplier<T> work) {
		return this.transactions.execute(status -> work.get());
	}

	Consultation ask(String field) {
		return tx(() -> this.service.ask(this.employer, new Consultation.Command(field, "噪声检测点怎么布", "车间噪声如何布点检测？",
				"13912345678"), List.of(new Consultation.Upload("布局图.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)))));
	}

	@Test
	void routesToTheCountyExpertOfTheFieldWithTheCatalogsServiceTime() {
		Consultation request = ask("TESTING");
		assertThat(request.status()).isEqualTo(ConsultationStatus.ASSIGNED);
		assertThat(request.expertName()).isEqualTo("拱墅检测专家");
		// the testing field's service time in consultation-fields-2026.csv: 72 hours
		assertThat(request.dueAt()).isEqualTo(START.plus(Duration.ofHours(72)));
		assertThat(request.attachments()).singleElement().satisfies(a -> {
			assertThat(a.contentType()).isEqualTo("application/pdf");
			assertThat(a.fileName()).isEqualTo("布局图.pdf");
		});
		// law: only the province's expert
		assertThat(ask("LAW").expertName()).isEqualTo("省级检测专家");
		// diagnosis: no expert, queued
		Consultation queued = ask("DIAGNOSIS");
		assertThat(queued.status()).isEqualTo(ConsultationStatus.QUEUED);
		assertThat(queued.expertName()).isNull();
	}

	@Test
	void escalatesOnceWhenTheServiceTimeIsUpAndNotBefore() {
		Consultation request = ask("TESTING");
		this.now = START.plus(Duration.ofHours(71));
		assertThat(tx(() -> this.service.escalateOverdue())).isZero();
		assertThat(this.service.find(this.employer, request.id()).overdue()).isFalse();
		this.now = START.plus(Duration.ofHours(72)).plusSeconds(1);
		assertThat(tx(() -> this.service.escalateOverdue())).isEqualTo(1);
		assertThat(tx(() -> this.service.escalateOverdue())).as("escalated once").isZero();
		Consultation late = this.service.find(supervisor("330105"), request.id());
		assertThat(late.overdue()).isTrue();
		assertThat(late.escalatedAt()).isEqualTo(this.now);
		assertThat(this.jdbc.sql("select count(*) from notification.notice where source = :s and permission = 'consultation:request:supervise' and audience_value = :region")
			.param("s", "consultation:request:" + request.id()).param("region", request.regionCode()).query(Long.class).single()).isEqualTo(1);
		// an answer after the time still counts; a late answered request is no longer overdue
		Consultation answered = tx(() -> this.service.answer(expertActor(9_300_102, "330105"), request.id(), "按 GBZ/T 189.8 布点。"));
		assertThat(answered.status()).isEqualTo(ConsultationStatus.ANSWERED);
		assertThat(answered.overdue()).isFalse();
	}

	@Test
	void theAskerRatesTheAnswerOnceFromOneToFive() {
		Consultation request = ask("TESTING");
		Actor expert = expertActor(9_300_102, "330105");
		assertThat(this.service.find(this.employer, request.id()).mayRate()).isFalse();
		tx(() -> this.service.answer(expert, request.id(), "按 GBZ/T 189.8 布点。"));
		assertThatThrownBy(() -> tx(() -> this.service.answer(expert, request.id(), "再答一次")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> tx(() -> this.service.rate(this.employer, request.id(), 6, null)))
			.isInstanceOf(InvalidInputException.class);
		Consultation rated = tx(() -> this.service.rate(this.employer, request.id(), 4, "清楚"));
		assertThat(rated.status()).isEqualTo(ConsultationStatus.RATED);
		assertThat(rated.rating()).isEqualTo(4);
		assertThatThrownBy(() -> tx(() -> this.service.rate(this.employer, request.id(), 5, null)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.service.find(this.employer, request.id()).rating()).isEqualTo(4);
	}

	@Test
	void personalDataIsSeenOnlyByTheAskerTheAssignedExpertAndSupervisorsInScope() {
		Consultation request = ask("TESTING");
		assertThat(this.service.find(expertActor(9_300_102, "330105"), request.id()).contactPhone()).isEqualTo("13912345678");
		assertThat(this.service.find(supervisor("3301"), request.id()).askerName()).isEqualTo("问诊管理员");
		assertThat(this.service.find(this.employer, request.id()).contactPhone()).isNotEqualTo("13912345678").contains("*");
		// another county's supervisor, an expert it was not routed to, another employer: as if it did not exist
		assertThatThrownBy(() -> this.service.find(supervisor("330106"), request.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.find(expertActor(9_300_101, "33"), request.id())).isInstanceOf(NotFoundException.class);
		Actor other = new Actor(9_300_002, "consult-other", "他人", "330105", new Scope(Scope.Kind.EMPLOYER, "91330105MA0000000X"),
				Set.of("consultation:request:ask", "consultation:request:read"), "127.0.0.1", Actor.Channel.UI);
		assertThatThrownBy(() -> this.service.find(other, request.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.attachment(other, request.id(), request.attachments().get(0).id()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.service.search(supervisor("330106"), new Consultation.Filter(null, null), PageQuery.of(1, 50)).items())
			.extracting(Consultation::id).doesNotContain(request.id());
		assertThat(this.service.search(supervisor("330106"), new Consultation.Filter(null, "330105"), PageQuery.of(1, 50)).total())
			.as("a region outside the scope").isZero();
		// sealed at rest
		assertThat(this.jdbc.sql("select body_sealed from consultation.request where id = :id").param("id", request.id())
			.query(String.class).single()).doesNotContain("布点");
	}

	@Test
	void refusesFilesThatAreNotPdfOrImagesAndChangesNothing() {
		long before = this.jdbc.sql("select count(*) from consultation.request").query(Long.class).single();
		assertThatThrownBy(() -> tx(() -> this.service.ask(this.employer, new Consultation.Command("TESTING", "题", "内容", null),
				List.of(new Consultation.Upload("report.pdf", "MZ executable".getBytes(StandardCharsets.US_ASCII))))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::code).contains("consultation.error.type"));
		assertThatThrownBy(() -> tx(() -> this.service.ask(this.employer, new Consultation.Command("NOPE", "", "", "x"), List.of())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field).contains("fieldCode", "title", "body", "contactPhone"));
		byte[] big = new byte[(int) DataSize.ofMegabytes(1).toBytes() + 1];
		System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
		assertThatThrownBy(() -> tx(() -> this.service.ask(this.employer, new Consultation.Command("TESTING", "题", "内容", null),
				List.of(new Consultation.Upload("big.pdf", big))))).isInstanceOf(InvalidInputException.class);
		assertThat(this.jdbc.sql("select count(*) from consultation.request").query(Long.class).single()).isEqualTo(before);
	}

}
