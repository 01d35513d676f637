package org.ohsonline.agency;

/**
 * What proposes a blacklist entry automatically (a supervisor confirms or rejects it):
 * the qualification revoked (职业病防治法 第八十条: "情节严重的，由原认可或者登记机关取消其相应的资格"), or a rating
 * computed at level C, or a falsified report found in report-quality sampling (第八十条第（三）项 出具虚假证明文件).
 */
public enum BlacklistTrigger {

	QUALIFICATION_REVOKED, RATING_C, FALSIFIED_REPORT

}
