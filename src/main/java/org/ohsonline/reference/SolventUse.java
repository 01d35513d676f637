package org.ohsonline.reference;

/**
 * The employer's answer to the note under the 2021 risk directory (注：*不使用含苯、正己烷、1,2二氯乙烷、三氯甲烷等物质的
 * 胶黏剂、清洗剂、油墨、油漆时，按职业病危害一般进行管理): whether it uses adhesives, cleaners, inks or paints
 * containing benzene, n-hexane, 1,2-dichloroethane, chloroform or similar substances. Unanswered is
 * {@code null}, and the starred industries then keep their stricter class.
 */
public enum SolventUse {

	/** 使用含苯等物质的胶黏剂、清洗剂、油墨、油漆 */
	USED,

	/** 不使用 */
	NOT_USED

}
