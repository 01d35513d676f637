package org.ohsonline.registry.imports;

import java.util.List;

/** What a file imports, with the exact header its first row must carry (the downloadable template's). */
public enum ImportKind {

	EMPLOYERS(List.of("统一社会信用代码", "单位名称", "区域代码", "地址", "行业代码", "经济类型代码", "职工人数", "营业收入（万元）",
			"法定代表人", "职业卫生管理人员", "管理人员电话", "联系电话")),

	WORKERS(List.of("身份证号码", "姓名", "手机号码", "单位统一社会信用代码", "岗位（名称，可空）", "入职日期", "是否派遣",
			"用工单位统一社会信用代码"));

	private final List<String> header;

	ImportKind(List<String> header) {
		this.header = header;
	}

	public List<String> header() {
		return this.header;
	}

	/** The column holding an identity number, masked wherever rows are shown again; -1 for none. */
	int identityColumn() {
		return this == WORKERS ? 0 : -1;
	}

}
