package org.ohsonline.authorization;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.training.Audience;
import org.ohsonline.training.CourseCommand;
import org.ohsonline.training.CourseView;
import org.ohsonline.training.Courses;
import org.ohsonline.training.EnrolmentView;
import org.ohsonline.training.Learning;
import org.ohsonline.training.LessonView;
import org.ohsonline.training.Paper;

/**
 * The training side of a world: two published courses of the side's city (a text lesson and a PDF lesson,
 * no minimum times, one question), the side's worker enrolled on both by the employer, the first passed
 * with its certificate, the second with an open paper.
 */
final class TrainingBuilder {

	private final Courses courses;

	private final Learning learning;

	private final PiiCipher cipher;

	private final NetworkBuilder network;

	TrainingBuilder(Courses courses, Learning learning, PiiCipher cipher, NetworkBuilder network) {
		this.network = network;
		this.courses = courses;
		this.learning = learning;
		this.cipher = cipher;
	}

	void build(SideBuilder.Spec spec, Map<String, String> v) {
		Actor author = SideBuilder.actor("training", Scope.region(spec.city()), spec.city(), "training:course:read",
				"training:course:write");
		Actor manager = SideBuilder.actor("training-manager", new Scope(Scope.Kind.EMPLOYER, v.get("employer.creditCode")),
				spec.township(), "training:course:read", "training:enrolment:write", "registry:employer:read",
				"registry:worker:read");
		Actor worker = SideBuilder.actor("training-worker",
				new Scope(Scope.Kind.PERSON, this.cipher.blindIndex(v.get("worker.idNumber"))), spec.county(),
				"training:course:read", "training:course:learn", "registry:worker:read");
		CourseView passed = course(author, spec, "合格");
		CourseView open = course(author, spec, "在学");
		long workerId = Long.parseLong(v.get("worker"));
		this.learning.enrolWorkers(manager, passed.id(), List.of(workerId));
		this.learning.enrolWorkers(manager, open.id(), List.of(workerId));
		EnrolmentView done = enrolment(worker, passed.id());
		Paper first = this.learning.openPaper(worker, done.id());
		Map<Long, Integer> right = new HashMap<>();
		first.questions().forEach(q -> right.put(q.id(), 0));
		this.learning.submit(worker, first.attemptId(), right);
		EnrolmentView studying = enrolment(worker, open.id());
		Paper paper = this.learning.openPaper(worker, studying.id());
		v.put("training.course", SideBuilder.id(passed.id()));
		v.put("training.lesson", SideBuilder.id(passed.lessons().stream().filter(l -> l.fileName() != null).findFirst()
			.map(LessonView::id).orElseThrow()));
		v.put("training.enrolment", SideBuilder.id(studying.id()));
		v.put("training.enrolmentLesson", SideBuilder.id(open.lessons().get(0).id()));
		v.put("training.attempt", SideBuilder.id(paper.attemptId()));
		// the certificate's PDF is rendered after the submission's commit: the matrix downloads it
		v.put("training.certificate", SideBuilder.id(org.ohsonline.Eventually.eventually(
				() -> enrolment(worker, passed.id()).certificate(), c -> c != null && c.code() != null).id()));
		this.network.build(spec, v);
	}

	private CourseView course(Actor author, SideBuilder.Spec spec, String what) {
		CourseView course = this.courses.create(author, new CourseCommand(spec.label() + "培训" + what, spec.label() + "课程简介",
				Audience.WORKER, List.of(), new BigDecimal("4"), 60, 1, 0, 10));
		this.courses.addText(author, course.id(), spec.label() + "第一课", spec.label() + "正文", 0);
		this.courses.addFile(author, course.id(), spec.label() + "讲义", spec.label() + "讲义.pdf", pdf(), 0);
		this.courses.addQuestion(author, course.id(), spec.label() + "问题", List.of("对", "错"), 0);
		return this.courses.publish(author, course.id());
	}

	/** A one-page PDF without text: a real document that the leak detector can read. */
	static byte[] pdf() {
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private EnrolmentView enrolment(Actor worker, long courseId) {
		return this.learning.mine(worker).stream().filter(e -> e.courseId() == courseId).findFirst().orElseThrow();
	}

	static Set<String> keys() {
		return Set.of("training.course", "training.lesson", "training.enrolment", "training.enrolmentLesson",
				"training.attempt", "training.certificate");
	}

}
