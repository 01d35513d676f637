package org.ohsonline.shared.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A business type of the exchange (交换规范 2021, 第一章 五 文档头规范, DocumentId 的业务类别代码): each is a list
 * element {@code <CODE>_LIST} of records {@code <CODE>} in the document body. Not an enum: the codes are the
 * specification's element names, shown as such (in {@code <code>}) and never translated.
 */
public record BusinessType(String code) {

	/** 用人单位信息. */
	public static final BusinessType ENTERPRISE_INFO = new BusinessType("ENTERPRISE_INFO");

	/** 职业健康档案. */
	public static final BusinessType HEALTH_EXAM_RECORD = new BusinessType("HEALTH_EXAM_RECORD");

	/** 疑似职业病. */
	public static final BusinessType SUSPECTED_OCPD = new BusinessType("SUSPECTED_OCPD");

	/** 职业病病例. */
	public static final BusinessType DIAGNOSE_OCPD = new BusinessType("DIAGNOSE_OCPD");

	/** 职业病鉴定. */
	public static final BusinessType APPRAISAL_INFO = new BusinessType("APPRAISAL_INFO");

	/** 农药中毒. */
	public static final BusinessType NYZD = new BusinessType("NYZD");

	/** 职业性有害因素监测. */
	public static final BusinessType DETECTION_INFO = new BusinessType("DETECTION_INFO");

	/** Every business type, in the order of the specification. */
	public static final List<BusinessType> ALL = List.of(ENTERPRISE_INFO, HEALTH_EXAM_RECORD, SUSPECTED_OCPD,
			DIAGNOSE_OCPD, APPRAISAL_INFO, NYZD, DETECTION_INFO);

	/** The code, as DocumentIds and the audit trail name it. */
	public String name() {
		return this.code;
	}

	/** The list element of the document body. */
	public String list() {
		return this.code + "_LIST";
	}

	/** The record element. */
	public String record() {
		return this.code;
	}

	/** The path segment of the type's pages and API ({@code enterprise-info}). */
	public String slug() {
		return this.code.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<BusinessType> ofSlug(String slug) {
		return ALL.stream().filter(t -> t.slug().equals(slug)).findFirst();
	}

}
