package org.ohsonline.registry.imports;

import java.util.List;

/** What a file imports, with the exact header its first row must carry (the downloadable template's). */
public enum ImportKind {

	/**
	 * The last two columns answer the 2021 risk directory (an activity code of a group split by
	 * activity, e.g. 443.2; 是/否 for benzene-type solvents in a starred industry) and may be left out:
	 * files made from the twelve-column template of before are still read.
	 */
	EMPLOYERS(List.of("统一社会信用代码", "单位名称", "区域代码", "地址", "行业代码", "经济类型代码", "职工人数", "营业收入（万元）",
			"法定代表人", "职业卫生管理人员", "管理人员电话", "联系电话", "生产活动（风险分类目录细分代码）",
			"是否使用含苯等物质的胶黏剂、清洗剂、油墨、油漆"), 12),

	WORKERS(List.of("身份证号码", "姓名", "手机号码", "单位统一社会信用代码", "岗位（名称，可空）", "入职日期", "是否派遣",
			"用工单位统一社会信用代码"), 8);

	private final List<String> header;

	private final int required;

	ImportKind(List<String> header, int required) {
		this.header = header;
		this.required = required;
	}

	/** Whether a file's header is this kind's: every column, or the required ones without the optional last. */
	boolean accepts(List<String> fileHeader) {
		return fileHeader.equals(this.header) || fileHeader.equals(this.header.subList(0, this.required));
	}

	public List<String> header() {
		return this.header;
	}

	/** The column holding an identity number, masked wherever rows are shown again; -1 for none. */
	int identityColumn() {
		return this == WORKERS ? 0 : -1;
	}

}
