package org.ohsonline.declaration;

/** 初次申报, 变更申报, 注销申报. */
public enum DeclarationKind {

	INITIAL, CHANGE, CANCELLATION;

	/** Whether a declaration of this kind brings a clock of the given kind up to date. */
	public boolean answers(DeclarationKind clockKind) {
		return this == CANCELLATION ? clockKind == CANCELLATION : clockKind != CANCELLATION;
	}

}
