package org.ohsonline.authorization;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.promotion.consultation.Consultation;
import org.ohsonline.promotion.consultation.Consultations;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PiiCipher;
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

/**
 * The managers' network and online consultation of a world: the side's worker holds a manager's certificate
 * and so receives the notice the county's supervisor pushes (with a PNG attachment); the side's employer asks
 * an open question on the board, answered by the supervisor; and asks for a consultation with a PDF, which
 * no expert of the world takes (it stays queued).
 */
final class NetworkBuilder {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0 };

	private final Courses courses;

	private final Learning learning;

	private final ManagerNotices notices;

	private final QuestionBoard board;

	private final Consultations consultations;

	private final PiiCipher cipher;

	NetworkBuilder(Courses courses, Learning learning, ManagerNotices notices, QuestionBoard board,
			Consultations consultations, PiiCipher cipher) {
		this.courses = courses;
		this.learning = learning;
		this.notices = notices;
		this.board = board;
		this.consultations = consultations;
		this.cipher = cipher;
	}

	void build(SideBuilder.Spec spec, Map<String, String> v) {
		Actor author = SideBuilder.actor("training", Scope.region(spec.city()), spec.city(), "training:course:read",
				"training:course:write");
		Actor employer = SideBuilder.actor("manager", new Scope(Scope.Kind.EMPLOYER, v.get("employer.creditCode")),
				spec.township(), "training:course:read", "training:enrolment:write", "training:question:read",
				"training:question:ask", "consultation:request:ask", "consultation:request:read", "registry:employer:read",
				"registry:worker:read");
		Actor worker = SideBuilder.actor("training-worker",
				new Scope(Scope.Kind.PERSON, this.cipher.blindIndex(v.get("worker.idNumber"))), spec.county(),
				"training:course:read", "training:course:learn", "registry:worker:read");
		Actor supervisor = SideBuilder.actor("care", Scope.region(spec.county()), spec.county(),
				"training:notice:read", "training:notice:write", "training:question:read", "training:question:answer",
				"training:question:moderate", "registry:employer:read");
		CourseView course = this.courses.create(author, new CourseCommand(spec.label() + "管理员培训", spec.label() + "管理员课程",
				Audience.MANAGER, List.of(), new BigDecimal("16"), 60, 1, 0, 10));
		this.courses.addText(author, course.id(), spec.label() + "管理员职责", spec.label() + "正文", 0);
		this.courses.addQuestion(author, course.id(), spec.label() + "问题", List.of("对", "错"), 0);
		course = this.courses.publish(author, course.id());
		this.learning.enrolWorkers(employer, course.id(), List.of(Long.parseLong(v.get("worker"))));
		long courseId = course.id();
		EnrolmentView enrolment = this.learning.mine(worker).stream().filter(e -> e.courseId() == courseId).findFirst()
			.orElseThrow();
		Paper paper = this.learning.openPaper(worker, enrolment.id());
		Map<Long, Integer> right = new HashMap<>();
		paper.questions().forEach(q -> right.put(q.id(), 0));
		this.learning.submit(worker, paper.attemptId(), right);
		ManagerNotice notice = this.notices.send(supervisor, new ManagerNotice.Command(spec.county(), null,
				spec.label() + "管理员通知", spec.label() + "通知正文"), List.of(new ManagerNotice.Upload(spec.label() + "海报.png", PNG)));
		BoardQuestion question = this.board.ask(employer, spec.label() + "问答问题", spec.label() + "问题描述");
		this.board.answer(supervisor, question.id(), spec.label() + "监管回答");
		Consultation request = this.consultations.ask(employer, new Consultation.Command("DIAGNOSIS", spec.label() + "问诊问题",
				spec.label() + "问诊描述", "13900001111"), List.of(new Consultation.Upload(spec.label() + "材料.pdf",
						TrainingBuilder.pdf())));
		v.put("training.notice", SideBuilder.id(notice.id()));
		v.put("training.noticeAttachment", SideBuilder.id(notice.attachments().get(0).id()));
		v.put("training.question", SideBuilder.id(question.id()));
		v.put("consultation", SideBuilder.id(request.id()));
		v.put("consultation.attachment", SideBuilder.id(request.attachments().get(0).id()));
	}

	static Set<String> keys() {
		return Set.of("training.notice", "training.noticeAttachment", "training.question", "consultation",
				"consultation.attachment");
	}

}
