package org.ohsonline.agency;

import org.ohsonline.shared.Scope;

/** What an organisation is qualified as; one organisation (credit code) may hold several. */
public enum AgencyKind {

	/** 职业卫生技术服务机构: testing and evaluation of workplaces. */
	SERVICE_AGENCY(Scope.Kind.AGENCY),
	/** 职业健康检查机构: health examinations of workers. */
	EXAM_INSTITUTION(Scope.Kind.INSTITUTION),
	/** 职业病诊断机构: diagnosis of occupational diseases. */
	DIAGNOSIS_INSTITUTION(Scope.Kind.INSTITUTION);

	private final Scope.Kind staffScope;

	AgencyKind(Scope.Kind staffScope) {
		this.staffScope = staffScope;
	}

	/** The scope kind of the organisation's own staff users. */
	public Scope.Kind staffScope() {
		return this.staffScope;
	}

}
