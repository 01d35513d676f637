package org.ohsonline.shared;

/** The actor lacks a permission or the record lies outside the actor's scope. */
public class AccessDeniedException extends RuntimeException {

	public AccessDeniedException(String what) {
		super("Access denied: " + what);
	}

}
