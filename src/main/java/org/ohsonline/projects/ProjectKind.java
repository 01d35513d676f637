package org.ohsonline.projects;

/** What kind of construction project (Law Art. 17: 新建、扩建、改建建设项目和技术改造、技术引进项目). */
public enum ProjectKind {

	/** 新建 */
	NEW,
	/** 扩建 */
	EXTENSION,
	/** 改建 */
	RECONSTRUCTION,
	/** 技术改造 */
	RENOVATION,
	/** 技术引进 */
	IMPORT

}
