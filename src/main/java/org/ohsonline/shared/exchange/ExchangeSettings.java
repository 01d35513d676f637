package org.ohsonline.shared.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The codes the national system assigns to the platform ({@code ohs.exchange.*}), written in every
 * exported document: the header's {@code ReportOrgCode}, {@code ReportZoneCode} and {@code License}
 * (交换规范 2021, 第一章 五 文档头规范) and the records' {@code ORG_CODE} / {@code AREA_CODE} (创建机构/地区代码,
 * 9 digits of the 地区/机构代码表). Empty until assigned: the export then writes empty elements, which the
 * national system refuses, rather than an invented code.
 *
 * @param maxBytes documents larger than this are refused before they are parsed
 */
@ConfigurationProperties("ohs.exchange")
public record ExchangeSettings(@DefaultValue("") String reportOrgCode, @DefaultValue("") String reportZoneCode,
		@DefaultValue("") String license, @DefaultValue("") String orgCode, @DefaultValue("") String areaCode,
		@DefaultValue("20971520") long maxBytes) {

	/** Settings with nothing assigned (tests, tools). */
	public static ExchangeSettings unassigned() {
		return new ExchangeSettings("", "", "", "", "", 20L * 1024 * 1024);
	}

	/** The organisation code of DocumentIds: the assigned one, or a stand-in that says it is not assigned. */
	public String documentOrg() {
		return this.reportOrgCode == null || this.reportOrgCode.isBlank() ? "OHSONLINE" : this.reportOrgCode;
	}

}
