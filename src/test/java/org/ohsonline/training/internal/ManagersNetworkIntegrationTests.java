package org.ohsonline.training.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.training.Audience;
import org.ohsonline.training.BoardQuestion;
import org.ohsonline.training.CourseCommand;
import org.ohsonline.training.CourseView;
import org.ohsonline.training.Courses;
import org.ohsonline.training.EnrolmentView;
import org.ohsonline.training.Learning;
import org.ohsonline.training.ManagerNotice;
import org.ohsonline.training.ManagerNotices;
import org.ohsonline.training.Paper;
import org.ohsonline.training.QuestionBoard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The managers' network on the shared context's register (拱墅区): two managers of employers in different
 * industries earn a manager's certificate; a county supervisor pushes a notice to the county's certified
 * managers (and one to an industry's); read receipts as managers open it; a neighbouring county's supervisor
 * can neither target nor read it. The question board: a manager asks, a supervisor and an expert answer, the
 * asker marks the best, and the knowledge base finds it by a word of the best answer for every manager.
 */
@IntegrationTest
class ManagersNetworkIntegrationTests {

	@Autowired Courses courses;
	@Autowired Learning learning;
	@Autowired ManagerNotices notices;
	@Autowired QuestionBoard board;
	@Autowired JdbcClient jdbc;

	static final Set<String> MANAGER = Set.of("training:course:read", "training:course:learn", "training:notice:read",
			"training:question:read", "training:question:ask");

	Actor first;

	Actor second;

	String firstIndustry;

	@BeforeEach
	void certifyTwoManagers() {
		// two employers of the county whose industries differ in their division (first two digits)
		List<Object[]> employers = this.jdbc.sql("""
				select distinct on (substr(industry_code, 1, 2)) id, credit_code, industry_code from registry.employer
				where region_code like '330105%' and industry_code is not null order by substr(industry_code, 1, 2), id limit 2""")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) })
			.list();
		long stamp = System.nanoTime() % 1_000_000;
		this.first = manager(9_400_000 + stamp, "一号管理员" + stamp, (String) employers.get(0)[1]);
		this.second = manager(9_500_000 + stamp, "二号管理员" + stamp, (String) employers.get(1)[1]);
		this.firstIndustry = ((String) employers.get(0)[2]).substring(0, 2);
		Actor author = TrainingWorld.author(TrainingWorld.COUNTY);
		CourseView course = this.courses.create(author, new CourseCommand("职业健康管理员培训" + stamp, "管理员上岗培训",
				Audience.MANAGER, List.of(), new BigDecimal("16"), 60, 1, 0, 3));
		this.courses.addText(author, course.id(), "职责", "# 管理员职责\n\n组织申报、检测和体检。", 0);
		this.courses.addQuestion(author, course.id(), "谁负责申报？", List.of("用人单位", "劳动者"), 0);
		CourseView published = this.courses.publish(author, course.id());
		pass(this.first, published.id());
		pass(this.second, published.id());
	}

	static Actor manager(long userId, String name, String creditCode) {
		return new Actor(userId, "network-manager-" + userId, name, "330105", new Scope(Scope.Kind.EMPLOYER, creditCode),
				MANAGER, "127.0.0.1", Actor.Channel.UI);
	}

	void pass(Actor manager, long courseId) {
		EnrolmentView enrolment = this.learning.enrolSelf(manager, courseId);
		Paper paper = this.learning.openPaper(manager, enrolment.id());
		Map<Long, Integer> answers = new HashMap<>();
		paper.questions().forEach(q -> answers.put(q.id(), 0));
		assertThat(this.learning.submit(manager, paper.attemptId(), answers).passed()).isTrue();
	}

	static Actor supervisor(String region) {
		return new Actor(9_600_000 + Long.parseLong(region), "network-supervisor-" + region, region + "监管员", region,
				Scope.region(region), Set.of("training:notice:read", "training:notice:write", "training:question:read",
						"training:question:answer", "training:question:moderate", "registry:employer:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0 };

	@Test
	void aNoticeReachesTheCountysCertifiedManagersAndCountsItsReadReceipts() {
		Actor county = supervisor("330105");
		ManagerNotice sent = this.notices.send(county, new ManagerNotice.Command("330105", null, "关于开展职业病防治法宣传周的通知",
				"# 通知\n\n请各单位组织学习。<script>alert(1)</script>"), List.of(new ManagerNotice.Upload("海报.png", PNG)));
		assertThat(sent.recipients()).isGreaterThanOrEqualTo(2);
		assertThat(sent.read()).isZero();
		assertThat(sent.attachments()).singleElement().satisfies(a -> assertThat(a.contentType()).isEqualTo("image/png"));
		long unreadBefore = this.notices.unreadCount(this.first);
		assertThat(unreadBefore).isGreaterThanOrEqualTo(1);
		assertThat(this.notices.inbox(this.first, PageQuery.of(1, 50)).items())
			.anySatisfy(n -> assertThat(n.id()).isEqualTo(sent.id()));
		// the first manager opens it: one read receipt, however often opened
		ManagerNotice opened = this.notices.open(this.first, sent.id());
		assertThat(opened.recipient()).isTrue();
		assertThat(opened.readAt()).isNotNull();
		assertThat(this.notices.open(this.first, sent.id()).readAt()).isEqualTo(opened.readAt());
		assertThat(this.notices.unreadCount(this.first)).isEqualTo(unreadBefore - 1);
		assertThat(this.notices.attachment(this.first, sent.id(), sent.attachments().get(0).id()).content()).isEqualTo(PNG);
		// the sender sees 1 read and the second manager among those who have not read it
		ManagerNotice receipts = this.notices.open(county, sent.id());
		assertThat(receipts.recipient()).isFalse();
		assertThat(receipts.read()).isEqualTo(1);
		assertThat(this.notices.unread(county, sent.id())).extracting(ManagerNotice.Recipient::name)
			.contains(this.second.displayName())
			.doesNotContain(this.first.displayName());
		assertThat(this.notices.sent(supervisor("3301"), PageQuery.of(1, 200)).items()).extracting(ManagerNotice::id)
			.contains(sent.id());
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'training.notice.read' and target_id = :id")
			.param("id", String.valueOf(sent.id())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aNoticeToAnIndustryReachesOnlyItsManagers() {
		ManagerNotice sent = this.notices.send(supervisor("330105"),
				new ManagerNotice.Command("330105", this.firstIndustry, "行业通知", "本行业专项治理。"), List.of());
		assertThat(this.notices.inbox(this.first, PageQuery.of(1, 50)).items()).extracting(ManagerNotice::id).contains(sent.id());
		assertThat(this.notices.inbox(this.second, PageQuery.of(1, 50)).items()).extracting(ManagerNotice::id)
			.doesNotContain(sent.id());
		assertThatThrownBy(() -> this.notices.open(this.second, sent.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aSupervisorTargetsAndReadsOnlyTheirJurisdiction() {
		Actor neighbour = supervisor("330106");
		long before = this.jdbc.sql("select count(*) from training.manager_notice").query(Long.class).single();
		assertThatThrownBy(() -> this.notices.send(neighbour, new ManagerNotice.Command("330105", null, "越权", "正文"), List.of()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::code).contains("training.notice.error.outside"));
		assertThatThrownBy(() -> this.notices.send(supervisor("330105"), new ManagerNotice.Command("330105", "99", "", ""),
				List.of(new ManagerNotice.Upload("a.exe", "MZ".getBytes(StandardCharsets.US_ASCII)))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field).contains("industryCode", "title", "body", "attachments"));
		assertThat(this.jdbc.sql("select count(*) from training.manager_notice").query(Long.class).single()).isEqualTo(before);
		ManagerNotice sent = this.notices.send(supervisor("330105"), new ManagerNotice.Command(null, null, "本县通知", "正文"),
				List.of());
		assertThat(sent.regionCode()).isEqualTo("330105");
		assertThatThrownBy(() -> this.notices.open(neighbour, sent.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.notices.unread(neighbour, sent.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.notices.sent(neighbour, PageQuery.of(1, 200)).items()).extracting(ManagerNotice::id)
			.doesNotContain(sent.id());
	}

	@Test
	void theBestAnswerJoinsTheKnowledgeBaseThatEveryManagerSearches() {
		String word = "kb" + System.nanoTime();
		BoardQuestion asked = this.board.ask(this.first, "粉尘检测多久一次？", "我单位有矽尘作业岗位。");
		assertThat(asked.regionCode()).startsWith("330105");
		// the other employer's manager does not see an open question; a neighbouring supervisor does not either
		assertThatThrownBy(() -> this.board.find(this.second, asked.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.board.find(supervisor("330106"), asked.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.board.answer(supervisor("330106"), asked.id(), "越权回答")).isInstanceOf(NotFoundException.class);
		BoardQuestion answered = this.board.answer(supervisor("330105"), asked.id(), "严重危害每年至少检测一次。");
		Actor expert = new Actor(9_700_001, "network-expert", "省级专家", "33", Scope.region("33"),
				Set.of("training:question:read", "training:question:answer"), "127.0.0.1", Actor.Channel.UI);
		BoardQuestion twice = this.board.answer(expert, asked.id(), "依工作场所职业卫生管理规定第二十条，" + word + "。");
		assertThat(twice.answers()).extracting(BoardQuestion.Answer::authorKind)
			.containsExactly(BoardQuestion.AuthorKind.SUPERVISOR, BoardQuestion.AuthorKind.EXPERT);
		assertThat(answered.mayChooseBest()).isTrue();
		// an expert answers but does not choose; the asker does
		assertThat(this.board.find(expert, asked.id()).mayChooseBest()).isFalse();
		assertThatThrownBy(() -> this.board.chooseBest(expert, asked.id(), twice.answers().get(1).id()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.board.knowledge(this.second, word, null, PageQuery.of(1, 20)).total()).isZero();
		BoardQuestion resolved = this.board.chooseBest(this.first, asked.id(), twice.answers().get(1).id());
		assertThat(resolved.resolved()).isTrue();
		// the knowledge base finds it by a word of the best answer, for a manager of another employer, without who asked
		assertThat(this.board.knowledge(this.second, word.toUpperCase(), null, PageQuery.of(1, 20)).items())
			.singleElement()
			.satisfies(q -> {
				assertThat(q.id()).isEqualTo(asked.id());
				assertThat(q.askerName()).isNull();
				assertThat(q.employerName()).isNull();
			});
		assertThat(this.board.knowledge(this.second, "矽尘", null, PageQuery.of(1, 200)).items()).extracting(BoardQuestion::id)
			.contains(asked.id());
		assertThat(this.board.knowledge(this.second, word + "x", null, PageQuery.of(1, 20)).total()).isZero();
		assertThat(this.board.knowledge(this.second, "%", null, PageQuery.of(1, 200)).items()).extracting(BoardQuestion::id)
			.as("a LIKE wildcard is a character").doesNotContain(asked.id());
		BoardQuestion seen = this.board.find(this.second, asked.id());
		assertThat(seen.askerName()).isNull();
		assertThat(seen.mayChooseBest()).isFalse();
		assertThat(this.board.find(this.first, asked.id()).askerName()).isEqualTo(this.first.displayName());
	}

}
