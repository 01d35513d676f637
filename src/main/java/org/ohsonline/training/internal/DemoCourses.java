package org.ohsonline.training.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ohsonline.registry.CurrentWorker;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.demo.DemoSeedStep;
import org.ohsonline.training.Audience;
import org.ohsonline.training.CourseCommand;
import org.ohsonline.training.CourseView;
import org.ohsonline.training.Courses;
import org.ohsonline.training.Learning;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's courses: one for workers, one for principal leaders and one for managers, published by the
 * demo county's supervisors (titles end in （演示）), and the demo employer's workers enrolled on the
 * workers' course — so the {@code worker} login finds a course to take and the {@code employer} login rates to
 * read. Written through the module's services (audited); never twice.
 */
@Component
class DemoCourses implements DemoSeedStep {

	/** The demo employer of the synthetic county (the {@code employer} login's). */
	static final String DEMO_EMPLOYER = "91330105DEM000001" + CreditCode.checkCharacter("91330105DEM000001");

	private final Courses courses;

	private final Learning learning;

	private final Employers employers;

	private final Workers workers;

	private final SyntheticData register;

	private final JdbcClient jdbc;

	DemoCourses(Courses courses, Learning learning, Employers employers, Workers workers, SyntheticData register,
			JdbcClient jdbc) {
		this.courses = courses;
		this.learning = learning;
		this.employers = employers;
		this.workers = workers;
		this.register = register;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public String labelKey() {
		return "demo.step.training";
	}

	@Override
	public int weight() {
		return 1;
	}

	@Override
	public void run(Progress progress) {
		SyntheticData.Census census = this.register.census();
		if (census.lastScale().isEmpty() || this.jdbc.sql("select exists (select 1 from training.course where title like '%（演示）')")
			.query(Boolean.class)
			.single()) {
			return;
		}
		String county = SyntheticData.Scale.parse(census.lastScale().get()).regionCode();
		Actor author = new Actor(0, "system:demo-training", "系统 (演示培训)", county, Scope.region(county), Set.of(), "local",
				Actor.Channel.SYSTEM);
		CourseView workers = course(author, "粉尘、噪声与电焊烟尘防护（演示）", Audience.WORKER, "8");
		progress.done(0.4);
		course(author, "用人单位主要负责人职业卫生培训（演示）", Audience.PRINCIPAL, "16");
		course(author, "职业卫生管理人员培训（演示）", Audience.MANAGER, "16");
		progress.done(0.8);
		this.employers.byCreditCode(DEMO_EMPLOYER).ifPresent(employer -> {
			Actor manager = new Actor(0, "system:demo-training", "系统 (演示培训报名)", employer.regionCode(),
					new Scope(Scope.Kind.EMPLOYER, employer.creditCode()), Set.of(), "local", Actor.Channel.SYSTEM);
			List<Long> ids = new ArrayList<>();
			this.workers.forEachCurrent(manager, "", (CurrentWorker w) -> {
				if (w.employerId() == employer.id()) {
					ids.add(w.workerId());
				}
			});
			if (!ids.isEmpty()) {
				this.learning.enrolWorkers(manager, workers.id(), ids);
			}
		});
	}

	private CourseView course(Actor author, String title, Audience audience, String hours) {
		CourseView course = this.courses.create(author, new CourseCommand(title, "职业病防治法第三十四条规定的职业卫生培训（演示内容）",
				audience, List.of(), new BigDecimal(hours), 60, 5, 60, 3));
		this.courses.addText(author, course.id(), "职业病危害与防护",
				"# 什么是职业病危害\n\n在工作中接触粉尘、化学物质、噪声、高温等因素，可能导致职业病。\n\n"
						+ "# 怎样防护\n\n- 按规定佩戴防尘口罩、耳塞等个体防护用品\n- 开启并维护局部排风等防护设施\n- 按时参加上岗前、在岗期间职业健康检查",
				120);
		this.courses.addText(author, course.id(), "劳动者的权利",
				"劳动者有获得职业卫生教育、培训的权利，有了解工作场所职业病危害因素、危害后果和应当采取的防护措施的权利。", 60);
		String[][] bank = { { "电焊烟尘长期吸入可能导致哪种职业病？", "电焊工尘肺", "中暑", "冻伤" },
				{ "噪声作业应佩戴哪种个体防护用品？", "耳塞或耳罩", "手套", "安全帽" },
				{ "上岗前职业健康检查应在何时进行？", "上岗前", "离岗后", "不需要" },
				{ "发现防护设施损坏应当怎么做？", "及时报告并停止作业", "继续作业", "自行拆除" },
				{ "劳动者是否有获得职业卫生培训的权利？", "有", "没有", "视单位而定" },
				{ "局部排风设施的作用是？", "降低工作场所有害物质浓度", "提高产量", "装饰" } };
		for (String[] q : bank) {
			this.courses.addQuestion(author, course.id(), q[0], List.of(q[1], q[2], q[3]), 0);
		}
		return this.courses.publish(author, course.id());
	}

}
