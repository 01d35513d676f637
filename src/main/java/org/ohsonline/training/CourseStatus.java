package org.ohsonline.training;

/** A course version's state: authored, open to learners, or replaced by a later published version. */
public enum CourseStatus {

	DRAFT, PUBLISHED, SUPERSEDED;

	/** Whether lessons and questions may still change (only a draft's). */
	public boolean editable() {
		return this == DRAFT;
	}

	/** Whether new learners may enrol (only on the published version). */
	public boolean open() {
		return this == PUBLISHED;
	}

}
