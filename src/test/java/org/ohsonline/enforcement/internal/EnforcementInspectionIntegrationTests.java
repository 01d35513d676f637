package org.ohsonline.enforcement.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ohsonline.IntegrationTest;
import org.ohsonline.PdfReading;
import org.ohsonline.TestUsers;
import org.ohsonline.enforcement.DrawLine;
import org.ohsonline.enforcement.InspectionPlans;
import org.ohsonline.enforcement.InspectionStatus;
import org.ohsonline.enforcement.InspectionView;
import org.ohsonline.enforcement.Inspections;
import org.ohsonline.enforcement.Outcome;
import org.ohsonline.enforcement.PlanCommand;
import org.ohsonline.enforcement.PlanView;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An on-site inspection of an employer drawn: only its two inspectors carry it out, a violation needs what was
 * seen, the record needs every item, and recording issues the on-site record with its legal bases and opens a
 * rectification item per violation; nothing changes after.
 */
@IntegrationTest
class EnforcementInspectionIntegrationTests {

	@Autowired
	InspectionPlans plans;

	@Autowired
	Inspections inspections;

	@Autowired
	Rectifications rectifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	@TempDir
	Path temp;

	String township;

	DrawLine line;

	@BeforeEach
	void aDrawnLine() {
		this.township = this.jdbc.sql("""
				select region_code from registry.employer where region_code like '330105%' and status = 'IN_PRODUCTION'
				group by region_code order by count(*) desc, region_code limit 1 offset 1""")
			.query(String.class)
			.single();
		TestUsers users = new TestUsers(this.administration, this.details);
		// four: each test draws a new plan, which excludes the last plan's pair from each employer
		for (int i = 1; i <= 4; i++) {
			users.ensure("enf-site-inspector-" + i, "INSPECTOR", this.township, null);
		}
		Actor county = EnforcementPlanIntegrationTests.supervisor("330105");
		PlanView plan = this.plans.create(county, new PlanCommand("现场检查测试", this.township, List.of(),
				LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31), new BigDecimal("0.2")));
		this.plans.commit(county, plan.id());
		this.plans.draw(county, plan.id());
		this.line = this.plans.lines(county, plan.id(), PageQuery.of(1, 1)).items().get(0);
	}

	Actor inspector(long userId) {
		return new Actor(userId, "enf-site-inspector", "现场检查员", this.township, Scope.region(this.township),
				Set.of("enforcement:inspection:read", "enforcement:inspection:write", "risk:rectification:read",
						"risk:rectification:review", "risk:portrait:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	static List<Inspections.AnswerInput> all(InspectionView inspection, Outcome outcome) {
		List<Inspections.AnswerInput> answers = new ArrayList<>();
		inspection.items().forEach(i -> answers.add(new Inspections.AnswerInput(i.code(), outcome, null)));
		return answers;
	}

	@Test
	void onlyTheInspectorsDrawnCarryItOutAndRecordingIssuesTheRecordAndOpensARectificationItemPerViolation()
			throws Exception {
		long notDrawn = this.jdbc.sql("""
				select inspector_id from enforcement.plan_inspector where plan_id = :p and inspector_id not in (:a, :b) limit 1""")
			.param("p", this.line.planId())
			.param("a", this.line.inspectorA())
			.param("b", this.line.inspectorB())
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> this.inspections.start(inspector(notDrawn), this.line.planId(), this.line.seq()))
			.isInstanceOf(AccessDeniedException.class);

		Actor drawn = inspector(this.line.inspectorA());
		InspectionView inspection = this.inspections.start(drawn, this.line.planId(), this.line.seq());
		assertThat(inspection.status()).isEqualTo(InspectionStatus.IN_PROGRESS);
		assertThat(inspection.items()).hasSizeGreaterThanOrEqualTo(15).allMatch(i -> i.basis().article() > 0);
		// the same line again: the same inspection
		assertThat(this.inspections.start(inspector(this.line.inspectorB()), this.line.planId(), this.line.seq()).id())
			.isEqualTo(inspection.id());
		assertThatThrownBy(() -> this.inspections.save(inspector(notDrawn), inspection.id(), all(inspection, Outcome.COMPLIANT), null))
			.isInstanceOf(AccessDeniedException.class);

		// a violation without what was seen: refused beside it, nothing saved
		List<Inspections.AnswerInput> answers = all(inspection, Outcome.COMPLIANT);
		int b2 = indexOf(inspection, "B2");
		answers.set(b2, new Inspections.AnswerInput("B2", Outcome.VIOLATION, " "));
		assertThatThrownBy(() -> this.inspections.save(drawn, inspection.id(), answers, null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("answers[" + b2 + "].note"));
		assertThat(this.inspections.find(drawn, inspection.id()).unanswered()).isEqualTo(inspection.items().size());
		// a record with items unanswered: refused
		this.inspections.save(drawn, inspection.id(), answers.subList(0, 3), null);
		assertThatThrownBy(() -> this.inspections.record(drawn, inspection.id()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).field()).isEqualTo("answers"));

		answers.set(b2, new Inspections.AnswerInput("B2", Outcome.VIOLATION, "打磨岗位未配发防尘口罩"));
		this.inspections.save(drawn, inspection.id(), answers, "现场检查 1 项不符合");
		InspectionView recorded = this.inspections.record(drawn, inspection.id());

		assertThat(recorded.status()).isEqualTo(InspectionStatus.RECORDED);
		assertThat(recorded.recordCode()).isNotBlank();
		InspectionView.Item violation = recorded.items().get(b2);
		assertThat(violation.rectificationId()).isNotNull();
		RectificationView item = this.rectifications.find(drawn, violation.rectificationId());
		assertThat(item.findingKind()).isEqualTo("INSPECTION_FINDING");
		assertThat(item.employerId()).isEqualTo(this.line.employerId());
		// the deadline of INSPECTION_FINDING in the deadlines catalog: 30 days
		assertThat(item.dueOn()).isEqualTo(item.foundOn().plusDays(30));
		String text = PdfReading.text(this.inspections.recordPdf(drawn, inspection.id()), this.temp);
		// pdftotext lays the table out in columns: check what stays on one line
		assertThat(text).contains("现场检查笔录").contains(this.line.creditCode()).contains("第七十二条第二项")
			.contains("现场情况：打磨岗位未配发防尘口罩").contains("平台 2018 版").contains(recorded.recordCode());
		this.mvc.perform(get("/verify/" + recorded.recordCode())).andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from audit.entry where target_type = 'inspection' and target_id = :id")
			.param("id", String.valueOf(inspection.id()))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(4);

		// recorded: nothing changes any more
		assertThatThrownBy(() -> this.inspections.save(drawn, inspection.id(), all(inspection, Outcome.COMPLIANT), null))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.inspections.find(drawn, inspection.id()).violations()).isEqualTo(1);
		// another county sees nothing of it
		assertThatThrownBy(() -> this.inspections.find(EnforcementPlanIntegrationTests.supervisor("330106"), inspection.id()))
			.isInstanceOf(NotFoundException.class);
	}

	private static int indexOf(InspectionView inspection, String code) {
		for (int i = 0; i < inspection.items().size(); i++) {
			if (inspection.items().get(i).code().equals(code)) {
				return i;
			}
		}
		throw new IllegalArgumentException(code);
	}


	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Test
	void evidenceFilesAreCheckedByContentStoredUnderTheirHashStreamedInScopeAndListedInTheRecord() throws Exception {
		Actor drawn = inspector(this.line.inspectorA());
		InspectionView inspection = this.inspections.start(drawn, this.line.planId(), this.line.seq());
		InspectionView.FileView photo = this.inspections.attach(drawn, inspection.id(), "B2", "../防护用品照片.png", PNG);
		assertThat(photo.contentType()).isEqualTo("image/png");
		assertThat(photo.sizeBytes()).isEqualTo(PNG.length);
		assertThat(photo.itemCode()).isEqualTo("B2");
		// the name is only a label: no path survives
		assertThat(photo.fileName()).isEqualTo(".._防护用品照片.png");
		assertThat(photo.sha256()).isEqualTo(org.ohsonline.shared.Hashes.sha256Hex(PNG));
		byte[] pdf = "%PDF-1.4 scanned notice".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		this.inspections.attach(drawn, inspection.id(), null, "整改通知.pdf", pdf);

		// a type by its content, not its name; empty; too large (10 MB); an unknown item: refused, nothing stored
		assertThatThrownBy(() -> this.inspections.attach(drawn, inspection.id(), null, "photo.png", "MZ not an image".getBytes()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code()).isEqualTo("enforcement.file.type"));
		assertThatThrownBy(() -> this.inspections.attach(drawn, inspection.id(), null, "empty.png", new byte[0]))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code()).isEqualTo("enforcement.file.empty"));
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PNG, 0, big, 0, PNG.length);
		assertThatThrownBy(() -> this.inspections.attach(drawn, inspection.id(), null, "big.png", big))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code()).isEqualTo("enforcement.file.tooLarge"));
		assertThatThrownBy(() -> this.inspections.attach(drawn, inspection.id(), "Z9", "p.png", PNG))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).field()).isEqualTo("itemCode"));
		// only the inspectors drawn
		Actor other = inspector(-1);
		assertThatThrownBy(() -> this.inspections.attach(other, inspection.id(), null, "p.png", PNG))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.inspections.find(drawn, inspection.id()).files()).extracting(InspectionView.FileView::fileName)
			.containsExactly(".._防护用品照片.png", "整改通知.pdf");

		// streamed back as stored; another county's reader does not find it
		var file = this.inspections.file(drawn, inspection.id(), photo.id());
		assertThat(file.resource().getContentAsByteArray()).isEqualTo(PNG);
		assertThat(file.contentType()).isEqualTo("image/png");
		Actor xihu = new Actor(952, "enf-xihu", "西湖区", "330106", Scope.region("330106"),
				Set.of("enforcement:inspection:read"), "127.0.0.1", Actor.Channel.UI);
		assertThatThrownBy(() -> this.inspections.file(xihu, inspection.id(), photo.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.inspections.file(drawn, inspection.id(), photo.id() + 100_000))
			.isInstanceOf(NotFoundException.class);

		// listed in the on-site record; nothing more once recorded
		this.inspections.save(drawn, inspection.id(), all(inspection, Outcome.COMPLIANT), null);
		this.inspections.record(drawn, inspection.id());
		String text = PdfReading.text(this.inspections.recordPdf(drawn, inspection.id()), this.temp);
		assertThat(text).contains("证据材料").contains("整改通知.pdf").contains(photo.sha256().substring(0, 16));
		assertThatThrownBy(() -> this.inspections.attach(drawn, inspection.id(), null, "late.png", PNG))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("enforcement.inspection.recordedAlready"));
	}

}
