package org.ohsonline.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;

/**
 * Registers employers, posts and workers through the facades for tests, with valid codes that no
 * other test uses (the test database is shared by all integration tests).
 */
public final class RegistryFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

	private final Employers employers;

	private final Workers workers;

	public RegistryFixtures(Employers employers, Workers workers) {
		this.employers = employers;
		this.workers = workers;
	}

	/** A fresh valid credit code for a company registered in the county. */
	public static String creditCode(String county) {
		String first17 = "91" + county + String.format("TW%07d", SEQUENCE.incrementAndGet() % 10_000_000);
		return first17 + CreditCode.checkCharacter(first17);
	}

	/** A fresh valid identity number of a person born in the county. */
	public static String idNumber(String county) {
		int n = SEQUENCE.incrementAndGet();
		String first17 = county + String.format("1985%02d%02d", 1 + n % 12, 1 + n % 28) + String.format("%03d", n % 1000);
		return first17 + IdNumber.checkCharacter(first17);
	}

	public EmployerView employer(Actor actor, String township, String industryCode, int employees) {
		String county = township.substring(0, 6);
		return this.employers.register(actor, new EmployerCommand(creditCode(county), "测试单位" + SEQUENCE.incrementAndGet(),
				township, "测试路 " + SEQUENCE.get() + " 号", industryCode, null, employees, 5000L, "张三", "李四",
				"13800000000", "0571-88888888"));
	}

	/** A site, workshop and post with the given hazard factors. */
	public StructureViews.Post post(Actor actor, long employerId, String... hazardCodes) {
		StructureViews.Site site = this.employers.addSite(actor, employerId, "一厂区", "测试路 1 号", null);
		StructureViews.Workshop workshop = this.employers.addWorkshop(actor, site.id(), "焊接车间");
		return this.employers.addPost(actor, workshop.id(),
				new PostCommand("电焊工", new BigDecimal("8"), new BigDecimal("5"), 12, List.of(hazardCodes)));
	}

	public EmploymentView hire(Actor actor, long employerId, Long postId, String idNumber) {
		return this.workers.hire(actor, new HireCommand(new WorkerCommand(idNumber, "王五", "13912345678"), employerId,
				postId, LocalDate.of(2024, 3, 1), false, null));
	}

}
