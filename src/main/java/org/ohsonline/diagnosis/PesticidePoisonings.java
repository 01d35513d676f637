package org.ohsonline.diagnosis;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Acute pesticide poisoning reports (农药中毒报告; the fields of 交换规范 2021 六(六) NYZD with its code tables 附录 1
 * 表6, 表8, 表12 and 附录 2): a hospital's staff report (needs {@code diagnosis:pesticide:report} and an institution
 * of the platform) and see their own reports; supervisors and the CDC read the reports of poisonings in their
 * region ({@code diagnosis:pesticide:read}). The patient's name, identity number and phone are stored encrypted
 * and shown masked. Every report is audited.
 */
public interface PesticidePoisonings {

	/**
	 * Records a report after checking every field: the identity number's check digit (居民身份证), a birth date
	 * and diagnosis day not in the future, the diagnosis not before birth, the codes of the tables, 其他 毒物 and
	 * 其他 转归 named, a death day for 死亡 (and only then), the place in the reporter's province. The same patient,
	 * day and poison again is refused.
	 */
	PoisoningView report(Actor actor, PoisoningCommand command);

	Page<PoisoningView> search(Actor actor, Filter filter, PageQuery page);

	/**
	 * A report as entered.
	 * @param idType 身份证件类型代码 (附录 2 2.; 01 居民身份证 is checked)
	 * @param gender GB/T 2261.1 (1 男, 2 女, 0/9)
	 * @param regionCode where the poisoning happened (a county or township of the platform's divisions)
	 * @param poisonCode 表12; {@code poisonOther} names it for 25 其他
	 * @param causeCode 表8 (01 生产性自用, 02 生产性受雇, 03 生活性误服, 04 生活性自服)
	 * @param outcomeCode 表6 (01 治愈 … 04 死亡, 99 其他); {@code outcomeOther} names it for 99
	 * @param unitHead 诊断单位负责人
	 */
	@Schema(name = "PesticidePoisoningCommand")
	record PoisoningCommand(String patientName, String idType, String idNumber, String gender, LocalDate birthDate,
			String phone, String regionCode, String village, String poisonCode, String poisonOther, String causeCode,
			String outcomeCode, String outcomeOther, LocalDate diagnosedOn, LocalDate diedOn, String unitHead,
			String remark) {
	}

	/**
	 * Filters, all optional.
	 * @param q the start of the report number, or part of the reporting unit's name
	 * @param region a region prefix inside the actor's scope
	 * @param poisonCode one poison (表12)
	 * @param outcomeCode one outcome (表6)
	 * @param sort {@code diagnosedOn} (default, newest first) or {@code number}; a leading {@code -} reverses
	 */
	@Schema(name = "PesticidePoisoningFilter")
	record Filter(String q, String region, String poisonCode, String outcomeCode, LocalDate from, LocalDate to,
			String sort) {

		public static Filter none() {
			return new Filter(null, null, null, null, null, null, null);
		}

	}

	/** A report as lists show it: the patient masked. */
	@Schema(name = "PesticidePoisoning")
	record PoisoningView(long id, String number, String unitName, String patientMasked, String idNumberMasked,
			String gender, String phoneMasked, String regionCode, String regionName, String village, String poisonCode,
			String poisonOther, String causeCode, String outcomeCode, String outcomeOther, LocalDate diagnosedOn,
			LocalDate diedOn, String reporterName, LocalDate reportedOn, boolean received) {
	}

}
