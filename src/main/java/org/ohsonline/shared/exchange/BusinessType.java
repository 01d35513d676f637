package org.ohsonline.shared.exchange;

import java.util.Locale;
import java.util.Optional;

/**
 * The business types of the exchange (交换规范 2021, 第一章 五 文档头规范, DocumentId 的业务类别代码): each is
 * a list element {@code <TYPE>_LIST} of records {@code <TYPE>} in the document body.
 */
public enum BusinessType {

	/** 用人单位信息. */
	ENTERPRISE_INFO,
	/** 职业健康档案. */
	HEALTH_EXAM_RECORD,
	/** 疑似职业病. */
	SUSPECTED_OCPD,
	/** 职业病病例. */
	DIAGNOSE_OCPD,
	/** 职业病鉴定. */
	APPRAISAL_INFO,
	/** 农药中毒. */
	NYZD,
	/** 职业性有害因素监测. */
	DETECTION_INFO;

	/** The list element of the document body. */
	public String list() {
		return name() + "_LIST";
	}

	/** The record element. */
	public String record() {
		return name();
	}

	/** The path segment of the type's pages and API ({@code enterprise-info}). */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<BusinessType> ofSlug(String slug) {
		for (BusinessType type : values()) {
			if (type.slug().equals(slug)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
